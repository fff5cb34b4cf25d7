// Builds the overview, expertanalyse and legend tables from report.json content (overrides
// already applied) and renders a table as Dutch-Excel CSV. Reports are read defensively: a
// missing or null field gives an empty cell, never an exception.
#include "cli/export_table.h"

#include <algorithm>
#include <map>
#include <set>

namespace opcheck::cli {
namespace {

using json = nlohmann::json;

const std::vector<std::string>& overview_checklists() {
  static const std::vector<std::string> ids{"inhoudseisen", "procedure", "parameter5"};
  return ids;
}

const json& member(const json& object, const std::string& key) {
  static const json null_value;
  if (!object.is_object()) return null_value;
  auto it = object.find(key);
  return it == object.end() ? null_value : *it;
}

std::string text(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return value.dump();
}

std::string text(const json& object, const std::string& key) { return text(member(object, key)); }

std::string precision_word(const std::string& precision) {
  static const std::map<std::string, std::string> words{{"day", "dag"}, {"month", "maand"}, {"year", "jaar"}};
  auto it = words.find(precision);
  return it == words.end() ? precision : it->second;
}

std::string join(const json& list, const std::string& separator) {
  std::string out;
  if (!list.is_array()) return out;
  for (const auto& value : list) out += (out.empty() ? "" : separator) + text(value);
  return out;
}

std::vector<const checklists::Item*> overview_items(const checklists::Catalog& catalog) {
  std::vector<const checklists::Item*> items;
  for (const auto& checklist : overview_checklists())
    for (const auto& item : catalog.items)
      if (item.checklist == checklist) items.push_back(&item);
  return items;
}

const json* find_finding(const json& report, const std::string& id) {
  const json& findings = member(report, "findings");
  if (!findings.is_array()) return nullptr;
  for (const auto& finding : findings)
    if (text(finding, "item") == id) return &finding;
  return nullptr;
}

// The analyst's status, with the tool's own judgement kept visible.
std::string status_cell(const json* finding) {
  if (!finding) return "";
  std::string status = text(*finding, "status");
  const json& override_ = member(*finding, "override");
  if (!override_.is_object()) return status;
  return status + " (analist; tool: " + text(override_, "original_status") + ")";
}

std::string is_plan_word(const json& plan) {
  const json& value = member(plan, "is_plan");
  if (!value.is_boolean()) return "onbekend";
  return value.get<bool>() ? "ja" : "nee";
}

std::string ocr_cell(const json& plan) {
  std::vector<int> pages;
  const json& list = member(plan, "ocr_pages");
  if (list.is_array())
    for (const auto& page : list)
      if (page.is_number_integer()) pages.push_back(page.get<int>());
  return page_ranges(std::move(pages));
}

std::vector<std::string> overview_row(const PlanOutput& plan, const std::vector<const checklists::Item*>& items) {
  const json& info = member(plan.report, "plan");
  const json& facts = member(plan.report, "procedure_facts");
  std::string file = text(info, "file");
  std::vector<std::string> row{file.empty() ? plan.name : file, text(info, "swv_code"), text(info, "swv_name"),
                               text(info, "sector"), is_plan_word(info), text(info, "pages"), ocr_cell(info),
                               text(info, "received")};
  for (const auto* item : items) row.push_back(status_cell(find_finding(plan.report, item->id)));
  const json& adoption = member(facts, "vaststelling");
  const json& oogo = member(facts, "oogo");
  row.push_back(text(adoption, "date"));
  row.push_back(text(adoption, "by"));
  row.push_back(text(member(facts, "opr_instemming"), "date"));
  row.push_back(text(oogo, "date"));
  row.push_back(text(oogo, "outcome"));
  row.push_back(join(member(plan.report, "errors"), " | "));
  return row;
}

void add_fact_cells(std::vector<std::string>& row, const json& fact) {
  row.push_back(text(fact, "date"));
  row.push_back(precision_word(text(fact, "precision")));
}

}  // namespace

Table overview_table(const RoundOutputs& outputs) {
  Table table;
  table.columns = {{"Bestand", 28},   {"Swv-code", 11},      {"Naam", 36},       {"Sector", 7},
                   {"Ondersteuningsplan", 10}, {"Pagina's", 8, true}, {"OCR-pagina's", 14}, {"Ontvangen", 11}};
  auto items = outputs.catalog ? overview_items(*outputs.catalog) : std::vector<const checklists::Item*>{};
  for (const auto* item : items) table.columns.push_back({item->id, item->checklist == "parameter5" ? 14.0 : 18.0});
  for (const char* name : {"Vaststelling", "Vastgesteld door", "Instemming OPR", "OOGO", "OOGO-uitkomst"})
    table.columns.push_back({name, 16});
  table.columns.push_back({"Fouten", 50});
  for (const auto& plan : outputs.plans) table.rows.push_back(overview_row(plan, items));
  return table;
}

Table expert_table(const RoundOutputs& outputs) {
  Table table;
  table.columns = {{"Swv-code", 11}, {"Naam", 36}, {"Sector", 7}, {"Bestand", 28}};
  std::vector<std::string> ids;
  if (outputs.catalog)
    for (const auto& item : outputs.catalog->items)
      if (item.checklist == "parameter5" || item.checklist == "procedure") ids.push_back(item.id);
  std::stable_partition(ids.begin(), ids.end(), [](const std::string& id) { return id.rfind("P5-", 0) == 0; });
  for (const auto& id : ids) table.columns.push_back({id, 14});
  for (const char* name : {"Vaststelling", "Vaststelling precisie", "Vastgesteld door", "Instemming OPR",
                           "Instemming OPR precisie", "OOGO", "OOGO precisie", "OOGO-uitkomst", "OOGO gemeenten",
                           "Gecorrigeerd door analist"})
    table.columns.push_back({name, 16});
  for (const auto& plan : outputs.plans) {
    const json& info = member(plan.report, "plan");
    if (!member(info, "is_plan").is_boolean() || !member(info, "is_plan").get<bool>()) continue;
    const json& facts = member(plan.report, "procedure_facts");
    std::vector<std::string> row{text(info, "swv_code"), text(info, "swv_name"), text(info, "sector"), text(info, "file")};
    std::string corrected;
    for (const auto& id : ids) {
      const json* finding = find_finding(plan.report, id);
      row.push_back(finding ? text(*finding, "status") : "");
      if (finding && member(*finding, "override").is_object()) corrected += (corrected.empty() ? "" : ", ") + id;
    }
    add_fact_cells(row, member(facts, "vaststelling"));
    row.push_back(text(member(facts, "vaststelling"), "by"));
    add_fact_cells(row, member(facts, "opr_instemming"));
    add_fact_cells(row, member(facts, "oogo"));
    row.push_back(text(member(facts, "oogo"), "outcome"));
    row.push_back(join(member(member(facts, "oogo"), "gemeenten"), ", "));
    row.push_back(corrected);
    table.rows.push_back(std::move(row));
  }
  // Plans without a recognised code go last; ties keep file order.
  std::stable_sort(table.rows.begin(), table.rows.end(), [](const auto& a, const auto& b) {
    return std::make_pair(a[0].empty(), a[0]) < std::make_pair(b[0].empty(), b[0]);
  });
  return table;
}

Table legend_table(const RoundOutputs& outputs) {
  Table table;
  table.columns = {{"Item", 22}, {"Checklist", 26}, {"Omschrijving (label)", 50}, {"Wetsverwijzing", 45},
                   {"Sector", 8}, {"Ronde " + outputs.round, 40}};
  if (!outputs.catalog) return table;
  const auto& catalog = *outputs.catalog;
  std::map<std::string, bool> advisory;  // items in force in the round -> advisory
  if (auto in_force = checklists::items_in_force(catalog, outputs.round, std::nullopt))
    for (const auto& entry : *in_force) advisory[entry.item->id] = entry.advisory;
  for (const auto* item : overview_items(catalog)) {
    const auto* checklist = checklists::find_checklist(catalog, item->checklist);
    std::string sectors;
    for (auto sector : item->sectors) sectors += (sectors.empty() ? "" : ", ") + std::string(checklists::sector_name(sector));
    auto it = advisory.find(item->id);
    std::string state = it == advisory.end() ? "geldt niet in deze ronde"
                        : it->second        ? "adviserend" + (item->advisory_reason.empty() ? "" : ": " + item->advisory_reason)
                                            : "geldt";
    table.rows.push_back({item->id, checklist ? checklist->label : item->checklist, item->label, item->law, sectors, state});
  }
  table.rows.push_back(std::vector<std::string>(table.columns.size()));
  table.rows.push_back({"Notatie", "", "Een correctie door de analist staat als \"status (analist; tool: oorspronkelijke status)\".",
                        "", "", ""});
  return table;
}

std::string page_ranges(std::vector<int> pages) {
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  std::string out;
  for (std::size_t i = 0; i < pages.size();) {
    std::size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
    out += (out.empty() ? "" : ", ") + std::to_string(pages[i]);
    if (j > i) out += "-" + std::to_string(pages[j]);
    i = j + 1;
  }
  return out;
}

std::string to_csv(const Table& table) {
  auto field = [](const std::string& value) {
    bool quote = value.find_first_of(";\"\r\n") != std::string::npos ||
                 (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) return value;
    std::string out = "\"";
    for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  };
  std::string out = "\xEF\xBB\xBF";
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? ";" : "") + field(cells[i]);
    out += "\r\n";
  };
  std::vector<std::string> header;
  for (const auto& column : table.columns) header.push_back(column.name);
  line(header);
  for (const auto& row : table.rows) line(row);
  return out;
}

}  // namespace opcheck::cli
