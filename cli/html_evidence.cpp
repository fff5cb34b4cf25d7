// The evidence of one finding on a plan page: per place the literal quote, page and section,
// a link into the PDF at that page, and the page thumbnail with this finding's box outlined
// on top of the highlight painted into the image.
#include <algorithm>
#include <cstdio>

#include "cli/html_internal.h"

namespace opcheck::cli::html {
namespace {

std::string percent(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f%%", std::clamp(value, 0.0, 100.0));
  return buffer;
}

// The box of this evidence as an absolutely positioned outline over the thumbnail.
std::string mark(const json& bbox, const Thumb& thumb) {
  if (!bbox.is_array() || bbox.size() != 4 || thumb.width_pt <= 0 || thumb.height_pt <= 0) return "";
  for (const json& v : bbox)
    if (!v.is_number()) return "";
  double x0 = std::min(bbox[0].get<double>(), bbox[2].get<double>()), x1 = std::max(bbox[0].get<double>(), bbox[2].get<double>());
  double y0 = std::min(bbox[1].get<double>(), bbox[3].get<double>()), y1 = std::max(bbox[1].get<double>(), bbox[3].get<double>());
  return "<span class=\"mark\" aria-hidden=\"true\" style=\"left:" + percent(x0 / thumb.width_pt * 100) +
         ";top:" + percent(y0 / thumb.height_pt * 100) + ";width:" + percent((x1 - x0) / thumb.width_pt * 100) +
         ";height:" + percent((y1 - y0) / thumb.height_pt * 100) + "\"></span>";
}

std::string thumbnail(int page, const json& bbox, const Thumbs& thumbs) {
  auto it = thumbs.pages.find(page);
  if (it == thumbs.pages.end()) return "";
  const Thumb& t = it->second;
  int height = static_cast<int>(240.0 * t.height_pt / std::max(t.width_pt, 1.0) + 0.5);
  std::string alt = "Pagina " + std::to_string(page) + " van het plan" +
                    (bbox.is_array() ? ", met de vindplaats geel gemarkeerd" : "");
  std::string img = "<img src=\"" + escape(url_segment(t.file)) + "\" width=\"240\" height=\"" + std::to_string(height) +
                    "\" alt=\"" + escape(alt) + "\">" + mark(bbox, t);
  if (!thumbs.pdf_copied) return "<span class=\"thumb\">" + img + "</span>";
  return "<a class=\"thumb\" href=\"plan.pdf#page=" + std::to_string(page) + "\" title=\"Open pagina " +
         std::to_string(page) + " in de PDF\">" + img + "</a>";
}

std::string place(const json& e, const Thumbs& thumbs) {
  int page = e.contains("page") && e["page"].is_number_integer() ? e["page"].get<int>() : 0;
  std::string quote = text_of(e, "quote"), section = text_of(e, "section");
  const json& bbox = e.contains("bbox") ? e["bbox"] : json();
  std::string html = "<li>" + thumbnail(page, bbox, thumbs) + "<div>";
  html += quote.empty() ? "<p class=\"sub\">Geen citaat.</p>" : "<blockquote>" + escape(quote) + "</blockquote>";
  html += "<p class=\"sub\">";
  html += page > 0 ? "Pagina " + std::to_string(page) : std::string("Pagina onbekend");
  if (!section.empty()) html += " · sectie \u201C" + escape(section) + "\u201D";
  if (page > 0 && !bbox.is_array()) html += " · positie op de pagina onbekend (tekst uit OCR)";
  if (page > 0 && thumbs.pdf_copied)
    html += " · <a href=\"plan.pdf#page=" + std::to_string(page) + "\">open pagina " + std::to_string(page) + " in de PDF</a>";
  return html + "</p></div></li>\n";
}

}  // namespace

std::string evidence_list(const json& evidence, const Thumbs& thumbs) {
  if (!evidence.is_array() || evidence.empty()) return "<p class=\"sub\">Geen vindplaats in het plan.</p>\n";
  std::string html = "<ol class=\"evidence\" aria-label=\"Vindplaatsen\">\n";
  for (const json& e : evidence)
    if (e.is_object()) html += place(e, thumbs);
  return html + "</ol>\n";
}

}  // namespace opcheck::cli::html
