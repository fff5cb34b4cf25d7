// `opcheck eval` on the command line (see eval_command.h): options in Dutch, thresholds per
// split, and the run step. Kept apart from eval.cpp so the scoring library needs no CLI11.
#include "cli/eval_command.h"

#include <fstream>
#include <ostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

namespace opcheck::cli {

CLI::App* add_eval_command(CLI::App& app, EvalArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "eval", "Vergelijkt de uitvoer van een run met de goudbestanden van het corpus en rapporteert "
              "precisie, recall en nauwkeurigheden per deelverzameling (dev, heldout) en variant.");
  cmd->add_option("GOLD_DIR", args.gold_dir, "Map met *.gold.json-bestanden")->required();
  cmd->add_option("OUT_DIR", args.out_dir, "Uitvoermap van de run (met plans/<naam>/report.json en extract.txt)")
      ->required();
  cmd->add_option("--json", args.json_path, "Schrijf de uitkomst ook als JSON (opcheck.eval/1) naar dit bestand");
  auto& t = args.thresholds;
  auto threshold = [cmd](const char* name, double& value, const char* what) {
    cmd->add_option(name, value, std::string("Minimale ") + what + " per deelverzameling (0..1; 0 = geen drempel)")
        ->check(CLI::Range(0.0, 1.0));
  };
  threshold("--min-precisie", t.min_precision, "precisie van tekortkomingen");
  threshold("--min-recall", t.min_recall, "recall van tekortkomingen");
  threshold("--min-status", t.min_status_accuracy, "nauwkeurigheid van de exacte status");
  threshold("--min-datums", t.min_date_accuracy, "nauwkeurigheid van procedure-datums");
  threshold("--min-oogo", t.min_oogo_accuracy, "nauwkeurigheid van de OOGO-uitkomst");
  threshold("--min-is-plan", t.min_is_plan_accuracy, "nauwkeurigheid van de herkenning van plannen");
  threshold("--min-ocr", t.min_ocr_accuracy, "woordnauwkeurigheid op OCR-pagina's");
  return cmd;
}

Result<EvalResult> run_eval(const EvalArgs& args, std::ostream& out) {
  auto result = evaluate(args.gold_dir, args.out_dir, args.thresholds);
  if (!result) return result;
  out << to_text(*result);
  if (!args.json_path.empty()) {
    std::ofstream file(args.json_path, std::ios::binary);
    file << to_json(*result).dump(2) << '\n';
    if (!file)
      return make_error(ErrorKind::io, "Kan de JSON-uitkomst niet schrijven naar " + args.json_path.string() + ".");
  }
  return result;
}

}  // namespace opcheck::cli
