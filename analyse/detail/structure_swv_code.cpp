// The swv-code scanner (see structure_swv_code.h): a hand-written matcher over the lower-cased
// text, sector word first ("po 23-01") or last ("23.01 po", "23-01 (po)"), with guards
// against years and dates.
#include "analyse/detail/structure_swv_code.h"

#include <cctype>
#include <cstdio>

#include "analyse/detail/structure_rows.h"

namespace opcheck::analyse::detail {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80; }

// Separators inside a code: space, "-", ".", "/", "_" and the en dash; at most `max` of them.
std::size_t skip_separators(std::string_view s, std::size_t i, int max) {
  for (int n = 0; n < max && i < s.size(); ++n) {
    if (s[i] == ' ' || s[i] == '-' || s[i] == '.' || s[i] == '/' || s[i] == '_') ++i;
    else if (s.compare(i, 3, "\xE2\x80\x93") == 0) i += 3;
    else break;
  }
  return i;
}

bool sector_word_at(std::string_view s, std::size_t i) {
  if (i + 2 > s.size() || (s.compare(i, 2, "po") != 0 && s.compare(i, 2, "vo") != 0)) return false;
  return (i == 0 || !alnum(s[i - 1])) && (i + 2 == s.size() || !alnum(s[i + 2]));
}

struct Digits {
  int region = 0, serial = 0;
  std::size_t end = 0;
  bool contiguous = false;
};

// "23-01", "23.01", "2301", "23 - 1" at i; nullopt when the figures are not a code.
std::optional<Digits> read_digits(std::string_view s, std::size_t i) {
  if (i + 2 > s.size() || !digit(s[i]) || !digit(s[i + 1]) || (i > 0 && digit(s[i - 1]))) return std::nullopt;
  Digits d{(s[i] - '0') * 10 + (s[i + 1] - '0'), 0, 0, false};
  std::size_t j = skip_separators(s, i + 2, 3);
  d.contiguous = j == i + 2;
  if (j >= s.size() || !digit(s[j])) return std::nullopt;
  d.serial = s[j] - '0';
  ++j;
  if (j < s.size() && digit(s[j])) d.serial = d.serial * 10 + (s[j++] - '0');
  else if (d.contiguous) return std::nullopt;  // "PO 231" is no code
  if (j < s.size() && digit(s[j])) return std::nullopt;
  // "po 2014-2018": a year and a range, not region 20 serial 14.
  std::size_t k = skip_separators(s, j, 2);
  if (d.contiguous && d.region == 20 && k < s.size() && k > j && digit(s[k])) return std::nullopt;
  // "23-01-2014": a date.
  if (!d.contiguous && j < s.size() && (s[j] == '-' || s[j] == '.' || s[j] == '/') && j + 1 < s.size() && digit(s[j + 1]))
    return std::nullopt;
  if (d.region < 20 || d.region > 39 || d.serial < 1) return std::nullopt;
  d.end = j;
  return d;
}

// "swv", "samenwerkingsverband" or "code" shortly before position i: bare figures are a code.
bool code_context_before(std::string_view s, std::size_t i) {
  std::size_t from = i > 40 ? i - 40 : 0;
  std::string_view window = s.substr(from, i - from);
  return window.find("swv") != std::string_view::npos || window.find("samenwerkingsverband") != std::string_view::npos ||
         window.find("code") != std::string_view::npos || window.find("nummer") != std::string_view::npos;
}

std::optional<SwvCode> match_sector_first(std::string_view s, std::size_t i) {
  if (!sector_word_at(s, i)) return std::nullopt;
  auto d = read_digits(s, skip_separators(s, i + 2, 3));
  if (!d) return std::nullopt;
  return SwvCode{std::string(s.substr(i, 2)), d->region, d->serial, i, d->end};
}

// "23.01 po", "23-01 (po)", "23-01 - vo", or with no sector after a "samenwerkingsverband".
std::optional<SwvCode> match_digits_first(std::string_view s, std::size_t i) {
  auto d = read_digits(s, i);
  if (!d || d->contiguous || !code_context_before(s, i)) return std::nullopt;
  std::size_t j = d->end;
  while (j < s.size() && (s[j] == ' ' || s[j] == '(' || s[j] == '-')) ++j;
  if (sector_word_at(s, j)) {
    std::size_t end = j + 2;
    if (end < s.size() && s[end] == ')') ++end;
    return SwvCode{std::string(s.substr(j, 2)), d->region, d->serial, i, end};
  }
  return SwvCode{std::nullopt, d->region, d->serial, i, d->end};
}

}  // namespace

std::string SwvCode::normalised() const {
  char digits[8];
  std::snprintf(digits, sizeof digits, "%02d-%02d", region, serial);
  if (!sector) return digits;
  return (*sector == "po" ? "PO " : "VO ") + std::string(digits);
}

std::vector<SwvCode> scan_swv_codes(std::string_view text) {
  std::string lower = lower_ascii(text);
  std::vector<SwvCode> out;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    char c = lower[i];
    std::optional<SwvCode> m;
    if (c == 'p' || c == 'v') m = match_sector_first(lower, i);
    else if (digit(c)) m = match_digits_first(lower, i);
    if (!m) continue;
    out.push_back(*m);
    i = m->end - 1;
  }
  return out;
}

}  // namespace opcheck::analyse::detail
