// Word accuracy of extracted text against a truth text (eval, bench, extract tests).
// accuracy = 1 − (word-level Levenshtein distance / number of truth words), floored at 0.
// Words are split on whitespace (ASCII blanks and the no-break space) and compared exactly,
// case-sensitively, after stripping punctuation from both ends of each word (ASCII punctuation,
// typographic quotes and dashes, ellipsis, bullets, guillemets); a word that is only
// punctuation is dropped. Inner punctuation stays: "1.200.000" and "d.d." keep their dots.
#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace opcheck {

struct WordEdits {
  std::size_t edits = 0;        // insertions + deletions + substitutions of whole words
  std::size_t truth_words = 0;
};

namespace detail {

inline std::size_t space_length(std::string_view s, std::size_t pos) {
  char c = s[pos];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  return s.substr(pos, 2) == "\xC2\xA0" ? 2 : 0;
}

// Byte length of a punctuation character starting at `pos` (or ending at `end` when
// `backwards`), else 0.
inline std::size_t punctuation_length(std::string_view word, bool backwards) {
  static constexpr std::array<std::string_view, 14> kMultiByte{
      "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9A", "\xE2\x80\x9C", "\xE2\x80\x9D",
      "\xE2\x80\x9E", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA6", "\xE2\x80\xA2",
      "\xC2\xAB",     "\xC2\xBB",     "\xC2\xB7",     "\xE2\x80\x90"};
  if (word.empty()) return 0;
  auto c = static_cast<unsigned char>(backwards ? word.back() : word.front());
  if (c < 0x80) return (c > 0x20 && c < 0x7F && !std::isalnum(c)) ? 1 : 0;
  for (auto p : kMultiByte) {
    if (backwards ? word.ends_with(p) : word.starts_with(p)) return p.size();
  }
  return 0;
}

inline std::string_view strip_punctuation(std::string_view word) {
  while (std::size_t n = punctuation_length(word, false)) word.remove_prefix(n);
  while (std::size_t n = punctuation_length(word, true)) word.remove_suffix(n);
  return word;
}

}  // namespace detail

// The words of `text` as compared by word_accuracy (views into `text`).
inline std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (std::size_t n = detail::space_length(text, pos)) {
      pos += n;
      continue;
    }
    std::size_t end = pos;
    while (end < text.size() && detail::space_length(text, end) == 0) ++end;
    std::string_view word = detail::strip_punctuation(text.substr(pos, end - pos));
    if (!word.empty()) words.push_back(word);
    pos = end;
  }
  return words;
}

// Word-level Levenshtein distance, O(n·m) time in two rows after trimming the common prefix
// and suffix (which on good extractions is nearly everything). Call it per page, not per book.
inline WordEdits word_edits(std::string_view truth, std::string_view hypothesis) {
  auto a_words = split_words(truth);
  auto b_words = split_words(hypothesis);
  std::unordered_map<std::string_view, std::uint32_t> ids;
  auto intern = [&ids](const std::vector<std::string_view>& words) {
    std::vector<std::uint32_t> out;
    out.reserve(words.size());
    for (auto w : words) out.push_back(ids.emplace(w, static_cast<std::uint32_t>(ids.size())).first->second);
    return out;
  };
  auto a = intern(a_words);
  auto b = intern(b_words);
  std::size_t lo = 0;
  while (lo < a.size() && lo < b.size() && a[lo] == b[lo]) ++lo;
  std::size_t a_hi = a.size(), b_hi = b.size();
  while (a_hi > lo && b_hi > lo && a[a_hi - 1] == b[b_hi - 1]) --a_hi, --b_hi;
  std::vector<std::size_t> prev(b_hi - lo + 1), cur(b_hi - lo + 1);
  for (std::size_t j = 0; j < prev.size(); ++j) prev[j] = j;
  for (std::size_t i = lo; i < a_hi; ++i) {
    cur[0] = i - lo + 1;
    for (std::size_t j = lo; j < b_hi; ++j) {
      std::size_t k = j - lo + 1;
      cur[k] = std::min({prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a[i] == b[j] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return {prev.back(), a.size()};
}

// 1 − edits / truth words, floored at 0. An empty truth scores 1 against an empty
// hypothesis and 0 against anything else.
inline double accuracy_of(const WordEdits& e) {
  if (e.truth_words == 0) return e.edits == 0 ? 1.0 : 0.0;
  double value = 1.0 - static_cast<double>(e.edits) / static_cast<double>(e.truth_words);
  return value < 0 ? 0.0 : value;
}

inline double word_accuracy(std::string_view truth, std::string_view hypothesis) {
  return accuracy_of(word_edits(truth, hypothesis));
}

}  // namespace opcheck
