// Mood rules of the procedure reader; see procedure_mood.h.
#include "analyse/detail/procedure_mood.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace opcheck::analyse::detail {
namespace {

bool weak_negative(const std::string& cue) {
  auto l = lower_ascii_copy(cue);
  return l.rfind("concept", 0) == 0 || l.rfind("na ", 0) == 0 || l == "voorlopig";
}

// "moeten wij constateren dat er geen overeenstemming is bereikt": "moeten" of a statement the
// writer has to make, a few words before a verb of saying; it reports, it requires nothing.
bool must_tell(std::string_view lower, std::size_t at) {
  const std::string_view rest = lower.substr(at, 40);
  for (std::string_view verb : {"constateren", "vaststellen", "concluderen", "melden", "berichten", "mededelen", "meedelen"})
    if (rest.find(verb) != std::string_view::npos) return true;
  return false;
}

// What the law or a rule requires ("moet instemmen", "is instemming nodig"): not a report of it.
bool is_modal(std::string_view lower) {
  for (std::string_view w : {"moet", "moeten"})
    for (const CueHit& hit : find_cue(lower, w))
      if (!must_tell(lower, hit.begin)) return true;
  for (std::string_view w : {"dient", "dienen", "nodig", "vereist", "verplicht", "mag pas", "kan pas",
                             "behoeft", "behoeven", "moest", "moesten",
                             // the rule of the law: "stelt ten minste eenmaal in de vier jaar een plan vast"
                             "ten minste eenmaal", "eenmaal per", "eens per", "elke vier jaar", "iedere vier jaar"})
    if (has_word(lower, w)) return true;
  return false;
}

// "mocht de raad niet instemmen", "indien de gemeenten bezwaar maken": a condition imagined, not
// an event reported, so even a refusal cue in it refuses nothing.
bool is_hypothetical(std::string_view lower) {
  for (std::string_view w : {"mocht", "mochten", "indien", "ingeval", "in het geval"})
    if (has_word(lower, w)) return true;
  // "Als daarin overeenstemming wordt bereikt, ...": "als" or "wanneer" opening a clause sets a
  // condition; "Als bestuur hebben wij ..." names a role, "als gevolg van" a cause.
  const std::size_t start = lower.find_first_not_of(' ');
  if (start == std::string_view::npos) return false;
  const std::string_view opening = lower.substr(start);
  if (opening.starts_with("wanneer ")) return true;
  if (!opening.starts_with("als ")) return false;
  const std::string_view next = opening.substr(4, opening.find(' ', 4) == std::string_view::npos ? std::string_view::npos
                                                                                                 : opening.find(' ', 4) - 4);
  for (std::string_view role : {"gevolg", "bestuur", "algemeen", "raad", "opr", "ondersteuningsplanraad", "samenwerkingsverband",
                                "gemeente", "gemeenten", "ouders", "voorzitter", "directeur", "secretaris", "lid", "leden"})
    if (next == role) return false;
  return true;
}

// "... dat wij hierbij instemmen met het plan": saying it is doing it. Not when "hierbij" offers
// or asks ("hierbij bieden wij u het plan ter instemming aan").
bool is_performative(std::string_view lower) {
  if (!has_word(lower, "hierbij")) return false;
  for (std::string_view w : {"verzoek", "verzoeken", "vragen", "vraag", "ter instemming", "ter vaststelling", "bied",
                             "biedt", "bieden", "zend", "zenden", "stuur", "sturen", "voorleggen", "voor te leggen",
                             "nodigen", "uitnodiging"})
    if (has_word(lower, w)) return false;
  return true;
}

// A comma, a conjunction's space or a parenthesis ("het overleg (OOGO) staat gepland") joins
// clauses of one statement; ";" and ":" start another.
bool joins_clauses(char before) { return before == ',' || before == ' ' || before == '(' || before == ')'; }


// "De raad zag geen reden haar instemming te onthouden": a refusal denied is a consent.
bool denies_a_reason(std::string_view lower) {
  for (std::string_view w : {"geen reden", "geen enkele reden", "geen aanleiding", "geen grond", "geen gronden"})
    if (has_word(lower, w)) return true;
  return false;
}

}  // namespace

bool is_condition(std::string_view lower) {
  std::size_t p = lower.find_first_not_of(' ');
  std::string_view t = p == std::string_view::npos ? std::string_view() : lower.substr(p);
  for (std::string_view w : {"onder voorwaarde", "op voorwaarde", "onder de voorwaarde", "mits", "met dien verstande",
                             "met de kanttekening", "onder de voorwaarden", "met de aantekening", "met als aantekening",
                             "met de opmerking", "met het verzoek"})
    if (t.starts_with(w)) return true;
  return false;
}

// "kon het bestuur het plan pas op 7 mei vaststellen": the infinitive after a past "kon ... pas"
// is an act done late, not one still to come.
bool could_at_last(std::string_view lower, const CueHit& hit) {
  const std::string_view before = lower.substr(0, hit.begin);
  const bool infinitive = hit.cue.find(' ') == std::string::npos && hit.end - hit.begin == hit.cue.size() &&
                          hit.cue.ends_with("en");
  // ... also in the passive: "kon het plan pas op 12 mei worden vastgesteld".
  const bool passive = hit.cue.starts_with("worden ");
  return (has_word(before, "kon") || has_word(before, "konden")) && has_word(before, "pas") && (infinitive || passive);
}

// A refusal cue that refuses: "de leerlingvertegenwoordiger onthield zich (van stemming)"
// abstains, it withholds nothing.
bool refuses(std::string_view clause, std::string_view lower, const checklists::Event& ev) {
  for (const CueHit& hit : find_cues(clause, ev.refusal_cues))
    if (!lower.substr(hit.end).starts_with(" zich")) return true;
  return false;
}

// True when `clause` names the event only through weak negatives ("na instemming van",
// "concept") and has no other sign of a later moment.
bool only_weak_negatives(std::string_view clause, const checklists::Event& ev) {
  std::string lower = lower_ascii_copy(clause);
  if (has_word(lower, "nog niet") || has_word(lower, "nog geen") || refuses(clause, lower, ev)) return false;
  const auto negatives = find_cues(clause, ev.negative_cues);
  return !negatives.empty() && std::all_of(negatives.begin(), negatives.end(), [](const CueHit& h) { return weak_negative(h.cue); });
}

constexpr std::string_view kObjectOpeners[] = {"over het ", "op het ", "inzake het ", "over dit ", "op dit "};

// "heeft een positief besluit genomen over het instemmingsverzoek": the decision on a request
// answers it; the request named as its object announces nothing.
bool answers_the_request(std::string_view lower, const CueHit& hit) {
  const std::string_view before = lower.substr(0, hit.begin);
  // "over het (hem) ter instemming voorgelegde plan": the object opens at most a word before.
  const std::string_view near = before.substr(before.size() > 16 ? before.size() - 16 : 0);
  const bool object = std::any_of(std::begin(kObjectOpeners), std::end(kObjectOpeners),
                                  [&](std::string_view o) { return near.find(o) != std::string_view::npos; });
  return object && (has_word(before, "besluit") || has_word(before, "besloten") || has_word(before, "positief"));
}

// Habitual talks ("regelmatig overleg", "twee keer per jaar") are not the OOGO on the plan.
bool is_habitual(std::string_view lower) {
  for (std::string_view w : {"regelmatig", "jaarlijks", "periodiek", "per jaar", "maandelijks", "structureel", "telkens"})
    if (has_word(lower, w)) return true;
  return false;
}

// The mood of an event in `clause`: "nog niet" and announcements beat everything, a refusal
// cue refuses, and a bare negation refuses consent or denies the event.
Mood mood_in(std::string_view clause, const checklists::Event& ev) {
  std::string lower = lower_ascii_copy(clause);
  // "mocht de raad niet instemmen, dan ...": what would happen if, neither a refusal nor a consent.
  if (is_hypothetical(lower)) return Mood::announced;
  if (has_word(lower, "nog niet") || has_word(lower, "nog geen")) return Mood::announced;
  if (refuses(clause, lower, ev)) return denies_a_reason(lower) ? Mood::happened : Mood::refused;
  if (ev.name != "oogo" && is_performative(lower)) return Mood::happened;
  for (const CueHit& hit : find_cues(clause, ev.negative_cues))
    if (!((weak_negative(hit.cue) || answers_the_request(lower, hit)) && has_past_marker(lower)) && !could_at_last(lower, hit))
      return Mood::announced;
  if (has_future_marker(lower) || is_modal(lower)) return Mood::announced;
  std::string masked = lower;
  for (const auto* list : {&ev.agreement_cues, &ev.disagreement_cues})
    for (const CueHit& hit : find_cues(clause, *list)) {
      // "geen geschillen": the negation belongs to the outcome, it does not deny the talks.
      const std::size_t from =
          list == &ev.disagreement_cues ? governing_negation(lower, hit.begin).value_or(hit.begin) : hit.begin;
      std::fill(masked.begin() + static_cast<long>(from), masked.begin() + static_cast<long>(hit.end), ' ');
    }
  // "Het OOGO heeft niet geleid tot overeenstemming": the talks were held; the outcome is denied.
  if (ev.name == "oogo")
    for (const CueHit& hit : find_cue(lower, "overeenstemming"))
      if (const auto from = negation_before(lower, hit.begin))
        std::fill(masked.begin() + static_cast<long>(*from), masked.begin() + static_cast<long>(hit.end), ' ');
  if (has_word(masked, "niet") || has_word(masked, "geen"))
    return ev.name == "opr_instemming" ? Mood::refused : Mood::announced;
  return Mood::happened;
}

std::string_view clause_text(std::string_view text, const std::vector<Clause>& clauses, std::size_t index) {
  return text.substr(clauses[index].begin, clauses[index].end - clauses[index].begin);
}

// An anchor clause without a verb of its own ("Het OOGO, dat de wet voorschrijft, moet nog
// worden ingepland"): the mood is that of the first later clause with a verb marker.
Mood main_verb_mood(std::string_view text, const std::vector<Clause>& clauses, std::size_t anchor, const checklists::Event& ev) {
  for (std::size_t j = anchor; j < clauses.size(); ++j) {
    // Across commas and conjunctions only: after ";" or ":" another statement begins.
    if (j > anchor && clauses[j].begin > 0 && !joins_clauses(text[clauses[j].begin - 1])) break;
    std::string lower = lower_ascii_copy(clause_text(text, clauses, j));
    // "..., op voorwaarde dat de OPR jaarlijks wordt geïnformeerd": a condition on the future
    // is attached to the act; it does not make the act itself a plan.
    if (j > anchor && is_condition(lower)) break;
    bool marked = has_past_marker(lower) || has_future_marker(lower) || is_modal(lower) || has_word(lower, "nog");
    if (marked) return j == anchor ? Mood::happened : mood_in(clause_text(text, clauses, j), ev);
  }
  return Mood::happened;
}

// "De OPR heeft het plan op 5 maart besproken en haar instemming onthouden": a refusal in a
// clause joined to the anchor's by a comma or conjunction is the outcome of the same statement.
bool refused_in_joined_clause(std::string_view text, const std::vector<Clause>& clauses, std::size_t anchor, const checklists::Event& ev) {
  for (std::size_t j = anchor + 1; j < clauses.size(); ++j) {
    if (clauses[j].begin > 0 && text[clauses[j].begin - 1] != ',' && text[clauses[j].begin - 1] != ' ') break;
    const std::string_view clause = clause_text(text, clauses, j);
    if (refuses(clause, lower_ascii_copy(clause), ev)) return true;
  }
  return false;
}

// A line of a decision list ("Besluit: ...", "Besloten: ...") without words of a later moment.
// "B-2014-07 Het plan wordt vastgesteld.", "AB14.3 ...": a decision list's number, letters then digits.
bool opens_with_decision_code(std::string_view lower) {
  const std::string_view code = lower.substr(0, lower.find(' '));
  if (code.size() < 3 || code.size() > 12 || !std::isalpha(static_cast<unsigned char>(code[0]))) return false;
  const bool digits = code.find_first_of("0123456789") != std::string_view::npos;
  return digits && code.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-./") == std::string_view::npos;
}

bool is_decision_record(std::string_view lower, bool in_decision_list) {
  // "Besluit:", "Besloten:", "Besluit AB:", "Besluit 2014-07:": the label, a short code, a colon.
  const std::size_t colon = lower.find(':');
  const bool label = (lower.starts_with("besluit") || lower.starts_with("besloten")) && colon != std::string_view::npos &&
                     colon <= 20 && lower.substr(0, colon).find_first_of(".,;") == std::string_view::npos;
  // "... wordt als hamerstuk vastgesteld": minutes record a decision taken without discussion.
  // Under "Besluitenlijst ...", "3. Het ondersteuningsplan wordt vastgesteld" is the decision itself.
  if (!label && !in_decision_list && !opens_with_decision_code(lower) && !has_word(lower, "hamerstuk")) return false;
  // ... unless the line itself puts the act off ("vaststelling geagendeerd voor maart").
  for (std::string_view w : {"nog", "zal", "zullen", "gepland", "voorgelegd", "ter vaststelling", "ter instemming", "volgende",
                             "geagendeerd", "agenderen", "uitgesteld", "aangehouden"})
    if (has_word(lower, w)) return false;
  return true;
}

bool sets_a_condition(std::string_view clause) {
  const std::string lower = lower_ascii_copy(clause);
  const std::size_t start = lower.find_first_not_of(' ');
  return start != std::string::npos && (lower.compare(start, 6, "zodra ") == 0 || is_hypothetical(lower.substr(start)));
}

bool denies_the_act(std::string_view lower) {
  if (has_word(lower, "nog niet") || has_word(lower, "nog geen")) return false;
  return has_word(lower, "niet") || has_word(lower, "geen");
}

bool is_signed_approval(std::string_view lower) {
  const bool label = lower.starts_with("voor instemming") || lower.starts_with("voor akkoord");
  return label && (has_word(lower, "namens") || has_word(lower, "getekend") || has_word(lower, "handtekening"));
}

bool records_a_vote(std::string_view lower) {
  for (std::string_view w : {"stemmen voor", "stem voor", "met algemene stemmen", "bij acclamatie", "unaniem aangenomen"})
    if (has_word(lower, w)) return true;
  return false;
}

}  // namespace opcheck::analyse::detail
