// Shared pieces of the command definitions: Dutch help labels, error printing, defaults.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>

#include "opcheck/result.h"

namespace opcheck::cli {

// Dutch labels and help flag for a (sub)command; puts it in the "Opdrachten" group.
void use_dutch_labels(CLI::App& app);
CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& description);
// Prints "opcheck: <message>" on stderr and returns the exit code for the error's kind.
int report_error(const Error& error);
int default_jobs();
// The database `opcheck run` writes by default.
inline const std::filesystem::path kDefaultDb = "opcheck-uitvoer/opcheck.sqlite";

// The commands working on the stored round (overrides, search, report).
void add_store_commands(CLI::App& app, int& status);

}  // namespace opcheck::cli
