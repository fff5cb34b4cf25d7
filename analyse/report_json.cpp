// to_report_json(): report.json exactly as report-contract.md (schema opcheck.report/1), keys
// in the contract's order. Unknown values are null, never "" or 0. Fields beyond the contract
// (allowed by it): procedure_facts.opr_instemming.refused, .oogo.gemeenten, findings[].advisory.
// A procedure fact whose event did not happen (not stated, or only announced) is null.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "analyse/analyse.h"
#include "analyse/detail/procedure_state.h"

namespace opcheck::analyse {
namespace {

using json = nlohmann::ordered_json;

json optional_text(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json evidence_json(const Evidence& e) {
  json j;
  j["page"] = e.page;
  j["section"] = e.section;
  j["quote"] = e.quote;
  j["bbox"] = e.bbox ? json::array({e.bbox->x0, e.bbox->y0, e.bbox->x1, e.bbox->y1}) : json(nullptr);
  return j;
}

json evidence_list(const std::vector<Evidence>& list) {
  json a = json::array();
  for (const auto& e : list) a.push_back(evidence_json(e));
  return a;
}

json fact_json(const DateFact& f, const std::string& event) {
  auto state = detail::state_of(f);
  if (state == detail::FactState::none || state == detail::FactState::announced) return nullptr;
  json j;
  j["date"] = f.date ? json(to_iso(*f.date)) : json(nullptr);
  j["precision"] = f.date ? json(std::string(to_string(f.date->precision))) : json(nullptr);
  if (event == "vaststelling") j["by"] = f.by.empty() ? json(nullptr) : json(f.by);
  if (event == "opr_instemming") j["refused"] = state == detail::FactState::refused;
  if (event == "oogo") {
    j["outcome"] = f.outcome.empty() ? std::string("onbekend") : f.outcome;
    j["gemeenten"] = f.gemeenten;
  }
  j["evidence"] = evidence_list(f.evidence);
  return j;
}

json plan_json(const PlanInfo& p) {
  json j;
  j["file"] = p.file;
  j["sha256"] = p.sha256;
  j["swv_code"] = optional_text(p.swv_code);
  j["swv_name"] = optional_text(p.swv_name);
  j["sector"] = optional_text(p.sector);
  // Nothing could be read from a file without pages: whether it is a plan is unknown.
  j["is_plan"] = p.pages == 0 && !p.is_plan ? json(nullptr) : json(p.is_plan);
  j["pages"] = p.pages;
  j["ocr_pages"] = p.ocr_pages;
  j["received"] = optional_text(p.received);
  j["round"] = p.round;
  return j;
}

json finding_json(const Finding& f) {
  json j;
  j["checklist"] = f.checklist;
  j["item"] = f.item;
  j["status"] = f.status;
  j["confidence"] = std::round(std::clamp(f.confidence, 0.0, 1.0) * 1000.0) / 1000.0;
  j["evidence"] = evidence_list(f.evidence);
  j["explanation"] = f.explanation;
  j["advisory"] = f.advisory;
  j["override"] = nullptr;
  return j;
}

}  // namespace

std::string to_report_json(const PlanReport& report) {
  json j;
  j["schema"] = "opcheck.report/1";
  j["plan"] = plan_json(report.plan);
  j["procedure_facts"] = {{"vaststelling", fact_json(report.facts.vaststelling, "vaststelling")},
                          {"opr_instemming", fact_json(report.facts.opr_instemming, "opr_instemming")},
                          {"oogo", fact_json(report.facts.oogo, "oogo")}};
  json findings = json::array();
  for (const auto& f : report.findings) findings.push_back(finding_json(f));
  j["findings"] = findings;
  j["errors"] = report.errors;
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace opcheck::analyse
