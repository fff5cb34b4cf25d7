// Public interface of the checklists stage: the checklist items, their cues and Dutch texts, and
// the review rounds, loaded and validated from the TOML data files in checklists/data/.
// Plain value structs only; no toml++ type crosses this header. Matching semantics of the cue
// fields (what the analyser must do with them) are documented in checklists/README.md.
#pragma once

#include <compare>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "opcheck/result.h"

namespace opcheck::checklists {

struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
  std::string iso() const;  // "YYYY-MM-DD"
};
// Parses a strict "YYYY-MM-DD" calendar date; nullopt when malformed or impossible.
std::optional<Date> parse_date(const std::string& text);

enum class Sector { po, vo };
std::optional<Sector> parse_sector(const std::string& text);  // "po" | "vo"
const char* sector_name(Sector sector);

// Where a definition sits, for messages that send the analyst to the right line.
struct SourcePos {
  std::filesystem::path file;
  int line = 0;
};

// One required or optional component of an item (e.g. `procedure` and `criteria` of a TLV).
struct Part {
  std::string name;            // snake_case, unique within the item
  std::string description;     // Dutch
  bool required = true;
  double weight = 1.0;         // (0, 1]; share in the item's score
  int min_hits = 1;            // distinct cues that must match before the part counts as found
  bool multi_year = false;     // the matched passage must also span >= min_years calendar/school years
  int min_years = 2;
  std::vector<std::string> cues;
  // When set, the cues count only in a block (or under a heading) that also names one of these:
  // a website or a newsletter informs parents only where parents are spoken of.
  std::vector<std::string> context_cues;
  // The context may also be named in an earlier block of the same section ("Zit uw kind op het
  // sbo, ..." above the numbered steps back to a regular school).
  bool context_in_section = false;
  // The cues count only in a sentence that states a figure (a number, a percentage): a
  // quantitative target is a number, "een daling van het aantal thuiszitters" is an aim.
  bool needs_figure = false;
  // A negation next to a cue still states the part: rules on personal data are prohibitions
  // ("geen gegevens zonder toestemming van de ouders", "niet langer bewaard dan twee jaar").
  bool negation_states = false;
  std::string if_missing;      // Dutch explanation used when this part is not found
};

// A named situation the analyser's rules distinguish (mostly procedure), with its own texts.
struct Case {
  std::string name;            // snake_case, unique within the item; code refers to it
  std::string status;          // one of the checklist's statuses
  std::string explanation;     // Dutch template, placeholders as in README.md
  std::string letter;          // Dutch letter paragraph; empty when none
};

struct Item {
  std::string id;              // stable contract ID, e.g. "IE-TOELAATBAARHEID"
  std::string checklist;       // "inhoudseisen" | "procedure" | "parameter5" | "waarderingskader"
  std::string label;           // short Dutch label
  std::string description;     // Dutch, what the requirement or question means
  std::string law;             // legal or framework reference
  std::vector<Sector> sectors;
  std::optional<Date> valid_from;  // inclusive; none = no lower bound
  std::optional<Date> valid_to;    // exclusive; none = still in force
  bool advisory = false;           // shown, never counted as a shortfall nor put in a letter
  std::string advisory_reason;     // Dutch, why advisory
  std::vector<std::string> heading_cues;
  std::vector<std::string> negative_cues;  // the content is announced but not there
  std::vector<std::string> contrary_cues;  // evidence of the opposite (-> contrary status)
  std::vector<Part> parts;
  std::vector<std::string> events;         // procedure items: names of the events used
  double min_score = 1.0;                  // [0, 1] fraction of part weight needed for complete
  std::map<std::string, std::string> explanations;  // status -> Dutch template (defaults merged in)
  std::map<std::string, std::string> letter;        // shortfall status -> Dutch letter paragraph
  std::vector<Case> cases;
  SourcePos pos;
};

// How a checklist's generic outcomes map onto its own status words.
struct Outcomes {
  std::string complete, partial, absent, contrary;
};

struct Checklist {
  std::string id;
  std::string label;            // Dutch
  std::string source;           // where the checklist comes from
  bool advisory = false;        // every item advisory (waarderingskader)
  std::vector<std::string> statuses;
  Outcomes outcomes;
  std::vector<std::string> letter_statuses;  // statuses that put a non-advisory item in a letter
  SourcePos pos;
};

// An occurrence in the plan's history that procedure rules reason about.
struct Event {
  std::string name;             // "vaststelling" | "opr_instemming" | "oogo"
  std::string label;            // Dutch
  std::string description;
  std::vector<std::string> cues;              // the event is mentioned
  std::vector<std::string> negative_cues;     // mentioned but not (yet) happened: concept, planned
  std::vector<std::string> refusal_cues;      // happened with a negative outcome
  std::vector<std::string> agreement_cues;    // OOGO: overeenstemming
  std::vector<std::string> disagreement_cues; // OOGO: geen overeenstemming
  std::vector<std::string> body_cues;         // who did it (bestuur, ALV, raad van toezicht, ...)
  // Roles of some `cues` (each one also in `cues`), so the reader's rules live in the data:
  std::vector<std::string> strong_cues;       // name the act outright; the others need the plan or a procedure context
  std::vector<std::string> with_body_cues;    // count only with the body or the plan ("besluit genomen")
  std::vector<std::string> body_and_plan_cues;  // count only with the body and the plan, no other party ("ingestemd met")
  std::vector<std::string> form_label_cues;   // a form's label ("Datum besluit"); on another body's form it is theirs
  std::vector<std::string> adjective_cues;    // name the plan, not an act ("het vastgestelde plan")
  // Of any of the event's cue lists: words that speak of this event alone, so they count with no
  // body named ("Op 8 april is met het plan ingestemd": in law only the OPR consents to the plan).
  std::vector<std::string> unnamed_body_cues;
  SourcePos pos;
};

struct Round {
  std::string id;               // e.g. "2014"
  std::string label;            // Dutch
  Date deadline;                // adoption and receipt must be before this date
  Date reference_date;          // selects the items in force
  std::string first_school_year;  // e.g. "2014-2015"
  SourcePos pos;
};

struct Catalog {
  std::filesystem::path dir;
  std::vector<Checklist> checklists;  // in the fixed order inhoudseisen, procedure, parameter5, waarderingskader
  std::vector<Item> items;            // checklist order, then file order
  std::vector<Event> events;
  std::vector<Round> rounds;          // file order
};

// Loads every *.toml in `dir` (one file per checklist plus rounds.toml) and validates it all.
// On failure the Dutch message lists every problem found, one per line, as
// "<file>, regel <n>: <problem>".
Result<Catalog> load_catalog(const std::filesystem::path& dir);

// The data folder: $OPCHECK_CHECKLISTS when set and non-empty, else <source>/checklists/data.
std::filesystem::path default_checklist_dir();

const Round* find_round(const Catalog& catalog, const std::string& id);
const Item* find_item(const Catalog& catalog, const std::string& id);
const Checklist* find_checklist(const Catalog& catalog, const std::string& id);
const Event* find_event(const Catalog& catalog, const std::string& name);

struct ItemInForce {
  const Item* item = nullptr;   // points into the catalog; valid while it lives
  bool advisory = false;        // item or checklist advisory: report, but never count or letter
};
// True when valid_from <= reference_date < valid_to (missing bounds are open).
bool in_force(const Item& item, const Date& reference_date);
// Items in force on the round's reference date for the sector (nullopt: sector unknown, every
// sector's items), in catalog order. Error (kind data) when the round is unknown.
Result<std::vector<ItemInForce>> items_in_force(const Catalog& catalog, const std::string& round_id,
                                                std::optional<Sector> sector);

// The Dutch table `opcheck checklists` prints. With a round: only the items in force on its
// reference date (either sector), with a heading naming deadline and reference date.
std::string format_listing(const Catalog& catalog, const std::optional<Round>& round = std::nullopt);

}  // namespace opcheck::checklists
