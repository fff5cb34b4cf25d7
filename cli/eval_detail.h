// Internals shared by eval.cpp (scoring) and eval_report.cpp (text, JSON, thresholds):
// the list of headline figures per split, so the summary line and the threshold check
// always name and compute the same numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/eval.h"

namespace opcheck::cli::detail {

struct Figure {
  std::string label;              // Dutch, as in the summary line: "precisie", "recall", …
  std::optional<double> value;    // nullopt = nothing to count
  double minimum = 0;             // threshold; 0 = none
};

std::vector<Figure> headline_figures(const GroupScores& scores, const EvalThresholds& thresholds);

// "0,97"; "n.v.t." when undefined.
std::string dutch_number(std::optional<double> value);

// Dutch lines for every threshold a split (dev, heldout) did not reach.
std::vector<std::string> threshold_violations(const EvalResult& result, const EvalThresholds& thresholds);

}  // namespace opcheck::cli::detail
