// Dutch help formatting and error reporting shared by all commands.
#include "cli/app_support.h"

#include <iostream>
#include <thread>

#include "cli/exit_codes.h"

namespace opcheck::cli {

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

CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& description) {
  auto* cmd = parent.add_subcommand(name, description);
  cmd->group("Opdrachten");
  use_dutch_labels(*cmd);
  cmd->footer(exit_code_help());
  return cmd;
}

int report_error(const Error& error) {
  std::cerr << "opcheck: " << error.message << "\n";
  return exit_code_for(error.kind);
}

int default_jobs() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

}  // namespace opcheck::cli
