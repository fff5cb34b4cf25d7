// The smaller readings of the procedure reader: a sentence's surroundings (is this an OPR
// letter, an OOGO declaration, a procedure chapter?), the OOGO outcome, and the names of the
// municipalities listed after "gemeente(n)".
#include <algorithm>
#include <cctype>

#include "analyse/detail/perf_cue_scan.h"
#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {
namespace {

bool is_upper_start(std::string_view text, std::size_t pos) {
  return pos < text.size() && text[pos] >= 'A' && text[pos] <= 'Z';
}

bool is_name_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u) || c == '-' || c == '\'';
}

std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_name_byte(text[pos])) ++pos;
  return pos;
}

// An acronym ("OOGO", "RBO") is not a municipality.
bool is_acronym(std::string_view word) {
  return word.size() >= 2 && std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// One name from `pos`: capitalised words, with "aan de", "op", "van" between capitalised
// ones ("Horst aan de Maas", "Bergen op Zoom"). Returns the end, or `pos` when none.
std::size_t read_name(std::string_view text, std::size_t pos) {
  if (!is_upper_start(text, pos)) return pos;
  std::size_t end = word_end(text, pos);
  if (is_acronym(text.substr(pos, end - pos))) return pos;
  static const std::vector<std::string_view> joiners{"aan", "de", "den", "der", "op", "van", "a/d"};
  for (bool extended = true; extended;) {
    extended = false;
    for (std::size_t look = end; look < text.size() && text[look] == ' ';) {
      std::size_t w = look + 1, we = word_end(text, w);
      if (we == w) break;
      std::string_view word = text.substr(w, we - w);
      if (is_upper_start(text, w) && !is_acronym(word)) {
        end = we;
        extended = true;
        break;
      }
      if (std::find(joiners.begin(), joiners.end(), word) == joiners.end()) break;
      look = we;
    }
  }
  return end;
}

}  // namespace

ClaimContext read_context(std::string_view around, const ProcedureEvents& events) {
  ClaimContext c;
  std::string lower = lower_ascii_copy(around);
  if (events.opr) c.opr = !find_cues_quick(around, lower, events.opr->body_cues).empty();
  if (events.oogo)
    c.oogo = !find_cues_quick(around, lower, events.oogo->cues).empty() || has_word_quick(lower, "gemeenten") ||
             has_word_quick(lower, "gemeente");
  c.procedure = c.opr || c.oogo;
  if (events.vaststelling) c.procedure = c.procedure || !find_cues_quick(around, lower, events.vaststelling->cues).empty();
  for (std::string_view w :
       {"totstandkoming", "procedure", "besluitvorming", "ondertekening", "tijdpad", "besluit", "instemming"})
    c.procedure = c.procedure || has_word_quick(lower, w);
  return c;
}

namespace {

// The outcome one clause states, or "" when it states none.
std::string clause_outcome(std::string_view clause, const checklists::Event& oogo) {
  const std::string clause_lower = lower_ascii_copy(clause);
  // "De OPR heeft het plan goedgekeurd, nadat het in het OOGO was besproken": the council's
  // consent is not the municipalities' agreement.
  if (has_word(clause_lower, "opr") || has_word(clause_lower, "ondersteuningsplanraad")) return "";
  // Agreement and disagreement phrases compete, the longest first: "geen bezwaar" agrees,
  // "bezwaar" does not; "niet ingestemd" disagrees, "ingestemd met" agrees.
  std::vector<std::string> both = oogo.agreement_cues;
  both.insert(both.end(), oogo.disagreement_cues.begin(), oogo.disagreement_cues.end());
  std::vector<CueHit> agreed;
  for (const CueHit& hit : find_cues(clause, both)) {
    if (std::find(oogo.disagreement_cues.begin(), oogo.disagreement_cues.end(), hit.cue) == oogo.disagreement_cues.end())
      continue;
    // "er zijn geen geschillen", "zonder bezwaren": a dispute denied is agreement.
    if (!governing_negation(clause_lower, hit.begin)) return "geen_overeenstemming";
    agreed.push_back(hit);
  }
  if (!agreed.empty()) return "overeenstemming";
  agreed = find_cues(clause, oogo.agreement_cues);
  // "het constructieve op overeenstemming gericht overleg": the talks' name states no outcome.
  const auto names = find_cues(clause, {"op overeenstemming gericht", "op overeenstemming gerichte"});
  for (CueHit& hit : find_cues(clause, {"overeenstemming", "eens"}))
    if (!overlaps(hit, agreed) && !overlaps(hit, names)) agreed.push_back(std::move(hit));
  if (agreed.empty()) return "";
  std::string lower = clause_lower;
  // "geen bezwaar" agrees: blank the agreement phrases before looking for a negation.
  for (const CueHit& hit : find_cues(clause, oogo.agreement_cues))
    std::fill(lower.begin() + static_cast<long>(hit.begin), lower.begin() + static_cast<long>(hit.end), '_');
  // "om overeenstemming te bereiken", "gericht op overeenstemming": an aim, not an outcome.
  if (has_word(lower, "te bereiken") || has_word(lower, "streven") || has_word(lower, "streeft") || has_word(lower, "doel"))
    return "";
  for (std::string_view no : {"geen", "niet", "zonder", "uitgebleven", "bleef uit", "bleven uit", "blijft uit", "ontbreekt",
                             "ontbrak", "oneens"})
    if (has_word(lower, no)) return "geen_overeenstemming";
  // "overeenstemming over alle onderwerpen behalve de huisvesting": a point left out is no agreement.
  for (std::string_view but : {"behalve", "met uitzondering van", "op een punt na", "op één punt na"})
    if (has_word(lower, but)) return "geen_overeenstemming";
  return "overeenstemming";
}

// "Aanvankelijk was er verschil van mening": a dispute told as the past of a later agreement.
bool settled_before(std::string_view lower) {
  for (std::string_view w : {"aanvankelijk", "eerst", "eerder", "in eerste instantie", "aanvang"})
    if (has_word(lower, w)) return true;
  return false;
}

// "De bezwaren van Venlo zijn weggenomen", "Het verschil van inzicht is opgelost": a dispute
// that no longer stands is agreement ("onvoldoende weggenomen" is no resolution).
bool dispute_resolved(std::string_view lower) {
  for (std::string_view w : {"niet", "onvoldoende", "nauwelijks", "deels", "gedeeltelijk"})
    if (has_word(lower, w)) return false;
  for (std::string_view w : {"weggenomen", "opgelost", "verholpen", "ingetrokken", "vervallen", "weggewerkt", "bijgelegd"})
    if (has_word(lower, w)) return true;
  return false;
}

// "na aanpassing is alsnog overeenstemming bereikt": an agreement that ends a dispute.
bool settles(std::string_view lower) {
  for (std::string_view w : {"alsnog", "inmiddels", "na aanpassing", "uiteindelijk", "daarna", "vervolgens", "later",
                             "tweede", "opgelost", "nu wel", "toch"})
    if (has_word(lower, w)) return true;
  return false;
}

}  // namespace

// "Aanvankelijk was er verschil van mening; na aanpassing is overeenstemming bereikt": the
// last clause that states an outcome is the final word.
std::string read_outcome(std::string_view text, const checklists::Event& oogo) {
  // The name of the talks contains the word: "op overeenstemming gericht(e) overleg" says nothing.
  std::string masked(text);
  for (const CueHit& hit : find_cues(text, {"op overeenstemming gericht", "op overeenstemming gerichte",
                                            "verklaring op overeenstemming"}))
    std::fill(masked.begin() + static_cast<long>(hit.begin), masked.begin() + static_cast<long>(hit.end), '_');
  std::string outcome;
  bool open_dispute = false;
  for (const Clause& cl : split_clauses(masked)) {
    const std::string_view clause = std::string_view(masked).substr(cl.begin, cl.end - cl.begin);
    std::string said = clause_outcome(clause, oogo);
    if (said.empty()) continue;
    const std::string lower = lower_ascii_copy(clause);
    if (said == "geen_overeenstemming" && dispute_resolved(lower)) said = "overeenstemming";
    if (said == "geen_overeenstemming") open_dispute = !settled_before(lower);
    else if (settles(lower)) open_dispute = false;
    outcome = std::move(said);
  }
  // "Met Middelrade bestaat nog verschil van inzicht, met de andere drie gemeenten is
  // overeenstemming bereikt": a point left in dispute is no agreement, whatever comes after,
  // unless it was settled ("alsnog", "na aanpassing").
  return open_dispute ? "geen_overeenstemming" : outcome;
}

std::vector<std::string> read_gemeenten(std::string_view text) {
  std::vector<std::string> out;
  for (const CueHit& key : find_cues(text, {"gemeente", "gemeenten"})) {
    std::size_t pos = key.end;
    for (;;) {
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == ':' || text[pos] == '(')) ++pos;
      std::size_t end = read_name(text, pos);
      if (end == pos) break;
      std::string name(text.substr(pos, end - pos));
      if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
      pos = end;
      if (text.substr(pos, 2) == ", ") pos += 2;
      else if (text.substr(pos, 4) == " en ") pos += 4;
      else if (text.substr(pos, 3) == " & ") pos += 3;
      else break;
    }
  }
  return out;
}

}  // namespace opcheck::analyse::detail
