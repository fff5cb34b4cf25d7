// Reading order from word boxes. Poppler's own block order is unreliable on two-column pages
// and breaks table cells apart, so the order is rebuilt here: first a page-wide column gutter
// (a vertical strip of whitespace through the body), then recursive XY cuts that prefer
// horizontal cuts, which reads a table row by row and each row cell by cell.
#include "extract/detail/reading_order.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace opcheck::extract::detail {
namespace {

using Index = std::vector<std::size_t>;
using Lines = std::vector<Index>;

// A horizontal whitespace cut needs a gap of this share of the typical word height: lines of
// one paragraph or one table cell sit closer, paragraphs and table rows further apart.
constexpr double kRowGapShare = 0.25;
// A vertical cut (between table cells) needs a gap of this share of the font size; word
// spaces are about a quarter em and never line up over every line of a paragraph.
constexpr double kCellGapEm = 0.6;
// The column gutter is looked for in this middle share of the text width.
constexpr double kGutterSearchFrom = 0.3, kGutterSearchTo = 0.7;
constexpr double kMinGutterEm = 0.6;
// A lone first or last line this many word heights away from the rest is a running line.
constexpr double kMarginGapLines = 1.5;
// Pages are read as two columns when column sections cover this share of the text height.
constexpr double kMinColumnShare = 0.4;
// A side of a column section is running text when its lines average this many words.
constexpr double kMinWordsPerTextLine = 3.0;

double height(const Box& b) { return b.y1 - b.y0; }
double centre_y(const Box& b) { return (b.y0 + b.y1) / 2; }

double median_of(std::vector<double> values) {
  if (values.empty()) return 0;
  auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), mid, values.end());
  return *mid;
}

class Orderer {
 public:
  explicit Orderer(const std::vector<WordGeometry>& words) : words_(words) {}

  Lines run();

 private:
  const Box& box(std::size_t i) const { return words_[i].box; }
  double median_height(const Index& set) const;
  double median_font(const Index& set) const;
  std::vector<Index> split(const Index& set, bool horizontal, double min_gap) const;
  void xy_cut(const Index& set, Lines& out) const;
  void leaf(Index set, Lines& out) const;
  int count_lines(const Index& set) const;
  bool is_running_text(const Index& set) const;
  std::vector<int> cover_bins(const Index& all, double x0, double width) const;
  Index without_margin_lines(const Index& all) const;
  std::optional<std::pair<double, double>> find_gutter(const Index& all) const;
  bool read_two_columns(const Index& all, Lines& out) const;

  const std::vector<WordGeometry>& words_;
};

double Orderer::median_height(const Index& set) const {
  std::vector<double> h;
  for (auto i : set) h.push_back(height(box(i)));
  return median_of(std::move(h));
}

double Orderer::median_font(const Index& set) const {
  std::vector<double> f;
  for (auto i : set) f.push_back(words_[i].font_size > 0 ? words_[i].font_size : height(box(i)));
  return median_of(std::move(f));
}

// Groups of `set` separated by whitespace gaps of at least `min_gap` along one axis.
std::vector<Index> Orderer::split(const Index& set, bool horizontal, double min_gap) const {
  Index sorted = set;
  auto lo = [&](std::size_t i) { return horizontal ? box(i).y0 : box(i).x0; };
  auto hi = [&](std::size_t i) { return horizontal ? box(i).y1 : box(i).x1; };
  std::stable_sort(sorted.begin(), sorted.end(), [&](auto a, auto b) { return lo(a) < lo(b); });
  std::vector<Index> groups;
  double reach = -1e300;
  for (auto i : sorted) {
    if (groups.empty() || lo(i) - reach >= min_gap) groups.emplace_back();
    groups.back().push_back(i);
    reach = std::max(reach, hi(i));
  }
  return groups;
}

void Orderer::xy_cut(const Index& set, Lines& out) const {
  if (set.size() <= 1) return leaf(set, out);
  auto bands = split(set, true, std::max(1.0, kRowGapShare * median_height(set)));
  if (bands.size() > 1) {
    for (const auto& band : bands) xy_cut(band, out);
    return;
  }
  auto cells = split(set, false, std::max(2.0, kCellGapEm * median_font(set)));
  if (cells.size() > 1) {
    for (const auto& cell : cells) xy_cut(cell, out);
    return;
  }
  leaf(set, out);
}

// Words that share a baseline form a line; lines top to bottom, words left to right.
void Orderer::leaf(Index set, Lines& out) const {
  std::stable_sort(set.begin(), set.end(), [&](auto a, auto b) { return centre_y(box(a)) < centre_y(box(b)); });
  Lines lines;
  double line_centre = 0, line_height = 0;
  for (auto i : set) {
    double c = centre_y(box(i)), h = height(box(i));
    if (lines.empty() || std::abs(c - line_centre) >= 0.5 * std::min(h, line_height)) {
      lines.emplace_back();
      line_centre = c;
      line_height = h;
    }
    lines.back().push_back(i);
  }
  for (auto& line : lines) {
    std::stable_sort(line.begin(), line.end(), [&](auto a, auto b) { return box(a).x0 < box(b).x0; });
    out.push_back(std::move(line));
  }
}

int Orderer::count_lines(const Index& set) const {
  Lines lines;
  leaf(set, lines);
  return static_cast<int>(lines.size());
}

bool Orderer::is_running_text(const Index& set) const {
  int lines = count_lines(set);
  return lines > 0 && static_cast<double>(set.size()) >= kMinWordsPerTextLine * lines;
}

// How many words cover each one-point bin of the text width, from its left edge `x0`.
std::vector<int> Orderer::cover_bins(const Index& all, double x0, double width) const {
  std::vector<int> cover(static_cast<std::size_t>(std::ceil(width)) + 1, 0);
  for (auto i : all) {
    auto from = static_cast<std::size_t>(std::floor(box(i).x0 - x0));
    auto to = std::min(cover.size() - 1, static_cast<std::size_t>(std::ceil(box(i).x1 - x0)));
    for (auto b = from; b <= to; ++b) ++cover[b];
  }
  return cover;
}

// The page without a lone first or last line set apart by a wide gap: a running header or a
// page number is centred and would cross the gutter, hiding it.
Index Orderer::without_margin_lines(const Index& all) const {
  auto bands = split(all, true, kMarginGapLines * median_height(all));
  if (bands.size() < 3) return all;
  std::size_t from = count_lines(bands.front()) == 1 ? 1 : 0;
  std::size_t to = bands.size() - (count_lines(bands.back()) == 1 ? 1 : 0);
  Index body;
  for (auto b = from; b < to; ++b) body.insert(body.end(), bands[b].begin(), bands[b].end());
  return body;
}

// The widest strip in the middle of the text width crossed by the fewest body words.
std::optional<std::pair<double, double>> Orderer::find_gutter(const Index& all) const {
  const Index body = without_margin_lines(all);
  double x0 = 1e300, x1 = -1e300;
  for (auto i : body) x0 = std::min(x0, box(i).x0), x1 = std::max(x1, box(i).x1);
  const double width = x1 - x0;
  if (body.size() < 20 || width < 100) return std::nullopt;
  const auto cover = cover_bins(body, x0, width);
  auto first = static_cast<std::size_t>(kGutterSearchFrom * width);
  auto last = static_cast<std::size_t>(kGutterSearchTo * width);
  int least = *std::min_element(cover.begin() + static_cast<std::ptrdiff_t>(first),
                                cover.begin() + static_cast<std::ptrdiff_t>(last));
  std::size_t best_from = 0, best_len = 0;
  for (std::size_t b = first; b < last;) {
    if (cover[b] != least) {
      ++b;
      continue;
    }
    std::size_t e = b;
    while (e < cover.size() && cover[e] == least) ++e;
    if (e - b > best_len) best_from = b, best_len = e - b;
    b = e;
  }
  // Bins are widened by one point on each side of a word; the strip itself is a bit wider.
  if (static_cast<double>(best_len) + 1 < kMinGutterEm * median_font(body)) return std::nullopt;
  return std::make_pair(x0 + static_cast<double>(best_from), x0 + static_cast<double>(best_from + best_len));
}

// Splits the page at lines crossing the gutter; the parts between them are read left column
// first. Returns false (and adds nothing) when the page is not a two-column page.
bool Orderer::read_two_columns(const Index& all, Lines& out) const {
  auto gutter = find_gutter(all);
  if (!gutter) return false;
  // A word crosses the gutter when it covers its middle: the strip was found without the
  // margin lines, and a centred header or page number covers only part of it.
  const double middle = (gutter->first + gutter->second) / 2;
  auto crosses = [&](std::size_t i) { return box(i).x0 < middle && box(i).x1 > middle; };
  Index spanning;
  for (auto i : all)
    if (crosses(i)) spanning.push_back(i);
  // Bands of the page height taken by crossing lines, merged.
  std::vector<std::pair<double, double>> bands;
  for (const auto& group : split(spanning, true, 0.0)) {
    double y0 = 1e300, y1 = -1e300;
    for (auto i : group) y0 = std::min(y0, box(i).y0), y1 = std::max(y1, box(i).y1);
    bands.emplace_back(y0, y1);
  }
  // Part k (even: between bands, odd: a band) of every word.
  std::vector<Index> parts(2 * bands.size() + 1);
  for (auto i : all) {
    double c = centre_y(box(i));
    std::size_t k = 0;
    while (k < bands.size() && c > bands[k].second) ++k;
    bool in_band = k < bands.size() && (crosses(i) || c >= bands[k].first);
    parts[2 * k + (in_band ? 1 : 0)].push_back(i);
  }
  double y0 = 1e300, y1 = -1e300, column_height = 0;
  for (auto i : all) y0 = std::min(y0, box(i).y0), y1 = std::max(y1, box(i).y1);
  std::vector<std::pair<Index, Index>> sides(parts.size());
  for (std::size_t k = 0; k < parts.size(); k += 2) {
    for (auto i : parts[k]) ((box(i).x0 + box(i).x1) / 2 < middle ? sides[k].first : sides[k].second).push_back(i);
    if (sides[k].first.empty() || sides[k].second.empty()) continue;
    if (!is_running_text(sides[k].first) || !is_running_text(sides[k].second)) continue;
    double top = 1e300, bottom = -1e300;
    for (auto i : parts[k]) top = std::min(top, box(i).y0), bottom = std::max(bottom, box(i).y1);
    column_height += bottom - top;
  }
  if (column_height < kMinColumnShare * (y1 - y0)) return false;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k % 2 == 1) {
      xy_cut(parts[k], out);
    } else {
      xy_cut(sides[k].first, out);
      xy_cut(sides[k].second, out);
    }
  }
  return true;
}

Lines Orderer::run() {
  Index all(words_.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  Lines out;
  if (all.empty()) return out;
  if (!read_two_columns(all, out)) xy_cut(all, out);
  return out;
}

}  // namespace

std::vector<std::vector<std::size_t>> reading_order(const std::vector<WordGeometry>& words) {
  return Orderer(words).run();
}

}  // namespace opcheck::extract::detail
