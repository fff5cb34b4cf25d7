// Visual rows of a document's body text and the typography the structure rules compare with:
// consecutive body lines on one baseline form a row (table cells, a right-aligned TOC page
// number), a row splits into cells at wide word gaps, and each page knows its normal line pitch.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"

namespace opcheck::analyse::detail {

// A run of words of one line with no wide gap inside: a table cell or a whole line.
struct Cell {
  std::size_t line = 0;                 // index into Row::lines
  std::size_t first_word = 0, end_word = 0;
  extract::Box box;
  std::string text;
  bool continues_cell = false;          // a wrapped line of the cell above: joined with a space
};

struct Row {
  int page = 0;                         // 1-based
  bool ocr = false;
  std::vector<const extract::Line*> lines;  // reading order
  std::vector<Cell> cells;              // reading order
  extract::Box box;
  double size = 0;                      // largest font size of its lines
  bool bold = false;                    // every line bold
  std::string text;                     // lines joined by single spaces
};

struct PageRows {
  int page = 0;
  bool ocr = false;
  std::vector<Row> rows;
  double pitch = 0;                     // normal baseline distance of body text on this page
};

struct Typography {
  double text_body_size = 10;           // most common size of text-layer body lines
  double ocr_body_size = 10;            // same over OCR pages (sizes estimated from box heights)
  double body_size(bool ocr) const { return ocr ? ocr_body_size : text_body_size; }
};

std::vector<PageRows> build_rows(const extract::Document& doc);
Typography measure_typography(const std::vector<PageRows>& pages);

// Vertical distance from the top of `a` to the top of `b` (negative when b is higher).
inline double pitch_between(const Row& a, const Row& b) { return b.box.y0 - a.box.y0; }
// Whether two rows share a column: their horizontal extents overlap.
bool same_column(const Row& a, const Row& b);

// ---- small text helpers shared by the structure and identity code ---------------------

std::string lower_ascii(std::string_view s);
// Lower-cased letters and digits only, single spaces between runs: a matching key.
std::string match_key(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
std::string trim(std::string_view s);
// Letters counted over ASCII and Latin-1 accented letters.
int count_letters(std::string_view s, bool upper);
int count_words(std::string_view s);
std::size_t utf8_length(std::string_view s);

}  // namespace opcheck::analyse::detail
