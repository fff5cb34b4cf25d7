// Days named relative to the day of writing: "gisteravond", "vandaag", "vorige maand",
// "maandag jl." in a letter, e-mail or newsletter, and the dated line that says when it was
// written ("Nieuwsbrief voor ouders - 10 april 2014", "Verzonden: vrijdag 21 maart 2014").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "analyse/analyse.h"
#include "analyse/dates.h"

namespace opcheck::analyse::detail {

struct WrittenOn {
  DateMention date;
  std::size_t block = 0, begin = 0, end = 0;  // the line within its block
};

// The day `lower` (a lower-cased sentence) names relative to `written`, the day of writing, if
// it names one: yesterday, today, last month (month precision), last Monday.
std::optional<DateValue> day_from_writing(std::string_view lower, const DateValue& written);

// A newsletter's or bulletin's dated opening line: the first line of block `i` or of the
// section's first block, when it ends in a full date with its year.
std::optional<WrittenOn> dated_opening(const Section& section, std::size_t i, std::optional<int> year);

}  // namespace opcheck::analyse::detail
