// Character folding (ICU Normalizer2), line-end dehyphenation (Hunspell-nl decides) and
// ICU word tokens. Everything works on UTF-8 at the edges.
#include "extract/detail/normalise.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

#include "extract/detail/hunspell_nl.h"

namespace opcheck::extract::detail {
namespace {

bool is_odd_space(UChar32 c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == '\t' || c == '\r' || c == '\n';
}
bool is_invisible(UChar32 c) { return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF; }
bool needs_compatibility_fold(UChar32 c) { return (c >= 0xFB00 && c <= 0xFB06) || (c >= 0xFF01 && c <= 0xFF5E); }

void append_compat_fold(icu::UnicodeString& out, UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) {
    out.append(c);
    return;
  }
  out.append(nfkc->normalize(icu::UnicodeString(c), status));
}

std::string to_nfc_utf8(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString normal = U_SUCCESS(status) ? nfc->normalize(text, status) : text;
  std::string out;
  normal.toUTF8String(out);
  return out;
}

bool is_lower_start(std::string_view word) {
  if (word.empty()) return false;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  return u_islower(u.char32At(0));
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Splits trailing punctuation off a word so "onder-" + "steuning," checks "ondersteuning".
std::pair<std::string_view, std::string_view> split_trailing_punct(std::string_view w) {
  size_t end = w.size();
  while (end > 0 && std::string_view(".,;:!?)]\"'").find(w[end - 1]) != std::string_view::npos) --end;
  return {w.substr(0, end), w.substr(end)};
}

bool ends_with_hyphen(const std::string& text) { return !text.empty() && text.back() == '-'; }

// A word without the punctuation around it: "(ouder-kindcentrum)," -> "ouder-kindcentrum".
std::string_view strip_punct(std::string_view w) {
  constexpr std::string_view kPunct = ".,;:!?()[]\"'";
  while (!w.empty() && kPunct.find(w.front()) != std::string_view::npos) w.remove_prefix(1);
  while (!w.empty() && kPunct.find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  return w;
}

}  // namespace

std::string fold_characters(std::string_view raw) {
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(raw.data(), static_cast<int32_t>(raw.size())));
  icu::UnicodeString out;
  bool last_space = true;  // also trims leading spaces
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x00AD) {
      if (i >= in.length()) out.append(static_cast<UChar>('-'));  // a line-end break
      continue;
    }
    if (c == 0x2010 || c == 0x2011) c = '-';
    if (is_invisible(c)) continue;
    if (is_odd_space(c) || c == ' ') {
      if (!last_space) out.append(static_cast<UChar>(' '));
      last_space = true;
      continue;
    }
    last_space = false;
    if (needs_compatibility_fold(c)) append_compat_fold(out, c);
    else out.append(c);
  }
  while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.truncate(out.length() - 1);
  return to_nfc_utf8(out);
}

Vocabulary inner_words(const std::vector<Line>& lines) {
  Vocabulary words;
  for (const Line& line : lines)
    for (std::size_t i = 0; i < line.words.size(); ++i) {
      if (i + 1 == line.words.size() && ends_with_hyphen(line.words[i].text)) continue;
      words.insert(std::string(strip_punct(line.words[i].text)));
    }
  return words;
}

std::string join_across_lines(std::string_view head, std::string_view tail, bool soft_hyphen,
                              DutchDictionary& dictionary, const Vocabulary* vocabulary) {
  auto [tail_word, punct] = split_trailing_punct(tail);
  const std::string joined = std::string(head) + std::string(tail_word);
  const std::string hyphenated = std::string(head) + "-" + std::string(tail_word);
  auto keep = [&] { return joined + std::string(punct); };
  if (soft_hyphen) return keep();
  if (head.empty() || tail_word.empty() || !is_lower_start(tail_word)) return {};
  unsigned char last = static_cast<unsigned char>(head.back());
  if (std::isupper(last) || std::isdigit(last)) return {};  // PO-raad, 2014-2018
  if (vocabulary != nullptr) {
    bool seen_joined = vocabulary->contains(joined), seen_hyphenated = vocabulary->contains(hyphenated);
    if (seen_hyphenated && !seen_joined) return {};
    if (seen_joined && !seen_hyphenated) return keep();
  }
  const bool joined_ok = dictionary.accepts(joined), hyphenated_ok = dictionary.accepts(hyphenated);
  const bool vowel_clash = is_vowel(head.back()) && is_vowel(tail_word.front());
  if (joined_ok && !hyphenated_ok) return keep();
  if (hyphenated_ok && !joined_ok) return {};
  // Both spellings known: Dutch joins compounds and writes the hyphen on a vowel clash
  // (zee-egel). Neither known: a hyphen between two words of their own is a compound the
  // dictionary lacks (ouder-kindcentrum); otherwise the typesetter broke an unknown word.
  if (joined_ok) return vowel_clash ? std::string() : keep();
  if (vowel_clash) return {};
  if (dictionary.accepts(head) && dictionary.accepts(tail_word)) return {};
  return keep();
}

void join_hyphenated_lines(std::vector<Line>& lines, const std::vector<bool>& soft_hyphen_end,
                           DutchDictionary& dictionary, const Vocabulary* vocabulary) {
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    Line& line = lines[i];
    if (line.words.empty() || !ends_with_hyphen(line.words.back().text)) continue;
    size_t n = i + 1;  // the next line with words (a joined tail may have emptied one)
    while (n < lines.size() && lines[n].words.empty()) ++n;
    if (n == lines.size()) break;
    Line& next = lines[n];
    Word& head = line.words.back();
    std::string_view head_text(head.text.data(), head.text.size() - 1);
    if (head_text.empty() || head_text.back() == '-') continue;
    std::string joined =
        join_across_lines(head_text, next.words.front().text, soft_hyphen_end[i], dictionary, vocabulary);
    if (joined.empty()) {
      // Real hyphen: keep "PO-" and "raad" as one word "PO-raad" on the first line.
      joined = head.text + next.words.front().text;
    }
    head.text = joined;
    next.words.erase(next.words.begin());
  }
}

std::vector<std::string> word_tokens(std::string_view text) {
  thread_local std::unique_ptr<icu::BreakIterator> iter = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
  }();
  std::vector<std::string> out;
  if (!iter) return out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  iter->setText(u);
  int32_t start = iter->first();
  for (int32_t end = iter->next(); end != icu::BreakIterator::DONE; start = end, end = iter->next()) {
    int32_t status = iter->getRuleStatus();
    if (status < UBRK_WORD_LETTER || status >= UBRK_WORD_KANA_LIMIT) continue;
    std::string token;
    u.tempSubStringBetween(start, end).toUTF8String(token);
    out.push_back(std::move(token));
  }
  return out;
}

}  // namespace opcheck::extract::detail
