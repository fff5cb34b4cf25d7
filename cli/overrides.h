// Analysts' overrides of findings: stored with author and time next to (never instead of)
// the tool's judgement, listed, and applied to report JSON for every output.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/store.h"

namespace opcheck::cli {

struct Override {
  std::string plan_file;     // base name of the plan's PDF
  std::string plan_sha256;
  std::string round;
  std::string item;
  std::string status;
  std::string note;
  std::string author;
  std::string at;            // ISO-8601 UTC
};

// Finds the plan by file name (or SHA-256 prefix), checks the item is in its report and the
// status is valid for the item's checklist, and stores the override.
Result<Override> add_override(Store& store, const std::string& plan, const std::string& round, const std::string& item,
                              const std::string& status, const std::string& note, const std::string& author);

// All overrides, newest last; the latest per plan and item is the one in force.
Result<std::vector<Override>> list_overrides(Store& store, const std::string& round);

// Applies the latest override per item: status becomes the analyst's, `override` holds
// {status, note, by, at, original_status}.
void apply_overrides(nlohmann::json& report, const std::vector<Override>& overrides);

std::string format_overrides(const std::vector<Override>& overrides);

}  // namespace opcheck::cli
