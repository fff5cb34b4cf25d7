// Choosing a plan's facts: identity (name, code, region), the target status of every item
// with the phrasings that earn it, and the procedure timeline. See spec.cpp.
#pragma once

#include <map>
#include <string>

#include "corpus/generator/model.h"

namespace opcheck::corpus::detail {

// Counts how often each item already received each status, so the sample covers all of them.
using Coverage = std::map<std::string, std::map<std::string, int>>;

void choose_identity(PlanSpec& spec, int index, Rng& rng);
// scenario: ok | ok_no_agreement | late_receipt | late_adoption | opr_after | opr_refused |
// opr_missing | oogo_after | oogo_missing | not_adopted. Returns events it could not phrase.
std::vector<std::string> choose_procedure(PlanSpec& spec, const PhrasingLibrary& lib, Rng& rng);
// coverage == nullptr: random statuses (scale mode).
void choose_items(PlanSpec& spec, const PhrasingLibrary& lib, Coverage* coverage, Rng& rng);

// Gold status of N3-OPR, N4-TIJDIG, N5-OOGO from the stated facts and the receipt date.
std::string procedure_status(const PlanSpec& spec, const std::string& item);

}  // namespace opcheck::corpus::detail
