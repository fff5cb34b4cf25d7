// What one sentence (or one timeline table row) says about the procedure events: which events
// it names, whether each happened, was refused or is only announced, the date that belongs to
// each, and for adoption the body, for OOGO the outcome and the municipalities.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/dates.h"
#include "checklists/checklists.h"

namespace opcheck::analyse::detail {

enum class Mood { happened, refused, announced };

// The catalog's three events; a null pointer when the catalog lacks one.
struct ProcedureEvents {
  const checklists::Event* vaststelling = nullptr;
  const checklists::Event* opr = nullptr;
  const checklists::Event* oogo = nullptr;
  static ProcedureEvents from(const checklists::Catalog& catalog);
};

// What surrounds a sentence: its section title and the short blocks just before it (a letter's
// heading, letterhead, addressee). A letter of the OPR may say "de raad stemt in" without
// naming the OPR; a sentence in a procedure chapter may say "besloten" about the plan.
struct ClaimContext {
  bool opr = false;            // the context names the OPR
  bool oogo = false;           // the context names OOGO or the municipalities
  bool procedure = false;      // a procedure, adoption or consent chapter, page or letter
  bool table = false;          // the text is a table row (a timeline) rather than prose
  bool decisions = false;      // an item of a decision list ("Besluitenlijst ALV 26 maart 2014")
};

struct Claim {
  std::string event;           // vaststelling | opr_instemming | oogo
  Mood mood = Mood::happened;
  bool named = true;           // named by the event's own cues, not only by talks or agreement words
  bool bare_label = false;     // a short heading or label naming the event, no verb, no date of its own
  std::optional<DateValue> date;
  std::size_t date_begin = 0, date_end = 0;  // within the analysed text, when dated
  std::string by;              // vaststelling: body, canonical ("algemene ledenvergadering")
  std::string outcome;         // oogo: overeenstemming | geen_overeenstemming | "" (not said)
  std::vector<std::string> gemeenten;
};

// Claims of `text` (one sentence or table row). `year` completes dates without a year.
std::vector<Claim> read_claims(std::string_view text, const ProcedureEvents& events, const ClaimContext& context,
                               std::optional<int> year);

// Whether a lowercased text names something other than the plan as the object of an act
// ("de begroting is vastgesteld", "ingestemd met zijn reglement", "Verslag vorige vergadering").
bool names_other_object(std::string_view lower);

// Dates in `text` that may be an event's: neither a document's date ("versie van ...") nor a
// bound ("vóór 1 mei 2014").
std::vector<DateMention> event_dates(std::string_view text, std::optional<int> year);

// Context flags from the text around a sentence (section title plus short preceding blocks).
ClaimContext read_context(std::string_view around, const ProcedureEvents& events);

// The OOGO outcome `text` states: overeenstemming, geen_overeenstemming or "" when it says none.
std::string read_outcome(std::string_view text, const checklists::Event& oogo);

// Municipality names listed after "gemeente(n)" in `text` ("de gemeenten Tiel, Buren en
// Horst aan de Maas"), in order, without duplicates.
std::vector<std::string> read_gemeenten(std::string_view text);

}  // namespace opcheck::analyse::detail
