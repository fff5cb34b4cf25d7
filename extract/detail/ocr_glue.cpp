// Splitting of words OCR ran together; see ocr_glue.h. The word lists say which function words
// may lead or end a run-together token, and why others may not.
#include "extract/detail/ocr_glue.h"

#include <algorithm>
#include <array>

#include "extract/detail/ocr_chars.h"

namespace opcheck::extract::detail {
namespace {


template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Function words OCR runs into a neighbour ("hetplan", "ingestemdmet"). A lead word may start a
// glued token before any word. Prepositions that are also compound parts ("opvang", "inzet",
// "voorschools") start one only before an article ("opde", "inhet"). A tail word may end one
// after a word; "en", "de", "te" are no tails, being plural, verb and adjective endings too,
// nor "om", which ends words like "garantiesom".
constexpr std::array<std::string_view, 12> kLeadWords{"de", "het", "een", "van", "met", "en",
                                                      "te", "is", "dat", "die", "naar", "als"};
constexpr std::array<std::string_view, 14> kPrepositions{"op",   "in", "aan", "bij",  "door", "voor", "om",
                                                         "tot",  "over", "naar", "van", "met", "uit", "onder"};
constexpr std::array<std::string_view, 3> kArticles{"de", "het", "een"};
constexpr std::array<std::string_view, 16> kTailWords{"met", "van", "voor", "door", "aan", "bij", "tot",  "naar",
                                                      "over", "op", "in",  "het",  "een", "is",  "dat", "die"};
// Capital codes of the field that Hunspell does not know and OCR runs into a word ("DeOPR").
constexpr std::array<std::string_view, 16> kCodes{"OPR", "OOGO", "SWV", "TLV", "GMR", "MR",  "OPP", "PO",
                                                  "VO",  "SO",   "VSO", "SBO", "OCW", "DUO", "LWOO", "PRO"};
// Words that follow a number as part of one word or an ordinal ("1ste", "10-tal", "4-jarig").
constexpr std::array<std::string_view, 28> kNumberSuffixes{
    "ste",    "sten",   "den",   "tje",    "tjes",    "tal",    "tallen",  "jarig",  "jarige", "jarigen",
    "daags",  "daagse", "maal",  "malig",  "malige",  "voudig", "voudige", "delig",  "delige", "talig",
    "weekse", "uurs",   "ledig", "ledige", "zijdig",  "zijdige", "hoekig", "hoekige"};

bool is_function_word(std::string_view w) {
  return one_of(kLeadWords, w) || one_of(kPrepositions, w) || one_of(kTailWords, w);
}
bool has_upper(std::string_view w) { return std::any_of(w.begin(), w.end(), is_upper); }
bool is_plain_number(std::string_view w) {
  return !w.empty() && is_digit(w.front()) && is_digit(w.back()) &&
         std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || is_number_separator(c); });
}


// Whether lower-case `a` + `b` are two words run together, one of them a function word.
bool glued_pair(std::string_view a, std::string_view b, const WordCheck& is_word) {
  if (one_of(kPrepositions, a) && one_of(kArticles, b)) return true;
  if (one_of(kLeadWords, a) && b.size() >= 3 && is_word(b)) return true;
  return one_of(kTailWords, b) && a.size() >= 3 && is_word(a);
}

// Whether the document writes `a b` apart at least as often as it writes them run together:
// a real word the dictionary lacks ("eenoudergezinnen", "garantiesom") recurs as one word and
// is rarely written as the pair, while a space OCR lost is one slip among correct pairs.
bool written_apart(std::string_view core, std::string_view a, std::string_view b, const DocumentSpelling* spelling) {
  if (spelling == nullptr) return false;
  std::string other_case(a);  // "Het plan" at a sentence start counts for "hetplan" and back
  if (is_upper(a[0])) other_case[0] = static_cast<char>(a[0] - 'A' + 'a');
  if (is_lower(a[0])) other_case[0] = static_cast<char>(a[0] - 'a' + 'A');
  const int apart = count_of(spelling->pairs, pair_key(a, b)) +
                    (other_case != a ? count_of(spelling->pairs, pair_key(other_case, b)) : 0);
  return apart >= std::max(1, count_of(spelling->words, std::string(core)));
}


}  // namespace

// "op4", "in2O14", "2014heeft": a word and a number run together. The word before a number is a
// function word ("Op" too) or a lower-case word of 4+ letters, never a code ("VO2206", "km2");
// a word after it is lower case and no ordinal or number compound ("1ste", "10tal").
std::optional<std::string> split_number_glue(std::string_view core, const WordCheck& is_word, const NumberReader& read_number) {
  const std::size_t letters_end = static_cast<std::size_t>(std::find_if_not(core.begin(), core.end(), is_letter) - core.begin());
  if (letters_end >= 2 && letters_end < core.size() && is_digit(core[letters_end])) {
    const std::string_view word = core.substr(0, letters_end), rest = core.substr(letters_end);
    const bool word_ok = (is_function_word(lower_ascii(word)) && !has_upper(word.substr(1))) ||
                         (!has_upper(word) && word.size() >= 4 && is_word(word));
    const auto number = is_plain_number(rest) ? std::optional<std::string>(rest) : read_number(rest);
    if (word_ok && number) return std::string(word) + ' ' + *number;
    // "opl8 februari": the number's first digit read as a letter ("op" + "18").
    const std::string_view head = word.substr(0, word.size() - 1);
    if ((word.back() == 'l' || word.back() == 'I') && is_function_word(lower_ascii(head)) && !has_upper(head.substr(1)))
      if (const auto whole = read_number(core.substr(head.size()))) return std::string(head) + ' ' + *whole;
    return std::nullopt;
  }
  const std::size_t digits_end = core.find_first_not_of("0123456789-/.:'");
  if (digits_end == 0 || digits_end == std::string_view::npos) return std::nullopt;
  const std::string_view number = core.substr(0, digits_end), word = core.substr(digits_end);
  if (!is_plain_number(number) || !is_letters(word) || has_upper(word) || word.size() < 3 ||
      one_of(kNumberSuffixes, word) || !is_word(word))
    return std::nullopt;
  return std::string(number) + ' ' + std::string(word);
}

// "hetplan", "ingestemdmet", "vande", "DeOPR": a rejected token of letters split in two. Only
// lower-case tokens split freely; a capitalised one may be a name ("Alsmeer", "Delange"), so it
// splits only after "Het"/"Een" or before a code. Without a code the document must write the
// pair apart elsewhere. Two possible splits: neither is trusted.
std::optional<std::string> split_letter_glue(std::string_view core, const WordCheck& is_word,
                                             const DocumentSpelling* spelling) {
  if (!is_letters(core) || core.size() < 4) return std::nullopt;
  for (std::string_view code : kCodes) {
    const std::string_view head = core.substr(0, core.size() - std::min(core.size(), code.size()));
    if (core.ends_with(code) && head.size() >= 2 && is_lower(head.back()) && !has_upper(head.substr(1)) &&
        is_function_word(lower_ascii(head)))
      return std::string(head) + ' ' + std::string(code);
  }
  const bool capitalised = is_upper(core[0]);
  if (has_upper(core.substr(1))) return std::nullopt;
  const std::string low = lower_ascii(core);
  std::size_t found = 0;
  for (std::size_t at = 2; at + 2 <= core.size(); ++at) {
    const std::string_view a = std::string_view(low).substr(0, at), b = std::string_view(low).substr(at);
    const bool ok = capitalised ? (a == "het" || a == "een") && b.size() >= 3 && is_word(b) : glued_pair(a, b, is_word);
    if (!ok || !written_apart(core, core.substr(0, at), core.substr(at), spelling)) continue;
    if (found != 0) return std::nullopt;
    found = at;
  }
  if (found == 0) return std::nullopt;
  return std::string(core.substr(0, found)) + ' ' + std::string(core.substr(found));
}

}  // namespace opcheck::extract::detail
