// The day of writing of a letter, e-mail or newsletter ("Nieuwsbrief voor ouders - 10 april
// 2014", "Verzonden: vrijdag 21 maart 2014") and what it decides: days named relative to it
// ("gisteravond", "vorige maand", "maandag jl."), "jl." across the turn of the year, and acts
// dated after it, which are still to come.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include <vector>

#include "analyse/analyse.h"
#include "analyse/dates.h"
#include "analyse/detail/procedure_dating.h"

namespace opcheck::analyse::detail {

struct WrittenOn {
  DateMention date;
  std::size_t block = 0, begin = 0, end = 0;  // the line within its block
};

// The day `lower` (a lower-cased sentence) names relative to `written`, the day of writing, if
// it names one: yesterday, today, last month (month precision), last Monday.
std::optional<DateValue> day_from_writing(std::string_view lower, const DateValue& written);

// Whether `lower` names a day relative to the day of writing at all (cheap: no date needed).
bool names_day_of_writing(std::string_view lower);

// A newsletter's or bulletin's dated opening line: the first line of block `i` or of the
// section's first block, when it ends in a full date with its year.
std::optional<WrittenOn> dated_opening(const Section& section, std::size_t i, std::optional<int> year);

// A status report's or newsletter's dated first line ("Stand van zaken april 2014",
// "Nieuwsbrief voor ouders, april 2014"): the day or month of writing.
std::optional<WrittenOn> status_opening(const Section& section, std::optional<int> year);

// "na het overleg van maandag 16 december jl." in a letter of 8 januari 2014: "jl."
// (laatstleden) points back from the letter's date, so a day written without a year that would
// fall after that date lies a year earlier. `sentence` holds the claim's date offsets.
void move_before_the_letter(Claim& claim, std::string_view sentence, const DateValue& letter);

// The day block `i` was written: its letter's date line (when `letter`) or a newsletter's dated
// heading; never a line that dates an event itself ("Instemming OPR: 3-3-2014").
std::optional<DateValue> day_of_writing(const Section& section, std::size_t i, bool letter, const Dater& dater,
                                        std::optional<int> year);

// "Het bestuur stelt het plan vast op 14 april" in an e-mail of 3 april, "eind maart" in a
// newsletter of 14 maart: what the claims from `first` on date after the day of writing (or in
// its month, told in the present) is still to come.
void announce_after(std::vector<Found>& found, std::size_t first, const DateValue& written);

}  // namespace opcheck::analyse::detail
