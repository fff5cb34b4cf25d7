// Where a procedure sentence names each event: the cue words of adoption, OPR consent and OOGO,
// kept only when the sentence is about the plan and the right body (an OPR chapter's "de raad",
// the board's "besluit genomen", talks with the municipalities as OOGO), so that a date can be
// placed at the nearest of them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {

struct Mention {
  std::string event;
  const checklists::Event* ev = nullptr;
  std::vector<CueHit> anchors;  // where the event is named in the text
  bool named = true;            // anchors are the event's own cues
};

// The events `text` names, each with the places it names them; OPR and OOGO words are found
// first so that the adoption does not claim them ("goedkeuring van de OPR", "besloten in te stemmen").
std::vector<Mention> find_mentions(std::string_view text, std::string_view lower, const ProcedureEvents& events,
                                   const ClaimContext& context, bool dated);

}  // namespace opcheck::analyse::detail
