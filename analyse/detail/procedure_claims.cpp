// read_claims(): the events one sentence names, the mood of each (happened, refused, only
// announced), and which date belongs to which event. A date goes to the event mention nearest
// to it, preferring one in its own clause; a date right after "versie van" or "concept van"
// dates a document, not an event. A sentence-initial date ("Op 12 maart ... en ...") serves
// every undated event of the sentence.
#include <algorithm>
#include <array>
#include <limits>
#include <tuple>

#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_date_roles.h"
#include "analyse/detail/procedure_mentions.h"
#include "analyse/detail/procedure_mood.h"
#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t kOtherClause = 60;    // extra distance for a date in another clause
constexpr std::size_t kMaxDistance = 200;   // a date farther from every mention is not theirs

// "... (besluit van 6 maart 2014)", "(vergadering 15 februari 2014)": a parenthesis naming the
// decision or meeting dates the whole statement, however long the sentence before it.
bool dates_the_statement(std::string_view lower, const DateMention& d) {
  const std::size_t open = lower.rfind('(', d.offset);
  if (open == std::string_view::npos || lower.find(')', open) < d.offset) return false;
  const std::string_view inside = lower.substr(open + 1, d.offset - open - 1);
  for (std::string_view w : {"besluit", "vergadering", "d.d.", "datum", "bijeenkomst", "brief"})
    if (inside.find(w) != std::string_view::npos) return true;
  return false;
}

std::size_t gap(std::size_t b1, std::size_t e1, std::size_t b2, std::size_t e2) {
  if (e1 <= b2) return b2 - e1;
  if (e2 <= b1) return b1 - e2;
  return 0;
}

// The words between an event word and a date that attach the date to it: " van ", " d.d. ",
// " op ", a colon, or an opening parenthesis after a few words ("door het bestuur (").
bool attaches_date(std::string_view between) {
  std::string t(between);
  while (!t.empty() && t.back() == ' ') t.pop_back();
  if (t.size() > 40) return false;
  if (!t.empty() && t.back() == '(') return t.find_first_of(".,;:)") == std::string::npos &&
                                            std::count(t.begin(), t.end(), ' ') <= 7;
  // A label: "vastgesteld: 3 april 2014", "instemming OPR: 27 maart 2014".
  if (t == ":" || t == " van" || t == " d.d." || t == " dd" || t == " op") return true;
  // ... also with the body between: "vastgesteld ALV 11 mrt. 2014", "instemming OPR op 4 maart".
  for (std::string_view link : {" op", " d.d.", ":"})
    if (t.size() > link.size() && t.ends_with(link)) t.resize(t.size() - link.size());
  return t == " alv" || t == " ab" || t == " db" || t == " opr" || t == " bestuur" || t == " rvt";
}

// "... met het plan, zoals dat op 4 maart aan ons is voorgelegd": a date in a clause about
// sending or receiving the plan, without a word of the act itself, dates that step.
bool dates_only_a_step(std::string_view clause, const Mention& m) {
  std::string lower = lower_ascii_copy(clause);
  bool step = false;
  for (std::string_view w : {"voorgelegd", "toegezonden", "ontvangen", "aangeboden", "verzonden", "gestuurd", "ingediend",
                             "gezonden", "toegestuurd", "opgestuurd", "geplaatst", "gepubliceerd", "bekendgemaakt",
                             "verspreid", "rondgestuurd"})
    step |= has_word(lower, w);
  // "Ter voorbereiding op het OOGO is het concept op 7 januari toegezonden": the event word only
  // names what the step prepares.
  const auto cues = find_cues(clause, m.ev->cues);
  // "Het vastgestelde plan is op 25 april aan de inspectie gezonden": the adjective names the plan.
  return step && std::all_of(cues.begin(), cues.end(), [&](const CueHit& h) {
           return is_reference_only(lower, h) || has_role(m.ev->adjective_cues, h);
         });
}

struct DateChoice {
  std::size_t mention = 0, cost = std::numeric_limits<std::size_t>::max(), anchor_clause = 0;
};

// The mention a date belongs to: the nearest anchor, in its own clause if it can. Ties go to
// the anchor after the date ("12 maart | Instemming OPR"), as in timelines and lists.
DateChoice place_date(const DateMention& d, const std::vector<Mention>& mentions, const std::vector<Clause>& clauses) {
  DateChoice best;
  std::size_t dc = clause_of(clauses, d.offset);
  for (std::size_t i = 0; i < mentions.size(); ++i)
    for (const CueHit& a : mentions[i].anchors) {
      std::size_t ac = clause_of(clauses, a.begin);
      std::size_t cost = 2 * gap(d.offset, d.offset + d.length, a.begin, a.end) + (ac == dc ? 0 : 2 * kOtherClause);
      if (a.end <= d.offset) ++cost;
      if (cost < best.cost) best = {i, cost, ac};
    }
  return best;
}

std::string canonical_body(const std::string& cue) {
  std::string l = lower_ascii_copy(cue);
  if (l == "alv" || l == "ledenvergadering" || l == "algemene ledenvergadering" || l == "ledenraad")
    return "algemene ledenvergadering";
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

// "Planning OOGO", "Instemming OPR" as a heading or label: it names the event, it does not say
// that it happened. A participle ("Vastgesteld door het bestuur") does say so.
bool is_bare_label(std::string_view lower, const Mention& m) {
  if (lower.size() > 40 || has_past_marker(lower)) return false;
  return std::none_of(m.anchors.begin(), m.anchors.end(), [](const CueHit& a) {
    const std::string cue = lower_ascii_copy(a.cue);
    const std::string first = cue.substr(0, cue.find(' '));
    return first.size() > 4 && (first.back() == 'd' || first.back() == 't');
  });
}

// "Vaststelling ALV: geagendeerd voor 23 april": a short label opening the line takes its mood
// from the value after its colon.
std::string_view label_and_value(std::string_view text, const std::vector<Clause>& clauses, std::size_t j) {
  const std::string_view own = clause_text(text, clauses, j);
  if (j != 0 || clauses.size() < 2 || clauses[0].end >= text.size() || text[clauses[0].end] != ':') return own;
  if (std::count(own.begin(), own.end(), ' ') > 4) return own;
  return text.substr(clauses[0].begin, clauses[1].end - clauses[0].begin);
}

// The clause that continues clause `j` after a relative clause set off by commas (", die ...,"),
// or nothing.
std::string_view after_relative_clause(std::string_view text, const std::vector<Clause>& clauses, std::size_t j) {
  if (j + 2 >= clauses.size()) return {};
  const auto opens = [&](std::size_t k) { return clauses[k].begin > 0 && text[clauses[k].begin - 1] == ','; };
  const std::string relative = lower_ascii_copy(clause_text(text, clauses, j + 1));
  const std::size_t start = relative.find_first_not_of(' ');
  if (start == std::string::npos || !opens(j + 1) || !opens(j + 2)) return {};
  const std::string_view first = std::string_view(relative).substr(start);
  if (!first.starts_with("die ") && !first.starts_with("dat ") && !first.starts_with("welke ")) return {};
  return clause_text(text, clauses, j + 2);
}

// Dates that may be an event's: not a document's date, not a bound ("vóór 1 mei").
std::vector<DateMention> event_dates(std::string_view text, std::string_view lower, std::optional<int> year) {
  auto dates = find_dates(text, year);
  std::erase_if(dates, [&](const DateMention& d) {
    return dates_a_document(lower, d.offset) || is_bound_date(lower, d.offset) ||
           dates_a_sending(lower, d.offset, d.length) || is_dateline(lower, d.offset, d.length);
  });
  return dates;
}

// The mention a date is attached to by grammar, if any: "het OOGO van 13 februari", "de
// vaststelling d.d. 12 maart", "de instemming van de OPR (18 maart)", "door het bestuur (25 maart
// 2014)". Such a date belongs to the event just named, however close another event word is.
std::vector<std::optional<std::size_t>> bind_dates(std::string_view lower, const std::vector<DateMention>& dates,
                                                   const std::vector<Mention>& mentions) {
  std::vector<std::optional<std::size_t>> bound(dates.size());
  for (std::size_t k = 0; k < dates.size(); ++k) {
    std::size_t best_end = 0;
    for (std::size_t i = 0; i < mentions.size(); ++i)
      for (const CueHit& a : mentions[i].anchors) {
        if (a.end > dates[k].offset || a.end < best_end) continue;
        const std::string_view between = lower.substr(a.end, dates[k].offset - a.end);
        if (attaches_date(between)) best_end = a.end, bound[k] = i;
      }
  }
  return bound;
}

// "De OPR en het bestuur hebben op respectievelijk 3 en 12 maart 2014 ...": with
// "respectievelijk" the dates go to the events in the order the sentence names them, whatever
// their distance.
void pair_respectively(std::string_view lower, const std::vector<DateMention>& dates, const std::vector<Mention>& mentions,
                       std::vector<std::optional<std::pair<std::size_t, std::size_t>>>& chosen) {
  if (dates.size() < 2 || mentions.size() < 2 || !has_word(lower, "respectievelijk")) return;
  std::vector<std::size_t> order(mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto first_anchor = [&](std::size_t i) {
    std::size_t at = std::numeric_limits<std::size_t>::max();
    for (const CueHit& a : mentions[i].anchors) at = std::min(at, a.begin);
    return at;
  };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return first_anchor(a) < first_anchor(b); });
  for (std::size_t k = 0; k < std::min(order.size(), dates.size()); ++k) chosen[order[k]] = std::make_pair(k, std::size_t{0});
}

// " en ", ", ", or a short clause naming the next party: "op 4 februari, dat met Veldhorst op
// 13 februari en dat met Ommerzand op 2 april".
bool joins_listed_dates(std::string_view between) {
  if (between == " en " || between == ", " || between == " en op " || between == " en van ") return true;
  const bool opens = between.starts_with(", ") || between.starts_with(" en ");
  const bool closes = between.ends_with(" op ") || between.ends_with(" van ");
  return opens && closes && between.size() <= 90 && between.find("met ") != std::string_view::npos &&
         std::none_of(between.begin(), between.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Het OOGO is gevoerd op 3 februari en 17 maart 2014": an event held on a list of dates is
// done on the last one. A listed date that another event took stays with that event.
void take_last_of_lists(std::string_view lower, const std::vector<DateMention>& dates,
                        const std::vector<std::optional<std::size_t>>& bound,
                        std::vector<std::optional<std::pair<std::size_t, std::size_t>>>& chosen) {
  auto taken = [&](std::size_t k) {
    return bound[k] || std::any_of(chosen.begin(), chosen.end(), [&](const auto& c) { return c && c->first == k; });
  };
  for (auto& c : chosen) {
    if (!c) continue;
    for (std::size_t k = c->first; k + 1 < dates.size(); ++k) {
      const std::size_t end = dates[k].offset + dates[k].length;
      if (dates[k + 1].offset < end) break;
      const std::string_view between = lower.substr(end, dates[k + 1].offset - end);
      if (!joins_listed_dates(between)) break;
      if (taken(k + 1)) break;
      c->first = k + 1;
    }
  }
}

// "Vastgesteld door het bestuur op 25 maart 2014, na instemming van ...": a colophon line opens
// with the participle of the act done.
bool opens_with_participle(std::string_view lower) {
  for (std::string_view w : {"vastgesteld ", "aldus vastgesteld ", "goedgekeurd ", "aldus besloten "})
    if (lower.starts_with(w)) return true;
  return false;
}

// The "nadat" or "waarna" clause of a sentence ("..., nadat de OPR heeft ingestemd"): sentence-initial it
// ends at the first comma, else at the sentence's end. Empty when there is none.
struct ClauseSpan {
  std::size_t begin = 0, end = 0;
  bool holds(std::size_t at) const { return at >= begin && at < end; }
};

ClauseSpan subordinate_clause(std::string_view lower) {
  std::size_t begin = std::string_view::npos;
  for (std::string_view w : {"nadat", "zodra", "voordat", "totdat", "waarna"})
    if (auto hits = find_cue(lower, w); !hits.empty()) begin = std::min(begin, hits.front().begin);
  if (begin == std::string_view::npos) return {};
  return {begin, begin == 0 ? std::min(lower.find(','), lower.size()) : lower.size()};
}

// "Het bestuur stelt het plan naar verwachting op 15 april vast, nadat de OPR heeft ingestemd":
// an event in the "nadat" clause of an announced act is itself still to come.
void follow_announced_main_clause(const ClauseSpan& sub, const std::vector<std::size_t>& anchored_at, std::vector<Claim>& claims) {
  bool main_announced = false;
  for (std::size_t k = 0; k < claims.size(); ++k)
    main_announced |= !sub.holds(anchored_at[k]) && claims[k].mood == Mood::announced;
  if (!main_announced) return;
  for (std::size_t k = 0; k < claims.size(); ++k)
    if (sub.holds(anchored_at[k]) && claims[k].mood == Mood::happened) {
      claims[k].mood = Mood::announced;
      claims[k].date.reset();
    }
}

// Whether `clause` holds a consent word of its own (not only the OPR's name).
bool names_consent(std::string_view clause, const checklists::Event& ev) {
  for (const auto* list : {&ev.cues, &ev.negative_cues, &ev.refusal_cues})
    if (!find_cues(clause, *list).empty()) return true;
  return false;
}

// The sentence names the plan only as a concept ("het concept-ondersteuningsplan", "het concept"),
// not as the definitive plan.
bool adopts_a_concept(std::string_view lower) {
  if (has_word(lower, "definitief") || has_word(lower, "definitieve")) return false;
  std::string rest(lower);
  for (std::string_view draft : {"concept-ondersteuningsplan", "conceptondersteuningsplan", "conceptplan", "concept"})
    for (std::size_t at = rest.find(draft); at != std::string::npos; at = rest.find(draft, at))
      rest.replace(at, draft.size(), std::string(draft.size(), '#'));
  return rest != lower && !has_word(rest, "plan") && !has_word(rest, "ondersteuningsplan");
}

}  // namespace

// "Met Assen vond het OOGO plaats op 4 februari, met Tynaarlo en Aa en Hunze op 11 februari
// 2014": with a round per municipality, listed one after the other, the OOGO ends at the last.
void oogo_takes_the_last_round(std::string_view lower, const std::vector<DateMention>& dates, std::vector<Claim>& claims) {
  auto taken_by_other = [&](const DateMention& d) {
    return std::any_of(claims.begin(), claims.end(),
                       [&](const Claim& c) { return c.event != "oogo" && c.date && c.date_begin == d.offset; });
  };
  for (Claim& c : claims) {
    if (c.event != "oogo" || !c.date || c.mood != Mood::happened) continue;
    const DateMention* last = nullptr;
    for (std::size_t k = 0; k < dates.size(); ++k) {
      if (taken_by_other(dates[k]) || dates[k].value.precision != Precision::day) continue;
      if (last) {
        // Listed: a short stretch with a comma or "en" between one date and the next.
        const std::string_view between = lower.substr(last->offset + last->length, dates[k].offset - last->offset - last->length);
        if (between.size() > 60 || (between.find(',') == std::string_view::npos && !has_word(between, "en"))) return;
      }
      const auto key = [](const DateValue& v) { return std::tuple(v.year, v.month, v.day); };
      if (!last || key(dates[k].value) > key(last->value)) last = &dates[k];
    }
    if (!last || last->offset == c.date_begin) continue;
    c.date = last->value;
    c.date_begin = last->offset;
    c.date_end = last->offset + last->length;
  }
}

std::vector<DateMention> event_dates(std::string_view text, std::optional<int> year) {
  return event_dates(text, lower_ascii_copy(text), year);
}

ProcedureEvents ProcedureEvents::from(const checklists::Catalog& catalog) {
  return {checklists::find_event(catalog, "vaststelling"), checklists::find_event(catalog, "opr_instemming"),
          checklists::find_event(catalog, "oogo")};
}

std::vector<Claim> read_claims(std::string_view text, const ProcedureEvents& events, const ClaimContext& context,
                               std::optional<int> year) {
  std::string lower = lower_ascii_copy(text);
  auto dates = event_dates(text, lower, year);
  std::vector<Mention> mentions = find_mentions(text, lower, events, context, !dates.empty());
  if (mentions.empty()) return {};

  auto clauses = split_clauses(text);
  std::vector<std::optional<std::pair<std::size_t, std::size_t>>> chosen(mentions.size());  // date index, cost
  std::vector<std::size_t> anchor_clause(mentions.size(), 0);
  for (std::size_t i = 0; i < mentions.size(); ++i) anchor_clause[i] = clause_of(clauses, mentions[i].anchors.front().begin);
  const auto bound = bind_dates(lower, dates, mentions);
  for (std::size_t k = 0; k < dates.size(); ++k) {
    if (bound[k]) {
      chosen[*bound[k]] = std::make_pair(k, std::size_t{0});
      continue;
    }
    DateChoice c = place_date(dates[k], mentions, clauses);
    if (std::find(bound.begin(), bound.end(), c.mention) != bound.end()) continue;
    if (dates_only_a_step(clause_text(text, clauses, clause_of(clauses, dates[k].offset)), mentions[c.mention])) continue;
    if (c.cost > 2 * kMaxDistance && !dates_the_statement(lower, dates[k])) continue;
    if (!chosen[c.mention] || c.cost < chosen[c.mention]->second) {
      chosen[c.mention] = std::make_pair(k, c.cost);
      anchor_clause[c.mention] = c.anchor_clause;
    }
  }
  if (!has_word(lower, "respectievelijk")) take_last_of_lists(lower, dates, bound, chosen);
  pair_respectively(lower, dates, mentions, chosen);
  // "Op 12 maart 2014 heeft de OPR ingestemd en het bestuur het plan vastgesteld": a date
  // before every event word serves each undated event of the sentence.
  std::optional<std::size_t> opening;
  if (!dates.empty()) {
    std::size_t first_anchor = text.size();
    for (const Mention& m : mentions)
      for (const CueHit& a : m.anchors) first_anchor = std::min(first_anchor, a.begin);
    // ... opening it: a few words at most before it ("Op", "In de vergadering van"), not "Het
    // bestuur heeft het plan op 26 maart vastgesteld zonder dat overeenstemming was bereikt".
    const std::string_view lead = std::string_view(lower).substr(0, dates.front().offset);
    const bool opens = std::count(lead.begin(), lead.end(), ' ') <= 4;
    if (opens && dates.front().offset + dates.front().length <= first_anchor) opening = 0;
  }

  const ClauseSpan sub = subordinate_clause(lower);
  std::vector<Claim> out;
  std::vector<std::size_t> anchored_at;  // where each claim of `out` names its event
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    Claim c;
    c.event = m.event;
    c.named = m.named;
    // "De OPR heeft het plan op 19 maart besproken; het instemmingsbesluit volgt ...": the date sat
    // next to the OPR's name, but the consent is spoken of where its own word stands.
    if (m.event == "opr_instemming" && !names_consent(clause_text(text, clauses, anchor_clause[i]), *m.ev))
      anchor_clause[i] = clause_of(clauses, m.anchors.front().begin);
    // A table row is one statement: "(gepland)" in any cell sets the mood of the row.
    std::string_view scope = context.table ? text : label_and_value(text, clauses, anchor_clause[i]);
    c.mood = mood_in(scope, *m.ev);
    // "Het bestuur heeft de vaststelling, die voor 8 april gepland stond, uitgesteld": the main
    // clause goes on after the relative clause, and its end says what became of the act.
    if (!context.table && c.mood == Mood::happened)
      if (const auto rest = after_relative_clause(text, clauses, anchor_clause[i]); !rest.empty())
        if (mood_in(rest, *m.ev) == Mood::announced && !has_past_marker(lower_ascii_copy(rest))) c.mood = Mood::announced;
    // "Het plan is, na instemming van de OPR, vastgesteld": a weak negative ("na instemming
    // van") in a clause of its own takes its tense from the sentence.
    const auto weak_in_past = [&](std::string_view part) {
      return only_weak_negatives(part, *m.ev) && (has_past_marker(lower) || opens_with_participle(lower)) &&
             !has_future_marker(lower);
    };
    // "na instemming van de OPR op 11 maart 2014": a weak negative whose event the grammar dates
    // refers to an act done on that day.
    const bool dated_by_grammar = std::find(bound.begin(), bound.end(), std::optional<std::size_t>(i)) != bound.end();
    const auto weak_and_dated = [&](std::string_view part) {
      return dated_by_grammar && only_weak_negatives(part, *m.ev) && !has_future_marker(lower);
    };
    if (c.mood == Mood::announced && !context.table && (weak_in_past(scope) || weak_and_dated(scope)))
      c.mood = Mood::happened;
    // "Besluit: het plan wordt vastgesteld." in a decision list records the act itself, the
    // board's: the OPR's consent it waits for ("onder voorbehoud van instemming door de OPR op
    // 17 maart") is still to come.
    const bool decided = m.event == "vaststelling" && is_decision_record(lower, context.decisions);
    if (c.mood == Mood::announced && (decided || is_signed_approval(lower) || records_a_vote(lower)))
      c.mood = denies_the_act(lower_ascii_copy(scope)) ? Mood::refused : Mood::happened;
    if (!context.table && c.mood == Mood::happened) c.mood = main_verb_mood(text, clauses, anchor_clause[i], *m.ev);
    // "Zodra het concept gereed is, voert het samenwerkingsverband het OOGO": a main clause after
    // an opening condition ("zodra", "wanneer", "als ...") happens only when that does.
    if (!context.table && c.mood == Mood::happened && anchor_clause[i] > 0 && sets_a_condition(clause_text(text, clauses, 0)))
      c.mood = Mood::announced;
    if (c.mood == Mood::happened && m.event == "opr_instemming" && refused_in_joined_clause(text, clauses, anchor_clause[i], *m.ev))
      c.mood = Mood::refused;
    std::optional<std::size_t> k = chosen[i] ? std::optional<std::size_t>(chosen[i]->first) : std::nullopt;
    if (k && !context.table) {
      const std::string_view date_clause = clause_text(text, clauses, clause_of(clauses, dates[*k].offset));
      Mood in_date_clause = mood_in(date_clause, *m.ev);
      // "..., na instemming van de OPR op 8 april 2014.": the same weak negative next to the date.
      if (in_date_clause == Mood::announced && (weak_in_past(date_clause) || weak_and_dated(date_clause)))
        in_date_clause = Mood::happened;
      if (in_date_clause != Mood::happened && c.mood == Mood::happened) c.mood = in_date_clause;
    } else if (!k && opening && c.mood == Mood::happened && !sub.holds(m.anchors.front().begin) &&
               m.anchors.front().begin < lower.find("; ")) {  // the opening date stays in its own statement
      k = opening;
    }
    bool reference = std::all_of(m.anchors.begin(), m.anchors.end(), [&](const CueHit& a) { return is_reference_only(lower, a); });
    if (!k && reference) continue;
    c.bare_label = !k && c.mood == Mood::happened && is_bare_label(lower, m);
    if (m.event == "oogo" && is_habitual(lower)) continue;
    if (k) {
      c.date = dates[*k].value;
      c.date_begin = dates[*k].offset;
      c.date_end = dates[*k].offset + dates[*k].length;
    }
    if (m.event == "vaststelling") c.by = nearest_body(text, *m.ev, m.anchors.front());
    // "Het DB heeft het concept-ondersteuningsplan vastgesteld en vrijgegeven": adopting a concept
    // releases it; the plan itself is still to be adopted.
    if (m.event == "vaststelling" && c.mood == Mood::happened && adopts_a_concept(lower)) {
      c.mood = Mood::announced;
      c.date.reset();
    }
    if (m.event == "oogo") {
      c.outcome = read_outcome(text, *m.ev);
      if (c.outcome.empty() && c.mood == Mood::happened) c.outcome = "onbekend";
      c.gemeenten = read_gemeenten(text);
    }
    anchored_at.push_back(m.anchors.front().begin);
    out.push_back(std::move(c));
  }
  follow_announced_main_clause(sub, anchored_at, out);
  oogo_takes_the_last_round(lower, dates, out);
  return out;
}

}  // namespace opcheck::analyse::detail
