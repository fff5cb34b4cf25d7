// make_evidence(): a quote an analyst can find on the page. The quote stays on the page where
// the range starts (a quote across a page break occurs on neither page), is widened to whole
// words, cut at a word boundary to at most 300 characters without an ellipsis, and table
// cell separators become spaces so the quote reads as the page's text does.
#include <algorithm>
#include <cctype>

#include "analyse/analyse.h"
#include "analyse/detail/structure_rows.h"

namespace opcheck::analyse {
namespace {

constexpr std::size_t kMaxQuoteChars = 300;

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// The block lines of the page where `begin` falls: [first, last] indices, contiguous.
std::pair<std::size_t, std::size_t> lines_on_start_page(const Block& block, std::size_t begin) {
  std::size_t f = 0;
  while (f + 1 < block.lines.size() && block.lines[f].end <= begin) ++f;
  int page = block.lines[f].page;
  std::size_t first = f, last = f;
  while (first > 0 && block.lines[first - 1].page == page) --first;
  while (last + 1 < block.lines.size() && block.lines[last + 1].page == page) ++last;
  return {first, last};
}

// Byte position after at most `max_chars` UTF-8 characters of text[begin, end), moved back to
// the last space when that cuts a word.
std::size_t cut_at_word(const std::string& text, std::size_t begin, std::size_t end, std::size_t max_chars) {
  std::size_t pos = begin, chars = 0;
  while (pos < end && chars < max_chars) {
    ++pos;
    while (pos < end && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    ++chars;
  }
  if (pos >= end || is_space(text[pos])) return pos;
  std::size_t space = pos;
  while (space > begin && !is_space(text[space - 1])) --space;
  return space > begin ? space - 1 : pos;
}

std::string quote_text(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 3, " | ") == 0) {
      out += ' ';
      i += 2;
      continue;
    }
    out += raw[i];
  }
  std::string t = detail::trim(out);
  while (!t.empty() && t.front() == '|') t = detail::trim(t.substr(1));
  while (!t.empty() && t.back() == '|') t = detail::trim(t.substr(0, t.size() - 1));
  return t;
}

extract::Box unite(const extract::Box& a, const extract::Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

}  // namespace

Evidence make_evidence(const Section& section, const Block& block, std::size_t begin, std::size_t end) {
  Evidence ev;
  ev.section = section.label();
  ev.page = block.page();
  if (block.lines.empty() || block.text.empty()) return ev;
  const std::string& text = block.text;
  begin = std::min(begin, text.size() - 1);
  end = std::clamp(end, begin + 1, text.size());
  auto [first, last] = lines_on_start_page(block, begin);
  std::size_t page_begin = block.lines[first].begin, page_end = block.lines[last].end;
  ev.page = block.lines[first].page;
  begin = std::clamp(begin, page_begin, page_end);
  end = std::clamp(end, begin, page_end);
  while (begin > page_begin && !is_space(text[begin - 1])) --begin;
  while (end < page_end && !is_space(text[end])) ++end;
  while (begin < end && is_space(text[begin])) ++begin;
  end = cut_at_word(text, begin, end, kMaxQuoteChars);
  ev.quote = quote_text(std::string_view(text).substr(begin, end - begin));

  std::optional<extract::Box> box;
  for (std::size_t i = first; i <= last; ++i) {
    const BlockLine& l = block.lines[i];
    if (l.end <= begin || l.begin >= end) continue;
    if (l.box.x1 <= l.box.x0 && l.box.y1 <= l.box.y0) continue;  // no box known
    box = box ? unite(*box, l.box) : l.box;
  }
  ev.bbox = box;
  return ev;
}

}  // namespace opcheck::analyse
