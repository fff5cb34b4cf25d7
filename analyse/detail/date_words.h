// Dates written out in words, as formal letters and signed adoption pages sometimes have them:
// "achttien maart tweeduizendveertien", "de eenendertigste maart", "op drieëntwintig april".
// Only the day and the year are words here; the month names stay with the date scanner.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace opcheck::analyse::detail {

struct NumberWord {
  int value = 0;
  std::size_t end = 0;  // byte offset just after the number word(s)
};

// A day of the month written as one word at `pos` (cardinal or ordinal, 1 to 31), with or
// without the diaeresis ("tweeëntwintig", "tweeentwintig"). The bare cardinal "een" is left out:
// "een maart-vergadering" is an article, never the first of March.
std::optional<NumberWord> day_word_at(std::string_view s, std::size_t pos);

// A year from 2000 to 2099 written out: "tweeduizendveertien", "tweeduizend veertien",
// "tweeduizend-dertien", "tweeduizend".
std::optional<NumberWord> year_word_at(std::string_view s, std::size_t pos);

}  // namespace opcheck::analyse::detail
