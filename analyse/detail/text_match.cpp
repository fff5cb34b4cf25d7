// Folding, stem ids and decompounding for the content matcher. Decompounding of plan words is
// guided by the cue vocabulary: a word is only split where its tail is a word some cue uses,
// so the costly dictionary is consulted for a handful of heads, not for every plan word.
#include "analyse/detail/text_match.h"

#include <algorithm>
#include <array>

#include "extract/extract.h"

namespace opcheck::analyse::detail {
namespace {

// Folds U+00C0..U+00FF to ASCII ('\0' = keep the character as it is).
constexpr std::array<char, 64> kLatin1 = {
    'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
    'd', 'n', 'o', 'o', 'o', 'o', 'o', '\0', 'o', 'u', 'u', 'u', 'u', 'y', 't', 's',
    'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
    'd', 'n', 'o', 'o', 'o', 'o', 'o', '\0', 'o', 'u', 'u', 'u', 'u', 'y', 't', 'y'};

constexpr std::size_t kMinHead = 4;

bool starts_with_digit(std::string_view word) { return !word.empty() && word[0] >= '0' && word[0] <= '9'; }

int year_of(std::string_view word) {
  if (word.size() != 4 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  const int value = std::stoi(std::string(word));
  return value >= 1990 && value <= 2060 ? value : 0;
}

// "tlv's" -> "tlv": the possessive/plural of abbreviations must not hide the abbreviation.
std::string strip_apostrophe_s(std::string word) {
  if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
  return word;
}

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (c == 0xC3 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      const char folded = next >= 0x80 && next <= 0xBF ? kLatin1[static_cast<std::size_t>(next - 0x80)] : '\0';
      if (folded) out += folded; else out.append(text.substr(i, 2));
      ++i;
    } else if (c == 0xC4 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) == 0xB2 ||
                                                     static_cast<unsigned char>(text[i + 1]) == 0xB3)) {
      out += "ij";
      ++i;
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0x98 || static_cast<unsigned char>(text[i + 2]) == 0x99)) {
      out += '\'';
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool is_stopword(std::string_view w) {
  return w == "de" || w == "het" || w == "een" || w == "der" || w == "den" || w == "des" || w == "van" || w == "'t";
}

Lexicon& Lexicon::shared() {
  static Lexicon instance;
  return instance;
}

int Lexicon::intern(std::string_view text) {
  std::string key(text);
  if (auto it = ids_.find(key); it != ids_.end()) return it->second;
  const int id = static_cast<int>(strings_.size());
  strings_.push_back(key);
  ids_.emplace(std::move(key), id);
  return id;
}

int Lexicon::stem_id(std::string_view folded_word) {
  std::string key(folded_word);
  if (auto it = stem_cache_.find(key); it != stem_cache_.end()) return it->second;
  const int id = intern(starts_with_digit(key) ? key : stemmer_.stem(key));
  stem_cache_.emplace(std::move(key), id);
  return id;
}

void Lexicon::add_vocabulary(std::string_view folded_word) {
  if (folded_word.size() < kMinHead || starts_with_digit(folded_word)) return;
  const std::string word(folded_word);
  bool added = false;
  for (const char* ending : {"", "s", "en", "n", "e"}) added |= vocabulary_.insert(word + ending).second;
  if (added) vocabulary_cache_.clear();  // earlier "not a compound" answers may be stale now
}

bool Lexicon::valid_head(std::string_view head) {
  return head.size() >= 3 && (vocabulary_.count(std::string(head)) > 0 || extract::is_dutch_word(head));
}

// Longest known tail first: in Dutch the head of a compound is its last part, and the longest
// tail that is a word avoids splitting "verdeelsleutel" as ver + deelsleutel.
std::vector<std::string> Lexicon::split(std::string_view word, bool dictionary, int depth) {
  const std::size_t min_tail = dictionary ? 5 : 4;
  if (depth > 3 || word.size() < kMinHead + min_tail) return {};
  for (std::size_t i = kMinHead; i + min_tail <= word.size(); ++i) {
    const std::string_view tail = word.substr(i), head = word.substr(0, i);
    if (dictionary ? !extract::is_dutch_word(tail) : vocabulary_.count(std::string(tail)) == 0) continue;
    std::vector<std::string_view> heads{head};
    if (head.size() > kMinHead && head.back() == 's') heads.push_back(head.substr(0, head.size() - 1));
    if (head.size() > kMinHead && head.back() == 'e') heads.push_back(head.substr(0, head.size() - 1));
    if (head.size() > kMinHead + 1 && head.ends_with("en")) heads.push_back(head.substr(0, head.size() - 2));
    for (std::string_view h : heads) {
      std::vector<std::string> parts = split(h, true, depth + 1);  // "meerjaren" = meer + jaren
      if (parts.empty()) {
        if (!valid_head(h)) continue;
        parts.emplace_back(h);
      }
      std::vector<std::string> right = split(tail, dictionary, depth + 1);
      if (right.empty()) right.emplace_back(tail);
      parts.insert(parts.end(), right.begin(), right.end());
      return parts;
    }
  }
  return dictionary || depth > 0 ? std::vector<std::string>{} : split_known_head(word);
}

// A plan word whose tail is no cue word but whose head is one (`terugplaatsingsbeleid`,
// `toelaatbaarheidsadvies`): the topic sits in the modifier. Longest known head first; the
// tail must be a dictionary word so that `informatie` + `f` never counts as a compound.
std::vector<std::string> Lexicon::split_known_head(std::string_view word) {
  constexpr std::size_t kMinTail = 5;
  for (std::size_t i = word.size() - kMinTail; i >= kMinHead + 4; --i) {
    const std::string_view head = word.substr(0, i), tail = word.substr(i);
    std::string_view h = head;
    if (vocabulary_.count(std::string(h)) == 0 && h.back() == 's') h.remove_suffix(1);
    if (h.size() < kMinHead + 4 || vocabulary_.count(std::string(h)) == 0) continue;
    if (!extract::is_dutch_word(tail)) continue;
    return {std::string(h), std::string(tail)};
  }
  return {};
}

const std::vector<std::string>& Lexicon::dictionary_split(std::string_view folded_word) {
  std::string key(folded_word);
  if (auto it = dictionary_cache_.find(key); it != dictionary_cache_.end()) return it->second;
  auto parts = split(key, true, 0);
  return dictionary_cache_.emplace(std::move(key), std::move(parts)).first->second;
}

const std::vector<std::string>& Lexicon::vocabulary_split(std::string_view folded_word) {
  std::string key(folded_word);
  if (auto it = vocabulary_cache_.find(key); it != vocabulary_cache_.end()) return it->second;
  auto parts = split(key, false, 0);
  return vocabulary_cache_.emplace(std::move(key), std::move(parts)).first->second;
}

void tokenize(std::string_view text, int block, Lexicon& lexicon, std::vector<Token>& out, std::vector<int>& parts) {
  for (const extract::Span& span : extract::split_words(text)) {
    const std::string word = strip_apostrophe_s(fold(text.substr(span.begin, span.end - span.begin)));
    Token token;
    token.begin = static_cast<std::uint32_t>(span.begin);
    token.end = static_cast<std::uint32_t>(span.end);
    token.block = block;
    token.stem = lexicon.stem_id(word);
    token.word = lexicon.intern(word);
    token.number = starts_with_digit(word);
    token.year = year_of(word);
    if (!token.number) {
      const auto& split = lexicon.vocabulary_split(word);
      token.part_begin = static_cast<std::uint32_t>(parts.size());
      for (const auto& part : split) parts.push_back(lexicon.stem_id(part));
      token.part_count = static_cast<std::uint16_t>(split.size());
    }
    out.push_back(token);
    std::size_t after = span.end;
    if (after < text.size() && text[after] == ' ') ++after;
    if (token.number && after < text.size() && text[after] == '%') {
      Token percent = token;
      percent.begin = static_cast<std::uint32_t>(after);
      percent.end = static_cast<std::uint32_t>(after + 1);
      percent.stem = lexicon.stem_id("procent");
      percent.word = lexicon.intern("procent");
      percent.number = false;
      percent.year = 0;
      out.push_back(percent);
    }
  }
}

}  // namespace opcheck::analyse::detail
