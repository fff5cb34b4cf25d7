// The analysts' outputs of a round, all written from the stored reports: the HTML overview
// and per-plan reports, spreadsheet exports and draft feedback letters. Every writer reads
// the same RoundOutputs, so `opcheck run` and `opcheck report` produce identical files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checklists/checklists.h"
#include "opcheck/result.h"

namespace opcheck::cli {

struct PlanOutput {
  std::string name;                  // the PDF's stem: OUT/plans/<name>/
  std::filesystem::path pdf;         // the input file (for thumbnails and links)
  nlohmann::json report;             // report.json content with overrides applied
                                     // (status = analyst's, override.original_status = tool's)
};

struct RoundOutputs {
  std::string round;
  std::vector<PlanOutput> plans;     // sorted by name
  const checklists::Catalog* catalog = nullptr;
  std::filesystem::path out;         // OUT dir
  unsigned jobs = 0;                 // threads for page thumbnails; 0 = one per core
};

// OUT/index.html and OUT/plans/<name>/report.html (+ page thumbnails), self-contained, offline.
Status write_html(const RoundOutputs& outputs);
// OUT/overzicht.xlsx, OUT/overzicht.csv, OUT/expertanalyse.csv.
Status write_exports(const RoundOutputs& outputs);
// OUT/brieven/<name>.docx and .md for each plan with an unmet legal requirement or procedure rule.
Status write_letters(const RoundOutputs& outputs);

}  // namespace opcheck::cli
