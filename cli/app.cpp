// Builds the command tree with Dutch help texts and runs the chosen command. Commands parse
// options only here; the work happens in the *_command files.
#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "checklists/checklists.h"
#include "cli/eval.h"
#include "cli/app_support.h"
#include "cli/exit_codes.h"
#include "cli/extract_command.h"
#include "cli/run_command.h"
#include "opcheck/build_info.h"

namespace opcheck::cli {
namespace {

void add_extract(CLI::App& app, ExtractRequest& req, int& status) {
  auto* cmd = add_command(app, "extract", "Haal de tekst uit één PDF (tekstlaag of OCR) en toon die");
  cmd->add_option("bestand", req.pdf, "Het PDF-bestand")->required()->type_name("BESTAND.pdf");
  cmd->add_option("--format", req.format, "Uitvoer: 'text' (tekst per pagina, gescheiden door form feeds) of 'json' (regels met vakken en kwaliteit)")
      ->check(CLI::IsMember({"text", "json"}))->type_name("text|json");
  cmd->add_option("--db", req.db, "Sla het resultaat op in deze SQLite-database; een ongewijzigd bestand wordt dan niet opnieuw verwerkt")
      ->type_name("BESTAND");
  cmd->add_flag("--force", req.force, "Verwerk opnieuw, ook als de database al een actueel resultaat heeft");
  cmd->add_option("--jobs", req.options.threads, "Aantal gelijktijdige OCR-pagina's (standaard: aantal processorkernen)")
      ->type_name("N")->check(CLI::Range(1, 64));
  cmd->add_flag("--geen-ocr{false}", req.options.allow_ocr, "Gebruik alleen de tekstlaag, nooit OCR");
  cmd->add_flag("--alles-ocr", req.options.force_ocr, "Lees elke pagina met OCR, ook als er een tekstlaag is");
  cmd->callback([&req, &status] {
    auto outcome = run_extract(req);
    if (!outcome) {
      status = report_error(outcome.error());
      return;
    }
    std::cout << format_document(outcome->document, req.format);
    status = kExitOk;
  });
}

std::string one_decimal(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", seconds);
  std::string out = text;
  std::replace(out.begin(), out.end(), '.', ',');
  return out + " s";
}

void print_run_summary(const RunSummary& s, const RunRequest& req) {
  std::cout << "Klaar: " << s.plans << " bestanden in " << one_decimal(s.seconds) << "; " << s.analysed
            << " geanalyseerd, " << s.failed << " met een fout, " << s.reused << " ongewijzigd (uit de database), "
            << s.ocr_pages << " pagina's met OCR gelezen.\n"
            << "Tijd per stap (opgeteld over de gelijktijdige werkers): tekstlaag " << one_decimal(s.text_seconds)
            << ", OCR " << one_decimal(s.ocr_seconds) << ", toetsen " << one_decimal(s.analyse_seconds)
            << ", rapporten " << one_decimal(s.output_seconds)
            << (s.outputs_rewritten ? "" : " (niets veranderd; bestaande rapporten behouden)") << ".\n"
            << "Overzicht: " << std::filesystem::absolute(req.out / "index.html").string() << "\n"
            << "Rapporten: " << std::filesystem::absolute(req.out / "plans").string() << "/<plan>/report.html\n";
}

void add_run(CLI::App& app, RunRequest& req, int& status) {
  auto* cmd = add_command(app, "run", "Verwerk een hele ronde: tekst ophalen, toetsen, rapporten schrijven");
  cmd->add_option("invoer", req.inputs, "PDF-bestanden of mappen met PDF's (standaard: de meegeleverde voorbeeldplannen)")
      ->type_name("BESTAND|MAP ...");
  cmd->add_option("--manifest", req.manifest, "Ontvangstlijst (CSV met kolommen bestand,ontvangen); standaard ontvangst.csv naast de invoer")
      ->type_name("CSV");
  cmd->add_option("--round", req.round, "De toetsingsronde (bepaalt deadline en geldende eisen)")->type_name("RONDE");
  cmd->add_option("--out", req.out, "Map voor de uitvoer (rapporten, overzichten)")->type_name("MAP");
  cmd->add_option("--db", req.db, "SQLite-database (standaard MAP/opcheck.sqlite)")->type_name("BESTAND");
  cmd->add_option("--jobs", req.jobs, "Aantal gelijktijdige OCR-pagina's (standaard: aantal processorkernen)")
      ->type_name("N")->check(CLI::Range(1, 64));
  cmd->add_flag("--force", req.force, "Verwerk alle bestanden opnieuw, ook ongewijzigde");
  cmd->add_flag("--stil", req.quiet, "Geen voortgang tonen");
  cmd->callback([&req, &status] {
    auto summary = run_batch(req);
    if (!summary) {
      status = report_error(summary.error());
      return;
    }
    print_run_summary(*summary, req);
    status = summary->failed > 0 ? kExitSomeFailed : kExitOk;
  });
}

struct ChecklistsRequest {
  std::optional<std::string> round;
};

void add_checklists(CLI::App& app, ChecklistsRequest& req, int& status) {
  auto* cmd = add_command(app, "checklists", "Toon de checklistitems (ID, omschrijving, sector, geldigheid)");
  cmd->add_option("--round", req.round, "Toon alleen de items die gelden in deze ronde")->type_name("RONDE");
  cmd->callback([&req, &status] {
    auto catalog = checklists::load_catalog(checklists::default_checklist_dir());
    if (!catalog) {
      status = report_error(catalog.error());
      return;
    }
    std::optional<checklists::Round> round;
    if (req.round) {
      const auto* found = checklists::find_round(*catalog, *req.round);
      if (!found) {
        status = report_error(make_error(ErrorKind::usage, "onbekende ronde '" + *req.round + "'."));
        return;
      }
      round = *found;
    }
    std::cout << checklists::format_listing(*catalog, round);
    status = kExitOk;
  });
}

struct EvalRequest {
  std::filesystem::path gold_dir, out_dir;
  EvalThresholds thresholds;
  bool json = false;
};

void add_eval(CLI::App& app, EvalRequest& req, int& status) {
  auto* cmd = add_command(app, "eval", "Vergelijk de rapporten met de gouden labels van een corpus");
  cmd->add_option("goud", req.gold_dir, "Map met NAAM.gold.json-bestanden")->required()->type_name("GOUD_MAP");
  cmd->add_option("uitvoer", req.out_dir, "Uitvoermap van 'opcheck run' (met plans/<naam>/report.json)")->required()->type_name("UIT_MAP");
  auto& t = req.thresholds;
  cmd->add_option("--min-precisie", t.min_precision, "Minimale precisie van tekortdetectie (per deelverzameling)")->type_name("0..1");
  cmd->add_option("--min-recall", t.min_recall, "Minimale recall van tekortdetectie")->type_name("0..1");
  cmd->add_option("--min-status", t.min_status_accuracy, "Minimale nauwkeurigheid van de exacte status")->type_name("0..1");
  cmd->add_option("--min-datum", t.min_date_accuracy, "Minimale nauwkeurigheid van procedure-data (datum en precisie)")->type_name("0..1");
  cmd->add_option("--min-oogo", t.min_oogo_accuracy, "Minimale nauwkeurigheid van de OOGO-uitkomst")->type_name("0..1");
  cmd->add_option("--min-is-plan", t.min_is_plan_accuracy, "Minimale nauwkeurigheid van 'is een plan'")->type_name("0..1");
  cmd->add_option("--min-ocr", t.min_ocr_accuracy, "Minimale woordnauwkeurigheid van OCR-pagina's")->type_name("0..1");
  cmd->add_flag("--json", req.json, "Uitvoer als JSON in plaats van tekst");
  cmd->callback([&req, &status] {
    auto result = evaluate(req.gold_dir, req.out_dir, req.thresholds);
    if (!result) {
      status = report_error(result.error());
      return;
    }
    std::cout << (req.json ? to_json(*result).dump(2) + "\n" : to_text(*result));
    for (const auto& v : result->violations) std::cerr << "opcheck eval: drempel niet gehaald: " << v << "\n";
    status = result->violations.empty() ? kExitOk : kExitThreshold;
  });
}

}  // namespace

int run_app(int argc, char** argv) {
  CLI::App app{"opcheck — toetst ondersteuningsplannen van samenwerkingsverbanden passend onderwijs\n"
               "aan de wettelijke inhoudseisen, de procedure en de vragen van parameter 5.",
               "opcheck"};
  use_dutch_labels(app);
  app.set_version_flag("--version", std::string("opcheck ") + kVersion, "Toon het versienummer en stop");
  app.require_subcommand(1);
  app.footer(exit_code_help());
  int status = kExitOk;
  ExtractRequest extract_request;
  extract_request.options.threads = default_jobs();
  add_extract(app, extract_request, status);
  RunRequest run_request;
  run_request.jobs = default_jobs();
  add_run(app, run_request, status);
  ChecklistsRequest checklists_request;
  add_checklists(app, checklists_request, status);
  EvalRequest eval_request;
  add_eval(app, eval_request, status);
  add_store_commands(app, status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "opcheck: ongeldige opdrachtregel: " << e.what() << "\nZie 'opcheck --help'.\n";
    return kExitUsage;
  }
  return status;
}

}  // namespace opcheck::cli
