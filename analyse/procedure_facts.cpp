// find_procedure_facts(): the adoption, OPR consent and OOGO facts of a plan. Every sentence
// (and every table row, for timelines) is read for claims; an undated statement in a letter
// takes the letter's date line ("Tiel, 5 maart 2014"). Per event the strongest claim wins:
// happened or refused over announced, dated over undated, letter or adoption page over
// timeline table over running text, day over month, later over earlier.
#include <algorithm>
#include <tuple>

#include "analyse/detail/internal.h"
#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_state.h"
#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t kShortBlock = 120;  // bytes; letterheads, addressees, date lines
constexpr int kLetterWindow = 6;          // blocks searched around a statement for its letter
constexpr std::size_t kOutcomeBlock = 720;  // bytes; a following paragraph read for the OOGO outcome
constexpr const char* kUnknownOutcome = "onbekend";

struct Found {
  Claim claim;
  int authority = 1;  // 3 letter or adoption page, 2 table row, 1 running text
  std::vector<Evidence> evidence;
};

bool ends_letter(const std::string& lower) {
  return lower.find("groet") != std::string::npos || lower.find("hoogachtend") != std::string::npos ||
         lower.rfind("namens ", 0) == 0 || lower.rfind("w.g.", 0) == 0 || lower.rfind("ondertekend", 0) == 0 ||
         lower.rfind("getekend", 0) == 0;
}

bool opens_letter(const std::string& text) {
  for (const char* start : {"Aan ", "Aan:", "Geacht", "Betreft", "Onderwerp", "Kenmerk"})
    if (text.rfind(start, 0) == 0) return true;
  return false;
}

// A line holding only a place and a date, or "Datum: ...": the date of the letter around it.
std::optional<DateMention> date_line(std::string_view text, std::optional<int> year) {
  if (text.size() > 60) return std::nullopt;
  auto dates = find_dates(text, year);
  if (dates.size() != 1 || dates[0].value.precision != Precision::day) return std::nullopt;
  std::string rest(text.substr(0, dates[0].offset));
  std::string lower = lower_ascii_copy(rest);
  bool place = !rest.empty() && rest.find(',') != std::string::npos && rest.find(',') + 3 >= rest.size();
  bool label = lower.find("datum") != std::string::npos;
  if (!place && !label && !rest.empty()) return std::nullopt;
  return dates[0];
}

struct LetterDate {
  std::size_t block = 0, begin = 0, end = 0;  // the date line within its block
  DateMention date;
};

// The date line among a block's lines: letterheads are often joined into one block.
std::optional<LetterDate> date_line_in(const Block& block, std::size_t index, std::optional<int> year) {
  if (auto d = date_line(block.text, year)) return LetterDate{index, 0, block.text.size(), *d};
  for (const BlockLine& line : block.lines) {
    if (line.end > block.text.size() || line.begin >= line.end) continue;
    if (auto d = date_line(std::string_view(block.text).substr(line.begin, line.end - line.begin), year))
      return LetterDate{index, line.begin, line.end, *d};
  }
  return std::nullopt;
}

class Reader {
 public:
  Reader(const Structure& s, const checklists::Catalog& catalog, std::optional<int> year)
      : structure_(s), events_(ProcedureEvents::from(catalog)), year_(year) {}

  std::vector<Found> run() {
    for (const Section& section : structure_.sections)
      for (std::size_t i = 0; i < section.blocks.size(); ++i) read_block(section, i);
    return std::move(found_);
  }

 private:
  // Section title plus the short blocks just before block i, back to the previous letter's end.
  std::string around(const Section& section, std::size_t i) const {
    std::string text = section.title;
    for (std::size_t k = i, n = 0; k-- > 0 && n < 4; ++n) {
      const std::string& t = section.blocks[k].text;
      if (ends_letter(lower_ascii_copy(t))) break;
      if (t.size() <= kShortBlock) text += " \n " + t;
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

  // The letter's date line: backwards to the previous letter's closing, then forwards to
  // the next letter's opening.
  std::optional<LetterDate> letter_date(const Section& section, std::size_t i) const {
    const auto& b = section.blocks;
    if (auto d = date_line_in(b[i], i, year_); d && b[i].lines.size() > 1) return d;
    for (std::size_t k = i, n = 0; k-- > 0 && n < kLetterWindow; ++n) {
      if (ends_letter(lower_ascii_copy(b[k].text))) break;
      if (auto d = date_line_in(b[k], k, year_)) return d;
    }
    for (std::size_t k = i + 1; k < b.size() && k <= i + kLetterWindow; ++k) {
      if (opens_letter(b[k].text)) break;
      if (auto d = date_line_in(b[k], k, year_)) return d;
    }
    return std::nullopt;
  }

  void read_block(const Section& section, std::size_t i) {
    const Block& block = section.blocks[i];
    ClaimContext ctx = read_context(around(section, i), events_);
    bool letter = in_letter(section, i);
    std::vector<extract::Span> spans;
    if (block.kind == BlockKind::table_row) {
      ctx.table = true;
      spans.push_back({0, block.text.size()});
    } else {
      spans = extract::split_sentences(block.text);
    }
    for (const auto& span : spans) {
      std::string_view text = std::string_view(block.text).substr(span.begin, span.end - span.begin);
      for (Claim& claim : read_claims(text, events_, ctx, year_)) {
        Found f{std::move(claim), letter ? 3 : ctx.table ? 2 : 1, {make_evidence(section, block, span.begin, span.end)}};
        complete(f, section, i, span.end, letter);
        found_.push_back(std::move(f));
      }
    }
  }

  // What the sentence left open and its surroundings say: the letter's date, the OOGO outcome
  // in the next sentences, the municipalities on the letterhead and signature lines.
  void complete(Found& f, const Section& section, std::size_t i, std::size_t sentence_end, bool letter) const {
    Claim& c = f.claim;
    const Block& block = section.blocks[i];
    if (!c.date && letter && c.mood != Mood::announced)
      if (auto d = letter_date(section, i)) {
        c.date = d->date.value;
        f.evidence.push_back(make_evidence(section, section.blocks[d->block], d->begin, d->end));
      }
    if (c.event != "oogo" || !events_.oogo) return;
    auto unknown = [&] { return c.outcome.empty() || c.outcome == kUnknownOutcome; };
    auto fill_outcome = [&](std::string_view text) {
      if (std::string o = read_outcome(text, *events_.oogo); !o.empty() && unknown()) c.outcome = o;
    };
    fill_outcome(std::string_view(block.text).substr(sentence_end));
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
};

auto rank(const Found& f) {
  const auto& d = f.claim.date;
  int when = d ? d->year * 10000 + d->month * 100 + d->day : 0;
  return std::make_tuple(f.claim.mood != Mood::announced, d.has_value(), f.authority,
                         d && d->precision == Precision::day, when);
}

DateFact to_fact(const std::vector<Found>& all, const std::string& event) {
  const Found* best = nullptr;
  for (const Found& f : all)
    if (f.claim.event == event && (!best || rank(f) > rank(*best))) best = &f;
  DateFact fact;
  if (!best) return fact;
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
    if (lower.rfind("concept", 0) == 0 || lower.find("conceptversie") != std::string::npos) return true;
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
