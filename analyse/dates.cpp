// Dutch date finder (see dates.h). A left-to-right byte scanner: at each token start it tries a
// numeric chain (digit groups joined by - / .), a day + month name, or a month name + year.
// Whole digit chains are consumed at once so a date is never found inside a longer number.
#include "analyse/dates.h"

#include "analyse/detail/date_words.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

namespace opcheck::analyse {
namespace {

struct MonthName {
  std::string_view text;
  int month;
  bool abbreviation;  // may be followed by a '.' that belongs to the mention
};

constexpr std::array<MonthName, 25> kMonths{{
    {"januari", 1, false}, {"februari", 2, false}, {"maart", 3, false}, {"april", 4, false},
    {"mei", 5, false}, {"juni", 6, false}, {"juli", 7, false}, {"augustus", 8, false},
    {"september", 9, false}, {"oktober", 10, false}, {"november", 11, false},
    {"december", 12, false}, {"jan", 1, true}, {"febr", 2, true}, {"feb", 2, true},
    {"mrt", 3, true}, {"apr", 4, true}, {"jun", 6, true}, {"jul", 7, true}, {"aug", 8, true},
    {"sept", 9, true}, {"sep", 9, true}, {"okt", 10, true}, {"nov", 11, true},
    {"dec", 12, true},
}};

constexpr std::array<std::string_view, 7> kWeekdays{
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Decodes the UTF-8 code point starting at `pos`; `len` gets its byte length (1 for bad bytes).
char32_t decode_at(std::string_view s, std::size_t pos, std::size_t& len) {
  auto b = static_cast<unsigned char>(s[pos]);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (pos + n > s.size()) n = 1;
  char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
  for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3Fu);
  len = n;
  return cp;
}

char32_t decode_before(std::string_view s, std::size_t pos) {
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t len = 0;
  return decode_at(s, start, len);
}

// Letters and digits of any script count as word characters; Latin-1 punctuation (NBSP, «, »),
// general punctuation (dashes, quotes) and currency signs do not.
bool is_word_cp(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c <= 0xBF || c == 0xD7 || c == 0xF7) return false;
  if ((c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF)) return false;
  return c != 0x3000 && c != 0xFEFF;
}

bool word_before(std::string_view s, std::size_t pos) { return pos > 0 && is_word_cp(decode_before(s, pos)); }

bool word_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return false;
  std::size_t len = 0;
  return is_word_cp(decode_at(s, pos, len));
}

// Spaces inside one date: blanks, line breaks (a date may wrap) and no-break spaces; a page
// break (\f) ends it.
std::size_t skip_spaces(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    std::size_t len = 0;
    char32_t c = decode_at(s, pos, len);
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0xA0 && c != 0x202F && c != 0x2009) break;
    pos += len;
  }
  return pos;
}

// Apostrophe (ASCII or typographic ’) starting at pos: its byte length, else 0.
std::size_t apostrophe_at(std::string_view s, std::size_t pos) {
  if (pos < s.size() && s[pos] == '\'') return 1;
  if (s.substr(pos, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

// A dash of any kind (-, en dash, em dash) or slash at pos: its byte length, else 0.
std::size_t range_mark_at(std::string_view s, std::size_t pos) {
  if (pos < s.size() && (s[pos] == '-' || s[pos] == '/')) return 1;
  if (s.substr(pos, 3) == "\xE2\x80\x93" || s.substr(pos, 3) == "\xE2\x80\x94") return 3;
  return 0;
}

bool starts_with_ci(std::string_view s, std::size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (lower(s[pos + i]) != word[i]) return false;
  return true;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Year 0 (unknown) allows 29 February.
bool valid_day(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  int max = kDays[static_cast<std::size_t>(month - 1)];
  if (month == 2 && (year == 0 || is_leap(year))) max = 29;
  return day <= max;
}

int two_digit_year(int yy) { return yy <= 49 ? 2000 + yy : 1900 + yy; }
bool plausible_year(int year) { return year >= 1900 && year <= 2099; }

struct MonthMatch {
  int month = 0;
  std::size_t end = 0;  // after the name and an abbreviation's period
};

std::optional<MonthMatch> match_month(std::string_view s, std::size_t pos) {
  for (const auto& name : kMonths) {
    if (!starts_with_ci(s, pos, name.text)) continue;
    std::size_t end = pos + name.text.size();
    if (word_at(s, end)) continue;
    if (name.abbreviation && end < s.size() && s[end] == '.') ++end;
    return MonthMatch{name.month, end};
  }
  return std::nullopt;
}

enum class YearKind { absent, found, reject };
struct YearMatch {
  YearKind kind = YearKind::absent;
  int year = 0;
  std::size_t end = 0;
};

// What follows a year must not continue it into a number (2014.000, 2014,50) or a period
// (2014-2018, 2014–2015, 2014/15).
bool year_continues(std::string_view s, std::size_t end) {
  if (end >= s.size()) return false;
  if (word_at(s, end)) return true;
  std::size_t mark = range_mark_at(s, end);
  if (mark == 0 && (s[end] == '.' || s[end] == ',')) mark = 1;
  return mark > 0 && end + mark < s.size() && is_digit(s[end + mark]);
}

// A year token at pos: `2014`, `'14` or `’14`.
YearMatch match_year(std::string_view s, std::size_t pos) {
  std::size_t apo = apostrophe_at(s, pos);
  std::size_t digits_at = pos + apo;
  std::size_t n = 0;
  while (digits_at + n < s.size() && is_digit(s[digits_at + n])) ++n;
  if ((apo > 0 && n != 2) || (apo == 0 && n != 4)) return {};
  int value = std::stoi(std::string(s.substr(digits_at, n)));
  int year = apo > 0 ? two_digit_year(value) : value;
  if (!plausible_year(year)) return {};
  std::size_t end = digits_at + n;
  if (year_continues(s, end)) return {YearKind::reject, 0, end};
  return {YearKind::found, year, end};
}

class Scanner {
 public:
  Scanner(std::string_view text, std::optional<int> context_year) : s_(text), context_year_(context_year) {}

  std::vector<DateMention> run() {
    std::vector<DateMention> found;
    std::size_t pos = 0;
    while (pos < s_.size()) {
      std::size_t resume = pos;
      if (auto mention = try_at(pos, resume)) {
        found.push_back(*mention);
        resume = mention->offset + mention->length;
      }
      resume = std::max(resume, rejected_end_);
      if (resume <= pos) {
        std::size_t len = 0;
        decode_at(s_, pos, len);
        resume = pos + len;
      }
      pos = resume;
    }
    return found;
  }

 private:
  std::string_view s_;
  std::optional<int> context_year_;
  std::size_t rejected_end_ = 0;  // end of an impossible date, so no part of it is reported

  std::optional<DateMention> try_at(std::size_t pos, std::size_t& resume) {
    if (is_digit(s_[pos])) return try_digits(pos, resume);
    if (word_before(s_, pos) || !word_at(s_, pos)) return std::nullopt;
    std::size_t word_end = pos;
    while (word_at(s_, word_end)) {
      std::size_t len = 0;
      decode_at(s_, word_end, len);
      word_end += len;
    }
    resume = word_end;
    const std::size_t day_at = skip_weekday(pos).value_or(pos);
    if (day_at < s_.size() && is_digit(s_[day_at])) {
      if (auto mention = day_month(day_at, pos)) return mention;
    }
    if (auto day_word = detail::day_word_at(s_, day_at)) {
      if (auto mention = month_after_day(day_word->value, day_word->end, pos)) return mention;
    }
    return month_year(pos);
  }

  // After `woensdag` / `Woensdag,` and the spaces: the position of what follows, if it was a weekday.
  std::optional<std::size_t> skip_weekday(std::size_t pos) const {
    for (auto day : kWeekdays) {
      if (!starts_with_ci(s_, pos, day) || word_at(s_, pos + day.size())) continue;
      std::size_t p = pos + day.size();
      if (p < s_.size() && s_[p] == ',') ++p;
      std::size_t q = skip_spaces(s_, p);
      if (q == p) return std::nullopt;
      return q;
    }
    return std::nullopt;
  }

  struct Chain {
    std::vector<std::string_view> groups;
    std::string seps;
    bool apostrophe = false;  // before the last group
    std::size_t end = 0;
  };

  // `versie 1.2.2014`, `v. 3.1.14`: numbers after a version word are never dates.
  bool after_version_word(std::size_t pos) const {
    std::size_t end = pos;
    while (end > 0 && (s_[end - 1] == ' ' || s_[end - 1] == '.')) --end;
    std::size_t start = end;
    while (start > 0 && ((s_[start - 1] >= 'a' && s_[start - 1] <= 'z') || (s_[start - 1] >= 'A' && s_[start - 1] <= 'Z'))) --start;
    std::string word;
    for (std::size_t i = start; i < end; ++i) word += lower(s_[i]);
    return word == "v" || word == "versie" || word == "version" || word == "release";
  }

  Chain read_chain(std::size_t pos) const {
    Chain chain;
    std::size_t p = pos;
    while (true) {
      std::size_t start = p;
      while (p < s_.size() && is_digit(s_[p])) ++p;
      chain.groups.push_back(s_.substr(start, p - start));
      if (chain.apostrophe || p + 1 >= s_.size()) break;
      char sep = s_[p];
      if (sep != '-' && sep != '/' && sep != '.') break;
      std::size_t apo = apostrophe_at(s_, p + 1);
      if (p + 1 + apo >= s_.size() || !is_digit(s_[p + 1 + apo])) break;
      chain.seps.push_back(sep);
      chain.apostrophe = apo > 0;
      p += 1 + apo;
    }
    chain.end = p;
    return chain;
  }

  // OCR of a letter-spaced numeric date: "2 6 - 0 3 - 2 0 1 4", "1 8 - 0 3 - ' 1 4". Every token one digit or one
  // separator, single spaces between; read as the chain the tokens spell together. A spaced run
  // that spells no date is skipped whole, so that no part of it ("4 - 0 3 - 2 0 1 4") is read.
  std::optional<DateMention> spaced_digits(std::size_t pos, std::size_t& resume) const {
    std::string compact;
    std::size_t end = pos;
    for (std::size_t p = pos; p < s_.size(); p += 2) {
      const char c = s_[p];
      if (!is_digit(c) && c != '-' && c != '/' && c != '.' && c != '\'') break;
      if (p + 1 < s_.size() && (is_digit(s_[p + 1]) || word_at(s_, p + 1))) break;
      compact += c;
      if (is_digit(c)) end = p + 1;
      if (p + 1 == s_.size() || s_[p + 1] != ' ') break;
    }
    while (!compact.empty() && !is_digit(compact.back())) compact.pop_back();
    if (compact.size() < 8) return std::nullopt;
    resume = end;
    std::size_t inner = 0;
    auto mention = Scanner(compact, context_year_).try_digits(0, inner);
    if (!mention || mention->length != compact.size()) return std::nullopt;
    return DateMention{pos, end - pos, mention->value, false};
  }

  std::optional<DateMention> try_digits(std::size_t pos, std::size_t& resume) {
    Chain chain = read_chain(pos);
    resume = chain.end;
    if (word_before(s_, pos) || (pos > 0 && s_[pos - 1] == '+') || after_version_word(pos)) return std::nullopt;
    if (chain.groups.size() == 1 && chain.groups[0].size() == 1 && pos + 1 < s_.size() && s_[pos + 1] == ' ')
      if (auto spaced = spaced_digits(pos, resume)) return spaced;
    if (chain.groups.size() == 1) return chain.groups[0].size() <= 2 ? day_month(pos, pos) : std::nullopt;
    if (chain.groups.size() != 3 || chain.seps[0] != chain.seps[1]) return std::nullopt;
    if (word_at(s_, chain.end)) return std::nullopt;
    if (chain.end + 1 < s_.size() && s_[chain.end] == ',' && is_digit(s_[chain.end + 1])) return std::nullopt;
    auto value = numeric_value(chain);
    if (!value) return std::nullopt;
    return DateMention{pos, chain.end - pos, *value, false};
  }

  // d-m-yyyy, d/m/yy, d/m/'yy, d.m.yyyy, yyyy-m-d, yyyy/m/d. Two-digit years need an
  // apostrophe or a dash/slash: dotted short forms are mostly version or section numbers.
  static std::optional<DateValue> numeric_value(const Chain& chain) {
    auto num = [](std::string_view g) { return std::stoi(std::string(g)); };
    const auto& g = chain.groups;
    char sep = chain.seps[0];
    DateValue v;
    if (g[0].size() == 4 && !chain.apostrophe && sep != '.' && g[1].size() <= 2 && g[2].size() <= 2) {
      v = {num(g[0]), num(g[1]), num(g[2]), Precision::day};
    } else if (g[0].size() <= 2 && g[1].size() <= 2 && (g[2].size() == 4 || g[2].size() == 2)) {
      bool short_year = g[2].size() == 2;
      if (chain.apostrophe && !short_year) return std::nullopt;
      if (short_year && !chain.apostrophe && sep == '.') return std::nullopt;
      int year = short_year ? two_digit_year(num(g[2])) : num(g[2]);
      v = {year, num(g[1]), num(g[0]), Precision::day};
    } else {
      return std::nullopt;
    }
    if (!plausible_year(v.year) || !valid_day(v.year, v.month, v.day)) return std::nullopt;
    return v;
  }

  // `12 maart 2014`, `1e april`, `12 mrt. '14`, `12 maart` (year from context); `start` is where
  // the mention begins (a weekday before the day, or the day itself).
  std::optional<DateMention> day_month(std::size_t day_pos, std::size_t start) {
    std::size_t p = day_pos;
    while (p < s_.size() && is_digit(s_[p]) && p - day_pos < 3) ++p;
    if (p - day_pos > 2) return std::nullopt;
    int day = std::stoi(std::string(s_.substr(day_pos, p - day_pos)));
    // OCR of a letter-spaced date splits the day's digits ("1 8 maart 2014"): two single digits
    // before a month name are one day, since Dutch never writes two bare days so.
    if (p - day_pos == 1 && day >= 1 && day <= 3 && p + 2 < s_.size() && s_[p] == ' ' && is_digit(s_[p + 1]) &&
        !is_digit(s_[p + 2]) && !word_at(s_, p + 2) && day * 10 + (s_[p + 1] - '0') <= 31) {
      day = day * 10 + (s_[p + 1] - '0');
      p += 2;
    }
    for (std::string_view suffix : {"ste", "de", "e"}) {
      if (starts_with_ci(s_, p, suffix) && !word_at(s_, p + suffix.size())) {
        p += suffix.size();
        break;
      }
    }
    return month_after_day(day, p, start);
  }

  // The month name (and year) after a day that ends at `p`, in digits or in words.
  std::optional<DateMention> month_after_day(int day, std::size_t p, std::size_t start) {
    if (word_at(s_, p)) return std::nullopt;
    std::size_t q = skip_spaces(s_, p);
    auto month = q > p ? match_month(s_, q) : std::nullopt;
    if (!month) return std::nullopt;
    YearMatch year = year_after_month(month->end);
    if (year.kind == YearKind::reject) return std::nullopt;
    DateMention m{start, month->end - start, {year.year, month->month, day, Precision::day}, false};
    if (year.kind == YearKind::found) {
      m.length = year.end - start;
    } else if (context_year_) {
      m.value.year = *context_year_;
      m.year_inferred = true;
    }
    if (!valid_day(m.value.year, m.value.month, m.value.day)) {
      rejected_end_ = start + m.length;
      return std::nullopt;
    }
    return m;
  }

  // The year after a month name: digits ("2014", "'14") or words ("tweeduizendveertien").
  YearMatch year_after_month(std::size_t month_end) const {
    std::size_t q = skip_spaces(s_, month_end);
    YearMatch year = match_year(s_, q);
    if (year.kind != YearKind::absent || q == month_end) return year;
    if (auto word = detail::year_word_at(s_, q)) return {YearKind::found, word->value, word->end};
    return {};
  }

  // `maart 2014`, `mrt. '14`: a month without a day needs a year to be a date at all, unless a
  // word of time puts it in the text's year ("begin maart", "in februari").
  std::optional<DateMention> month_year(std::size_t pos) const {
    auto month = match_month(s_, pos);
    if (!month) return std::nullopt;
    YearMatch year = year_after_month(month->end);
    if (year.kind == YearKind::found)
      return DateMention{pos, year.end - pos, {year.year, month->month, 0, Precision::month}, false};
    if (!context_year_ || year.kind == YearKind::reject || !after_time_word(pos)) return std::nullopt;
    return DateMention{pos, month->end - pos, {*context_year_, month->month, 0, Precision::month}, true};
  }

  // "begin maart", "eind februari", "half april", "medio mei", "in maart": a time in the month.
  // Analysts read "In maart heeft de OPR ingestemd" as March of the plan's year; whether a
  // sentence states an event or a habit ("in maart vergadert de raad") is the event reader's call.
  bool after_time_word(std::size_t pos) const {
    std::size_t end = pos;
    while (end > 0 && s_[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(s_[begin - 1]))) --begin;
    if (begin == end || end == pos) return false;
    std::string word(s_.substr(begin, end - begin));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (word == "begin" || word == "eind" || word == "half" || word == "medio" || word == "halverwege" || word == "in")
      return true;
    // "in zijn vergadering van april": the meeting of a month.
    return word == "van" && std::string_view(s_.substr(0, begin)).ends_with("vergadering ");
  }
};

}  // namespace

std::string_view to_string(Precision precision) {
  switch (precision) {
    case Precision::day: return "day";
    case Precision::month: return "month";
    case Precision::year: return "year";
  }
  return "day";
}

std::string to_iso(const DateValue& value) {
  char buf[32];
  std::string year = value.year > 0 ? std::to_string(value.year) : std::string("-");
  if (value.year > 0 && value.year < 1000) {
    std::snprintf(buf, sizeof buf, "%04d", value.year);
    year = buf;
  }
  if (value.precision == Precision::year) return year;
  std::snprintf(buf, sizeof buf, "-%02d", value.month);
  std::string out = year + buf;
  if (value.precision == Precision::month) return out;
  std::snprintf(buf, sizeof buf, "-%02d", value.day);
  return out + buf;
}

namespace {

// The bare day number that ends text[0, end) after a joiner ("3 en", "3,", "3 respectievelijk"),
// if any: its start. "op 3 en 12 maart" names two dates with one month.
std::optional<std::size_t> elided_day_before(std::string_view s, std::size_t end) {
  std::size_t p = end;
  while (p > 0 && s[p - 1] == ' ') --p;
  bool joined = false;
  for (std::string_view joiner : {"respectievelijk", "en", "of", ","}) {
    if (p >= joiner.size() && s.substr(p - joiner.size(), joiner.size()) == joiner &&
        (joiner == "," || !word_before(s, p - joiner.size()))) {
      p -= joiner.size();
      joined = true;
      break;
    }
  }
  if (!joined) return std::nullopt;
  while (p > 0 && s[p - 1] == ' ') --p;
  std::size_t digits_end = p;
  while (p > 0 && is_digit(s[p - 1]) && digits_end - p < 3) --p;
  if (digits_end == p || digits_end - p > 2 || word_before(s, p) || (p > 0 && (s[p - 1] == '.' || s[p - 1] == ',')))
    return std::nullopt;
  return p;
}

// Adds the elided days before each day-and-month-name date, in text order.
void add_elided_days(std::string_view s, std::vector<DateMention>& found) {
  std::vector<DateMention> extra;
  for (const DateMention& m : found) {
    if (m.value.precision != Precision::day || m.offset >= s.size() || !is_digit(s[m.offset])) continue;
    std::size_t end = m.offset;
    while (auto start = elided_day_before(s, end)) {
      std::size_t digits_end = *start;
      while (digits_end < s.size() && is_digit(s[digits_end])) ++digits_end;
      DateMention d = m;
      d.offset = *start;
      d.length = digits_end - *start;
      d.value.day = std::stoi(std::string(s.substr(*start, d.length)));
      if (d.value.day < 1 || !valid_day(d.value.year, d.value.month, d.value.day)) break;
      bool taken = std::any_of(found.begin(), found.end(), [&](const DateMention& f) {
        return f.offset <= d.offset && d.offset < f.offset + f.length;
      });
      if (taken) break;
      extra.push_back(d);
      end = *start;
    }
  }
  if (extra.empty()) return;
  found.insert(found.end(), extra.begin(), extra.end());
  std::sort(found.begin(), found.end(), [](const DateMention& a, const DateMention& b) { return a.offset < b.offset; });
}

}  // namespace

std::vector<DateMention> find_dates(std::string_view text, std::optional<int> context_year) {
  auto found = Scanner(text, context_year).run();
  add_elided_days(text, found);
  return found;
}

}  // namespace opcheck::analyse
