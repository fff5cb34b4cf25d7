// Rows, cells and typography for the structure rules (see structure_rows.h). Only body lines
// count: running headers, footers and page numbers were marked by the extract stage.
#include "analyse/detail/structure_rows.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <map>

namespace opcheck::analyse::detail {
namespace {

// A word gap at least this many ems wide separates table cells; justified text stays below it.
constexpr double kCellGapEm = 1.1;

extract::Box unite(const extract::Box& a, const extract::Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

double height(const extract::Box& b) { return std::max(b.y1 - b.y0, 1.0); }

// Consecutive lines sit on one baseline when their vertical middles nearly coincide and the
// second starts to the right of the first (reading order within a row).
bool same_baseline(const extract::Line& a, const extract::Line& b) {
  double h = std::min(height(a.box), height(b.box));
  double mid_a = (a.box.y0 + a.box.y1) / 2, mid_b = (b.box.y0 + b.box.y1) / 2;
  return std::abs(mid_a - mid_b) < 0.4 * h && b.box.x0 >= a.box.x1 - 1;
}

void add_cells(Row& row, std::size_t line_index) {
  const extract::Line& line = *row.lines[line_index];
  double em = line.font_size > 0 ? line.font_size : height(line.box) * 0.8;
  for (std::size_t w = 0; w < line.words.size(); ++w) {
    const extract::Word& word = line.words[w];
    bool split = w == 0 || word.box.x0 - line.words[w - 1].box.x1 >= kCellGapEm * em;
    if (split) {
      row.cells.push_back(Cell{line_index, w, w + 1, word.box, word.text});
      continue;
    }
    Cell& cell = row.cells.back();
    cell.end_word = w + 1;
    cell.box = unite(cell.box, word.box);
    cell.text += ' ';
    cell.text += word.text;
  }
}

// A line directly below an earlier line of the row, starting where one of its cells starts:
// the wrapped rest of a table cell.
bool continues_cell(const Row& row, std::size_t line_index) {
  const extract::Line& line = *row.lines[line_index];
  for (const Cell& cell : row.cells)
    if (std::abs(cell.box.x0 - line.box.x0) < 3 && line.box.y0 >= cell.box.y1 - 2 && line.box.y0 - cell.box.y1 < height(line.box))
      return true;
  return false;
}

void finish_row(Row& row) {
  row.box = row.lines.front()->box;
  row.bold = true;
  for (std::size_t i = 0; i < row.lines.size(); ++i) {
    const extract::Line& line = *row.lines[i];
    row.box = unite(row.box, line.box);
    row.size = std::max(row.size, line.font_size);
    row.bold = row.bold && line.bold;
    if (!row.text.empty()) row.text += ' ';
    row.text += line.text;
    bool wrapped = i > 0 && continues_cell(row, i);
    std::size_t first_cell = row.cells.size();
    add_cells(row, i);
    if (wrapped && first_cell < row.cells.size()) row.cells[first_cell].continues_cell = true;
  }
}

bool mid_within(const extract::Box& inner, const extract::Box& outer) {
  double mid = (inner.y0 + inner.y1) / 2;
  return mid > outer.y0 && mid < outer.y1;
}

// Table rows whose first cell wraps come out of the text layer as: the cell's first line, its
// wrapped lines, then the other cells back up on the first line's baseline. Those rows are one.
void merge_wrapped_cells(PageRows& page) {
  constexpr std::size_t kMaxWrapped = 3;
  for (std::size_t r = 0; r + 2 < page.rows.size(); ++r) {
    const Row& first = page.rows[r];
    for (std::size_t k = 1; k <= kMaxWrapped && r + k + 1 < page.rows.size(); ++k) {
      const Row& wrapped = page.rows[r + k];
      bool below = wrapped.box.y0 >= first.box.y1 - 2 && wrapped.box.x1 <= first.box.x1 + 60 &&
                   std::abs(wrapped.box.x0 - first.box.x0) < 3;
      if (!below) break;
      const Row& back = page.rows[r + k + 1];
      if (!mid_within(back.box, first.lines.front()->box) || back.box.x0 < wrapped.box.x1) continue;
      Row merged{page.page, page.ocr, {}, {}, {}, 0, false, {}};
      for (std::size_t j = r; j <= r + k + 1; ++j)
        merged.lines.insert(merged.lines.end(), page.rows[j].lines.begin(), page.rows[j].lines.end());
      page.rows.erase(page.rows.begin() + static_cast<long>(r) + 1, page.rows.begin() + static_cast<long>(r + k + 2));
      page.rows[r] = std::move(merged);
      break;
    }
  }
}

// The most common baseline distance between neighbouring rows of one column: the line pitch
// of running text. Paragraph gaps and headings are rarer than plain line feeds.
double modal_pitch(const PageRows& page) {
  std::map<long, int> votes;
  for (std::size_t i = 1; i < page.rows.size(); ++i) {
    const Row& a = page.rows[i - 1];
    const Row& b = page.rows[i];
    double p = pitch_between(a, b);
    double size = std::max(a.size, 1.0);
    if (!same_column(a, b) || p < 0.9 * size || p > 3 * size) continue;
    ++votes[std::lround(p * 2)];
  }
  long best = 0;
  int most = 0;
  for (const auto& [key, n] : votes)
    if (n > most) best = key, most = n;
  return most == 0 ? 0 : static_cast<double>(best) / 2;
}

}  // namespace

bool same_column(const Row& a, const Row& b) {
  return std::min(a.box.x1, b.box.x1) - std::max(a.box.x0, b.box.x0) > 0;
}

std::vector<PageRows> build_rows(const extract::Document& doc) {
  std::vector<PageRows> pages;
  pages.reserve(doc.pages.size());
  for (const extract::Page& page : doc.pages) {
    PageRows out{page.number, page.method == extract::Method::ocr, {}, 0};
    const extract::Line* prev = nullptr;
    for (const extract::Line& line : page.lines) {
      if (line.role != extract::LineRole::body || line.words.empty()) continue;
      if (prev == nullptr || !same_baseline(*prev, line)) out.rows.push_back(Row{page.number, out.ocr, {}, {}, {}, 0, false, {}});
      out.rows.back().lines.push_back(&line);
      prev = &line;
    }
    for (Row& row : out.rows) finish_row(row);
    std::size_t before = out.rows.size();
    merge_wrapped_cells(out);
    if (out.rows.size() != before)
      for (Row& row : out.rows)
        if (row.cells.empty()) finish_row(row);
    out.pitch = modal_pitch(out);
    pages.push_back(std::move(out));
  }
  return pages;
}

// Weighted by characters, so one large title does not outvote pages of running text.
Typography measure_typography(const std::vector<PageRows>& pages) {
  std::map<long, std::size_t> text_votes, ocr_votes;
  for (const PageRows& page : pages)
    for (const Row& row : page.rows)
      for (const extract::Line* line : row.lines)
        if (line->font_size > 0) (page.ocr ? ocr_votes : text_votes)[std::lround(line->font_size * 2)] += line->text.size();
  auto mode = [](const std::map<long, std::size_t>& votes, double fallback) {
    long best = 0;
    std::size_t most = 0;
    for (const auto& [key, n] : votes)
      if (n > most) best = key, most = n;
    return most == 0 ? fallback : static_cast<double>(best) / 2;
  };
  Typography t;
  t.text_body_size = mode(text_votes, 10);
  t.ocr_body_size = mode(ocr_votes, t.text_body_size);
  return t;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Latin-1 accented capitals (C3 80..9E) fold to their small forms (C3 A0..BE).
std::string match_key(std::string_view s) {
  std::string out;
  bool gap = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!alnum) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (c == 0xC3 && i + 1 < s.size()) {
      auto d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0x9E) d = static_cast<unsigned char>(d + 0x20);
      out += static_cast<char>(c);
      out += static_cast<char>(d);
      ++i;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

int count_letters(std::string_view s, bool upper) {
  int n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size()) {
      auto d = static_cast<unsigned char>(s[++i]);
      n += upper ? (d >= 0x80 && d <= 0x9E && d != 0x97) : (d >= 0xA0 && d <= 0xBF && d != 0xB7);
      continue;
    }
    n += upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z');
  }
  return n;
}

int count_words(std::string_view s) {
  int n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace opcheck::analyse::detail
