// OUT/plans/<name>/report.html: one plan's gap report — summary and errors, the procedure
// timeline, and per checklist item its status, Dutch explanation, confidence, the analyst's
// correction next to the tool's own judgement, and every piece of evidence with its page.
#include <cmath>

#include "cli/html_internal.h"

namespace opcheck::cli::html {
namespace {

std::string or_unknown(const std::string& text) { return text.empty() ? "<span class=\"sub\">onbekend</span>" : escape(text); }

std::string summary(const PlanOutput& plan, const RoundOutputs& outputs) {
  const json info = plan.report.value("plan", json::object());
  std::string kind = plan_kind(plan.report);
  std::string sector = text_of(info, "sector");
  std::string ocr;
  for (const json& p : info.value("ocr_pages", json::array()))
    if (p.is_number_integer()) ocr += (ocr.empty() ? "" : ", ") + std::to_string(p.get<int>());
  std::string received = text_of(info, "received");
  int pages = info.value("pages", 0);
  int shortfalls = 0;
  for (const json& f : plan.report.value("findings", json::array())) shortfalls += is_shortfall(f, outputs.catalog) ? 1 : 0;
  std::string html = "<section id=\"samenvatting\" aria-labelledby=\"h-samenvatting\">\n<h2 id=\"h-samenvatting\">Samenvatting</h2>\n<dl class=\"facts\">\n";
  html += "<dt>SWV-code</dt><dd>" + or_unknown(text_of(info, "swv_code")) + "</dd>\n";
  html += "<dt>Naam</dt><dd>" + or_unknown(text_of(info, "swv_name")) + "</dd>\n";
  html += "<dt>Sector</dt><dd>" + (sector == "po" ? std::string("PO (primair onderwijs)") : sector == "vo" ? std::string("VO (voortgezet onderwijs)") : or_unknown(sector)) + "</dd>\n";
  html += "<dt>Bestand</dt><dd>" + escape(text_of(info, "file").empty() ? plan.name : text_of(info, "file")) + "</dd>\n";
  html += "<dt>Pagina's</dt><dd>" + std::to_string(pages) + "</dd>\n";
  html += "<dt>Pagina's gelezen met OCR</dt><dd>" + (ocr.empty() ? std::string("geen") : ocr) + "</dd>\n";
  html += "<dt>Ontvangen</dt><dd>" + (received.empty() ? std::string("<span class=\"sub\">onbekend (niet in de ontvangstlijst)</span>") : escape(dutch_date(received, "day"))) + "</dd>\n";
  html += "<dt>Ronde</dt><dd>" + escape(text_of(info, "round")) + "</dd>\n";
  html += "<dt>Ondersteuningsplan</dt><dd>" + std::string(kind == "plan" ? "ja" : kind == "geen_plan" ? "<strong>nee</strong>" : "<strong>onbekend: het bestand kon niet worden gelezen</strong>") + "</dd>\n";
  if (kind == "plan") html += "<dt>Tekortkomingen</dt><dd>" + std::to_string(shortfalls) + " (wettelijke inhoudseisen, procedure en parameter 5; advies-items niet meegeteld)</dd>\n";
  html += "</dl>\n";
  if (plan.report.value("errors", json::array()).size() > 0) {
    html += "<h3 id=\"meldingen\">Meldingen</h3>\n<ul class=\"errors\">\n";
    for (const json& e : plan.report["errors"])
      if (e.is_string()) html += "<li>" + escape(e.get<std::string>()) + "</li>\n";
    html += "</ul>\n";
  }
  return html + "</section>\n";
}

std::string override_box(const json& ovr) {
  std::string original = text_of(ovr, "original_status"), note = text_of(ovr, "note");
  std::string html = "<div class=\"override\">\n<h4>Gecorrigeerd door de analist</h4>\n<dl class=\"facts\">\n";
  html += "<dt>Oordeel analist</dt><dd>" + badge(text_of(ovr, "status")) + "</dd>\n";
  html += "<dt>Oordeel hulpmiddel</dt><dd>" + (original.empty() ? std::string("<span class=\"sub\">onbekend</span>") : badge(original)) + "</dd>\n";
  html += "<dt>Toelichting</dt><dd>" + (note.empty() ? std::string("<span class=\"sub\">geen</span>") : escape(note)) + "</dd>\n";
  html += "<dt>Door</dt><dd>" + or_unknown(text_of(ovr, "by")) + "</dd>\n";
  html += "<dt>Op</dt><dd>" + or_unknown(dutch_timestamp(text_of(ovr, "at"))) + "</dd>\n";
  return html + "</dl>\n</div>\n";
}

std::string finding_article(const json& f, const RoundOutputs& outputs, const Thumbs& thumbs) {
  std::string id = text_of(f, "item"), status = text_of(f, "status");
  const checklists::Item* item = outputs.catalog ? checklists::find_item(*outputs.catalog, id) : nullptr;
  std::string html = "<article class=\"finding " + std::string(tone_class(look_of(status).tone)) + "\" id=\"" +
                     escape(url_segment(id)) + "\" aria-labelledby=\"h-" + escape(url_segment(id)) + "\">\n";
  html += "<h3 id=\"h-" + escape(url_segment(id)) + "\">" + badge(status) + " " + escape(item ? item->label : id) +
          " <span class=\"id\">" + escape(id) + "</span></h3>\n";
  if (item && !item->law.empty()) html += "<p class=\"sub\">" + escape(item->law) + "</p>\n";
  if (is_advisory(f, outputs.catalog)) {
    std::string reason = item && !item->advisory_reason.empty() ? item->advisory_reason : "Alleen ter informatie; telt niet mee als tekortkoming en komt niet in de brief.";
    html += "<p class=\"sub\"><strong>Advies:</strong> " + escape(reason) + "</p>\n";
  }
  html += "<p>" + escape(text_of(f, "explanation")) + "</p>\n";
  if (f.contains("confidence") && f["confidence"].is_number())
    html += "<p class=\"sub\">Zekerheid van het hulpmiddel: " + std::to_string(static_cast<int>(std::lround(f["confidence"].get<double>() * 100))) + "%</p>\n";
  if (f.contains("override") && f["override"].is_object()) html += override_box(f["override"]);
  return html + evidence_list(f.value("evidence", json::array()), thumbs) + "</article>\n";
}

std::string findings_sections(const PlanOutput& plan, const RoundOutputs& outputs, const Thumbs& thumbs) {
  std::vector<std::string> order;
  std::map<std::string, std::string> bodies;
  for (const json& f : plan.report.value("findings", json::array())) {
    std::string list = text_of(f, "checklist");
    if (!bodies.count(list)) order.push_back(list);
    bodies[list] += finding_article(f, outputs, thumbs);
  }
  std::string html, advisory;
  for (const std::string& list : order) {
    std::string label = escape(checklist_label(list, outputs.catalog));
    if (list == "waarderingskader")
      advisory = "<details id=\"waarderingskader\"><summary>" + label + " (alleen aanwijzingen, geen oordeel)</summary>\n" + bodies[list] + "</details>\n";
    else
      html += "<section id=\"" + escape(url_segment(list)) + "\" aria-labelledby=\"h-" + escape(url_segment(list)) + "\">\n<h2 id=\"h-" +
              escape(url_segment(list)) + "\">" + label + "</h2>\n" + bodies[list] + "</section>\n";
  }
  return html + advisory;
}

}  // namespace

std::string plan_page(const PlanOutput& plan, const RoundOutputs& outputs, const Thumbs& thumbs) {
  const json info = plan.report.value("plan", json::object());
  std::string code = text_of(info, "swv_code"), name = text_of(info, "swv_name");
  std::string title = code.empty() && name.empty() ? plan.name : code + (code.empty() || name.empty() ? "" : " ") + name;
  std::string html = page_start(title + " — rapport ondersteuningsplan");
  html += "<nav class=\"noprint\"><a href=\"../../index.html\">\u2190 Overzicht ronde " + escape(outputs.round) + "</a></nav>\n";
  html += "<header><h1>" + escape(title) + "</h1><p class=\"sub\">Rapport van " + escape(plan.name) +
          (thumbs.pdf_copied ? " · <a href=\"plan.pdf\">open de PDF</a>" : "") + "</p></header>\n<main id=\"inhoud\">\n";
  html += summary(plan, outputs);
  if (!thumbs.problems.empty()) {
    html += "<ul class=\"errors\">\n";
    for (const auto& p : thumbs.problems) html += "<li>" + escape(p) + "</li>\n";
    html += "</ul>\n";
  }
  if (plan_kind(plan.report) == "plan") html += timeline_section(plan.report, outputs.catalog, thumbs.pdf_copied);
  html += findings_sections(plan, outputs, thumbs) + "</main>\n";
  return html + page_end(kPlanScript);
}

}  // namespace opcheck::cli::html
