// judge_content(): one finding per content item (inhoudseisen, parameter5, waarderingskader)
// from the passage scores: the checklist's status word for the outcome, a Dutch explanation
// that names what was found and what is missing, the confidence and the best 1-3 passages.
#include <algorithm>
#include <cmath>
#include <string>

#include "analyse/detail/internal.h"
#include "analyse/detail/match_years.h"
#include "analyse/detail/passage_score.h"

namespace opcheck::analyse::detail {
namespace {

// How each checklist's generic outcomes map onto its status words (the checklist files'
// [checklist.outcomes]; judge_content does not see the Checklist, so the defaults live here).
std::string status_word(const std::string& checklist, Outcome outcome) {
  if (checklist == "parameter5") {
    switch (outcome) {
      case Outcome::complete: return "ja";
      case Outcome::partial: return "deels";
      case Outcome::contrary: return "nee";
      case Outcome::absent: return "onbekend";
    }
  }
  if (checklist == "waarderingskader") return outcome == Outcome::complete ? "aanwijzing" : "geen_aanwijzing";
  switch (outcome) {
    case Outcome::complete: return "voldoet";
    case Outcome::partial: return "onvolledig";
    case Outcome::contrary:
    case Outcome::absent: return "ontbreekt";
  }
  return "ontbreekt";
}

bool is_content_checklist(const std::string& checklist) {
  return checklist == "inhoudseisen" || checklist == "parameter5" || checklist == "waarderingskader";
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : i + 1 == parts.size() ? " en " : ", ") + parts[i];
  return out;
}

// The missing required parts; when none is missing (score below min_score), the missing others.
std::string missing_parts(const CompiledItem& item, const ItemResult& result) {
  std::vector<std::string> required, optional;
  for (std::size_t p = 0; p < item.parts.size(); ++p) {
    if (result.parts[p].found) continue;
    (item.parts[p].part->required ? required : optional).push_back(item.parts[p].part->description);
  }
  return join(required.empty() ? optional : required);
}

std::string found_parts(const CompiledItem& item, const ItemResult& result) {
  std::vector<std::string> found;
  for (std::size_t p = 0; p < item.parts.size(); ++p)
    if (result.parts[p].found) found.push_back(item.parts[p].part->description);
  return found.empty() ? "geen onderdelen volledig" : join(found);
}

std::string years_text(const ItemResult& result) {
  std::set<int> years;
  for (const auto& part : result.parts)
    if (part.years.size() > years.size()) years = part.years;
  return describe_years(years, result.school_year);
}

std::string fill(std::string text, const std::string& key, const std::string& value) {
  for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
  return text;
}

std::string explanation(const CompiledItem& item, const ItemResult& result, const std::string& status) {
  const auto& texts = item.item->explanations;
  auto it = texts.find(status);
  std::string text = it != texts.end() ? it->second : item.item->label + ": " + status + ".";
  text = fill(text, "{label}", item.item->label);
  text = fill(text, "{gevonden}", found_parts(item, result));
  text = fill(text, "{ontbrekend}", missing_parts(item, result));
  text = fill(text, "{jaren}", years_text(result));
  if (result.outcome == Outcome::partial && result.announced)
    text += " Het plan kondigt (een deel van) de uitwerking aan voor later; dat telt niet als beschreven.";
  return text;
}

Finding make_finding(const PlanText& plan, const CompiledItem& item, const ItemResult& result, bool advisory) {
  Finding finding;
  finding.checklist = item.item->checklist;
  finding.item = item.item->id;
  Outcome outcome = result.outcome;
  // A risk question whose core the plan denies or defers ("er is nog geen OPR") is answered
  // "nee"; for legal requirements a deferred part stays "onvolledig".
  // Secondary parts (a thuiszitters protocol, a website) do not turn a denied core into "deels".
  bool core_found = false;
  for (std::size_t p = 0; p < item.parts.size(); ++p) core_found |= item.parts[p].part->required && result.parts[p].found;
  if (item.item->checklist == "parameter5" && result.denied && !core_found && outcome != Outcome::complete)
    outcome = Outcome::contrary;
  finding.status = status_word(item.item->checklist, outcome);
  finding.confidence = std::round(result.confidence * 100) / 100;
  finding.explanation = explanation(item, result, finding.status);
  finding.advisory = advisory;
  for (const auto& span : result.evidence) {
    const BlockRef& ref = plan.blocks[static_cast<std::size_t>(span.block)];
    const Section& section = plan.structure->sections[static_cast<std::size_t>(ref.section)];
    finding.evidence.push_back(make_evidence(section, section.blocks[static_cast<std::size_t>(ref.block)], span.begin, span.end));
  }
  return finding;
}

}  // namespace

void prepare_vocabulary(const checklists::Catalog& catalog) {
  for (const auto& item : catalog.items)
    if (is_content_checklist(item.checklist)) compiled_item(item);
}

std::vector<Finding> judge_content(const Structure& structure, const std::vector<checklists::ItemInForce>& items) {
  // Compile every item before tokenising the plan: cue words are the decompounding vocabulary.
  std::vector<std::pair<const CompiledItem*, bool>> compiled;
  for (const auto& in_force : items)
    if (in_force.item && is_content_checklist(in_force.item->checklist))
      compiled.push_back({&compiled_item(*in_force.item), in_force.advisory});
  const PlanText plan = build_plan_text(structure);
  std::vector<bool> home_any(structure.sections.size(), false);
  for (const auto& [item, advisory] : compiled) {
    const auto own = heading_matches(plan, *item);
    for (std::size_t s = 0; s < own.size(); ++s) home_any[s] = home_any[s] || own[s];
  }
  std::vector<Finding> findings;
  for (const auto& [item, advisory] : compiled)
    findings.push_back(make_finding(plan, *item, score_item(plan, *item, home_any), advisory));
  return findings;
}

}  // namespace opcheck::analyse::detail
