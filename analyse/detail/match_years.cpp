// Year spans in budget text, read by a small scanner (no regex: this runs on every budget row).
#include "analyse/detail/match_years.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace opcheck::analyse::detail {
namespace {

struct YearAt {
  int year = 0;
  std::size_t begin = 0, end = 0;
};

bool digit(char c) { return c >= '0' && c <= '9'; }

bool is_date_separator(char c) { return c == '-' || c == '/'; }

// "... maart ": the word before is a month's name.
bool ends_with_month(std::string_view before) {
  static constexpr std::array<std::string_view, 12> kMonths{"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                            "juli",    "augustus", "september", "oktober", "november", "december"};
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const std::size_t start = before.find_last_of(' ') == std::string_view::npos ? 0 : before.find_last_of(' ') + 1;
  std::string word(before.substr(start));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kMonths.begin(), kMonths.end(), word) != kMonths.end();
}

// "01-10-", "1/10/": a day and month in digits.
bool ends_with_day_and_month(std::string_view before) {
  std::size_t k = before.size();
  if (k == 0 || !is_date_separator(before[k - 1])) return false;
  std::size_t digits = 0;
  for (--k; k > 0 && digits < 2 && digit(before[k - 1]); --k) ++digits;
  return digits > 0 && k > 0 && is_date_separator(before[k - 1]);
}

// "1 oktober 2013", "maart 2014", "01-10-2013": the year of a date names a day or a month (a
// count date, the day figures were published), not a year the budget covers.
bool year_of_a_date(std::string_view text, std::size_t at) {
  const std::string_view before = text.substr(0, at);
  return ends_with_month(before) || ends_with_day_and_month(before);
}

std::vector<YearAt> find_years(std::string_view text) {
  std::vector<YearAt> out;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((i > 0 && (digit(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')) || !digit(text[i])) continue;
    if (year_of_a_date(text, i)) continue;
    std::size_t j = i;
    while (j < text.size() && digit(text[j])) ++j;
    if (j - i != 4 || (j < text.size() && (text[j] == '.' || text[j] == ',') && j + 1 < text.size() && digit(text[j + 1])))
      continue;
    const int year = std::stoi(std::string(text.substr(i, 4)));
    if (year >= 1990 && year <= 2060) out.push_back(YearAt{year, i, j});
    i = j;
  }
  return out;
}

std::string squeeze(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += c;
  return out;
}

bool is_dash(const std::string& s) { return s == "-" || s == "/" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94"; }
bool is_through(const std::string& s) {
  return s == "t/m" || s == "totenmet" || s == "tot" || s == "t.e.m." || s == "tem" || is_dash(s);
}

}  // namespace

std::set<int> covered_years(std::string_view text) {
  const auto years = find_years(text);
  std::set<int> out;
  int range_from = 0;  // first year of a "from ... through" range waiting for its end
  for (std::size_t i = 0; i < years.size(); ++i) {
    int year = years[i].year;
    std::string after = i + 1 < years.size() ? squeeze(text.substr(years[i].end, years[i + 1].begin - years[i].end)) : "";
    // A school year "2014-2015" or "2014/2015" counts as its first year.
    if (is_dash(after) && years[i + 1].year == year + 1) {
      ++i;
      after = i + 1 < years.size() ? squeeze(text.substr(years[i].end, years[i + 1].begin - years[i].end)) : "";
    }
    if (range_from) {
      for (int y = range_from; y <= year; ++y) out.insert(y);
      range_from = 0;
    }
    out.insert(year);
    if (is_through(after) && i + 1 < years.size() && years[i + 1].year > year) range_from = year;
  }
  return out;
}

bool written_as_school_year(std::string_view text, int year) {
  const auto years = find_years(text);
  for (std::size_t i = 0; i + 1 < years.size(); ++i)
    if (years[i].year == year && years[i + 1].year == year + 1 &&
        is_dash(squeeze(text.substr(years[i].end, years[i + 1].begin - years[i].end))))
      return true;
  return false;
}

std::string describe_years(const std::set<int>& years, bool school_year) {
  if (years.empty()) return "één jaar";
  const int first = *years.begin(), last = *years.rbegin();
  if (first == last) return school_year ? std::to_string(first) + "-" + std::to_string(first + 1) : std::to_string(first);
  return std::to_string(first) + "-" + std::to_string(last);
}

}  // namespace opcheck::analyse::detail
