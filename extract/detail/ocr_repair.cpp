// Repair of Tesseract's typical confusions on OCR'd words: letters inside numbers and dates,
// zeros inside capital codes, I/l and rn/m inside words the dictionary rejects, and words split
// by a stray space. The confusion table below is the one place the letter rules live.
#include "extract/detail/ocr_repair.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "extract/detail/hunspell_nl.h"
#include "extract/detail/ocr_chars.h"
#include "extract/detail/ocr_glue.h"
#include "extract/detail/layout.h"
#include "extract/detail/normalise.h"

namespace opcheck::extract::detail {
namespace {

// Where in a word a confusion is plausible. Tesseract reads a capital I as l at a word start
// ("lnstemming"), a lower l as I inside words ("vastgesteId"), and so on.
enum class Where { anywhere, start, inside };

struct Confusion {
  std::string_view seen;   // what OCR wrote
  std::string_view meant;  // what the page said
  Where where;
};

// Order matters among variants with equally many edits: the first one the dictionary accepts
// wins, so a leading 0 becomes a capital O ("0pening" -> "Opening") and an inner one a small o.
constexpr std::array kConfusions{
    Confusion{"I", "l", Where::anywhere},  Confusion{"l", "I", Where::anywhere},
    Confusion{"rn", "m", Where::anywhere}, Confusion{"m", "rn", Where::anywhere},
    Confusion{"0", "O", Where::start},     Confusion{"0", "o", Where::anywhere},
    Confusion{"0", "O", Where::inside},    Confusion{"ii", "\xC3\xBC", Where::inside},  // ü
    Confusion{"!", "l", Where::inside},    Confusion{"l", "i", Where::inside},  // "apri!", "nlet"
};
constexpr std::size_t kMaxEdits = 3;   // more changes than this make a different word, not a repair
constexpr std::size_t kMaxSites = 14;  // bounds the search (C(14,3) = 364 look-ups at most)

// Letters Tesseract writes for digits inside numbers and dates, and the digit meant.
std::optional<char> digit_for(char c) {
  switch (c) {
    case 'O': case 'o': return '0';
    case 'l': case 'I': case 'i': return '1';
    default: return std::nullopt;
  }
}

// A token split into the punctuation before it, the word and the punctuation after it.
struct Token {
  std::string_view lead, core, trail;
};

Token split_token(std::string_view t) {
  constexpr std::string_view kLead = "(\"'[", kTrail = ".,;:!?)]\"'";
  std::size_t b = 0, e = t.size();
  while (b < e && kLead.find(t[b]) != std::string_view::npos) ++b;
  while (e > b && kTrail.find(t[e - 1]) != std::string_view::npos) --e;
  return {t.substr(0, b), t.substr(b, e - b), t.substr(e)};
}

// "2O14", "1O-03-2014", "l2": every group between separators holds a real digit, and its
// other characters are letters OCR takes for digits. "1e", "2de" and a lone "I" do not qualify.
std::optional<std::string> repair_number(std::string_view core) {
  std::string out(core);
  bool changed = false, group_has_digit = false, group_has_letter = false;
  auto group_ok = [&] { return group_has_digit || !group_has_letter; };
  for (char& c : out) {
    if (is_number_separator(c)) {
      if (!group_ok()) return std::nullopt;
      group_has_digit = group_has_letter = false;
    } else if (is_digit(c)) {
      group_has_digit = true;
    } else if (auto d = digit_for(c)) {
      c = *d;
      group_has_letter = changed = true;
    } else {
      return std::nullopt;
    }
  }
  if (!changed || !group_ok()) return std::nullopt;
  return out;
}

// "ll februari", "l maart": a day before a month name is a number even without a real digit.
std::optional<std::string> repair_day(std::string_view core, std::string_view next_word) {
  static constexpr std::array<std::string_view, 12> kMonths{"januari", "februari", "maart", "april", "mei", "juni",
                                                            "juli", "augustus", "september", "oktober", "november",
                                                            "december"};
  const std::string month = lower_ascii(split_token(next_word).core);
  if (core.empty() || core.size() > 2 || std::find(kMonths.begin(), kMonths.end(), month) == kMonths.end())
    return std::nullopt;
  std::string out(core);
  for (char& c : out) {
    if (is_digit(c)) continue;
    auto d = digit_for(c);
    if (!d) return std::nullopt;
    c = *d;
  }
  return out;
}

// "0PR", "V0", "0NDERSTEUNINGSPLANRAAD": capitals with zeros and no other digits. Codes with
// real digits ("VO2206", "PO 27-01") never reach here. A one-letter code must be a word ("VO").
std::optional<std::string> repair_capitals(std::string_view core, const WordCheck& is_word) {
  const auto letters = std::count_if(core.begin(), core.end(), is_upper);
  const auto zeros = std::count(core.begin(), core.end(), '0');
  if (letters == 0 || zeros == 0 || letters + zeros != static_cast<long>(core.size())) return std::nullopt;
  std::string out(core);
  std::replace(out.begin(), out.end(), '0', 'O');
  if (letters < 2 && !is_word(out)) return std::nullopt;
  return out;
}

struct Site {
  std::size_t pos;
  const Confusion* confusion;
};

std::vector<Site> find_sites(std::string_view core) {
  std::vector<Site> sites;
  for (std::size_t pos = 0; pos < core.size(); ++pos)
    for (const Confusion& c : kConfusions) {
      if ((c.where == Where::start && pos != 0) || (c.where == Where::inside && pos == 0)) continue;
      if (core.substr(pos, c.seen.size()) == c.seen) sites.push_back({pos, &c});
    }
  return sites;
}

// Applies the chosen sites (ascending, not overlapping) to `core`; empty when they overlap.
std::optional<std::string> apply_sites(std::string_view core, const std::vector<const Site*>& chosen) {
  std::string out;
  std::size_t at = 0;
  for (const Site* s : chosen) {
    if (s->pos < at) return std::nullopt;
    out.append(core.substr(at, s->pos - at));
    out.append(s->confusion->meant);
    at = s->pos + s->confusion->seen.size();
  }
  out.append(core.substr(at));
  return out;
}

// Capitals only, apart from l's OCR may have put for I's ("ONDERSTEUNlNG").
bool is_capital_word(std::string_view w) {
  const bool letters_only_caps_or_l = std::all_of(w.begin(), w.end(), [](char c) { return !is_lower(c) || c == 'l'; });
  return letters_only_caps_or_l && std::count_if(w.begin(), w.end(), is_upper) >= 2;
}

// Whether a variant of `original` is a plausible repair. A capitalised word the dictionary
// rejects is often a name: it may only become a common word (its lower-case form is Dutch),
// never another name. Hunspell rejects most capital compounds, so those are checked in lower case.
bool plausible_variant(std::string_view original, const std::string& variant, const WordCheck& is_word) {
  if (variant.size() < 2) return false;  // "rn" -> "m" (metre) repairs nothing
  if (is_capital_word(original)) return is_word(variant) || is_word(lower_ascii(variant));
  if (!is_word(variant)) return false;
  const bool capitalised = is_upper(original[0]) && std::any_of(original.begin(), original.end(), is_lower);
  if (!capitalised || !is_upper(variant[0])) return true;
  std::string lowered = variant;
  lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
  return is_word(lowered);
}

// Tries every set of up to kMaxEdits confusion sites, fewest edits first, left to right.
bool search_variants(std::string_view core, const std::vector<Site>& sites, std::size_t edits, std::size_t from,
                     std::vector<const Site*>& chosen, const WordCheck& is_word, std::string& found) {
  if (chosen.size() == edits) {
    auto variant = apply_sites(core, chosen);
    if (!variant || !plausible_variant(core, *variant, is_word)) return false;
    found = std::move(*variant);
    return true;
  }
  for (std::size_t i = from; i < sites.size(); ++i) {
    chosen.push_back(&sites[i]);
    if (search_variants(core, sites, edits, i + 1, chosen, is_word, found)) return true;
    chosen.pop_back();
  }
  return false;
}

std::optional<std::string> repair_spelling(std::string_view core, const WordCheck& is_word) {
  if (core.size() < 2 || std::any_of(core.begin(), core.end(), [](char c) { return is_digit(c) && c != '0'; }))
    return std::nullopt;
  if (!std::any_of(core.begin(), core.end(), [](char c) { return is_upper(c) || is_lower(c); })) return std::nullopt;
  // "ll", "Il", "II": roman numerals or digits, never a word to spell ("ll" -> "Il").
  if (core.find_first_not_of("Il") == std::string_view::npos) return std::nullopt;
  const auto sites = find_sites(core);
  if (sites.empty() || sites.size() > kMaxSites) return std::nullopt;
  std::vector<const Site*> chosen;
  std::string found;
  for (std::size_t edits = 1; edits <= std::min(kMaxEdits, sites.size()); ++edits)
    if (search_variants(core, sites, edits, 0, chosen, is_word, found)) return found;
  return std::nullopt;
}


// "a1gemene", "a11es", "ONDERSTEUN1NG", "apri1": a run of 1s between letters or ending a word is
// an l (an I or L after capitals) when that spells a word. Other digits, or few letters ("B1a" is
// a code), rule it out.
std::optional<std::string> repair_ones(std::string_view core, const WordCheck& is_word) {
  std::string out(core), caps_l(core);
  std::size_t letters = 0;
  for (std::size_t i = 0; i < core.size(); ++i) {
    if (is_letter(core[i])) {
      ++letters;
      continue;
    }
    const std::size_t before = core.find_last_not_of('1', i), after = core.find_first_not_of('1', i);
    const bool ends_word = after == std::string_view::npos;
    if (core[i] != '1' || before == std::string_view::npos || !is_letter(core[before]) ||
        (!ends_word && !is_letter(core[after])))
      return std::nullopt;
    const bool caps = is_upper(core[before]) && (ends_word || is_upper(core[after]));
    out[i] = caps ? 'I' : 'l';
    caps_l[i] = caps ? 'L' : 'l';
  }
  if (out == core || letters < 3 || core.size() < 4) return std::nullopt;
  if (plausible_variant(core, out, is_word)) return out;
  if (caps_l != out && plausible_variant(core, caps_l, is_word)) return caps_l;
  return std::nullopt;
}

// One word without its punctuation, or one part of a hyphenated word ("V0-scholen").
std::string repair_part(std::string_view part, const WordCheck& is_word) {
  if (part.empty() || is_word(part)) return std::string(part);
  if (auto caps = repair_capitals(part, is_word)) return *caps;
  if (auto ones = repair_ones(part, is_word)) return *ones;
  if (auto spelled = repair_spelling(part, is_word)) return *spelled;
  return std::string(part);
}

// Runs of words without a space are split only as a whole token, never inside a hyphenated one.
std::string repair_core(std::string_view core, const WordCheck& is_word, const DocumentSpelling* spelling) {
  if (core.empty() || is_word(core)) return std::string(core);
  // "maandag j1.": laatstleden, the one abbreviation of dates that is no dictionary word.
  if (core == "j1" || core == "jI") return "jl";
  if (auto number = repair_number(core)) return *number;
  if (auto glued = split_number_glue(core, is_word, repair_number)) return *glued;
  if (core.find('-') == std::string_view::npos) {
    std::string part = repair_part(core, is_word);
    if (part != core) return part;
    if (auto glued = split_letter_glue(core, is_word, spelling)) return *glued;
    return part;
  }
  std::string out;
  for (std::size_t start = 0;;) {
    const std::size_t dash = core.find('-', start);
    out += repair_part(core.substr(start, dash - start), is_word);
    if (dash == std::string_view::npos) return out;
    out += '-';
    start = dash + 1;
  }
}

// A gap inside a word Tesseract split is narrower than most word gaps on its line, though in
// scans not by much (0.6-0.75 of the median in our samples): the gap alone cannot tell.
constexpr double kNarrowGap = 0.8;
// Both halves Dutch words of their own: Hunspell's compounding accepts nearly any two words
// run together ("voorde", "waarde", "directeuren"), so the document must spell the joined word
// more often than the pair, and both halves must be longer than a function word.
constexpr std::size_t kMinHalfLetters = 4;

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// Whether the cores `a` and `b` of two neighbours with this gap are one word OCR split.
bool split_word(std::string_view a, std::string_view b, double gap, double typical_gap, const WordCheck& is_word,
                const DocumentSpelling* spelling) {
  if (!is_letters(a) || !is_letters(b) || a.size() + b.size() < 5 || !(gap < kNarrowGap * typical_gap)) return false;
  const std::string joined = std::string(a) + std::string(b);
  if (!is_word(joined)) return false;
  if (!is_word(a) || !is_word(b)) return true;
  if (spelling == nullptr || std::min(a.size(), b.size()) < kMinHalfLetters) return false;
  return count_of(spelling->words, joined) > count_of(spelling->pairs, pair_key(a, b));
}

// The words of a line joined where OCR split one: "samen werkingsverband" -> one word whose
// box unites both. Lines without at least two other gaps give no scale and are left alone.
void join_split_words(Line& line, const WordCheck& is_word, const DocumentSpelling* spelling) {
  for (std::size_t i = 0; i + 1 < line.words.size();) {
    Word& a = line.words[i];
    const Word& b = line.words[i + 1];
    std::vector<double> others;
    for (std::size_t j = 0; j + 1 < line.words.size(); ++j)
      if (j != i) others.push_back(line.words[j + 1].box.x0 - line.words[j].box.x1);
    const Token ta = split_token(a.text), tb = split_token(b.text);
    if (others.size() < 2 || !ta.trail.empty() || !tb.lead.empty() ||
        !split_word(ta.core, tb.core, b.box.x0 - a.box.x1, median(others), is_word, spelling)) {
      ++i;
      continue;
    }
    a.text = std::string(ta.lead) + std::string(ta.core) + std::string(tb.core) + std::string(tb.trail);
    a.box = {std::min(a.box.x0, b.box.x0), std::min(a.box.y0, b.box.y0), std::max(a.box.x1, b.box.x1),
             std::max(a.box.y1, b.box.y1)};
    a.confidence = std::min(a.confidence, b.confidence);
    line.words.erase(line.words.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// A word the repair split ("hetplan" -> "het plan") becomes two words that share its box by
// their share of its characters (bytes, close enough for a cut nothing measures exactly).
void split_spaced_words(Line& line) {
  for (std::size_t i = 0; i < line.words.size(); ++i) {
    Word& first = line.words[i];
    const std::size_t space = first.text.find(' ');
    if (space == std::string::npos) continue;
    const double per_char = (first.box.x1 - first.box.x0) / static_cast<double>(first.text.size() - 1);
    Word second = first;
    second.text = first.text.substr(space + 1);
    first.box.x1 = second.box.x0 = first.box.x0 + per_char * static_cast<double>(space);
    first.text.resize(space);
    line.words.insert(line.words.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(second));
  }
}

bool ends_broken(const Line& line, std::size_t i) {
  return i + 1 == line.words.size() && !line.words[i].text.empty() && line.words[i].text.back() == '-';
}

}  // namespace

DocumentSpelling spelling_of(const std::vector<Page>& pages) {
  DocumentSpelling spelling;
  for (const Page& page : pages)
    for (const Line& line : page.lines) {
      if (line.role != LineRole::body) continue;
      std::string_view previous;
      for (const Word& w : line.words) {
        const Token t = split_token(w.text);
        ++spelling.words[std::string(t.core)];
        if (!previous.empty() && t.lead.empty()) ++spelling.pairs[pair_key(previous, t.core)];
        previous = t.trail.empty() ? t.core : std::string_view();
      }
    }
  return spelling;
}

void repair_ocr_lines(std::vector<Line>& lines, const WordCheck& is_word, const DocumentSpelling* spelling) {
  for (Line& line : lines) {
    // A broken word's head at the line end ("vaststel-") is no word yet: dehyphenation joins it.
    for (std::size_t i = 0; i < line.words.size(); ++i)
      if (!ends_broken(line, i)) {
        const std::string_view next = i + 1 < line.words.size() ? std::string_view(line.words[i + 1].text) : "";
        line.words[i].text = repair_ocr_word(line.words[i].text, is_word, next, spelling);
      }
    split_spaced_words(line);
    join_split_words(line, is_word, spelling);
    refresh_line(line);
  }
}

// "apri!", "a!le": Tesseract reads a small l as an exclamation mark. Only when the l spells a
// word the dictionary accepts and the word without it is none ("nee!" stays).
std::optional<std::string> repair_exclamation(const Token& t, const WordCheck& is_word) {
  if (t.core.size() < 2 || !is_letter(t.core.back()) || is_word(t.core)) return std::nullopt;
  if (t.trail.starts_with('!') && is_word(std::string(t.core) + "l"))
    return std::string(t.lead) + std::string(t.core) + "l" + std::string(t.trail.substr(1));
  return std::nullopt;
}

std::string repair_ocr_word(std::string_view token, const WordCheck& is_word, std::string_view next_word,
                            const DocumentSpelling* spelling) {
  const Token t = split_token(token);
  if (auto exclaimed = repair_exclamation(t, is_word)) return *exclaimed;
  const auto day = repair_day(t.core, next_word);
  return std::string(t.lead) + (day ? *day : repair_core(t.core, is_word, spelling)) + std::string(t.trail);
}

}  // namespace opcheck::extract::detail

namespace opcheck::extract {
namespace {

// "instem-\nming" -> "instemming\n": as the pipeline dehyphenates body lines before the repair,
// a word broken at a line end is joined on the head's line when Dutch spelling says it is one.
std::string join_broken_words(std::string_view text, detail::DutchDictionary& dictionary) {
  std::vector<std::string> lines;
  for (std::size_t at = 0;;) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    lines.emplace_back(text.substr(at, end - at));
    if (end == text.size()) break;
    at = end + 1;
  }
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    std::string& line = lines[i];
    std::string& next = lines[i + 1];
    if (line.size() < 2 || line.back() != '-' || next.empty()) continue;
    const std::size_t head_at = line.find_last_of(' ') == std::string::npos ? 0 : line.find_last_of(' ') + 1;
    const std::size_t tail_end = std::min(next.find(' '), next.size());
    const std::string head = line.substr(head_at, line.size() - 1 - head_at), tail = next.substr(0, tail_end);
    const std::string joined = detail::join_across_lines(head, tail, false, dictionary);
    if (joined.empty()) continue;
    line = line.substr(0, head_at) + joined;
    next = next.substr(std::min(tail_end + 1, next.size()));
  }
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

// The passage is the document: its lines as body lines of one page, for spelling_of.
detail::DocumentSpelling spelling_of_text(std::string_view text) {
  std::vector<Page> pages(1);
  pages[0].lines.emplace_back();
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
    if (end > start) pages[0].lines.back().words.push_back(Word{std::string(text.substr(start, end - start)), {}, 1});
    if (end < text.size() && text[end] == '\n') pages[0].lines.emplace_back();
    start = end + 1;
  }
  return detail::spelling_of(pages);
}

}  // namespace

std::string repair_ocr_text(std::string_view original) {
  auto dictionary = detail::DutchDictionary::shared();
  const detail::WordCheck is_word = [&](std::string_view w) { return dictionary && (*dictionary)->accepts(w); };
  const std::string joined = dictionary ? join_broken_words(original, **dictionary) : std::string(original);
  const std::string_view text = joined;
  const detail::DocumentSpelling spelling = spelling_of_text(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t start = 0;;) {
    const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
    const std::string_view word = text.substr(start, end - start);
    std::string_view next;
    if (end < text.size() && text[end] == ' ')
      next = text.substr(end + 1, std::min(text.find_first_of(" \n", end + 1), text.size()) - end - 1);
    // As on pages: a broken word's head at the line end is left for dehyphenation.
    const bool broken_head = !word.empty() && word.back() == '-' && (end == text.size() || text[end] == '\n');
    out += broken_head ? std::string(word) : detail::repair_ocr_word(word, is_word, next, &spelling);
    if (end == text.size()) return out;
    out += text[end];
    start = end + 1;
  }
}

}  // namespace opcheck::extract
