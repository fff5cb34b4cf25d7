// Forms and decision lists in the procedure reader: only the ticked option of a form is said,
// a step left unticked on a filled-in form is still to come, and a decision list is known by its
// title or by the opening line of an appendix without a heading.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analyse/analyse.h"
#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_dating.h"

namespace opcheck::analyse::detail {

// The text with every unticked option ("[ ] geen overeenstemming") blanked; offsets unchanged.
std::string without_unticked_options(const std::string& text);

// The announced claims of the unticked steps in block `i` ("[ ] Vastgesteld door het bestuur
// op: ......") when the form around it is filled in (has a ticked box).
std::vector<Found> unticked_steps(const Section& section, std::size_t i, const ProcedureEvents& events,
                                  const ClaimContext& context, std::optional<int> year);

// Block `i` stands under "Besluitenlijst ...": the section's title or an opening line above.
bool under_decision_list(const Section& section, std::size_t i);

}  // namespace opcheck::analyse::detail
