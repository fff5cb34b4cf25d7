// The mood of a procedure statement: whether the event it names happened, was refused or is
// only announced. Tense and request markers, requirements of law, performative "hierbij",
// conditions and decision records decide; the clause holding the event word speaks first.
#pragma once

#include <string_view>
#include <vector>

#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {

// The mood of event `ev` in `clause`: "nog niet" and announcements beat everything, a refusal
// cue refuses, and a bare negation refuses consent or denies the event.
Mood mood_in(std::string_view clause, const checklists::Event& ev);

// An anchor clause without a verb of its own: the mood of the first later clause with a verb marker.
Mood main_verb_mood(std::string_view text, const std::vector<Clause>& clauses, std::size_t anchor,
                    const checklists::Event& ev);

// A refusal in a clause joined to the anchor's by a comma or conjunction.
bool refused_in_joined_clause(std::string_view text, const std::vector<Clause>& clauses, std::size_t anchor,
                              const checklists::Event& ev);

// `clause` names the event only through weak negatives ("na instemming van", "concept").
bool only_weak_negatives(std::string_view clause, const checklists::Event& ev);

// A clause that adds a condition or a remark to the act ("op voorwaarde dat", "met het verzoek").
bool is_condition(std::string_view lower);

// Habitual talks ("regelmatig overleg") rather than one event.
bool is_habitual(std::string_view lower);

// A line of a decision list ("Besluit: ...", or any item when `in_decision_list`) without words
// of a later moment.
bool is_decision_record(std::string_view lower, bool in_decision_list);

// The result of a vote ("wordt aangenomen met elf stemmen voor", "met algemene stemmen"): the act itself.
bool records_a_vote(std::string_view lower);

// "Zodra het concept gereed is", "Als daarin overeenstemming wordt bereikt", "Indien ...": the
// opening clause of a sentence that makes its main clause depend on it.
bool sets_a_condition(std::string_view clause);

// "Besluit: de ALV stelt het plan niet vast": a decision record that denies the act records a
// refusal ("nog niet" postpones, it refuses nothing).
bool denies_the_act(std::string_view lower);

// A signature line for approval ("Voor instemming, namens de OPR: E. Sahin, d.d. 7 april 2014").
bool is_signed_approval(std::string_view lower);

std::string_view clause_text(std::string_view text, const std::vector<Clause>& clauses, std::size_t index);

}  // namespace opcheck::analyse::detail
