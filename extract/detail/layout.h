// Page layout of the text layer: words into lines in reading order (columns, table cells),
// and running headers, footers and page numbers recognised across pages.
#pragma once

#include <vector>

#include "extract/detail/poppler_document.h"
#include "extract/extract.h"

namespace opcheck::extract::detail {

// Groups words into lines in reading order (reading_order.h); a visible gap between words is a
// space, words that touch merge into one.
// Texts are folded (fold_characters). `soft_hyphen_end[i]` tells whether line i ended in U+00AD.
std::vector<Line> build_lines(const std::vector<RawWord>& words, std::vector<bool>& soft_hyphen_end);

// Sets LineRole on lines near the top or bottom edge that repeat across pages (digits
// ignored) or that are page numbers. Lines elsewhere are body. Edges are taken as the page
// is read: an OCR page turned 90/270 degrees has its header along a side of the page.
void mark_running_lines(std::vector<Page>& pages);

// True for "12", "- 12 -", "pagina 12", "12 / 48", "blz. 3 van 40", roman numerals.
bool looks_like_page_number(const std::string& text);

// Recomputes a line's text (words joined by spaces) and box after its words changed.
void refresh_line(Line& line);

}  // namespace opcheck::extract::detail
