// The plans × items matrix of index.html: columns from the items the reports contain (in
// catalog order, grouped per checklist), one row per plan, a cell per finding with symbol,
// Dutch status word, colour and override marker, and a footer counting shortfalls.
#include <algorithm>
#include <set>

#include "cli/html_internal.h"

namespace opcheck::cli::html {
namespace {

const std::vector<std::string> kChecklistOrder = {"inhoudseisen", "procedure", "parameter5", "waarderingskader"};

std::size_t checklist_rank(const std::string& id) {
  auto it = std::find(kChecklistOrder.begin(), kChecklistOrder.end(), id);
  return static_cast<std::size_t>(it - kChecklistOrder.begin());
}

// Position of an item in the catalog; unknown items after all known ones, in first-seen order.
std::size_t item_rank(const checklists::Catalog* catalog, const std::string& id, std::size_t seen) {
  if (catalog)
    for (std::size_t i = 0; i < catalog->items.size(); ++i)
      if (catalog->items[i].id == id) return i;
  return 100000 + seen;
}

const json* finding_for(const json& report, const std::string& item) {
  // Iterate the stored array itself: a pointer into a value() copy would dangle.
  auto findings = report.find("findings");
  if (findings == report.end() || !findings->is_array()) return nullptr;
  for (const json& f : *findings)
    if (text_of(f, "item") == item) return &f;
  return nullptr;
}

std::string status_cell(const PlanOutput& plan, const Column& column, const RoundOutputs& outputs) {
  const json* f = finding_for(plan.report, column.item);
  std::string attrs = " data-col=\"" + escape(column.item) + "\"";
  if (!f) {
    return "<td class=\"cell st-na\"" + attrs + " data-sort=\"9\" data-short=\"0\"><span class=\"sym\" aria-hidden=\"true\">"
           "\u2013</span> <span title=\"Niet van toepassing op dit plan (sector of ronde)\">n.v.t.</span></td>";
  }
  std::string status = text_of(*f, "status");
  StatusLook look = look_of(status);
  bool shortfall = column.advisory ? false : is_shortfall(*f, outputs.catalog);
  bool advisory_open = column.advisory && is_not_complete(*f, outputs.catalog);
  std::string html = std::string("<td class=\"cell ") + tone_class(look.tone) + "\"" + attrs + " data-sort=\"" +
                     std::to_string(look.rank) + "\" data-status=\"" + escape(status) + "\" data-short=\"" +
                     (shortfall ? "1" : advisory_open ? "a" : "0") + "\">";
  html += "<a href=\"plans/" + escape(url_segment(plan.name)) + "/report.html#" + escape(url_segment(column.item)) + "\">";
  html += "<span class=\"sym\" aria-hidden=\"true\">" + look.symbol + "</span> " + escape(look.label);
  const json& ovr = f->contains("override") ? (*f)["override"] : json();
  if (ovr.is_object()) {
    std::string original = text_of(ovr, "original_status");
    std::string note = "Gecorrigeerd door analist" + (original.empty() ? "" : "; oordeel hulpmiddel: " + look_of(original).label);
    html += "<span class=\"ovr\" title=\"" + escape(note) + "\">\u270E<span class=\"vh\"> " + escape(note) + "</span></span>";
  }
  return html + "</a></td>";
}

std::string row_attributes(const PlanOutput& plan, const RoundOutputs& outputs, std::size_t order) {
  std::set<std::string> statuses;
  int shortfalls = 0;
  bool overridden = false;
  for (const json& f : plan.report.value("findings", json::array())) {
    statuses.insert(text_of(f, "status"));
    if (is_shortfall(f, outputs.catalog)) ++shortfalls;
    if (f.contains("override") && f["override"].is_object()) overridden = true;
  }
  std::string list = " ";
  for (const auto& s : statuses) list += s + " ";
  std::string sector = text_of(plan.report.value("plan", json::object()), "sector");
  return " data-order=\"" + std::to_string(order) + "\" data-sector=\"" + escape(sector.empty() ? "onbekend" : sector) +
         "\" data-statuses=\"" + escape(list) + "\" data-short=\"" + std::to_string(shortfalls) + "\" data-override=\"" +
         (overridden ? "1" : "0") + "\"";
}

std::string plan_row(const PlanOutput& plan, const RoundOutputs& outputs, const std::vector<ColumnGroup>& groups,
                     std::size_t order) {
  const json info = plan.report.value("plan", json::object());
  std::string code = text_of(info, "swv_code"), name = text_of(info, "swv_name"), sector = text_of(info, "sector");
  std::size_t errors = plan.report.value("errors", json::array()).size();
  std::string html = "<tr" + row_attributes(plan, outputs, order) + ">";
  html += "<th scope=\"row\" data-col=\"plan\" data-sort=\"" + escape(plan.name) + "\"><a href=\"plans/" +
          escape(url_segment(plan.name)) + "/report.html\">" + escape(plan.name) + "</a>";
  if (!name.empty()) html += "<div class=\"sub\">" + escape(name) + "</div>";
  if (errors > 0)
    html += "<div class=\"sub warn\"><span aria-hidden=\"true\">\u26A0</span> " + std::to_string(errors) +
            (errors == 1 ? " melding" : " meldingen") + "</div>";
  html += "</th><td data-col=\"code\">" + (code.empty() ? "<span class=\"sub\">onbekend</span>" : escape(code)) + "</td>";
  html += "<td data-col=\"sector\">" + (sector.empty() ? "<span class=\"sub\">onbekend</span>" : escape(sector == "po" ? "PO" : sector == "vo" ? "VO" : sector)) + "</td>";
  int shortfalls = 0;
  for (const json& f : plan.report.value("findings", json::array())) shortfalls += is_shortfall(f, outputs.catalog) ? 1 : 0;
  html += "<td data-col=\"tekort\" data-sort=\"" + std::to_string(shortfalls) + "\" class=\"num\">" + std::to_string(shortfalls) + "</td>";
  for (const auto& group : groups)
    for (const auto& column : group.columns) html += status_cell(plan, column, outputs);
  return html + "</tr>\n";
}

std::string header_rows(const std::vector<ColumnGroup>& groups) {
  auto sortable = [](const std::string& col, const std::string& text, const std::string& extra) {
    return "<th scope=\"col\" rowspan=\"2\" data-col=\"" + col + "\" aria-sort=\"none\"" + extra + "><button type=\"button\">" +
           text + "</button></th>";
  };
  std::string top = "<tr>" + sortable("plan", "Plan", "") + sortable("code", "SWV-code", "") + sortable("sector", "Sector", "") +
                    sortable("tekort", "Tekort&shy;komingen", " title=\"Aantal tekortkomingen van het plan (advies-items niet meegeteld)\"");
  std::string second = "<tr>";
  for (const auto& group : groups) {
    top += "<th scope=\"colgroup\" colspan=\"" + std::to_string(group.columns.size()) + "\">" + escape(group.label) + "</th>";
    for (const auto& c : group.columns) {
      std::string title = c.label + (c.law.empty() ? "" : " (" + c.law + ")") + (c.advisory ? " — advies, telt niet mee" : "");
      second += "<th scope=\"col\" class=\"item" + std::string(c.advisory ? " advisory" : "") + "\" data-col=\"" +
                escape(c.item) + "\" aria-sort=\"none\"><button type=\"button\" title=\"" + escape(title) + "\">" +
                escape(c.item) + "<span class=\"vh\">: " + escape(title) + "</span></button></th>";
    }
  }
  return "<thead>" + top + "</tr>\n" + second + "</tr></thead>\n";
}

std::string footer_row(const RoundOutputs& outputs, const std::vector<ColumnGroup>& groups) {
  std::string html = "<tfoot><tr><th scope=\"row\" colspan=\"4\">Aantal plannen met tekortkoming"
                     "<div class=\"sub\">tussen haakjes: advies-items, niet meegeteld</div></th>";
  for (const auto& group : groups)
    for (const auto& column : group.columns) {
      int n = 0;
      for (const auto& plan : outputs.plans) {
        if (plan_kind(plan.report) != "plan") continue;
        const json* f = finding_for(plan.report, column.item);
        if (f && (column.advisory ? is_not_complete(*f, outputs.catalog) : is_shortfall(*f, outputs.catalog))) ++n;
      }
      std::string number = "<span class=\"n\">" + std::to_string(n) + "</span>";
      std::string attrs = " data-count-col=\"" + escape(column.item) + "\" data-count-value=\"" + (column.advisory ? "a" : "1") + "\"";
      html += column.advisory ? "<td" + attrs + " class=\"sub\">(" + number + ")</td>" : "<td" + attrs + ">" + number + "</td>";
    }
  return html + "</tr></tfoot>\n";
}

}  // namespace

std::vector<ColumnGroup> matrix_columns(const RoundOutputs& outputs) {
  struct Seen { std::size_t checklist, rank; Column column; std::string checklist_id; };
  std::vector<Seen> seen;
  for (const auto& plan : outputs.plans)
    for (const json& f : plan.report.value("findings", json::array())) {
      std::string id = text_of(f, "item");
      bool advisory = is_advisory(f, outputs.catalog);
      auto it = std::find_if(seen.begin(), seen.end(), [&](const Seen& s) { return s.column.item == id; });
      if (it != seen.end()) { it->column.advisory = it->column.advisory || advisory; continue; }
      const checklists::Item* item = outputs.catalog ? checklists::find_item(*outputs.catalog, id) : nullptr;
      std::string list = text_of(f, "checklist");
      seen.push_back({checklist_rank(list), item_rank(outputs.catalog, id, seen.size()),
                      Column{id, item ? item->label : id, item ? item->law : "", advisory}, list});
    }
  std::stable_sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) {
    if (a.checklist != b.checklist) return a.checklist < b.checklist;
    if (a.checklist_id != b.checklist_id) return a.checklist_id < b.checklist_id;
    return a.rank < b.rank;
  });
  std::vector<ColumnGroup> groups;
  for (auto& s : seen) {
    if (groups.empty() || groups.back().checklist != s.checklist_id)
      groups.push_back({s.checklist_id, checklist_label(s.checklist_id, outputs.catalog), {}});
    groups.back().columns.push_back(std::move(s.column));
  }
  return groups;
}

std::string matrix_table(const RoundOutputs& outputs, const std::vector<ColumnGroup>& groups, const std::string& id,
                         const std::string& caption) {
  std::string html = "<div class=\"table-wrap\"><table class=\"matrix\" id=\"" + escape(id) + "\">\n<caption>" +
                     escape(caption) + "</caption>\n" + header_rows(groups) + "<tbody>\n";
  std::size_t order = 0;
  for (const auto& plan : outputs.plans)
    if (plan_kind(plan.report) == "plan") html += plan_row(plan, outputs, groups, order++);
  return html + "</tbody>\n" + footer_row(outputs, groups) + "</table></div>\n";
}

}  // namespace opcheck::cli::html
