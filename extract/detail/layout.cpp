// Lines from words and running-line detection. Poppler's word list already follows columns
// and blocks; a new line starts where the next word does not continue the baseline.
#include "extract/detail/layout.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "extract/detail/normalise.h"

namespace opcheck::extract::detail {
namespace {

// Running lines live in the outer margins; this is the share of the page height.
constexpr double kEdgeZone = 0.10;

bool continues_line(const Box& prev, const Box& next) {
  double h = std::max(prev.y1 - prev.y0, 1.0);
  double prev_mid = (prev.y0 + prev.y1) / 2, next_mid = (next.y0 + next.y1) / 2;
  return std::abs(prev_mid - next_mid) < 0.5 * h && next.x0 >= prev.x0 && next.x0 - prev.x1 < 4 * h;
}

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

bool in_top_zone(const Line& l, const Page& p) { return l.box.y1 <= p.height * kEdgeZone; }
bool in_bottom_zone(const Line& l, const Page& p) { return l.box.y0 >= p.height * (1 - kEdgeZone); }

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
  std::vector<Line> lines;
  soft_hyphen_end.clear();
  bool glue_next = false;  // previous word had no space after it
  for (const RawWord& raw : words) {
    bool soft = raw.text.size() >= 2 && raw.text.compare(raw.text.size() - 2, 2, "\xC2\xAD") == 0;
    std::string text = fold_characters(raw.text);
    if (text.empty()) continue;
    if (lines.empty() || !continues_line(lines.back().words.back().box, raw.box)) {
      Line line;
      line.font_size = raw.font_size;
      line.font_name = raw.font_name;
      line.bold = font_is_bold(raw.font_name);
      lines.push_back(std::move(line));
      soft_hyphen_end.push_back(false);
      glue_next = false;
    }
    Line& line = lines.back();
    if (glue_next && !line.words.empty()) {
      line.words.back().text += text;
      line.words.back().box = unite(line.words.back().box, raw.box);
    } else {
      line.words.push_back(Word{text, raw.box, 1.0});
    }
    line.font_size = std::max(line.font_size, raw.font_size);
    line.bold = line.bold && font_is_bold(raw.font_name);
    soft_hyphen_end.back() = soft;
    glue_next = !raw.space_after;
  }
  for (Line& line : lines) refresh_line(line);
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
