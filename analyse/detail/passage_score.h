// Scoring of a plan's passages against one checklist item: where the item lives (sections whose
// heading matches the item's heading cues, and blocks elsewhere that are clearly about it),
// which parts are found there (cue strength, min_hits, multi-year budgets), what is only
// announced, and which blocks are the best evidence (BM25 over blocks with a heading boost).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "analyse/analyse.h"
#include "analyse/detail/match_cues.h"
#include "analyse/detail/match_mood.h"

namespace opcheck::analyse::detail {

struct CompiledPart {
  const checklists::Part* part = nullptr;
  std::vector<CompiledCue> cues;
  std::vector<CompiledCue> context;  // empty: the cues count everywhere
};

struct CompiledItem {
  const checklists::Item* item = nullptr;
  std::vector<CompiledCue> headings, negatives, contraries;
  std::vector<CompiledPart> parts;
};

// Compiled once per item and kept for the process (keyed by the item's address and content).
const CompiledItem& compiled_item(const checklists::Item& item);

struct BlockRef {
  int section = 0, block = 0;
};

// The whole plan, tokenised once for all items.
struct PlanText {
  const Structure* structure = nullptr;
  std::vector<BlockRef> blocks;                       // document order
  std::vector<std::uint32_t> first_token, end_token;  // token range per block
  std::vector<std::vector<Sentence>> sentences;       // per block
  PlanIndex body;
  PlanIndex titles;                                   // one "block" per section title
  PlanText(const Structure& structure, std::vector<std::string_view> block_texts, std::vector<std::string_view> title_texts);
};
PlanText build_plan_text(const Structure& structure);

enum class Outcome { complete, partial, absent, contrary };

struct PartResult {
  bool found = false;
  double strength = 0;              // sum of distinct positive cue strengths in scope
  int distinct = 0;
  bool announced = false;           // only announced / future
  bool denied = false;              // some match is negated or only announced
  bool deferred = false;            // the plan puts this part off to later, in so many words
  std::set<int> years;              // multi_year parts: best year evidence
};

struct EvidenceSpan {
  int block = 0;                    // index into PlanText::blocks
  std::uint32_t begin = 0, end = 0;
};

struct ItemResult {
  Outcome outcome = Outcome::absent;
  std::vector<PartResult> parts;    // parallel to CompiledItem::parts
  double score = 0;                 // found part weight / total weight
  double confidence = 0;
  bool announced = false;           // some content only announced
  bool denied = false;              // a required part is missing and the plan denies or defers it
  bool school_year = false;         // the years are one school year ("2014-2015")
  std::vector<EvidenceSpan> evidence;  // best first, at most 3
};

// Judges one item; `home_any[s]` says whether section s's own title matches any item's
// heading cues (so a parent heading only counts for sections without a heading of their own).
ItemResult score_item(const PlanText& plan, const CompiledItem& item, const std::vector<bool>& home_any);

// Developer trace: every cue match of the item with its part, mood and whether it is in scope.
std::string trace_item(const PlanText& plan, const CompiledItem& item, const std::vector<bool>& home_any);

// Sections whose own title matches one of `item`'s heading cues.
std::vector<bool> heading_matches(const PlanText& plan, const CompiledItem& item);

}  // namespace opcheck::analyse::detail
