// Writes every output of a round from the store: report.json per plan (overrides applied),
// the HTML pages, the exports and the letters. Shared by `opcheck run` and `opcheck report`.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>

#include "checklists/checklists.h"
#include "cli/store.h"

namespace opcheck::cli {

struct RoundOutputRequest {
  std::string round;
  std::filesystem::path out;
  std::optional<std::set<std::string>> only_sha256;  // the plans of one run; none: all stored
  bool write_extract_text = false;                   // also OUT/plans/<name>/extract.txt from the store
  bool always = false;                               // rewrite even when nothing changed
};

// False when the outputs were kept because the reports, overrides and program behind them
// are the same as when OUT was last written (recorded in OUT/.opcheck-uitvoer).
Result<bool> write_round_outputs(Store& store, const checklists::Catalog& catalog, const RoundOutputRequest& request);

}  // namespace opcheck::cli
