// Dutch date mentions in running text: finds `12 maart 2014`, `12-03-2014`, `12/3/'14`,
// `d.d. 12 maart`, `maart 2014`, `2014-03-12` and kin, with exact byte spans, and rejects
// what only looks like a date (impossible days, phone numbers, amounts, ranges, versions).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace opcheck::analyse {

enum class Precision { day, month, year };

// A calendar date known to `precision`; month/day are 0 when unknown, year 0 when the text
// gave no year and no context year was available.
struct DateValue {
  int year = 0;
  int month = 0;
  int day = 0;
  Precision precision = Precision::day;
  bool operator==(const DateValue&) const = default;
};

// "2014-03-12", "2014-03" or "2014" by precision. A date without a known year (year 0)
// gives the ISO 8601 year-less forms "--03-12" / "--03".
std::string to_iso(const DateValue& value);

// "day", "month", "year" (the report contract's words).
std::string_view to_string(Precision precision);

struct DateMention {
  std::size_t offset = 0;      // byte offset of the mention in the text
  std::size_t length = 0;      // bytes; covers a weekday prefix and an abbreviation's period,
                               // not a preceding "d.d." or "op"
  DateValue value;
  bool year_inferred = false;  // true when the year was not in the text but taken from the
                               // context year; false with year 0 when there was no context
};

// Every date mention in UTF-8 `text`, in order of offset. `context_year` (the plan's year)
// completes day-and-month mentions such as `d.d. 12 maart`; a missing day is never invented
// (`maart 2014` has precision month). Bare years (`in 2014`) are not reported: in plans they
// are nearly always periods, budget columns or school years, not dates of an event.
std::vector<DateMention> find_dates(std::string_view text, std::optional<int> context_year);

}  // namespace opcheck::analyse
