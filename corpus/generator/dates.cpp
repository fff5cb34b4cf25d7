// Random numbers, calendar arithmetic and the written forms of dates. Which forms a date may
// take is decided by the phrasing it sits in (its `date_forms`), so forms follow the split.
#include "corpus/generator/dates.h"

#include <array>

namespace opcheck::corpus::detail {

std::uint64_t Rng::next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
int Rng::below(int n) { return n <= 1 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
int Rng::between(int lo, int hi) { return lo + below(hi - lo + 1); }
double Rng::uniform() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
bool Rng::chance(double p) { return uniform() < p; }

namespace {
constexpr std::array<int, 12> kMonthDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
const std::array<const char*, 12> kMonths{"januari", "februari", "maart", "april", "mei", "juni",
                                          "juli", "augustus", "september", "oktober", "november", "december"};
const std::array<const char*, 12> kMonthsShort{"jan.", "febr.", "mrt.", "apr.", "mei", "jun.",
                                               "jul.", "aug.", "sept.", "okt.", "nov.", "dec."};
const std::array<const char*, 7> kWeekdays{"zaterdag", "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int month_days(int y, int m) { return m == 2 && leap(y) ? 29 : kMonthDays[static_cast<size_t>(m - 1)]; }
std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
}  // namespace

int day_number(const Date& d) {
  int n = 0;
  for (int y = 2000; y < d.y; ++y) n += leap(y) ? 366 : 365;
  for (int m = 1; m < d.m; ++m) n += month_days(d.y, m);
  return n + d.d - 1;
}

Date add_days(const Date& d, int days) {
  Date r = d;
  r.d += days;
  while (r.d > month_days(r.y, r.m)) {
    r.d -= month_days(r.y, r.m);
    if (++r.m > 12) { r.m = 1; ++r.y; }
  }
  while (r.d < 1) {
    if (--r.m < 1) { r.m = 12; --r.y; }
    r.d += month_days(r.y, r.m);
  }
  return r;
}

std::string iso(const Date& d, const std::string& precision) {
  if (precision == "year") return std::to_string(d.y);
  if (precision == "month") return std::to_string(d.y) + "-" + two(d.m);
  return std::to_string(d.y) + "-" + two(d.m) + "-" + two(d.d);
}

std::string write_date(const Date& d, const std::string& form) {
  const std::string month = kMonths[static_cast<size_t>(d.m - 1)];
  if (form == "month") return month + " " + std::to_string(d.y);
  if (form == "dashed") return two(d.d) + "-" + two(d.m) + "-" + std::to_string(d.y);
  if (form == "short_month") return std::to_string(d.d) + " " + kMonthsShort[static_cast<size_t>(d.m - 1)] + " " + std::to_string(d.y);
  if (form == "slash") return std::to_string(d.d) + "/" + std::to_string(d.m) + "/'" + std::to_string(d.y % 100);
  if (form == "dd") return "d.d. " + std::to_string(d.d) + " " + month;
  if (form == "dotted") return two(d.d) + "." + two(d.m) + "." + std::to_string(d.y);
  if (form == "weekday") return std::string(kWeekdays[static_cast<size_t>(day_number(d) % 7)]) + " " + std::to_string(d.d) + " " + month + " " + std::to_string(d.y);
  return std::to_string(d.d) + " " + month + " " + std::to_string(d.y);
}

namespace {
std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) s.replace(pos, from.size(), to);
  return s;
}
}  // namespace

std::string fill_date(std::string text, const std::string& written, const std::string& precision) {
  if (precision == "month") {
    // "op maart 2014" is not Dutch; a month-only date reads "in maart 2014".
    text = replace_all(text, "op {datum}", "in " + written);
    text = replace_all(text, "d.d. {datum}", "in " + written);
    text = replace_all(text, "per {datum}", "in " + written);
  }
  if (written.rfind("d.d. ", 0) == 0) {
    text = replace_all(text, "d.d. {datum}", written);
    text = replace_all(text, "op {datum}", written);
  }
  return replace_all(text, "{datum}", written);
}

std::string replace_placeholder(std::string text, const std::string& key, const std::string& value) {
  return replace_all(std::move(text), key, value);
}

}  // namespace opcheck::corpus::detail
