// Number words of Dutch dates (see date_words.h). The words are generated once from their
// parts, so the ordinals and the "-en-" compounds follow Dutch spelling rules instead of a list.
#include "analyse/detail/date_words.h"

#include <array>
#include <string>
#include <unordered_map>

namespace opcheck::analyse::detail {
namespace {

constexpr std::array<std::string_view, 10> kUnits{"",     "een",  "twee",  "drie", "vier",
                                                  "vijf", "zes",  "zeven", "acht", "negen"};
constexpr std::array<std::string_view, 10> kTeens{"tien",     "elf",       "twaalf",   "dertien",   "veertien",
                                                  "vijftien", "zestien",   "zeventien", "achttien", "negentien"};
constexpr std::array<std::string_view, 10> kTens{"", "", "twintig", "dertig", "veertig",
                                                 "vijftig", "zestig", "zeventig", "tachtig", "negentig"};

// 1..99 as words; the diaeresis of "tweeëntwintig" is folded to plain e by read_word.
std::string cardinal(int n) {
  if (n < 10) return std::string(kUnits[static_cast<std::size_t>(n)]);
  if (n < 20) return std::string(kTeens[static_cast<std::size_t>(n - 10)]);
  std::string tens(kTens[static_cast<std::size_t>(n / 10)]);
  return n % 10 == 0 ? tens : std::string(kUnits[static_cast<std::size_t>(n % 10)]) + "en" + tens;
}

// Dutch ordinals: eerste, derde, achtste are irregular; from twenty on "-ste", below "-de".
std::string ordinal(int n) {
  if (n == 1) return "eerste";
  if (n == 3) return "derde";
  if (n == 8) return "achtste";
  return cardinal(n) + (n >= 20 ? "ste" : "de");
}

struct Tables {
  std::unordered_map<std::string, int> days;       // cardinals and ordinals 1..31
  std::unordered_map<std::string, int> cardinals;  // 1..99, for the years
  Tables() {
    for (int n = 1; n <= 99; ++n) cardinals.emplace(cardinal(n), n);
    for (int n = 1; n <= 31; ++n) {
      if (n > 1) days.emplace(cardinal(n), n);
      days.emplace(ordinal(n), n);
    }
  }
};

const Tables& tables() {
  static const Tables instance;
  return instance;
}

// The letters of the word at pos, lower-cased, with ë/Ë folded to e; `end` gets its end.
std::string read_word(std::string_view s, std::size_t pos, std::size_t& end) {
  std::string word;
  std::size_t p = pos;
  while (p < s.size()) {
    const char c = s[p];
    if (c >= 'a' && c <= 'z') {
      word += c;
      ++p;
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
      ++p;
    } else if (s.substr(p, 2) == "\xC3\xAB" || s.substr(p, 2) == "\xC3\x8B") {
      word += 'e';
      p += 2;
    } else {
      break;
    }
  }
  end = p;
  return word;
}

std::optional<int> lookup(const std::unordered_map<std::string, int>& table, const std::string& word) {
  auto it = table.find(word);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::optional<NumberWord> day_word_at(std::string_view s, std::size_t pos) {
  std::size_t end = pos;
  const std::string word = read_word(s, pos, end);
  if (word.size() < 3 || (end < s.size() && static_cast<unsigned char>(s[end]) >= 0x80)) return std::nullopt;
  auto value = lookup(tables().days, word);
  if (!value) return std::nullopt;
  return NumberWord{*value, end};
}

std::optional<NumberWord> year_word_at(std::string_view s, std::size_t pos) {
  static constexpr std::string_view kThousands = "tweeduizend";
  std::size_t end = pos;
  const std::string word = read_word(s, pos, end);
  if (!std::string_view(word).starts_with(kThousands)) return std::nullopt;
  if (word.size() > kThousands.size()) {
    auto rest = lookup(tables().cardinals, word.substr(kThousands.size()));
    if (!rest) return std::nullopt;
    return NumberWord{2000 + *rest, end};
  }
  // "tweeduizend veertien", "tweeduizend-veertien": the tens may stand apart.
  std::size_t next = end;
  if (next < s.size() && (s[next] == ' ' || s[next] == '-')) ++next;
  std::size_t rest_end = next;
  const std::string rest_word = next > end ? read_word(s, next, rest_end) : std::string();
  if (auto rest = lookup(tables().cardinals, rest_word))
    if (rest_end >= s.size() || static_cast<unsigned char>(s[rest_end]) < 0x80) return NumberWord{2000 + *rest, rest_end};
  return NumberWord{2000, end};
}

}  // namespace opcheck::analyse::detail
