// index.html: the round at a glance — heading with the round's facts, filters, the legend,
// the plans × items matrix (waarderingskader collapsed), and the files that were not checked
// (no plan, unreadable) with their error in plain Dutch.
#include <algorithm>
#include <set>

#include "cli/html_internal.h"

namespace opcheck::cli::html {
namespace {

std::string round_heading(const RoundOutputs& outputs) {
  int plans = 0, non_plans = 0, failed = 0;
  for (const auto& plan : outputs.plans) {
    std::string kind = plan_kind(plan.report);
    (kind == "plan" ? plans : kind == "geen_plan" ? non_plans : failed) += 1;
  }
  const checklists::Round* round = outputs.catalog ? checklists::find_round(*outputs.catalog, outputs.round) : nullptr;
  std::string html = "<header>\n<h1>Ondersteuningsplannen — ronde " + escape(outputs.round) + "</h1>\n<p>";
  if (round) html += escape(round->label) + " · uiterste datum vaststelling en ontvangst: vóór " + escape(dutch_date(round->deadline.iso(), "day")) + "<br>";
  html += std::to_string(plans) + (plans == 1 ? " plan" : " plannen") + " getoetst";
  if (non_plans > 0) html += " · " + std::to_string(non_plans) + " geen ondersteuningsplan";
  if (failed > 0) html += " · " + std::to_string(failed) + " onleesbaar";
  return html + "</p>\n</header>\n";
}

// Status options in the order of the checklists, each status once.
std::string status_options(const std::vector<ColumnGroup>& groups, const RoundOutputs& outputs) {
  std::string html = "<option value=\"\">Alle plannen</option>\n<option value=\"tekort\">Met een tekortkoming</option>\n"
                     "<option value=\"override\">Met een correctie door de analist</option>\n";
  std::set<std::string> done;
  for (const auto& group : groups) {
    std::vector<std::string> statuses;
    const checklists::Checklist* list = outputs.catalog ? checklists::find_checklist(*outputs.catalog, group.checklist) : nullptr;
    if (list) statuses = list->statuses;
    for (const auto& plan : outputs.plans)
      for (const json& f : plan.report.value("findings", json::array()))
        if (text_of(f, "checklist") == group.checklist &&
            std::find(statuses.begin(), statuses.end(), text_of(f, "status")) == statuses.end())
          statuses.push_back(text_of(f, "status"));
    std::string options;
    for (const auto& s : statuses)
      if (done.insert(s).second)
        options += "<option value=\"" + escape(s) + "\">" + look_of(s).symbol + " " + escape(look_of(s).label) + "</option>\n";
    if (!options.empty()) html += "<optgroup label=\"" + escape(group.label) + "\">\n" + options + "</optgroup>\n";
  }
  return html;
}

std::string filters(const std::vector<ColumnGroup>& groups, const RoundOutputs& outputs) {
  std::set<std::string> sectors;
  for (const auto& plan : outputs.plans)
    if (plan_kind(plan.report) == "plan") {
      std::string s = text_of(plan.report.value("plan", json::object()), "sector");
      sectors.insert(s.empty() ? "onbekend" : s);
    }
  std::string html = "<form class=\"filters\" aria-label=\"Filters\" onsubmit=\"return false\">\n"
                     "<div><label for=\"f-sector\">Sector</label><select id=\"f-sector\" name=\"sector\">"
                     "<option value=\"\">Alle sectoren</option>";
  for (const auto& s : sectors)
    html += "<option value=\"" + escape(s) + "\">" + (s == "po" ? "PO (primair onderwijs)" : s == "vo" ? "VO (voortgezet onderwijs)" : escape(s)) + "</option>";
  html += "</select></div>\n<div><label for=\"f-status\">Status</label><select id=\"f-status\" name=\"status\">\n" +
          status_options(groups, outputs) + "</select></div>\n";
  return html + "<p id=\"filter-result\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n";
}

std::string legend() {
  std::string html = "<ul class=\"legend\" aria-label=\"Betekenis van de symbolen\">";
  for (const char* s : {"voldoet", "onvolledig", "ontbreekt", "niet_voldaan", "niet_aangetoond", "ja", "deels", "nee", "onbekend"})
    html += "<li>" + badge(s) + "</li>";
  html += "<li><span class=\"badge st-na\"><span aria-hidden=\"true\">\u2013</span> n.v.t.</span></li>"
          "<li><span class=\"ovr\" aria-hidden=\"true\">\u270E</span> gecorrigeerd door analist</li></ul>\n";
  return html + "<p class=\"sub\">Klik op een kolomkop om te sorteren; klik op een cel voor de bevinding met vindplaats.</p>\n";
}

std::string not_checked(const RoundOutputs& outputs) {
  std::string rows;
  for (const auto& plan : outputs.plans) {
    std::string kind = plan_kind(plan.report);
    if (kind == "plan") continue;
    std::string errors;
    for (const json& e : plan.report.value("errors", json::array()))
      if (e.is_string()) errors += "<li>" + escape(e.get<std::string>()) + "</li>";
    rows += "<tr><th scope=\"row\"><a href=\"plans/" + escape(url_segment(plan.name)) + "/report.html\">" + escape(plan.name) +
            "</a></th><td>" + (kind == "geen_plan" ? "Geen ondersteuningsplan" : "Onleesbaar bestand") + "</td><td><ul>" +
            (errors.empty() ? "<li>Geen nadere melding.</li>" : errors) + "</ul></td></tr>\n";
  }
  if (rows.empty()) return "";
  return "<section id=\"niet-getoetst\" aria-labelledby=\"h-niet-getoetst\">\n<h2 id=\"h-niet-getoetst\">Niet getoetst</h2>\n"
         "<p>Deze bestanden zijn niet aan de checklists getoetst. Controleer ze met de hand.</p>\n"
         "<div class=\"table-wrap\"><table id=\"niet-getoetst-tabel\"><thead><tr><th scope=\"col\">Bestand</th>"
         "<th scope=\"col\">Soort</th><th scope=\"col\">Melding</th></tr></thead>\n<tbody>\n" + rows + "</tbody></table></div>\n</section>\n";
}

}  // namespace

std::string index_page(const RoundOutputs& outputs) {
  std::vector<ColumnGroup> all = matrix_columns(outputs), main, advisory;
  for (auto& group : all) (group.checklist == "waarderingskader" ? advisory : main).push_back(group);
  std::string html = page_start("Overzicht ondersteuningsplannen ronde " + outputs.round);
  html += round_heading(outputs) + "<main id=\"inhoud\">\n" + filters(all, outputs) + legend();
  html += "<section aria-labelledby=\"h-matrix\">\n<h2 id=\"h-matrix\">Plannen en items</h2>\n";
  html += matrix_table(outputs, main, "matrix", "Oordeel per plan en item: wettelijke inhoudseisen, procedure en parameter 5");
  html += "</section>\n";
  if (!advisory.empty()) {
    std::size_t n = 0;
    for (const auto& g : advisory) n += g.columns.size();
    html += "<details id=\"waarderingskader\"><summary>Waarderingskader (" + std::to_string(n) +
            " indicatoren; alleen aanwijzingen voor de expertanalyse, geen oordeel)</summary>\n";
    html += matrix_table(outputs, advisory, "matrix-wk", "Aanwijzingen per plan en indicator van het waarderingskader");
    html += "</details>\n";
  }
  html += not_checked(outputs) + "</main>\n";
  return html + page_end(kIndexScript);
}

}  // namespace opcheck::cli::html
