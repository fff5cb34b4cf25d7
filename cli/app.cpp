// Builds the command tree with Dutch help texts and runs the chosen command. Commands parse
// options only here; the work happens in the *_command files.
#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <thread>

#include "cli/exit_codes.h"
#include "cli/extract_command.h"
#include "opcheck/build_info.h"

namespace opcheck::cli {
namespace {

void use_dutch_labels(CLI::App& app) {
  auto fmt = app.get_formatter();
  fmt->label("Usage", "Gebruik");
  fmt->label("OPTIONS", "OPTIES");
  fmt->label("SUBCOMMAND", "OPDRACHT");
  fmt->label("SUBCOMMANDS", "OPDRACHTEN");
  fmt->label("Positionals", "Argumenten");
  fmt->label("REQUIRED", "VERPLICHT");
  fmt->label("TEXT", "TEKST");
  fmt->label("INT", "GETAL");
  fmt->column_width(34);
  app.set_help_flag("-h,--help", "Toon deze hulptekst en stop");
  app.option_defaults()->group("Opties");
}

int report_error(const Error& error) {
  std::cerr << "opcheck: " << error.message << "\n";
  return exit_code_for(error.kind);
}

int default_jobs() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

void add_extract(CLI::App& app, ExtractRequest& req, int& status) {
  auto* cmd = app.add_subcommand("extract", "Haal de tekst uit één PDF (tekstlaag of OCR) en toon die");
  cmd->group("Opdrachten");
  use_dutch_labels(*cmd);
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
  cmd->footer(exit_code_help());
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
