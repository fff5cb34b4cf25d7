// Text helpers of the procedure reader: cue phrases found at word boundaries (acronyms keep
// their case, separable verbs such as "stemt ... in" match across a few words), clauses of a
// sentence, and the tense and negation markers that decide whether an event happened.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace opcheck::analyse::detail {

struct CueHit {
  std::size_t begin = 0, end = 0;  // byte range in the searched text
  std::string cue;                 // the catalog cue that matched
};

// Whether the hit's cue is one of `role_cues` (an event's strong_cues, adjective_cues, ...).
bool has_role(const std::vector<std::string>& role_cues, const CueHit& hit);

// Where a negation ("geen", "zonder", "niet") opens one of the four words before `pos`, if any:
// "geen geschillen", "niet gebleken van verschil van mening".
std::optional<std::size_t> negation_before(std::string_view lower, std::size_t pos);

// Where a negating quantifier ("geen van de gemeenten", "van geen enkele gemeente", "niemand")
// opens the clause before `pos`, if any: "Geen van de gemeenten heeft in het OOGO bezwaar gemaakt"
// denies the objection however many words stand between.
std::optional<std::size_t> quantifier_negation_before(std::string_view lower, std::size_t pos);

// Either of the two: the negation that governs a phrase at `pos`.
std::optional<std::size_t> governing_negation(std::string_view lower, std::size_t pos);

// ASCII lower case; multi-byte characters are kept, so byte offsets stay valid.
std::string lower_ascii_copy(std::string_view text);

// Matches of `cue` in `text` at word boundaries. Upper-case letters in a cue must match
// exactly ("OPR", "RvT", "AB" do not match "ab"); lower-case ones match either case. A
// two-word cue ending in a separable particle ("stemt in", "stelt vast") also matches with up
// to nine words between, within one clause.
std::vector<CueHit> find_cue(std::string_view text, std::string_view cue);

// Matches of all `cues`, longest cue first, never overlapping an earlier (longer) match.
std::vector<CueHit> find_cues(std::string_view text, const std::vector<std::string>& cues);

// Whether `hit` overlaps any of `others`.
bool overlaps(const CueHit& hit, const std::vector<CueHit>& others);

struct Clause {
  std::size_t begin = 0, end = 0;
};
// Clauses of a sentence: split at commas, semicolons, colons, dashes between spaces and the
// conjunctions that start a new finite verb ("en", "waarna", "nadat", "maar", ...).
std::vector<Clause> split_clauses(std::string_view sentence);
// Statements of a sentence: the parts between "; " and before ", maar " or ", doch ", each of which
// can report an act of its own ("... had onthouden; op 1 april heeft de raad alsnog ingestemd").
// One part when the sentence has none of these.
std::vector<Clause> split_statements(std::string_view sentence);
// Index of the clause holding byte `pos`.
std::size_t clause_of(const std::vector<Clause>& clauses, std::size_t pos);

// Whether lower-cased `text` contains `word` as a whole word (or word sequence).
bool has_word(std::string_view lower, std::string_view word);
// A finite past or perfect verb ("heeft", "is", "vond", "stemde", ...): the event lies behind.
bool has_past_marker(std::string_view lower);
// A future, intention or request marker ("zal", "wordt", "gepland", "verwacht", ...).
bool has_future_marker(std::string_view lower);

}  // namespace opcheck::analyse::detail
