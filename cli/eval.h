// `opcheck eval`: scores a run (OUT_DIR/plans/<stem>/report.json + extract.txt) against the
// corpus gold files (GOLD_DIR/*.gold.json, docs/corpus-format.md). Status confusions per
// checklist and item, gap precision/recall, status/date/OOGO/is_plan accuracy, OCR and
// text-layer word accuracy, broken files handled: in total, per split and per variant.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>  // complete type: callers dump to_json() directly

#include "opcheck/result.h"

namespace opcheck::cli {

// Minimum figures each split (dev, heldout) must reach; 0 = not checked. A figure that is
// undefined for a split (nothing to count, e.g. no OCR pages) is not checked either.
struct EvalThresholds {
  double min_precision = 0;
  double min_recall = 0;
  double min_status_accuracy = 0;
  double min_date_accuracy = 0;
  double min_oogo_accuracy = 0;
  double min_is_plan_accuracy = 0;
  double min_ocr_accuracy = 0;
};

// The predicted status recorded when the finding, or the whole report, is missing.
inline constexpr const char* kNoJudgement = "(geen oordeel)";

// counts[gold status][predicted status]
using Confusion = std::map<std::string, std::map<std::string, int>>;

struct Tally {
  int correct = 0;
  int total = 0;
  std::optional<double> rate() const;  // nullopt when total == 0
};

struct WordTally {
  std::size_t edits = 0;
  std::size_t truth_words = 0;
  int pages = 0;
  std::optional<double> accuracy() const;  // 1 − edits/truth words, floored at 0; nullopt without pages
};

// Gap = any status other than `voldoet`. A missing prediction counts as the wrong side:
// a false negative for a gold gap, a false positive for a gold `voldoet`.
struct GapCounts {
  int true_positive = 0, false_positive = 0, false_negative = 0, true_negative = 0;
  std::optional<double> precision() const;
  std::optional<double> recall() const;
};

struct GroupScores {
  int documents = 0;
  int missing_reports = 0;
  GapCounts gaps;            // inhoudseisen + procedure
  Tally status;              // exact status, inhoudseisen + procedure
  Tally dates;               // vaststelling, opr_instemming, oogo: date and precision both right
  Tally oogo_outcome;        // absent OOGO counts as outcome `onbekend`
  Tally is_plan;             // all but broken files
  Tally broken_handled;      // broken files: errors given, no is_plan, no findings
  WordTally ocr_words;       // the gold plan.ocr_pages
  WordTally text_words;      // the other pages
  std::map<std::string, Confusion> by_checklist;  // inhoudseisen, procedure, parameter5
  std::map<std::string, Confusion> by_item;       // item ID
};

struct EvalResult {
  int gold_files = 0;
  GroupScores total;
  std::map<std::string, GroupScores> by_split;    // dev, heldout
  std::map<std::string, GroupScores> by_variant;  // born_digital, scanned, mixed, non_plan, broken
  std::vector<std::string> problems;    // Dutch: missing or unreadable reports and extracts
  std::vector<std::string> violations;  // Dutch: thresholds a split did not reach
};

// Fails (io/data) only when GOLD_DIR is unreadable or a gold file is malformed; a missing or
// malformed report is scored as all-wrong and listed in `problems`.
Result<EvalResult> evaluate(const std::filesystem::path& gold_dir, const std::filesystem::path& out_dir,
                            const EvalThresholds& thresholds);

// Readable Dutch report: figures and confusion tables, ending in one line
// `SAMENVATTING dev: precisie 0,97 recall 0,96 … | heldout: …`.
std::string to_text(const EvalResult& result);

// Machine-readable result, schema `opcheck.eval/1`; undefined figures are null.
nlohmann::json to_json(const EvalResult& result);

// The report.json a perfect tool would write for this gold file (tests, sanity runs).
nlohmann::json report_from_gold(const nlohmann::json& gold);

// The extract.txt a perfect extraction would give: gold page_text joined by '\f'.
std::string extract_text_from_gold(const nlohmann::json& gold);

}  // namespace opcheck::cli
