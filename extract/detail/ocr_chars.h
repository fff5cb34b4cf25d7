// Character classes of the OCR repair (ASCII letters and digits; bytes >= 0x80 are letters of
// UTF-8 words such as "financiën") and look-ups in a document's spelling counts, shared by the
// confusion and the run-together rules.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace opcheck::extract::detail {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_letter(char c) { return is_upper(c) || is_lower(c) || static_cast<unsigned char>(c) >= 0x80; }
inline bool is_number_separator(char c) { return c == '-' || c == '/' || c == '.' || c == ':' || c == '\''; }

inline bool is_letters(std::string_view w) {
  return !w.empty() && std::none_of(w.begin(), w.end(), [](char c) {
    return is_digit(c) || c == '-' || c == '/' || (static_cast<unsigned char>(c) < 0x80 && !is_upper(c) && !is_lower(c));
  });
}

inline std::string lower_ascii(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The key of a pair of neighbours in DocumentSpelling::pairs.
inline std::string pair_key(std::string_view a, std::string_view b) { return std::string(a) + ' ' + std::string(b); }

inline int count_of(const std::unordered_map<std::string, int>& counts, const std::string& key) {
  auto it = counts.find(key);
  return it == counts.end() ? 0 : it->second;
}

}  // namespace opcheck::extract::detail
