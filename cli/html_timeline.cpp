// The procedure timeline of a plan page: OOGO, OPR consent, adoption, receipt and the round's
// deadline in date order, each date shown only as precisely as it is known ("maart 2014"),
// with the facts' details and their pages; facts not found are listed as such.
#include <algorithm>

#include "cli/html_internal.h"

namespace opcheck::cli::html {
namespace {

struct Entry {
  std::string iso, precision;   // iso empty: no date known
  std::string label, detail;    // detail is HTML
  std::string css;
  int order = 0;                // natural order for equal dates
};

std::string event_label(const std::string& name, const checklists::Catalog* catalog, const char* fallback) {
  if (catalog)
    if (const auto* event = checklists::find_event(*catalog, name)) return event->label;
  return fallback;
}

std::string pages_of(const json& fact, bool pdf_links) {
  std::vector<int> pages;
  for (const json& e : fact.value("evidence", json::array()))
    if (e.is_object() && e.contains("page") && e["page"].is_number_integer()) pages.push_back(e["page"].get<int>());
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  if (pages.empty()) return "";
  std::string html = pages.size() == 1 ? " Vindplaats: pagina " : " Vindplaatsen: pagina ";
  for (std::size_t i = 0; i < pages.size(); ++i) {
    std::string n = std::to_string(pages[i]);
    html += (i > 0 ? ", " : "") + (pdf_links ? "<a href=\"plan.pdf#page=" + n + "\">" + n + "</a>" : n);
  }
  return html + ".";
}

std::string fact_detail(const std::string& name, const json& fact) {
  std::string html;
  if (name == "vaststelling" && !text_of(fact, "by").empty()) html += "Door: " + escape(text_of(fact, "by")) + ".";
  if (name == "opr_instemming" && fact.value("refused", false)) html += "<strong>De OPR heeft geen instemming gegeven.</strong>";
  if (name == "oogo") {
    std::string outcome = text_of(fact, "outcome");
    html += outcome == "overeenstemming"        ? "Uitkomst: overeenstemming bereikt."
            : outcome == "geen_overeenstemming" ? "<strong>Uitkomst: geen overeenstemming.</strong>"
                                                : "Uitkomst niet vermeld.";
    std::string towns;
    for (const json& g : fact.value("gemeenten", json::array()))
      if (g.is_string()) towns += (towns.empty() ? "" : ", ") + escape(g.get<std::string>());
    if (!towns.empty()) html += " Gemeenten: " + towns + ".";
  }
  return html;
}

std::string date_text(const Entry& e) {
  if (e.iso.empty()) return "datum niet gevonden";
  std::string text = escape(dutch_date(e.iso, e.precision));
  if (e.precision == "month") text += " <span class=\"sub\">(alleen maand bekend)</span>";
  if (e.precision == "year") text += " <span class=\"sub\">(alleen jaar bekend)</span>";
  return text;
}

std::string entry_html(const Entry& e) {
  return "<li class=\"" + e.css + "\"><span class=\"tl-date\">" + date_text(e) + "</span> <strong>" + escape(e.label) +
         "</strong>" + (e.detail.empty() ? "" : "<br><span class=\"sub\">" + e.detail + "</span>") + "</li>\n";
}

}  // namespace

std::string timeline_section(const json& report, const checklists::Catalog* catalog, bool pdf_links) {
  const json facts = report.value("procedure_facts", json::object());
  const json plan = report.value("plan", json::object());
  struct Spec { const char* name; const char* fallback; };
  const Spec specs[] = {{"oogo", "Op overeenstemming gericht overleg (OOGO) met de gemeenten"},
                        {"opr_instemming", "Instemming van de ondersteuningsplanraad"},
                        {"vaststelling", "Vaststelling van het ondersteuningsplan"}};
  std::vector<Entry> dated, undated;
  std::vector<std::string> missing;
  int order = 0;
  for (const Spec& spec : specs) {
    std::string label = event_label(spec.name, catalog, spec.fallback);
    const json fact = facts.is_object() && facts.contains(spec.name) ? facts[spec.name] : json();
    if (!fact.is_object()) { missing.push_back(label); continue; }
    Entry e{text_of(fact, "date"), text_of(fact, "precision"), label, fact_detail(spec.name, fact) + pages_of(fact, pdf_links), "", order++};
    (e.iso.empty() ? undated : dated).push_back(e);
  }
  if (std::string received = text_of(plan, "received"); !received.empty())
    dated.push_back({received, "day", "Ontvangen door de inspectie", "Volgens de ontvangstlijst.", "received", order++});
  else
    missing.push_back("Ontvangst door de inspectie (niet in de ontvangstlijst)");
  std::string round_id = text_of(plan, "round");
  if (const auto* round = catalog ? checklists::find_round(*catalog, round_id) : nullptr)
    dated.push_back({round->deadline.iso(), "day", "Uiterste datum van ronde " + round_id,
                     "Vaststelling en ontvangst moeten vóór deze datum liggen.", "deadline", order++});
  std::stable_sort(dated.begin(), dated.end(), [](const Entry& a, const Entry& b) {
    return a.iso != b.iso ? a.iso < b.iso : a.order < b.order;
  });
  std::string html = "<section id=\"procedure-verloop\" aria-labelledby=\"h-verloop\">\n<h2 id=\"h-verloop\">Verloop van de procedure</h2>\n";
  html += "<p class=\"sub\">Datums zoals gevonden; een datum zonder dag staat er alleen met maand of jaar.</p>\n<ol class=\"timeline\">\n";
  for (const Entry& e : dated) html += entry_html(e);
  for (Entry e : undated) html += entry_html((e.css = "missing", e));
  for (const std::string& label : missing)
    html += "<li class=\"missing\"><span class=\"tl-date\">niet gevonden</span> " + escape(label) + "</li>\n";
  return html + "</ol>\n</section>\n";
}

}  // namespace opcheck::cli::html
