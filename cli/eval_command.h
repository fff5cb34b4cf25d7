// CLI11 wiring of `opcheck eval GOLD_DIR OUT_DIR`: the option definitions (parsing only, no I/O)
// and the run step that prints the Dutch report and writes the JSON when asked. main.cpp maps
// the Result to an exit code: an Error by its kind, threshold violations to a non-zero code.
#pragma once

#include <filesystem>
#include <iosfwd>

#include "cli/eval.h"

namespace CLI {
class App;
}

namespace opcheck::cli {

struct EvalArgs {
  std::filesystem::path gold_dir;
  std::filesystem::path out_dir;
  std::filesystem::path json_path;  // empty: no JSON file
  EvalThresholds thresholds;
};

// Adds the `eval` subcommand to `app`, binding its options to `args` (which must outlive parsing).
CLI::App* add_eval_command(CLI::App& app, EvalArgs& args);

// Evaluates, prints to_text(result) to `out`, writes to_json(result) to args.json_path if set.
Result<EvalResult> run_eval(const EvalArgs& args, std::ostream& out);

}  // namespace opcheck::cli
