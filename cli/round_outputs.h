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
};

Status write_round_outputs(Store& store, const checklists::Catalog& catalog, const RoundOutputRequest& request);

}  // namespace opcheck::cli
