// Heading numbering and the table of contents. Hand-written scanners instead of std::regex:
// they run on every row of every plan, and segment() must take a few milliseconds.
#include <algorithm>
#include <array>
#include <cctype>

#include "analyse/detail/structure_headings.h"

namespace opcheck::analyse::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Separators between a number and its title: ":", ".", "-", en and em dash, spaces.
std::string strip_separators(std::string_view s) {
  for (;;) {
    s = std::string_view(s).substr(std::min(s.size(), s.find_first_not_of(" \t")));
    if (!s.empty() && (s[0] == ':' || s[0] == '.' || s[0] == '-')) {
      s.remove_prefix(1);
    } else if (starts_with(s, "\xE2\x80\x93") || starts_with(s, "\xE2\x80\x94")) {
      s.remove_prefix(3);
    } else {
      return trim(s);
    }
  }
}

// Bytes of a dot-leader character (space, ".", "_", middle dot, ellipsis) ending at `pos`; 0 if none.
std::size_t leader_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  char c = text[pos - 1];
  if (is_space(c) || c == '.' || c == '_') return 1;
  if (pos >= 2 && text.substr(pos - 2, 2) == "\xC2\xB7") return 2;
  if (pos >= 3 && text.substr(pos - 3, 3) == "\xE2\x80\xA6") return 3;
  return 0;
}

bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 5 && s.find_first_not_of("IVX") == std::string_view::npos;
}

// "Hoofdstuk 3 Titel", "Bijlage B: Titel": the word, then a token, then the title.
std::optional<Numbering> parse_word_form(std::string_view text) {
  static const std::array<std::pair<std::string_view, NumberKind>, 5> words{{{"hoofdstuk ", NumberKind::chapter_word},
                                                                             {"hfst. ", NumberKind::chapter_word},
                                                                             {"bijlage ", NumberKind::appendix},
                                                                             {"appendix ", NumberKind::appendix},
                                                                             {"bijl. ", NumberKind::appendix}}};
  std::string lower = lower_ascii(text.substr(0, 12));
  for (const auto& [word, kind] : words) {
    if (!starts_with(lower, word)) continue;
    std::string_view rest = text.substr(word.size());
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(' ')));
    std::size_t end = 0;
    while (end < rest.size() && !is_space(rest[end]) && rest[end] != ':' && rest[end] != '.') ++end;
    std::string_view token = rest.substr(0, end);
    bool digits = !token.empty() && token.size() <= 2 && std::all_of(token.begin(), token.end(), is_digit);
    bool letter = token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z' && kind == NumberKind::appendix;
    if (!digits && !letter && !is_roman(token)) return std::nullopt;
    return Numbering{kind, std::string(token), strip_separators(rest.substr(end)), 1};
  }
  return std::nullopt;
}

// "4", "4.", "4.2", "4.2.1." followed by a space (or directly by a capital) and a title.
std::optional<Numbering> parse_dotted(std::string_view text) {
  std::size_t i = 0;
  int depth = 0;
  for (;;) {
    std::size_t start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == start || i - start > 2) return std::nullopt;
    ++depth;
    if (i + 1 < text.size() && text[i] == '.' && is_digit(text[i + 1]) && depth < 4) {
      ++i;
      continue;
    }
    break;
  }
  std::string number(text.substr(0, i));
  if (i < text.size() && text[i] == '.') ++i;
  if (i >= text.size()) return std::nullopt;
  bool spaced = is_space(text[i]);
  bool capital = text[i] >= 'A' && text[i] <= 'Z';
  if (!spaced && !capital) return std::nullopt;  // "1)", "12-03-2014", "3,5", "2014"
  return Numbering{NumberKind::dotted, number, trim(text.substr(i)), depth};
}

std::optional<Numbering> parse_roman(std::string_view text) {
  std::size_t dot = text.find(". ");
  if (dot == std::string_view::npos || !is_roman(text.substr(0, dot))) return std::nullopt;
  return Numbering{NumberKind::roman, std::string(text.substr(0, dot)), trim(text.substr(dot + 2)), 1};
}

bool is_toc_title(std::string_view text) {
  static const std::array<std::string_view, 6> titles{"inhoud", "inhoudsopgave", "inhoudstafel", "inhoudsomschrijving",
                                                       "inhoudsopgave ondersteuningsplan", "table of contents"};
  std::string key = match_key(text);
  return std::find(titles.begin(), titles.end(), key) != titles.end();
}

// Rows after a TOC title: the TOC ends at the first stretch of rows that are not entries.
int count_entries(const PageRows& page, std::size_t from, std::size_t& non_entries) {
  int n = 0;
  non_entries = 0;
  for (std::size_t r = from; r < page.rows.size(); ++r) {
    if (parse_toc_entry(page.rows[r])) ++n;
    else ++non_entries;
  }
  return n;
}

void collect_entries(const PageRows& page, std::size_t from, Toc& toc) {
  for (std::size_t r = from; r < page.rows.size(); ++r)
    if (auto e = parse_toc_entry(page.rows[r])) toc.entries.push_back(*e);
  toc.pages.push_back(page.page);
}

}  // namespace

Numbering parse_numbering(std::string_view raw) {
  std::string text = trim(raw);
  if (auto w = parse_word_form(text)) return *w;
  if (!text.empty() && is_digit(text[0]))
    if (auto d = parse_dotted(text)) return *d;
  if (!text.empty() && (text[0] == 'I' || text[0] == 'V' || text[0] == 'X'))
    if (auto r = parse_roman(text)) return *r;
  return Numbering{NumberKind::none, "", text, 0};
}

std::optional<TocEntry> parse_toc_entry(const Row& row) {
  std::string_view text = row.text;
  std::size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  std::size_t digits = end;
  while (digits > 0 && is_digit(text[digits - 1])) --digits;
  if (digits == end || end - digits > 3 || digits == 0) return std::nullopt;
  // Before the page number: spaces, dot leaders or ellipsis characters.
  std::size_t cut = digits;
  for (std::size_t n = leader_before(text, cut); n > 0; n = leader_before(text, cut)) cut -= n;
  if (cut == digits) return std::nullopt;
  Numbering n = parse_numbering(text.substr(0, cut));
  if (count_letters(n.title, false) + count_letters(n.title, true) < 3) return std::nullopt;
  if (n.title.back() == ',' || n.title.back() == ';') return std::nullopt;
  std::string number = n.kind == NumberKind::appendix ? "Bijlage " + n.number : n.number;
  return TocEntry{number, match_key(n.title), std::stoi(std::string(text.substr(digits, end - digits)))};
}

Toc find_toc(const std::vector<PageRows>& pages) {
  Toc toc;
  std::size_t scan = std::min(pages.size(), std::max<std::size_t>(6, pages.size() / 4));
  for (std::size_t p = 0; p < scan && !toc.found; ++p) {
    const PageRows& page = pages[p];
    std::size_t non = 0;
    for (std::size_t r = 0; r < page.rows.size() && r < 12 && !toc.found; ++r) {
      if (!is_toc_title(page.rows[r].text) || count_entries(page, r + 1, non) < 3) continue;
      toc.found = true;
      toc.first_row = static_cast<int>(r);
      collect_entries(page, r + 1, toc);
    }
    // No title: a page near the front that consists of entries only.
    if (!toc.found && count_entries(page, 0, non) >= 5 && non * 4 <= page.rows.size()) {
      toc.found = true;
      collect_entries(page, 0, toc);
    }
    if (!toc.found) continue;
    for (std::size_t q = p + 1; q < pages.size(); ++q) {
      int n = count_entries(pages[q], 0, non);
      if (n < 3 || non * 3 > pages[q].rows.size()) break;
      collect_entries(pages[q], 0, toc);
    }
  }
  for (const TocEntry& e : toc.entries) toc.lists_sections = toc.lists_sections || e.number.find('.') != std::string::npos;
  return toc;
}

bool in_toc(const Toc& toc, int page, std::size_t row) {
  if (!toc.found) return false;
  if (page == toc.pages.front()) return static_cast<int>(row) >= toc.first_row;
  return std::find(toc.pages.begin(), toc.pages.end(), page) != toc.pages.end();
}

}  // namespace opcheck::analyse::detail
