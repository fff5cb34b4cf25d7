// Figures in a sentence (see match_figures.h). Works on ASCII bytes; letters beyond ASCII only
// end a word.
#include "analyse/detail/match_figures.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace opcheck::analyse::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// "2014", "1900": a calendar year names a moment, not an amount.
bool is_year(std::string_view digits) {
  return digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
}

bool number_word(std::string_view word) {
  static constexpr std::array<std::string_view, 28> kWords = {
      "nul",     "twee",     "drie",       "vier",     "vijf",      "zes",        "zeven",
      "acht",    "negen",    "tien",       "elf",      "twaalf",    "twintig",    "dertig",
      "veertig", "vijftig",  "honderd",    "duizend",  "helft",     "halveren",   "gehalveerd",
      "kwart",   "procent",  "verdubbelen", "verdubbeld", "procentpunt", "procentpunten", "dubbel"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

}  // namespace

bool shows_figure(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '%') return true;
    if (is_digit(text[i])) {
      std::size_t end = i;
      while (end < text.size() && is_digit(text[end])) ++end;
      const std::string_view digits = text.substr(i, end - i);
      // "2014-2018", "2014/15": a period of years is no amount either.
      if (!is_year(digits)) return true;
      i = end;
      continue;
    }
    if (is_alpha(text[i])) {
      std::string word;
      for (; i < text.size() && is_alpha(text[i]); ++i) word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      if (number_word(word)) return true;
      continue;
    }
    ++i;
  }
  return false;
}

}  // namespace opcheck::analyse::detail
