// analyse_plan(): the analyse stage as a list of named steps — segment, identify, select the
// items in force, judge the content, read the procedure facts, apply the timeline rules — and
// failed_report() for files that could not be read at all.
#include <algorithm>
#include <set>

#include "analyse/detail/internal.h"
#include "analyse/detail/procedure_timeline.h"

namespace opcheck::analyse {
namespace {

PlanInfo plan_info(const extract::Document& doc, const detail::PlanIdentity& id, const AnalyseOptions& options) {
  PlanInfo p;
  p.file = doc.file;
  p.sha256 = doc.sha256;
  p.swv_code = id.swv_code;
  p.swv_name = id.swv_name;
  p.sector = id.sector;
  p.is_plan = id.is_plan;
  p.pages = static_cast<int>(doc.pages.size());
  for (const auto& page : doc.pages)
    if (page.method == extract::Method::ocr) p.ocr_pages.push_back(page.number);
  if (options.received) p.received = options.received->iso();
  p.round = options.round;
  return p;
}

// Soft failures of extraction (an OCR page that timed out) belong in the report's errors.
std::vector<std::string> page_warnings(const extract::Document& doc) {
  std::vector<std::string> out;
  for (const auto& page : doc.pages)
    if (page.warning) out.push_back("Pagina " + std::to_string(page.number) + ": " + *page.warning);
  return out;
}

// Findings in the catalog order of the items in force; anything else after them.
std::vector<Finding> in_item_order(std::vector<Finding> findings, const std::vector<checklists::ItemInForce>& items) {
  std::vector<Finding> out;
  std::vector<bool> used(findings.size(), false);
  for (const auto& in_force : items)
    for (std::size_t i = 0; i < findings.size(); ++i)
      if (!used[i] && findings[i].item == in_force.item->id) {
        out.push_back(std::move(findings[i]));
        used[i] = true;
        break;
      }
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!used[i]) out.push_back(std::move(findings[i]));
  return out;
}

}  // namespace

Result<PlanReport> analyse_plan(const extract::Document& doc, const checklists::Catalog& catalog,
                                const AnalyseOptions& options) {
  const checklists::Round* round = checklists::find_round(catalog, options.round);
  if (!round)
    return make_error(ErrorKind::data, "Onbekende ronde '" + options.round + "': die staat niet in rounds.toml van de checklists.");

  Structure structure = segment(doc);
  detail::PlanIdentity identity = detail::identify_plan(doc, structure);
  PlanReport report;
  report.plan = plan_info(doc, identity, options);
  report.errors = page_warnings(doc);
  if (!identity.is_plan) {
    std::string reason = identity.not_a_plan_reason.empty() ? "Dit document is geen ondersteuningsplan."
                                                            : identity.not_a_plan_reason;
    report.errors.insert(report.errors.begin(), reason + " Het is daarom niet aan de checklists getoetst.");
    return report;
  }

  std::optional<checklists::Sector> sector;
  if (identity.sector) sector = checklists::parse_sector(*identity.sector);
  auto items = checklists::items_in_force(catalog, options.round, sector);
  if (!items) return items.error();

  detail::prepare_vocabulary(catalog);
  std::vector<Finding> findings = detail::judge_content(structure, *items);
  report.facts = detail::find_procedure_facts(structure, catalog, identity.plan_year);
  report.facts.is_concept = report.facts.is_concept || identity.is_concept;
  for (Finding& f : detail::judge_procedure(report.facts, *round, options.received, *items)) findings.push_back(std::move(f));
  detail::refine_oogo_findings(findings, report.facts);
  report.findings = in_item_order(std::move(findings), *items);
  if (!identity.sector)
    report.errors.push_back("De sector (po of vo) van het plan is niet gevonden; de items van beide sectoren zijn getoetst.");
  return report;
}

PlanReport failed_report(const std::string& file, const std::string& sha256, const AnalyseOptions& options,
                         const Error& error) {
  PlanReport report;
  report.plan.file = file;
  report.plan.sha256 = sha256;
  report.plan.is_plan = false;
  report.plan.pages = 0;
  if (options.received) report.plan.received = options.received->iso();
  report.plan.round = options.round;
  std::string message = error.message.empty() ? "Het bestand " + file + " kon niet worden gelezen." : error.message;
  report.errors.push_back(message);
  return report;
}

}  // namespace opcheck::analyse
