// Text views of an extracted document: body text per page, the contract text format of
// report-contract.md, and ICU word/sentence segments.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <cctype>
#include <memory>

#include "extract/extract.h"

namespace opcheck::extract {
namespace {

// Maps UTF-16 offsets of `u` back to byte offsets of the UTF-8 text it came from.
std::vector<std::size_t> utf8_offsets(const icu::UnicodeString& u) {
  std::vector<std::size_t> offsets(static_cast<size_t>(u.length()) + 1, 0);
  std::size_t bytes = 0;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    int32_t len = U16_LENGTH(c);
    for (int32_t k = 0; k < len; ++k) offsets[static_cast<size_t>(i + k)] = bytes;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += len;
  }
  offsets[static_cast<size_t>(u.length())] = bytes;
  return offsets;
}

std::vector<Span> segment(std::string_view text, icu::BreakIterator& iter, bool words_only) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  auto offsets = utf8_offsets(u);
  iter.setText(u);
  std::vector<Span> spans;
  int32_t start = iter.first();
  for (int32_t end = iter.next(); end != icu::BreakIterator::DONE; start = end, end = iter.next()) {
    if (words_only && iter.getRuleStatus() < UBRK_WORD_NUMBER) continue;
    Span span{offsets[static_cast<size_t>(start)], offsets[static_cast<size_t>(end)]};
    while (span.end > span.begin && std::isspace(static_cast<unsigned char>(text[span.end - 1]))) --span.end;
    if (span.end > span.begin) spans.push_back(span);
  }
  return spans;
}

std::unique_ptr<icu::BreakIterator> make_iterator(bool words) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale dutch("nl");
  auto* iter = words ? icu::BreakIterator::createWordInstance(dutch, status)
                     : icu::BreakIterator::createSentenceInstance(dutch, status);
  return std::unique_ptr<icu::BreakIterator>(U_SUCCESS(status) ? iter : nullptr);
}

// ICU breaks "d.d. 12.03.2014" after "d.d.": a period, a space, then no lower-case word before
// the next period. An abbreviation that always precedes a number or date never ends a sentence.
bool abbreviation_before_number(std::string_view text, const Span& sentence, const Span& next) {
  if (next.begin >= text.size() || !std::isdigit(static_cast<unsigned char>(text[next.begin]))) return false;
  const std::string_view s = text.substr(sentence.begin, sentence.end - sentence.begin);
  for (std::string_view abbreviation : {"d.d.", "dd.", "nr.", "no.", "ca.", "resp.", "art.", "blz.", "p."})
    if (s.ends_with(abbreviation) && (s.size() == abbreviation.size() || s[s.size() - abbreviation.size() - 1] == ' '))
      return true;
  return false;
}

// ICU also breaks after an initial ("E. Sahin", "namens de raad: A.M. Jansen"). A single capital
// before a period is an initial unless a word like "bijlage" names it ("zie bijlage B. De ...").
bool initial_before_name(std::string_view text, const Span& sentence) {
  const std::string_view s = text.substr(sentence.begin, sentence.end - sentence.begin);
  if (s.size() < 2 || s.back() != '.' || !std::isupper(static_cast<unsigned char>(s[s.size() - 2]))) return false;
  if (s.size() > 2 && std::isalpha(static_cast<unsigned char>(s[s.size() - 3]))) return false;
  std::string_view before = s.substr(0, s.size() - 2);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const std::size_t space = before.rfind(' ');
  std::string word(before.substr(space == std::string_view::npos ? 0 : space + 1));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view naming : {"bijlage", "hoofdstuk", "paragraaf", "categorie", "cluster", "niveau", "fase", "type",
                                  "model", "route", "deel", "versie", "stap", "tabel", "figuur", "schema", "groep", "klas"})
    if (word == naming) return false;
  return true;
}

}  // namespace

std::string body_text(const Page& page) {
  std::string text;
  for (const Line& line : page.lines) {
    if (line.role != LineRole::body) continue;
    text += line.text;
    text += '\n';
  }
  return text;
}

std::string to_contract_text(const Document& doc) {
  std::string out;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    if (i > 0) out += '\f';
    out += body_text(doc.pages[i]);
  }
  return out;
}

std::vector<Span> split_words(std::string_view text) {
  thread_local auto iter = make_iterator(true);
  return iter ? segment(text, *iter, true) : std::vector<Span>{};
}

std::vector<Span> split_sentences(std::string_view text) {
  thread_local auto iter = make_iterator(false);
  if (!iter) return {};
  std::vector<Span> out;
  for (const Span& span : segment(text, *iter, false)) {
    if (!out.empty() && (abbreviation_before_number(text, out.back(), span) || initial_before_name(text, out.back())))
      out.back().end = span.end;
    else out.push_back(span);
  }
  return out;
}

}  // namespace opcheck::extract
