// Whether a sentence states a figure: a number that is not a year, a percentage, or a number
// word ("tot nul", "halveren"). A quantitative target names one; "wij streven naar een daling
// van het aantal thuiszitters" does not.
#pragma once

#include <string_view>

namespace opcheck::analyse::detail {

bool shows_figure(std::string_view text);

}  // namespace opcheck::analyse::detail
