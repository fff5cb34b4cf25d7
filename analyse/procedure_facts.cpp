// find_procedure_facts(): the adoption, OPR consent and OOGO facts of a plan. Every sentence
// (and every table row, for timelines) is read for claims; an undated statement takes its date
// from its surroundings (detail/procedure_dating.h: the meeting or moment before it, the
// meeting its letter names, the letter's date line, a dated heading; never a version date).
// Per event the strongest claim wins: happened or refused over announced, dated over undated,
// named by the event's own words over inferred from talks or agreement, own date over borrowed,
// letter or adoption page over timeline table over running text, day over month, later over
// earlier; between consent and refusal the later act is the final word.
#include <algorithm>
#include <cctype>
#include <tuple>

#include "analyse/detail/internal.h"
#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_dating.h"
#include "analyse/detail/procedure_forms.h"
#include "analyse/detail/procedure_written_on.h"
#include "analyse/detail/procedure_layout.h"
#include "analyse/detail/structure_headings.h"
#include "analyse/detail/procedure_state.h"
#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t kContextBlocks = 8;  // short blocks before a statement read as its context
constexpr std::size_t kOutcomeBlock = 720;  // bytes; a following paragraph read for the OOGO outcome
constexpr const char* kUnknownOutcome = "onbekend";

// A planning row that reports its step as done ("OOGO gevoerd, uitkomst: akkoord").
bool reports_done(std::string_view lower) {
  for (std::string_view w : {"gevoerd", "gehouden", "plaatsgevonden", "afgerond", "gerealiseerd", "uitkomst"})
    if (has_word(lower, w)) return true;
  return false;
}

// The context of two texts read together: each flag set when either text sets it.
ClaimContext either(const ClaimContext& a, const ClaimContext& b) {
  return {a.opr || b.opr, a.oogo || b.oogo, a.procedure || b.procedure, a.table || b.table};
}

class Reader {
 public:
  Reader(const Structure& s, const checklists::Catalog& catalog, std::optional<int> year)
      : structure_(s), events_(ProcedureEvents::from(catalog)), year_(year), dater_(year) {}

  std::vector<Found> run() {
    for (const Section& section : structure_.sections)
      if (!is_glossary_title(section.title))
        for (std::size_t i = 0; i < section.blocks.size(); ++i) read_block(section, i);
    return std::move(found_);
  }

 private:
  // Section title plus the short blocks just before block i, back to the previous letter's end.
  std::string around(const Section& section, std::size_t i) const {
    std::string text = section.title;
    for (std::size_t k = i, n = 0; k-- > 0 && n < kContextBlocks; ++n) {
      const std::string& t = section.blocks[k].text;
      if (ends_letter(lower_ascii_copy(t))) break;
      if (t.size() <= kShortBlock) text += " \n " + t;
    }
    return text;
  }

  // A letter is signed below its text: "namens de ondersteuningsplanraad" names the writer.
  std::string signature(const Section& section, std::size_t i) const {
    std::string text;
    for (std::size_t k = i + 1; k < section.blocks.size() && k <= i + kLetterWindow; ++k) {
      const std::string& t = section.blocks[k].text;
      if (opens_letter(t)) break;
      if (ends_letter(lower_ascii_copy(t))) {
        for (std::size_t j = k; j < section.blocks.size() && j <= k + 3; ++j) text += " \n " + section.blocks[j].text;
        break;
      }
    }
    return text;
  }

  bool in_letter(const Section& section, std::size_t i) const {
    const auto& b = section.blocks;
    for (std::size_t k = i + 1; k < b.size() && k <= i + 4; ++k)
      if (ends_letter(lower_ascii_copy(b[k].text))) return true;
    for (std::size_t k = i, n = 0; k-- > 0 && n < 4; ++n)
      if (opens_letter(b[k].text)) return true;
    std::string title = lower_ascii_copy(section.title);
    return title.find("vaststelling") != std::string::npos || title.find("besluit") != std::string::npos ||
           lower_ascii_copy(b[i].text).find("aldus vastgesteld") != std::string::npos;
  }

  void read_block(const Section& section, std::size_t i) {
    const Block& block = section.blocks[i];
    std::string near = around(section, i);
    // A letter's undated subject line names its topic ("Betreft: instemming ondersteuningsplan"),
    // not an act; a dated one ("Onderwerp: OOGO van 29 maart") does date it.
    if (is_subject_line(block.text) && find_dates(block.text, year_).empty()) return;
    if (is_definition_line(block.text)) return;
    bool letter = in_letter(section, i), table = block.kind == BlockKind::table_row;
    const bool decision_list = under_decision_list(section, i);
    if (letter) near += signature(section, i);
    std::vector<extract::Span> spans;
    if (table) spans.push_back({0, block.text.size()});
    else spans = extract::split_sentences(block.text);
    // "Besluit OPR: [X] instemming [ ] geen instemming": only the ticked option is said.
    const std::string text = without_unticked_options(block.text);
    auto sentence = [&](std::size_t s) { return std::string_view(text).substr(spans[s].begin, spans[s].end - spans[s].begin); };
    // The rows and list items under "Planning" are what is to be done, whatever their dates.
    const bool listed = table || block.kind == BlockKind::list_item || block.text.starts_with("- ");
    // ... and the decision a proposal to the board asks for ("Voorgesteld besluit:") is still to be taken.
    const std::string label = lower_ascii_copy(i > 0 ? section.blocks[i - 1].text : std::string());
    const bool proposed = label.starts_with("voorgesteld besluit") || label.starts_with("besluitvoorstel") ||
                          label.starts_with("ontwerpbesluit");
    // ... but not under "Planning en realisatie", which reports what was done, and a form's
    // "Voorstel: instemming met ..." line only names what was put to the vote.
    const std::string near_lower = lower_ascii_copy(near);
    const bool realised_list = detail::has_word(near_lower, "realisatie") || detail::has_word(near_lower, "gerealiseerd");
    const bool planned = (listed && detail::has_word(near_lower, "planning") && !realised_list) || proposed ||
                         lower_ascii_copy(block.text).starts_with("voorstel:");
    // "Stap | gepland | gerealiseerd": the realised column says what happened, and when.
    const std::optional<RealisedCell> realised = table ? realised_cell(section, i) : std::nullopt;
    // "Stap | Datum | Status" with "gereed" or "gepland": the status says which rows happened.
    const std::optional<bool> done = table ? status_done(section, i) : std::nullopt;
    std::size_t first = found_.size();
    std::vector<std::size_t> sentence_of;
    const ClaimContext near_context = read_context(near, events_);  // once per block: it is the costly part
    for (std::size_t s = 0; s < spans.size(); ++s) {
      // The sentence or paragraph before may name the speaker ("De OPR vergaderde ... De raad stemde in").
      const ClaimContext local = s > 0 ? read_context(sentence(s - 1), events_) : context_before(section, i);
      ClaimContext ctx = either(near_context, local);
      // "De OPR boog zich op 28 januari over het plan. In die vergadering werd ingestemd.": the body
      // just named speaks, not the OOGO named further up.
      if (local.opr && !local.oogo) ctx.oogo = false;
      ctx.table = table;
      ctx.decisions = decision_list;
      auto add = [&](Claim claim, std::size_t begin, std::size_t end) {
        // "Het vorige plan werd op 20 juni 2012 vastgesteld": an earlier plan's act.
        if (before_the_plan(claim.date)) return;
        if (letter) before_the_letter(claim, sentence(s), section, i);
        if (realised) take_realisation(claim, *realised);
        else if (done) take_status(claim, *done);
        else if (planned && claim.mood == Mood::happened && !reports_done(lower_ascii_copy(sentence(s))))
          claim.mood = Mood::announced;
        Found f{std::move(claim), letter ? 3 : table ? 2 : 1, {make_evidence(section, block, begin, end)}};
        complete(f, section, i, end, letter);
        found_.push_back(std::move(f));
        sentence_of.push_back(s);
      };
      const std::size_t sentence_first = found_.size();
      for (Claim& claim : read_claims(sentence(s), events_, ctx, year_)) add(std::move(claim), spans[s].begin, spans[s].end);
      if (!table) read_later_statements(sentence(s), ctx, sentence_first, spans[s].begin, add);
    }
    std::vector<SentenceClaims> claims(spans.size());
    for (std::size_t k = first; k < found_.size(); ++k) {
      SentenceClaims& c = claims[sentence_of[k - first]];
      c.any = true;
      if (found_[k].claim.date) c.dated.push_back({found_[k].claim.date_begin, found_[k].claim.event, found_[k].claim.mood});
    }
    for (std::size_t k = first; k < found_.size(); ++k)
      if (!found_[k].claim.date && found_[k].claim.mood != Mood::announced)
        dater_.date(found_[k], ClaimSite{section, i, sentence_of[k - first], spans, claims, letter, previous_, earlier_});
    // A date borrowed from years before the plan (an earlier plan's history) dates nothing of it.
    for (std::size_t k = first; k < found_.size(); ++k)
      if (before_the_plan(found_[k].claim.date)) found_[k].claim.date.reset();
    announce_after_writing(section, i, letter, first);
    // "Planning OOGO": a label that found no date around it says nothing happened.
    for (std::size_t k = found_.size(); k-- > first;)
      if (found_[k].claim.bare_label && !found_[k].claim.date) {
        found_.erase(found_.begin() + static_cast<long>(k));
        sentence_of.erase(sentence_of.begin() + static_cast<long>(k - first));
      }
    // After the indexes above into this block's claims:
    for (Found& f : unticked_steps(section, i, events_, near_context, year_)) found_.push_back(std::move(f));
    earlier_ = previous_;
    previous_ = {&block, claims.empty() ? SentenceClaims{} : claims.back()};
  }

  void before_the_letter(Claim& claim, std::string_view sentence, const Section& section, std::size_t i) const {
    if (const auto letter = dater_.letter_date(section, i)) move_before_the_letter(claim, sentence, letter->date.value);
  }

  void announce_after_writing(const Section& section, std::size_t i, bool letter, std::size_t first) {
    const bool any_dated = std::any_of(found_.begin() + static_cast<long>(first), found_.end(), [](const Found& f) {
      return f.claim.mood == Mood::happened && f.claim.date;
    });
    if (!any_dated) return;  // most blocks claim nothing: skip looking for the day of writing
    if (const auto written = day_of_writing(section, i, letter, dater_, year_)) announce_after(found_, first, *written);
  }

  // A date two years or more before the plan's year: the history of an earlier plan.
  bool before_the_plan(const std::optional<DateValue>& date) const {
    return date && year_ && date->year != 0 && date->year < *year_ - 1;
  }

  // A row of a table with a status column: done keeps the row's date, to come announces it.
  static void take_status(Claim& claim, bool done) {
    if (claim.mood == Mood::refused) return;
    claim.mood = done ? Mood::happened : Mood::announced;
  }

  // A row of a table with a realisation column: its date there, or no date and still to come.
  void take_realisation(Claim& claim, const RealisedCell& cell) const {
    const auto dates = find_dates(cell.text, year_);
    if (dates.empty()) {
      claim.mood = Mood::announced;
      claim.date.reset();
      return;
    }
    if (claim.mood == Mood::announced) claim.mood = Mood::happened;
    claim.date = dates.front().value;
    claim.date_begin = cell.offset + dates.front().offset;
    claim.date_end = claim.date_begin + dates.front().length;
  }

  // The speaker set by the paragraph before, or by the one before that when the paragraph
  // between names no body ("De OPR onthield ... / Het bestuur herschreef ... / De raad stemde alsnog
  // in"); the nearer paragraph wins ("Dat overleg ... / De OPR boog zich ... / Daar werd ingestemd").
  ClaimContext context_before(const Section& section, std::size_t i) const {
    if (i == 0) return {};
    const ClaimContext nearer = read_context(section.blocks[i - 1].text, events_);
    if (nearer.opr || nearer.oogo || i < 2 || !follows_paragraph(section, i) || !follows_paragraph(section, i - 1)) return nearer;
    return either(nearer, read_context(section.blocks[i - 2].text, events_));
  }

  // "De OPR had op 11 maart zijn instemming onthouden; op 1 april 2014 heeft de raad alsnog
  // ingestemd": a statement after "; " or ", maar" may report the same event again, later. Its
  // dated acts that the whole sentence did not yield are added; the later one wins the ranking.
  template <typename Add>
  void read_later_statements(std::string_view sentence, ClaimContext context, std::size_t sentence_first,
                             std::size_t offset, Add& add) {
    const auto parts = split_statements(sentence);
    if (parts.size() < 2) return;
    for (const Clause& part : parts) {
      const std::string_view text = sentence.substr(part.begin, part.end - part.begin);
      for (Claim& claim : read_claims(text, events_, context, year_)) {
        if (!claim.date || claim.mood == Mood::announced || yielded(sentence_first, claim)) continue;
        claim.date_begin += part.begin;
        claim.date_end += part.begin;
        add(std::move(claim), offset + part.begin, offset + part.end);
      }
      // The parts before name the speaker of the later ones ("... de OPR ...; de raad stemde in").
      context = either(context, read_context(text, events_));
    }
  }

  bool yielded(std::size_t from, const Claim& claim) const {
    return std::any_of(found_.begin() + static_cast<long>(from), found_.end(), [&](const Found& f) {
      return f.claim.event == claim.event && f.claim.mood == claim.mood && f.claim.date == claim.date;
    });
  }

  // What the sentence left open and its surroundings say: the letter's date, the OOGO outcome
  // in the next sentences, the municipalities on the letterhead and signature lines.
  void complete(Found& f, const Section& section, std::size_t i, std::size_t sentence_end, bool letter) const {
    Claim& c = f.claim;
    const Block& block = section.blocks[i];
    if (c.event != "oogo" || !events_.oogo) return;
    auto unknown = [&] { return c.outcome.empty() || c.outcome == kUnknownOutcome; };
    auto fill_outcome = [&](std::string_view text) {
      if (std::string o = read_outcome(text, *events_.oogo); !o.empty() && unknown()) c.outcome = o;
    };
    fill_outcome(std::string_view(block.text).substr(sentence_end));
    // "Westerkamp en Nijeveld stemmen in. Roosdonk stemt niet in; het geschil gaat naar de
    // geschillencommissie.": a point left in dispute later in the paragraph ends the agreement.
    if (c.outcome == "overeenstemming" && read_outcome(std::string_view(block.text).substr(sentence_end), *events_.oogo) ==
                                              "geen_overeenstemming")
      c.outcome = "geen_overeenstemming";
    // The outcome often follows in the next paragraph ("Het overleg leidde tot overeenstemming.").
    if (unknown() && i + 1 < section.blocks.size() && section.blocks[i + 1].text.size() <= kOutcomeBlock)
      fill_outcome(section.blocks[i + 1].text);
    if (letter || c.gemeenten.empty()) {
      std::string nearby = around(section, i);
      if (letter)
        for (std::size_t k = i + 1; k < section.blocks.size() && k <= i + 5; ++k) nearby += " \n " + section.blocks[k].text;
      if (letter) fill_outcome(nearby);
      for (auto& g : read_gemeenten(nearby))
        if (std::find(c.gemeenten.begin(), c.gemeenten.end(), g) == c.gemeenten.end()) c.gemeenten.push_back(g);
    }
  }

  const Structure& structure_;
  ProcedureEvents events_;
  std::optional<int> year_;
  std::vector<Found> found_;
  Dater dater_;
  LastSentence previous_, earlier_;  // of the block read before, and the one before that
};

auto rank(const Found& f) {
  const auto& d = f.claim.date;
  int when = d ? d->year * 10000 + d->month * 100 + d->day : 0;
  // A statement outranks a label over it ("Instemmingsverklaring" above "De raad verleent instemming"),
  // also when only the label names the event ("Verklaring OOGO" above "... dat op 29 maart
  // overeenstemming is bereikt").
  return std::make_tuple(f.claim.mood != Mood::announced, d.has_value(), !f.claim.bare_label, f.claim.named, !f.borrowed,
                         f.authority,
                         d && d->precision == Precision::day, when);
}

// The raad van toezicht approves what the board adopted; it adopts only where no other body does.
bool by_supervisors(const Found& f) {
  const std::string by = lower_ascii_copy(f.claim.by);
  return by.find("toezicht") != std::string::npos || by == "rvt";
}

bool names_a_later_round(const Found& f) {
  for (const Evidence& e : f.evidence) {
    const std::string lower = lower_ascii_copy(e.quote);
    for (std::string_view w : {"tweede", "derde", "opnieuw", "vervolgoverleg", "vervolggesprek", "nogmaals"})
      if (has_word(lower, w)) return true;
  }
  return false;
}

int day_of(const Found& f) { return f.claim.date->year * 10000 + f.claim.date->month * 100 + f.claim.date->day; }

// The claim that has the final word on `event`, starting from the best-ranked one.
const Found* final_word(const std::vector<Found>& all, const std::string& event, const Found* best) {
  // "In februari onthield de OPR haar instemming; op 3 maart stemde de raad alsnog in": between
  // consent and refusal the later act is the final word, however each was dated.
  for (const Found& f : all)
    if (f.claim.event == event && best->claim.date && f.claim.date && f.claim.mood != Mood::announced &&
        best->claim.mood != Mood::announced && f.claim.mood != best->claim.mood && day_of(f) > day_of(*best))
      best = &f;
  // "Een eerste OOGO vond plaats op 16 december 2013 ... In een tweede overleg op 29 januari
  // hebben de gemeenten ingestemd": a later round of talks named as such is the OOGO's last
  // word, even when only the first says "OOGO".
  if (event == "oogo" && best->claim.mood == Mood::happened && best->claim.date)
    for (const Found& f : all)
      if (f.claim.event == event && f.claim.mood == Mood::happened && f.claim.date && day_of(f) > day_of(*best) &&
          names_a_later_round(f))
        best = &f;
  // "Goedgekeurd door de raad van toezicht op 3 april 2014" below "Vastgesteld door het college
  // van bestuur op 27 maart 2014": the board's act is the adoption.
  if (event == "vaststelling" && by_supervisors(*best)) {
    const Found* board = nullptr;
    for (const Found& f : all)
      if (f.claim.event == event && f.claim.mood == Mood::happened && !by_supervisors(f) && !f.claim.by.empty() &&
          (!board || rank(f) > rank(*board)))
        board = &f;
    if (board) best = board;
  }
  return best;
}

DateFact to_fact(const std::vector<Found>& all, const std::string& event) {
  const Found* best = nullptr;
  for (const Found& f : all)
    if (f.claim.event == event && (!best || rank(f) > rank(*best))) best = &f;
  DateFact fact;
  if (!best) return fact;
  best = final_word(all, event, best);
  const Claim& c = best->claim;
  fact.date = c.date;
  fact.evidence = best->evidence;
  fact.by = c.by;
  fact.gemeenten = c.gemeenten;
  fact.outcome = c.mood == Mood::announced ? kAnnounced : c.mood == Mood::refused ? kRefused : c.outcome;
  if (c.mood != Mood::happened) return fact;
  for (const Found& f : all) {
    if (f.claim.event != event || f.claim.mood != Mood::happened || &f == best) continue;
    if (fact.by.empty()) fact.by = f.claim.by;
    if (fact.outcome.empty() || fact.outcome == kUnknownOutcome) fact.outcome = f.claim.outcome;
    for (const auto& g : f.claim.gemeenten)
      if (std::find(fact.gemeenten.begin(), fact.gemeenten.end(), g) == fact.gemeenten.end()) fact.gemeenten.push_back(g);
  }
  if (event == "oogo" && fact.outcome.empty()) fact.outcome = "onbekend";
  return fact;
}

// "CONCEPT" or "Conceptversie" on its own on the first pages.
bool calls_itself_concept(const Structure& structure) {
  if (structure.sections.empty()) return false;
  for (const Block& b : structure.sections.front().blocks) {
    if (b.page() > 2 || b.text.size() > 60) continue;
    std::string lower = lower_ascii_copy(b.text);
    // The word itself ("CONCEPT", "Concept – niet verspreiden", "Concept-ondersteuningsplan"),
    // not "Conceptueel kader" or "Concepten en begrippen".
    const bool word = lower.rfind("concept", 0) == 0 && (lower.size() == 7 || !std::isalpha(static_cast<unsigned char>(lower[7])));
    if (word || lower.find("conceptversie") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

ProcedureFacts find_procedure_facts(const Structure& structure, const checklists::Catalog& catalog,
                                    std::optional<int> plan_year) {
  auto found = Reader(structure, catalog, plan_year).run();
  ProcedureFacts facts;
  facts.vaststelling = to_fact(found, "vaststelling");
  facts.opr_instemming = to_fact(found, "opr_instemming");
  facts.oogo = to_fact(found, "oogo");
  facts.is_concept = calls_itself_concept(structure);
  return facts;
}

}  // namespace opcheck::analyse::detail
