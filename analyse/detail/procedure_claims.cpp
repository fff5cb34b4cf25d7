// read_claims(): the events one sentence names, the mood of each (happened, refused, only
// announced), and which date belongs to which event. A date goes to the event mention nearest
// to it, preferring one in its own clause; a date right after "versie van" or "concept van"
// dates a document, not an event. A sentence-initial date ("Op 12 maart ... en ...") serves
// every undated event of the sentence.
#include <algorithm>
#include <array>
#include <limits>

#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t kOtherClause = 60;    // extra distance for a date in another clause
constexpr std::size_t kMaxDistance = 200;   // a date farther from every mention is not theirs

struct Mention {
  std::string event;
  const checklists::Event* ev = nullptr;
  std::vector<CueHit> anchors;  // where the event is named in the text
};

bool any_word(std::string_view lower, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return has_word(lower, w); });
}

bool names_plan(std::string_view lower) {
  return any_word(lower, {"plan", "ondersteuningsplan", "ondersteuningsplannen", "document", "conceptplan",
                          "concept-ondersteuningsplan", "het concept"});
}

// Adoption of something other than the plan ("de begroting is vastgesteld").
bool names_other_object(std::string_view lower) {
  return any_word(lower, {"begroting", "meerjarenbegroting", "jaarrekening", "jaarverslag", "reglement", "statuten",
                          "notulen", "criteria", "verdeelmodel", "profiel", "schoolondersteuningsprofiel", "beleid",
                          "bestuursformatieplan", "toelaatbaarheidsverklaring", "tlv"});
}

// Adoption cues that say it in so many words; the weak ones ("besloten", "goedgekeurd") only
// count near the plan or in a procedure context.
bool strong_adoption_cue(const std::string& cue) {
  auto l = lower_ascii_copy(cue);
  return l.find("vastgesteld") != std::string::npos || l.find("vaststelling") != std::string::npos ||
         l.find("stelt vast") != std::string::npos;
}

Mention adoption_mention(std::string_view text, std::string_view lower, const checklists::Event& ev,
                         const ClaimContext& ctx) {
  Mention m{"vaststelling", &ev, {}};
  bool plan = names_plan(lower), body = !find_cues(text, ev.body_cues).empty();
  if (names_other_object(lower) && !plan) return m;
  for (CueHit& hit : find_cues(text, ev.cues)) {
    bool ok = strong_adoption_cue(hit.cue) ? plan || body || ctx.procedure : plan || ctx.procedure;
    if (ok) m.anchors.push_back(std::move(hit));
  }
  // "ter vaststelling voorgelegd": an announcement names the event too (but "concept" alone does not).
  if (plan || ctx.procedure)
    for (CueHit& hit : find_cues(text, ev.negative_cues))
      if (lower_ascii_copy(hit.cue).rfind("concept", 0) != 0 && !overlaps(hit, m.anchors)) m.anchors.push_back(std::move(hit));
  return m;
}

Mention consent_mention(std::string_view text, const checklists::Event& ev, const ClaimContext& ctx,
                        const std::vector<CueHit>& agreement_hits, bool oogo_named) {
  Mention m{"opr_instemming", &ev, {}};
  auto bodies = find_cues(text, ev.body_cues);
  if (bodies.empty() && !ctx.opr) return m;
  for (const auto* list : {&ev.cues, &ev.refusal_cues, &ev.negative_cues})
    for (CueHit& hit : find_cues(text, *list)) {
      // Without the OPR named, "akkoord" next to OOGO is the municipalities' agreement.
      if (bodies.empty() && oogo_named && overlaps(hit, agreement_hits)) continue;
      if (!overlaps(hit, m.anchors)) m.anchors.push_back(std::move(hit));
    }
  if (!m.anchors.empty())
    for (CueHit& b : bodies) m.anchors.push_back(std::move(b));
  return m;
}

Mention oogo_mention(std::string_view text, const checklists::Event& ev, const ClaimContext& ctx,
                     const std::vector<CueHit>& agreement_hits) {
  Mention m{"oogo", &ev, find_cues(text, ev.cues)};
  if (m.anchors.empty() && ctx.oogo) {
    m.anchors = agreement_hits;
    for (CueHit& hit : find_cues(text, {"overleg", "overlegd", "overleg gevoerd"})) m.anchors.push_back(std::move(hit));
  }
  return m;
}

// A mention that only refers to the event as a moment ("voorafgaand aan de vaststelling").
bool is_reference_only(std::string_view lower, const CueHit& hit) {
  std::size_t from = hit.begin > 24 ? hit.begin - 24 : 0;
  std::string_view before = lower.substr(from, hit.begin - from);
  for (std::string_view p : {"voorafgaand aan de ", "voorafgaande aan de ", "voor de ", "vóór de ", "na de ", "ná de ",
                             "tijdens de ", "ten behoeve van de "})
    if (before.size() >= p.size() && before.substr(before.size() - p.size()) == p) return true;
  return false;
}

// A date that belongs to a document ("de conceptversie van 12 februari 2014").
bool dates_a_document(std::string_view lower, std::size_t offset) {
  std::size_t from = offset > 32 ? offset - 32 : 0;
  std::string_view before = lower.substr(from, offset - from);
  bool of = before.ends_with("van ") || before.ends_with("d.d. ") || before.ends_with("dd ");
  static constexpr std::array<std::string_view, 6> kDocuments{"versie", "concept", "brief", "notitie", "document", "notulen"};
  return of && std::any_of(kDocuments.begin(), kDocuments.end(),
                           [&](std::string_view w) { return before.find(w) != std::string_view::npos; });
}

std::size_t gap(std::size_t b1, std::size_t e1, std::size_t b2, std::size_t e2) {
  if (e1 <= b2) return b2 - e1;
  if (e2 <= b1) return b1 - e2;
  return 0;
}

bool weak_negative(const std::string& cue) {
  auto l = lower_ascii_copy(cue);
  return l.rfind("concept", 0) == 0 || l.rfind("na ", 0) == 0 || l == "voorlopig";
}

// The mood of an event in `clause` (lower case): "nog niet" and announcements beat
// everything, a refusal cue refuses, and a bare negation refuses consent or denies the event.
Mood mood_in(std::string_view clause, const Mention& m) {
  std::string lower = lower_ascii_copy(clause);
  if (has_word(lower, "nog niet") || has_word(lower, "nog geen")) return Mood::announced;
  auto refusals = find_cues(clause, m.ev->refusal_cues);
  if (!refusals.empty()) return Mood::refused;
  for (const CueHit& hit : find_cues(clause, m.ev->negative_cues))
    if (!(weak_negative(hit.cue) && has_past_marker(lower))) return Mood::announced;
  if (has_future_marker(lower)) return Mood::announced;
  std::string masked = lower;
  for (const auto* list : {&m.ev->agreement_cues, &m.ev->disagreement_cues})
    for (const CueHit& hit : find_cues(clause, *list)) std::fill(masked.begin() + static_cast<long>(hit.begin), masked.begin() + static_cast<long>(hit.end), ' ');
  if (has_word(masked, "niet") || has_word(masked, "geen"))
    return m.event == "opr_instemming" ? Mood::refused : Mood::announced;
  return Mood::happened;
}

std::string_view clause_text(std::string_view text, const std::vector<Clause>& clauses, std::size_t index) {
  return text.substr(clauses[index].begin, clauses[index].end - clauses[index].begin);
}

struct DateChoice {
  std::size_t mention = 0, cost = std::numeric_limits<std::size_t>::max(), anchor_clause = 0;
};

DateChoice place_date(const DateMention& d, const std::vector<Mention>& mentions, const std::vector<Clause>& clauses) {
  DateChoice best;
  std::size_t dc = clause_of(clauses, d.offset);
  for (std::size_t i = 0; i < mentions.size(); ++i)
    for (const CueHit& a : mentions[i].anchors) {
      std::size_t ac = clause_of(clauses, a.begin);
      std::size_t cost = gap(d.offset, d.offset + d.length, a.begin, a.end) + (ac == dc ? 0 : kOtherClause);
      if (cost < best.cost) best = {i, cost, ac};
    }
  return best;
}

std::string canonical_body(const std::string& cue) {
  std::string l = lower_ascii_copy(cue);
  if (l == "alv" || l == "ledenvergadering" || l == "algemene ledenvergadering") return "algemene ledenvergadering";
  if (l == "ab" || l == "algemeen bestuur") return "algemeen bestuur";
  if (l == "db" || l == "dagelijks bestuur") return "dagelijks bestuur";
  if (l == "rvt" || l == "raad van toezicht") return "raad van toezicht";
  if (l == "het bestuur" || l == "bestuur van de stichting" || l == "bestuur van de vereniging") return "bestuur";
  return l;
}

std::string nearest_body(std::string_view text, const checklists::Event& ev, const CueHit& anchor) {
  std::string best;
  std::size_t best_gap = std::numeric_limits<std::size_t>::max();
  for (const CueHit& b : find_cues(text, ev.body_cues)) {
    std::size_t g = gap(b.begin, b.end, anchor.begin, anchor.end);
    if (g < best_gap) best_gap = g, best = canonical_body(b.cue);
  }
  return best;
}

}  // namespace

ProcedureEvents ProcedureEvents::from(const checklists::Catalog& catalog) {
  return {checklists::find_event(catalog, "vaststelling"), checklists::find_event(catalog, "opr_instemming"),
          checklists::find_event(catalog, "oogo")};
}

std::vector<Claim> read_claims(std::string_view text, const ProcedureEvents& events, const ClaimContext& context,
                               std::optional<int> year) {
  std::string lower = lower_ascii_copy(text);
  std::vector<CueHit> agreement;
  if (events.oogo) agreement = find_cues(text, events.oogo->agreement_cues);
  std::vector<Mention> mentions;
  if (events.oogo) mentions.push_back(oogo_mention(text, *events.oogo, context, agreement));
  bool oogo_named = !mentions.empty() && !mentions.back().anchors.empty();
  if (events.opr) mentions.push_back(consent_mention(text, *events.opr, context, agreement, oogo_named));
  if (events.vaststelling) mentions.push_back(adoption_mention(text, lower, *events.vaststelling, context));
  std::erase_if(mentions, [](const Mention& m) { return m.anchors.empty(); });
  if (mentions.empty()) return {};

  auto clauses = split_clauses(text);
  auto dates = find_dates(text, year);
  std::vector<std::optional<std::pair<std::size_t, std::size_t>>> chosen(mentions.size());  // date index, cost
  std::vector<std::size_t> anchor_clause(mentions.size(), 0);
  for (std::size_t i = 0; i < mentions.size(); ++i) anchor_clause[i] = clause_of(clauses, mentions[i].anchors.front().begin);
  for (std::size_t k = 0; k < dates.size(); ++k) {
    if (dates_a_document(lower, dates[k].offset)) continue;
    DateChoice c = place_date(dates[k], mentions, clauses);
    if (c.cost > kMaxDistance) continue;
    if (!chosen[c.mention] || c.cost < chosen[c.mention]->second) {
      chosen[c.mention] = std::make_pair(k, c.cost);
      anchor_clause[c.mention] = c.anchor_clause;
    }
  }
  std::optional<std::size_t> opening;  // "Op 12 maart 2014 heeft ... en ..."
  if (!dates.empty() && dates.front().offset <= 4) opening = 0;

  std::vector<Claim> out;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    Claim c;
    c.event = m.event;
    c.mood = mood_in(clause_text(text, clauses, anchor_clause[i]), m);
    std::optional<std::size_t> k = chosen[i] ? std::optional<std::size_t>(chosen[i]->first) : std::nullopt;
    if (k) {
      Mood in_date_clause = mood_in(clause_text(text, clauses, clause_of(clauses, dates[*k].offset)), m);
      if (in_date_clause != Mood::happened && c.mood == Mood::happened) c.mood = in_date_clause;
    } else if (opening && c.mood == Mood::happened) {
      k = opening;
    }
    if (k) {
      c.date = dates[*k].value;
      c.date_begin = dates[*k].offset;
      c.date_end = dates[*k].offset + dates[*k].length;
    } else if (std::all_of(m.anchors.begin(), m.anchors.end(), [&](const CueHit& a) { return is_reference_only(lower, a); })) {
      continue;
    }
    if (m.event == "vaststelling") c.by = nearest_body(text, *m.ev, m.anchors.front());
    if (m.event == "oogo") {
      c.outcome = read_outcome(text, *m.ev);
      c.gemeenten = read_gemeenten(text);
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace opcheck::analyse::detail
