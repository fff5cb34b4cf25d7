// Rows to blocks. Text is joined in source order, so any stretch of a block within one page
// reads exactly as the page's body text does (with line feeds as spaces): evidence quotes
// depend on that. Table cells are separated by " | " instead of a space.
#include "analyse/detail/structure_blocks.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace opcheck::analyse::detail {
namespace {

constexpr std::string_view kCellSeparator = " | ";

bool numeric_cell(std::string_view text) {
  int digits = 0, letters = count_letters(text, true) + count_letters(text, false);
  for (char c : text) digits += c >= '0' && c <= '9';
  return digits > 0 && digits >= letters;
}

double row_pitch(const RowRef& ref) {
  return ref.page->pitch > 0 ? ref.page->pitch : 1.35 * std::max(ref.get().size, 1.0);
}

// A row of a table: two or more cells, and a table around it (a neighbour with cells too) or
// figures in it. A lone two-cell row of words is more likely a label and its value.
bool is_table_row(const std::vector<RowRef>& rows, std::size_t i) {
  const Row& row = rows[i].get();
  if (row.cells.size() < 2 || starts_list_item(row.text)) return false;
  if (std::any_of(row.cells.begin(), row.cells.end(), [](const Cell& c) { return numeric_cell(c.text); })) return true;
  for (long step : {-1L, 1L}) {
    long j = static_cast<long>(i) + step;
    if (j < 0 || j >= static_cast<long>(rows.size()) || rows[static_cast<std::size_t>(j)].page != rows[i].page) continue;
    if (rows[static_cast<std::size_t>(j)].get().cells.size() >= 2) return true;
  }
  return false;
}

bool ends_sentence(const std::string& text) {
  if (text.empty()) return true;
  char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == ':';
}

// Continues the paragraph or list item whose last row is `prev`: the next line of the same
// column at a line feed's distance, or after a column or page break while the sentence runs on.
bool continues(const Block& block, const RowRef& prev, const RowRef& next, double list_indent) {
  const Row& a = prev.get();
  const Row& b = next.get();
  if (std::abs(a.size - b.size) > 0.75 && !a.ocr) return false;
  bool same_flow = prev.page == next.page && same_column(a, b) && pitch_between(a, b) > 0;
  if (block.kind == BlockKind::list_item)
    return same_flow && pitch_between(a, b) <= 1.25 * row_pitch(next) && b.box.x0 >= list_indent - 2;
  if (same_flow) return pitch_between(a, b) <= 1.25 * row_pitch(next);
  return !ends_sentence(block.text);
}

void append_row(Block& block, const Row& row, bool table, bool joins_cell = false) {
  for (std::size_t li = 0; li < row.lines.size(); ++li) {
    BlockLine bl{row.page, row.lines[li]->box, 0, 0};
    bool first = true;
    for (const Cell& cell : row.cells) {
      if (cell.line != li) continue;
      bool space = !table || cell.continues_cell || (joins_cell && first && li == 0);
      if (!block.text.empty()) block.text += space ? " " : kCellSeparator;
      if (first) bl.begin = block.text.size();
      block.text += cell.text;
      first = false;
    }
    bl.end = block.text.size();
    block.lines.push_back(bl);
  }
}

// A row of wrapped cell text under a table row, starting right of the table's first column.
bool continues_table_row(const Block& block, const RowRef& prev, const RowRef& next) {
  const Row& a = prev.get();
  const Row& b = next.get();
  if (block.kind != BlockKind::table_row || prev.page != next.page) return false;
  double pitch = pitch_between(a, b);
  return pitch > 0 && pitch < 1.6 * std::max(b.size, 1.0) && b.box.x0 > a.box.x0 + 10 && b.cells.size() <= a.cells.size();
}

// Line spacing that changes between two rows of one flow ends a paragraph: a letterhead's
// widely spaced lines ("Kenmerk: ...", "Aan: ...", "Geachte ...,") sit right above the letter's
// tightly set body, and the page's usual pitch (set by whichever is more common) cannot tell
// them apart. Row i starts a new paragraph when the gap above it is clearly wider than the
// block's own line spacing or than the gap below it. Text-layer rows only: OCR line boxes vary
// too much in height for this.
constexpr double kSpacingChange = 1.3;

double flow_pitch(const std::vector<RowRef>& rows, std::size_t a, std::size_t b) {
  if (rows[a].page != rows[b].page || rows[a].get().ocr || rows[b].get().ocr || !same_column(rows[a].get(), rows[b].get()))
    return 0;
  const double p = pitch_between(rows[a].get(), rows[b].get());
  return p >= 0.9 * std::max(rows[b].get().size, 1.0) ? p : 0;
}

bool spacing_changes(const std::vector<RowRef>& rows, std::size_t i, const Block& block) {
  const double above = flow_pitch(rows, i - 1, i);
  if (above <= 0) return false;
  const double below = i + 1 < rows.size() ? flow_pitch(rows, i, i + 1) : 0;
  double own = 0;
  if (const auto n = block.lines.size(); n >= 2 && block.lines[n - 2].page == block.lines[n - 1].page)
    own = block.lines[n - 1].box.y0 - block.lines[n - 2].box.y0;
  return (below > 0 && above > kSpacingChange * below) || (own > 0 && above > kSpacingChange * own);
}

// Where the text of a list item starts (after its bullet): wrapped lines align there.
double text_start(const Row& row) {
  const extract::Line& line = *row.lines.front();
  if (line.words.size() >= 2 && line.words.front().text.size() <= 4) return line.words[1].box.x0;
  return row.box.x0;
}

}  // namespace

bool starts_list_item(std::string_view text) {
  static const std::array<std::string_view, 12> bullets{"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x97\x8F",
                                                        "\xE2\x96\xA0", "\xE2\x80\x93", "\xC2\xB7",     "\xEF\x82\xB7",
                                                        "-",            "*",            "\xE2\x96\xBA", "\xE2\x9E\xA2"};
  for (std::string_view b : bullets)
    if (starts_with(text, b) && text.size() > b.size() && text[b.size()] == ' ') return true;
  // "a)", "1)", "i.", "ii)", "1." followed by a space.
  std::size_t n = 0;
  while (n < text.size() && n < 4 && std::isalnum(static_cast<unsigned char>(text[n]))) ++n;
  if (n == 0 || n + 1 >= text.size() || (text[n] != ')' && text[n] != '.') || text[n + 1] != ' ') return false;
  std::string_view token = text.substr(0, n);
  bool digits = std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }) && n <= 2;
  bool letter = n == 1 && token[0] >= 'a' && token[0] <= 'z';
  bool roman = token.find_first_not_of("ivx") == std::string_view::npos;
  return digits || letter || roman;
}

std::vector<Block> build_blocks(const std::vector<RowRef>& rows, const Typography&) {
  std::vector<Block> blocks;
  double list_indent = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i].get();
    if (!blocks.empty() && i > 0 && continues_table_row(blocks.back(), rows[i - 1], rows[i])) {
      append_row(blocks.back(), row, true, true);
      continue;
    }
    if (is_table_row(rows, i)) {
      blocks.push_back(Block{BlockKind::table_row, {}, {}});
      append_row(blocks.back(), row, true);
      continue;
    }
    if (starts_list_item(row.text)) {
      blocks.push_back(Block{BlockKind::list_item, {}, {}});
      list_indent = text_start(row);
      append_row(blocks.back(), row, false);
      continue;
    }
    bool joined = !blocks.empty() && blocks.back().kind != BlockKind::table_row && i > 0 &&
                  continues(blocks.back(), rows[i - 1], rows[i], list_indent) && !spacing_changes(rows, i, blocks.back());
    if (!joined) blocks.push_back(Block{BlockKind::paragraph, {}, {}});
    append_row(blocks.back(), row, false);
  }
  return blocks;
}

}  // namespace opcheck::analyse::detail
