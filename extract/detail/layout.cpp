// Lines from words and running-line detection. The reading order comes from word geometry
// (reading_order.h); here words become lines with spaces wherever a gap is visible.
#include "extract/detail/layout.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "extract/detail/normalise.h"
#include "extract/detail/reading_order.h"

namespace opcheck::extract::detail {
namespace {

// Running lines live in the outer margins; this is the share of the page height.
constexpr double kEdgeZone = 0.10;

// Words closer than this share of an em are parts of one word.
constexpr double kGlueGapEm = 0.1;

Box unite(const Box& a, const Box& b) {
  return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool font_is_bold(const std::string& name) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.find("bold") != std::string::npos || lower.find("black") != std::string::npos ||
         lower.find("heavy") != std::string::npos || lower.find("semibold") != std::string::npos;
}

// Text with digits replaced, so "Pagina 3" and "Pagina 4" share one signature.
std::string signature(const std::string& text) {
  std::string out;
  for (unsigned char c : text) out += std::isdigit(c) ? '#' : static_cast<char>(std::tolower(c));
  return out;
}

// A line's extent along the reading direction's top-to-bottom axis, as shares of the page:
// a sideways-scanned page read upright (rotation 90/270) has its header at a side edge.
std::pair<double, double> upright_span(const Line& l, const Page& p) {
  double w = std::max(p.width, 1.0), h = std::max(p.height, 1.0);
  switch (p.rotation) {
    case 90: return {l.box.x0 / w, l.box.x1 / w};
    case 180: return {1 - l.box.y1 / h, 1 - l.box.y0 / h};
    case 270: return {1 - l.box.x1 / w, 1 - l.box.x0 / w};
    default: return {l.box.y0 / h, l.box.y1 / h};
  }
}

bool in_top_zone(const Line& l, const Page& p) { return upright_span(l, p).second <= kEdgeZone; }
bool in_bottom_zone(const Line& l, const Page& p) { return upright_span(l, p).first >= 1 - kEdgeZone; }


// A folded word with what the line builder still needs from its raw form.
struct TextWord {
  std::string text;
  const RawWord* raw;
  bool soft_hyphen;  // the raw text ended in U+00AD
};

// Words whose boxes (nearly) touch are one word split by the PDF (a font change mid-word);
// any visible gap is a space, whatever the PDF's own space flags say (table cells have none).
bool glued(const RawWord& prev, const RawWord& next) {
  double em = std::max(prev.font_size, 1.0);
  double gap = next.box.x0 - prev.box.x1;
  return !prev.space_after && gap < kGlueGapEm * em && gap > -kGlueGapEm * em;
}

Line make_line(std::vector<TextWord>& words, const std::vector<std::size_t>& order) {
  Line line;
  const RawWord* prev = nullptr;
  for (std::size_t i : order) {
    const RawWord& raw = *words[i].raw;
    if (prev == nullptr) {
      line.font_name = raw.font_name;
      line.bold = font_is_bold(raw.font_name);
    }
    if (prev != nullptr && glued(*prev, raw)) {
      line.words.back().text += words[i].text;
      line.words.back().box = unite(line.words.back().box, raw.box);
    } else {
      line.words.push_back(Word{words[i].text, raw.box, 1.0});
    }
    line.font_size = std::max(line.font_size, raw.font_size);
    line.bold = line.bold && font_is_bold(raw.font_name);
    prev = &raw;
  }
  refresh_line(line);
  return line;
}

// Consecutive lines in reading order on one baseline (single-line cells of a table row)
// become one line, as the row is read.
bool same_row(const Line& a, const Line& b) {
  double h = std::min(a.box.y1 - a.box.y0, b.box.y1 - b.box.y0);
  double ca = (a.box.y0 + a.box.y1) / 2, cb = (b.box.y0 + b.box.y1) / 2;
  return std::abs(ca - cb) < 0.3 * h && b.box.x0 >= a.box.x1 - 0.5;
}

}  // namespace

void refresh_line(Line& line) {
  line.text.clear();
  if (line.words.empty()) return;
  line.box = line.words.front().box;
  for (const Word& w : line.words) {
    if (!line.text.empty()) line.text += ' ';
    line.text += w.text;
    line.box = unite(line.box, w.box);
  }
}

std::vector<Line> build_lines(const std::vector<RawWord>& words, std::vector<bool>& soft_hyphen_end) {
  std::vector<TextWord> folded;
  std::vector<WordGeometry> geometry;
  for (const RawWord& raw : words) {
    std::string text = fold_characters(raw.text);
    if (text.empty()) continue;
    bool soft = raw.text.size() >= 2 && raw.text.compare(raw.text.size() - 2, 2, "\xC2\xAD") == 0;
    folded.push_back(TextWord{std::move(text), &raw, soft});
    geometry.push_back(WordGeometry{raw.box, raw.font_size});
  }
  std::vector<Line> lines;
  soft_hyphen_end.clear();
  for (const auto& order : reading_order(geometry)) {
    Line line = make_line(folded, order);
    bool soft = folded[order.back()].soft_hyphen;
    if (!lines.empty() && same_row(lines.back(), line)) {
      for (Word& w : line.words) lines.back().words.push_back(std::move(w));
      lines.back().font_size = std::max(lines.back().font_size, line.font_size);
      lines.back().bold = lines.back().bold && line.bold;
      refresh_line(lines.back());
      soft_hyphen_end.back() = soft;
      continue;
    }
    lines.push_back(std::move(line));
    soft_hyphen_end.push_back(soft);
  }
  return lines;
}

bool looks_like_page_number(const std::string& text) {
  static const std::regex pattern(
      R"(^\s*(pagina|pag\.|blz\.|p\.|page)?\s*[-–]?\s*(\d{1,4}|[ivxlc]{1,6})\s*[-–]?\s*((van|of|/)\s*\d{1,4})?\s*$)",
      std::regex::icase | std::regex::optimize);
  return !text.empty() && text.size() < 30 && std::regex_match(text, pattern);
}

void mark_running_lines(std::vector<Page>& pages) {
  std::map<std::string, std::set<int>> seen;  // signature -> pages it is on, within an edge zone
  for (const Page& page : pages)
    for (const Line& line : page.lines)
      if (in_top_zone(line, page) || in_bottom_zone(line, page)) seen[signature(line.text)].insert(page.number);
  const size_t min_pages = std::max<size_t>(2, (pages.size() * 3 + 9) / 10);
  for (Page& page : pages) {
    for (Line& line : page.lines) {
      bool top = in_top_zone(line, page), bottom = in_bottom_zone(line, page);
      line.role = LineRole::body;
      if (!top && !bottom) continue;
      if (looks_like_page_number(line.text)) line.role = LineRole::page_number;
      else if (seen[signature(line.text)].size() >= min_pages) line.role = top ? LineRole::header : LineRole::footer;
    }
  }
}

}  // namespace opcheck::extract::detail
