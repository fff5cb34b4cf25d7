// How a DateFact of ProcedureFacts says whether its event happened. The public struct has no
// state field, so the state rides on `outcome`: "aangekondigd" (only planned or requested, the
// date if any is the announced one) and, for the OPR, "geweigerd" (consent refused). Any other
// fact with a date or evidence happened; for OOGO its outcome is then overeenstemming,
// geen_overeenstemming or onbekend. report.json writes announced facts as null.
#pragma once

#include "analyse/analyse.h"

namespace opcheck::analyse::detail {

inline constexpr const char* kAnnounced = "aangekondigd";
inline constexpr const char* kRefused = "geweigerd";

enum class FactState { none, happened, refused, announced };

inline FactState state_of(const DateFact& fact) {
  if (fact.outcome == kAnnounced) return FactState::announced;
  if (fact.outcome == kRefused) return FactState::refused;
  if (fact.date || !fact.evidence.empty() || !fact.outcome.empty() || !fact.by.empty()) return FactState::happened;
  return FactState::none;
}

}  // namespace opcheck::analyse::detail
