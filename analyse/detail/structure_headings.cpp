// Which rows are headings. A row qualifies by its numbering, its typography (larger than the
// body text, bold, ALL CAPS) and its isolation from running text; the TOC confirms. Numbered
// list items, table rows, dates and sentences are filtered out. Levels come from the number's
// depth or, for unnumbered headings, from the rank of their typographic style.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>

#include "analyse/detail/structure_headings.h"

namespace opcheck::analyse::detail {
namespace {

struct Style {
  bool larger = false, smaller = false, bold = false, caps = false;
};

struct Candidate {
  Heading heading;
  Style style;
  bool numbered() const { return heading.numbering.kind != NumberKind::none; }
};

Style style_of(const Row& row, std::string_view title, const Typography& type) {
  double body = type.body_size(row.ocr);
  Style s;
  s.larger = row.ocr ? row.size >= 1.18 * body : row.size >= body + std::max(1.0, 0.08 * body);
  s.smaller = row.ocr ? row.size < 0.8 * body : row.size < body - 0.75;
  s.bold = row.bold;  // on scanned pages estimated from the stroke width (extract/detail/ocr_stroke.h)
  s.caps = count_letters(title, true) >= 4 && count_letters(title, false) == 0;
  return s;
}

}  // namespace

bool is_glossary_title(const std::string& title) {
  const std::string lower = lower_ascii(title);
  // Not "begrippen en ..." in general: "Kernbegrippen en uitgangspunten" is a chapter of the plan.
  for (const char* word : {"afkortingen", "begrippenlijst", "woordenlijst"})
    if (lower.find(word) != std::string::npos) return true;
  return lower == "begrippen";
}

namespace {

bool starts_with_month(std::string_view title) {
  static const std::array<std::string_view, 12> months{"januari", "februari", "maart", "april", "mei", "juni",
                                                       "juli", "augustus", "september", "oktober", "november", "december"};
  std::string first = lower_ascii(title.substr(0, title.find(' ')));
  return std::find(months.begin(), months.end(), first) != months.end();
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  auto c = static_cast<unsigned char>(s[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) <= 0x9E;
}

// The shape every heading has, whatever signals it: short, a capital, no sentence end.
bool heading_shape(const Row& row, const Numbering& n) {
  const std::string& title = n.title;
  if (row.text.size() > 160 || title.empty()) return false;
  if (row.cells.size() > 2) return false;
  if (row.cells.size() == 2 && (n.kind == NumberKind::none || row.cells[0].text.size() > 14)) return false;
  int words = count_words(title);
  if (words > 16 || count_letters(title, true) + count_letters(title, false) < 2) return false;
  char last = title.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  if (!starts_upper(title) && !(n.kind != NumberKind::none && title[0] >= '0' && title[0] <= '9')) return false;
  return !starts_with_month(title);
}

const Row* neighbour(const PageRows& page, std::size_t r, int step) {
  auto i = static_cast<long>(r) + step;
  if (i < 0 || i >= static_cast<long>(page.rows.size())) return nullptr;
  return &page.rows[static_cast<std::size_t>(i)];
}

// Set apart from running text: more space above than a line feed (or first in its column),
// and the next row either far below or in a different style.
bool isolated(const PageRows& page, std::size_t r) {
  const Row& row = page.rows[r];
  double pitch = page.pitch > 0 ? page.pitch : 1.35 * row.size;
  const Row* prev = neighbour(page, r, -1);
  const Row* next = neighbour(page, r, 1);
  bool above = prev == nullptr || !same_column(*prev, row) || pitch_between(*prev, row) > 1.2 * pitch ||
               pitch_between(*prev, row) < 0;
  bool below = next == nullptr || !same_column(row, *next) || pitch_between(row, *next) > 1.2 * pitch ||
               pitch_between(row, *next) < 0 || next->bold != row.bold || std::abs(next->size - row.size) > 0.75;
  return above && below;
}

// A numbered line between two others numbered the same way is a list item, not a chapter.
bool in_numbered_list(const PageRows& page, std::size_t r) {
  for (int step : {-1, 1}) {
    const Row* other = neighbour(page, r, step);
    if (other == nullptr || other->bold != page.rows[r].bold) continue;
    Numbering n = parse_numbering(other->text);
    if (n.kind == NumberKind::dotted && n.depth == 1 && std::abs(pitch_between(page.rows[r], *other)) < 1.6 * other->size) return true;
  }
  return false;
}

bool listed(const Toc& toc, const Numbering& n) {
  std::string key = match_key(n.title);
  return std::any_of(toc.entries.begin(), toc.entries.end(), [&](const TocEntry& e) { return e.key == key; });
}

struct Context {
  const std::vector<PageRows>& pages;
  const Typography& type;
  const Toc& toc;
  int front_until = 1;  // pages before this one are front matter: no headings there
};

std::optional<Candidate> judge_row(const Context& ctx, std::size_t p, std::size_t r) {
  const PageRows& page = ctx.pages[p];
  const Row& row = page.rows[r];
  Numbering n = parse_numbering(row.text);
  if (!heading_shape(row, n)) return std::nullopt;
  Candidate c{Heading{p, r, 1, n, 1, listed(ctx.toc, n)}, style_of(row, n.title, ctx.type)};
  const Style& s = c.style;
  if (c.heading.listed_in_toc) return c;
  if (s.smaller || page.page < ctx.front_until) return std::nullopt;
  bool styled = s.larger || s.bold || s.caps;
  int words = count_words(n.title);
  switch (n.kind) {
    case NumberKind::dotted:
      if (ctx.toc.lists_sections && !styled) return std::nullopt;
      if (styled && !in_numbered_list(page, r)) return c;
      if (words <= 10 && isolated(page, r) && !in_numbered_list(page, r) && (n.depth >= 2 || words <= 6)) return c;
      return std::nullopt;
    case NumberKind::chapter_word:
    case NumberKind::appendix:
      if (styled || (words <= 10 && isolated(page, r))) return c;
      return std::nullopt;
    case NumberKind::roman:
      if (styled && isolated(page, r)) return c;
      return std::nullopt;
    case NumberKind::none:
      break;
  }
  if (words > 12 || !isolated(page, r)) return std::nullopt;
  if (s.larger || s.bold || (s.caps && words <= 8)) return c;
  return std::nullopt;
}

// A heading wrapped over two lines: the next row in the same style, close below, unnumbered.
std::size_t wrapped_rows(const PageRows& page, std::size_t r) {
  const Row& first = page.rows[r];
  std::size_t count = 1;
  int words = count_words(first.text);
  while (r + count < page.rows.size() && count < 3) {
    const Row& prev = page.rows[r + count - 1];
    const Row& next = page.rows[r + count];
    double pitch = pitch_between(prev, next);
    bool same_style = next.bold == first.bold && std::abs(next.size - first.size) < 0.3 && next.cells.size() == 1;
    words += count_words(next.text);
    if (!same_style || pitch <= 0 || pitch > 1.6 * first.size || words > 20) break;
    if (parse_numbering(next.text).kind != NumberKind::none || !same_column(prev, next)) break;
    ++count;
  }
  return count;
}

using StyleKey = std::tuple<long, bool, bool, bool>;  // size, bold, caps, ocr

StyleKey key_of(const Candidate& c, const std::vector<PageRows>& pages) {
  const Row& row = pages[c.heading.page_index].rows[c.heading.row_index];
  return {std::lround(row.size * 2), c.style.bold, c.style.caps, row.ocr};
}

// Numbered headings keep their depth; an unnumbered style shared with numbered headings takes
// their level; other unnumbered styles rank by size, then bold, then caps.
void assign_levels(std::vector<Candidate>& cands, const std::vector<PageRows>& pages) {
  std::map<StyleKey, std::map<int, int>> numbered_levels;
  std::vector<StyleKey> plain;
  for (Candidate& c : cands) {
    const Numbering& n = c.heading.numbering;
    c.heading.level = n.kind == NumberKind::dotted ? std::min(n.depth, 6) : 1;
    if (c.numbered()) ++numbered_levels[key_of(c, pages)][c.heading.level];
    else plain.push_back(key_of(c, pages));
  }
  std::sort(plain.begin(), plain.end(), [](const StyleKey& a, const StyleKey& b) {
    return std::tie(std::get<0>(b), std::get<1>(b), std::get<2>(b)) < std::tie(std::get<0>(a), std::get<1>(a), std::get<2>(a));
  });
  plain.erase(std::unique(plain.begin(), plain.end()), plain.end());
  for (Candidate& c : cands) {
    if (c.numbered()) continue;
    StyleKey k = key_of(c, pages);
    auto it = numbered_levels.find(k);
    if (it != numbered_levels.end()) {
      c.heading.level = std::max_element(it->second.begin(), it->second.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; })->first;
      continue;
    }
    auto rank = std::find(plain.begin(), plain.end(), k) - plain.begin();
    c.heading.level = static_cast<int>(std::min<long>(rank + 1, 6));
  }
}

// In a document whose chapters are numbered, an unnumbered line needs the TOC or the exact
// style of the numbered headings (a scanned letterhead is large but is no chapter).
void drop_stray_unnumbered(std::vector<Candidate>& cands, const std::vector<PageRows>& pages) {
  std::map<StyleKey, int> numbered_styles;
  int numbered = 0;
  for (const Candidate& c : cands) {
    if (!c.numbered() || c.heading.numbering.kind == NumberKind::appendix) continue;
    ++numbered;
    ++numbered_styles[key_of(c, pages)];
  }
  if (numbered < 3) return;
  std::erase_if(cands, [&](const Candidate& c) {
    return !c.numbered() && !c.heading.listed_in_toc && !numbered_styles.contains(key_of(c, pages));
  });
}

// The title page: page 1 when it is short and holds no numbered heading.
int front_matter_end(const std::vector<PageRows>& pages, const Toc& toc) {
  if (toc.found) return toc.pages.front();
  if (pages.empty() || pages.front().rows.size() > 20) return 1;
  for (const Row& row : pages.front().rows)
    if (parse_numbering(row.text).kind == NumberKind::dotted && row.size > 0) return 1;
  return 2;
}

}  // namespace

std::vector<Heading> find_headings(const std::vector<PageRows>& pages, const Typography& type, const Toc& toc) {
  Context ctx{pages, type, toc, front_matter_end(pages, toc)};
  std::vector<Candidate> cands;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t r = 0; r < pages[p].rows.size(); ++r) {
      if (in_toc(toc, pages[p].page, r)) continue;
      auto c = judge_row(ctx, p, r);
      if (!c) continue;
      c->heading.row_count = wrapped_rows(pages[p], r);
      r += c->heading.row_count - 1;
      cands.push_back(std::move(*c));
    }
  }
  drop_stray_unnumbered(cands, pages);
  assign_levels(cands, pages);
  std::vector<Heading> out;
  for (Candidate& c : cands) out.push_back(std::move(c.heading));
  return out;
}

}  // namespace opcheck::analyse::detail
