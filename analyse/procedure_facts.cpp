// find_procedure_facts(): the adoption, OPR consent and OOGO facts of a plan. Every sentence
// (and every table row, for timelines) is read for claims; an undated statement in a letter
// takes the letter's date line ("Tiel, 5 maart 2014"); elsewhere it borrows the one free date of
// a neighbouring sentence about a meeting, a dated meeting heading above it or a signature
// date line below it (never a version date). Per event the strongest claim wins:
// happened or refused over announced, dated over undated, named by the event's own words over
// inferred from talks or agreement, own date over borrowed, letter or adoption page over
// timeline table over running text, day over month, later over earlier.
#include <algorithm>
#include <cctype>
#include <tuple>

#include "analyse/detail/internal.h"
#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_layout.h"
#include "analyse/detail/procedure_state.h"
#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t kShortBlock = 120;  // bytes; letterheads, addressees, date lines
constexpr long kSentenceSpaces = 6;       // a full stop after this many words ends a sentence, not a date line
constexpr int kLetterWindow = 6;          // blocks searched around a statement for its letter
constexpr std::size_t kContextBlocks = 8;  // short blocks before a statement read as its context
constexpr std::size_t kTitleBlock = 240;   // bytes; a minutes title with its date ("Notulen van ..., 25 maart 2014")
constexpr std::size_t kOutcomeBlock = 720;  // bytes; a following paragraph read for the OOGO outcome
constexpr const char* kUnknownOutcome = "onbekend";

// A date a claim took: its offset in the sentence, and the act it dates.
struct ClaimedDate {
  std::size_t offset = 0;
  std::string event;
  Mood mood = Mood::happened;
};

struct Found {
  Claim claim;
  int authority = 1;  // 3 letter or adoption page, 2 table row, 1 running text
  std::vector<Evidence> evidence;
  bool borrowed = false;  // dated from a neighbouring sentence or a meeting heading
};

// The context of two texts read together: each flag set when either text sets it.
ClaimContext either(const ClaimContext& a, const ClaimContext& b) {
  return {a.opr || b.opr, a.oogo || b.oogo, a.procedure || b.procedure, a.table || b.table};
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
    std::string near = around(section, i);
    // A letter's undated subject line names its topic ("Betreft: instemming ondersteuningsplan"),
    // not an act; a dated one ("Onderwerp: OOGO van 29 maart") does date it.
    if (is_subject_line(block.text) && find_dates(block.text, year_).empty()) return;
    bool letter = in_letter(section, i), table = block.kind == BlockKind::table_row;
    if (letter) near += signature(section, i);
    std::vector<extract::Span> spans;
    if (table) spans.push_back({0, block.text.size()});
    else spans = extract::split_sentences(block.text);
    auto sentence = [&](std::size_t s) {
      return std::string_view(block.text).substr(spans[s].begin, spans[s].end - spans[s].begin);
    };
    // The rows and list items under "Planning" are what is to be done, whatever their dates.
    const bool listed = table || block.kind == BlockKind::list_item || block.text.starts_with("- ");
    // ... and the decision a proposal to the board asks for ("Voorgesteld besluit:") is still to be taken.
    const std::string label = lower_ascii_copy(i > 0 ? section.blocks[i - 1].text : std::string());
    const bool proposed = label.starts_with("voorgesteld besluit") || label.starts_with("besluitvoorstel") ||
                          label.starts_with("ontwerpbesluit");
    const bool planned = (listed && detail::has_word(lower_ascii_copy(near), "planning")) || proposed;
    std::size_t first = found_.size();
    std::vector<std::size_t> sentence_of;
    const ClaimContext near_context = read_context(near, events_);  // once per block: it is the costly part
    for (std::size_t s = 0; s < spans.size(); ++s) {
      // The sentence before may name the speaker ("De OPR vergaderde ... De raad stemde in").
      // ... or the paragraph before ("De OPR vergaderde op 31 maart." / "De raad verleent instemming.").
      // ... or the two paragraphs before ("De OPR onthield ... / Het bestuur herschreef ... / De raad stemde alsnog in").
      const std::string before = s > 0 ? std::string(sentence(s - 1)) : paragraphs_before(section, i);
      ClaimContext ctx = either(near_context, read_context(before, events_));
      ctx.table = table;
      auto add = [&](Claim claim, std::size_t begin, std::size_t end) {
        if (planned && claim.mood == Mood::happened) claim.mood = Mood::announced;
        Found f{std::move(claim), letter ? 3 : table ? 2 : 1, {make_evidence(section, block, begin, end)}};
        complete(f, section, i, end, letter);
        found_.push_back(std::move(f));
        sentence_of.push_back(s);
      };
      const std::size_t sentence_first = found_.size();
      for (Claim& claim : read_claims(sentence(s), events_, ctx, year_)) add(std::move(claim), spans[s].begin, spans[s].end);
      if (!table) read_later_statements(sentence(s), ctx, sentence_first, spans[s].begin, add);
    }
    for (std::size_t k = first; k < found_.size(); ++k) {
      Found& f = found_[k];
      if (f.claim.date || f.claim.mood == Mood::announced) continue;
      std::size_t s = sentence_of[k - first];
      // In a letter the date line is the date of what it states, unless the sentence before names
      // the meeting where it happened ("In zijn vergadering van 4 maart ... De raad stemt in").
      if (s > 0 && borrow_before(f, section, block, spans, s, first, sentence_of, letter)) continue;
      if (s == 0 && i > 0 && !letter && borrow_paragraph_before(f, section, i, names_time_before(lower_ascii_copy(sentence(s)))))
        continue;
      if (letter && (meeting_earlier_in_letter(f, section, i) || meeting_later_in_letter(f, section, i, spans[s].end) ||
                     take_letter_date(f, section, i)))
        continue;
      if (s + 1 < spans.size() && borrow(f, section, block, spans[s + 1], true, claimed_in(first, sentence_of, s + 1))) continue;
      if (s + 1 == spans.size() && !letter && borrow_paragraph_after(f, section, i)) continue;
      borrow_heading(f, section, i);
    }
    // "Planning OOGO": a label that found no date around it says nothing happened.
    for (std::size_t k = found_.size(); k-- > first;)
      if (found_[k].claim.bare_label && !found_[k].claim.date) {
        found_.erase(found_.begin() + static_cast<long>(k));
        sentence_of.erase(sentence_of.begin() + static_cast<long>(k - first));
      }
    earlier_ = previous_;
    previous_ = {&block, spans.empty() ? std::vector<ClaimedDate>{} : claimed_in(first, sentence_of, spans.size() - 1),
                 !spans.empty() && std::count(sentence_of.begin(), sentence_of.end(), spans.size() - 1) > 0};
  }

  static std::string paragraphs_before(const Section& section, std::size_t i) {
    if (i == 0) return {};
    std::string text = section.blocks[i - 1].text;
    if (i > 1 && follows_paragraph(section, i) && follows_paragraph(section, i - 1)) text += " \n " + section.blocks[i - 2].text;
    return text;
  }

  // The sentence before, or the one before that when the sentence between is silent: no date,
  // no claim ("De OPR kwam op 4 maart bijeen. Het plan was het enige agendapunt. De raad stemde in.").
  bool borrow_before(Found& f, const Section& section, const Block& block, const std::vector<extract::Span>& spans,
                     std::size_t s, std::size_t first, const std::vector<std::size_t>& sentence_of, bool letter) {
    // "Dezelfde avond nam het bestuur het plan aan", "In diezelfde maand gaf zij haar instemming".
    const auto text = [&](std::size_t k) { return std::string_view(block.text).substr(spans[k].begin, spans[k].end - spans[k].begin); };
    const Fit fit = names_time_before(lower_ascii_copy(text(s))) ? Fit::any_date : letter ? Fit::meeting_only : Fit::usual;
    for (std::size_t t = s; t-- > 0 && s - t <= 2;) {
      if (borrow(f, section, block, spans[t], false, claimed_in(first, sentence_of, t), fit)) return true;
      const bool claims = std::count(sentence_of.begin(), sentence_of.end(), t) > 0;
      if (claims || !find_dates(text(t), year_).empty())
        return false;
    }
    return false;
  }

  // "Het bestuur heeft het plan bekrachtigd." / "Dat gebeurde in de vergadering van 26 maart.": a
  // next paragraph that opens by referring back.
  bool borrow_paragraph_after(Found& f, const Section& section, std::size_t i) {
    if (i + 1 >= section.blocks.size() || !follows_paragraph(section, i + 1)) return false;
    const Block& next = section.blocks[i + 1];
    const auto spans = extract::split_sentences(next.text);
    if (spans.empty()) return false;
    const std::string lower = lower_ascii_copy(std::string_view(next.text).substr(spans[0].begin, spans[0].end - spans[0].begin));
    return refers_back(lower) && borrow(f, section, next, spans[0], true, {});
  }

  // "De OPR heeft het plan op 2 april behandeld." / "De raad onthoudt zijn instemming.": the
  // last sentence of the paragraph before, when this paragraph opens with the statement; past
  // one silent one-sentence paragraph between, as within a paragraph.
  bool borrow_paragraph_before(Found& f, const Section& section, std::size_t i, bool time_before) {
    const Block& prev = section.blocks[i - 1];
    if (!follows_paragraph(section, i)) return false;
    const Fit fit = time_before ? Fit::any_date : Fit::usual;
    if (borrow(f, section, prev, last_sentence(prev), false, claimed_before(section, i), fit)) return true;
    const bool silent = previous_.block == &prev && !previous_.claims && find_dates(prev.text, year_).empty() &&
                        extract::split_sentences(prev.text).size() == 1;
    if (!silent || i < 2 || !follows_paragraph(section, i - 1)) return false;
    const Block& before = section.blocks[i - 2];
    const auto claimed = earlier_.block == &before ? earlier_.claimed : std::vector<ClaimedDate>{};
    return borrow(f, section, before, last_sentence(before), false, claimed);
  }

  // Dates the last sentence of block i - 1 gave to its own claims (none when it was not read,
  // e.g. an undated subject line).
  std::vector<ClaimedDate> claimed_before(const Section& section, std::size_t i) const {
    return previous_.block == &section.blocks[i - 1] ? previous_.claimed : std::vector<ClaimedDate>{};
  }

  // The dates that the claims of sentence `s` took.
  std::vector<ClaimedDate> claimed_in(std::size_t first, const std::vector<std::size_t>& sentence_of, std::size_t s) const {
    std::vector<ClaimedDate> out;
    for (std::size_t k = first; k < found_.size(); ++k)
      if (sentence_of[k - first] == s && found_[k].claim.date)
        out.push_back({found_[k].claim.date_begin, found_[k].claim.event, found_[k].claim.mood});
    return out;
  }

  static bool follows_paragraph(const Section& section, std::size_t i) {
    const Block& prev = section.blocks[i - 1];
    return prev.kind == BlockKind::paragraph && section.blocks[i].kind == BlockKind::paragraph && prev.text.size() > kShortBlock / 3;
  }

  static extract::Span last_sentence(const Block& block) {
    auto spans = extract::split_sentences(block.text);
    return spans.empty() ? extract::Span{0, block.text.size()} : spans.back();
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

  // "De raad heeft het plan in zijn vergadering van 10 maart besproken." in an earlier paragraph
  // of the same letter: the meeting where the letter's decision was taken.
  bool meeting_earlier_in_letter(Found& f, const Section& section, std::size_t i) const {
    for (std::size_t k = i, n = 0; k-- > 0 && n < static_cast<std::size_t>(kLetterWindow); ++n) {
      const Block& b = section.blocks[k];
      if (opens_letter(b.text) || ends_letter(lower_ascii_copy(b.text))) return false;
      for (const extract::Span& span : extract::split_sentences(b.text)) {
        const std::string_view text = std::string_view(b.text).substr(span.begin, span.end - span.begin);
        const auto dates = event_dates(text, year_);
        if (dates.size() != 1 || !names_meeting(lower_ascii_copy(text))) continue;
        f.claim.date = dates[0].value;
        f.borrowed = true;
        f.evidence.push_back(make_evidence(section, b, span.begin, span.end));
        return true;
      }
    }
    return false;
  }

  // "De raad geeft zijn fiat aan het plan. Wij hebben dit besluit genomen in onze vergadering van
  // 31 maart 2014.": a later sentence of the letter that names the meeting of this decision.
  bool meeting_later_in_letter(Found& f, const Section& section, std::size_t i, std::size_t from) const {
    for (std::size_t k = i; k < section.blocks.size() && k < i + kLetterWindow; ++k) {
      const Block& b = section.blocks[k];
      if (k > i && (opens_letter(b.text) || ends_letter(lower_ascii_copy(b.text)))) return false;
      for (const extract::Span& span : extract::split_sentences(b.text)) {
        if (k == i && span.begin < from) continue;
        const std::string_view text = std::string_view(b.text).substr(span.begin, span.end - span.begin);
        const std::string lower = lower_ascii_copy(text);
        const auto dates = event_dates(text, year_);
        const bool this_decision = refers_back(lower) || has_word(lower, "dit besluit") || has_word(lower, "dat besluit");
        if (dates.size() != 1 || !names_meeting(lower) || !this_decision) continue;
        f.claim.date = dates[0].value;
        f.borrowed = true;
        f.evidence.push_back(make_evidence(section, b, span.begin, span.end));
        return true;
      }
    }
    return false;
  }

  bool take_letter_date(Found& f, const Section& section, std::size_t i) const {
    auto d = letter_date(section, i);
    if (!d) return false;
    f.claim.date = d->date.value;
    f.evidence.push_back(make_evidence(section, section.blocks[d->block], d->begin, d->end));
    return true;
  }

  // The one free event date of a neighbouring sentence of the same paragraph: a sentence about
  // a meeting or moment before it, or one that refers back to it after it.
  enum class Fit { usual, meeting_only, any_date };
  bool borrow(Found& f, const Section& section, const Block& block, extract::Span span, bool after,
              const std::vector<ClaimedDate>& claimed, Fit fit = Fit::usual) {
    std::string_view text = std::string_view(block.text).substr(span.begin, span.end - span.begin);
    std::string lower = lower_ascii_copy(text);
    auto dates = meeting_dates(text);
    // A date another act took is not free; one the same act took is said again ("het overleg van
    // 20 februari ... De gemeenten gaan akkoord").
    // "Op 12 maart stemde de OPR in. Dezelfde avond nam het bestuur het plan aan.": said again.
    if (fit != Fit::any_date) std::erase_if(dates, [&](const DateMention& d) {
      return std::any_of(claimed.begin(), claimed.end(), [&](const ClaimedDate& c) {
        return c.offset == d.offset && (c.event != f.claim.event || c.mood != f.claim.mood);
      });
    });
    // "..., waarin ook de begroting 2015 werd besproken": a bare year next to a full date names
    // a year, it dates nothing.
    if (dates.size() > 1)
      std::erase_if(dates, [](const DateMention& d) { return d.value.precision == Precision::year; });
    if (dates.size() != 1) return false;
    bool fits = fit == Fit::any_date || names_meeting(lower) ||
                (fit == Fit::usual && (after ? refers_back(lower) : said_as_moment(lower, dates[0].offset)));
    if (!fits) return false;
    f.claim.date = dates[0].value;
    f.borrowed = true;
    f.evidence.push_back(make_evidence(section, block, span.begin, span.end));
    return true;
  }

  // The event dates of a text; in the title of minutes ("Notulen OPR d.d. 10 maart 2014",
  // "Verslag van 10 maart") the document's date is the meeting's.
  std::vector<DateMention> meeting_dates(std::string_view text) const {
    if (!is_minutes_title(std::string(text))) return event_dates(text, year_);
    auto dates = find_dates(text, year_);
    std::erase_if(dates, [](const DateMention& d) { return d.value.precision == Precision::year; });
    return dates;
  }

  // A dated meeting heading above the statement ("Vergadering algemeen bestuur 19 maart 2014"),
  // or the section title ("Vergadering van de OPR op 6 maart 2014"). The nearest dated short
  // block decides: a version or document date there blocks, it is no event date.
  void borrow_heading(Found& f, const Section& section, std::size_t i) {
    for (std::size_t k = i, n = 0; k-- > 0 && n < static_cast<std::size_t>(kLetterWindow); ++n) {
      const Block& b = section.blocks[k];
      if (b.text.size() > (is_minutes_title(b.text) ? kTitleBlock : kShortBlock)) continue;
      // A short sentence of the minutes ("De voorzitter meldt dat de OPR op 19 maart heeft
      // ingestemd.") is no heading: headings and date lines do not end with a full stop.
      if (!b.text.empty() && b.text.back() == '.' && std::count(b.text.begin(), b.text.end(), ' ') >= kSentenceSpaces) continue;
      // "5. Ondersteuningsplan 2014-2018": a period of years dates nothing.
      const auto all = find_dates(b.text, year_);
      if (std::none_of(all.begin(), all.end(), [](const DateMention& d) { return d.value.precision != Precision::year; }))
        continue;
      // "Verslag vorige vergadering (5 maart): vastgesteld" dates other business; the title of the
      // minutes themselves ("Notulen OPR 24 maart 2014") dates what they record.
      if (!is_minutes_title(b.text) && names_other_object(lower_ascii_copy(b.text))) continue;
      auto dates = meeting_dates(b.text);
      // "Verslag vergadering OPR" / "woensdag 26 maart 2014, 19.30 uur": the line under a meeting title.
      const bool under_meeting_title = k > 0 && section.blocks[k - 1].text.size() <= kShortBlock &&
                                       names_meeting(lower_ascii_copy(section.blocks[k - 1].text));
      const bool meeting = names_meeting(lower_ascii_copy(b.text)) || is_minutes_title(b.text);
      if (dates.empty() || (!meeting && !date_line(b.text, year_) && !under_meeting_title)) return;
      f.claim.date = dates[0].value;
      f.borrowed = true;
      f.evidence.push_back(make_evidence(section, b, 0, b.text.size()));
      return;
    }
    // Signature blocks put the date line under the statement ("Datum: 12 maart 2014").
    for (std::size_t k = i + 1; k < section.blocks.size() && k <= i + 3; ++k) {
      if (section.blocks[k].text.size() > kShortBlock) break;
      if (auto d = date_line_in(section.blocks[k], k, year_)) {
        f.claim.date = d->date.value;
        f.borrowed = true;
        f.evidence.push_back(make_evidence(section, section.blocks[k], d->begin, d->end));
        return;
      }
    }
    auto dates = meeting_dates(section.title);
    if (dates.size() == 1 && (names_meeting(lower_ascii_copy(section.title)) || is_minutes_title(section.title))) {
      f.claim.date = dates[0].value;
      f.borrowed = true;
    }
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
  struct LastSentence {
    const Block* block = nullptr;
    std::vector<ClaimedDate> claimed;  // the dates its claims took
    bool claims = false;               // whether it yielded any claim
  } previous_, earlier_;               // of the block read before, and the one before that
};

auto rank(const Found& f) {
  const auto& d = f.claim.date;
  int when = d ? d->year * 10000 + d->month * 100 + d->day : 0;
  // A statement outranks a label over it ("Instemmingsverklaring" above "De raad verleent instemming").
  return std::make_tuple(f.claim.mood != Mood::announced, d.has_value(), f.claim.named, !f.claim.bare_label, !f.borrowed,
                         f.authority,
                         d && d->precision == Precision::day, when);
}

DateFact to_fact(const std::vector<Found>& all, const std::string& event) {
  const Found* best = nullptr;
  for (const Found& f : all)
    if (f.claim.event == event && (!best || rank(f) > rank(*best))) best = &f;
  DateFact fact;
  if (!best) return fact;
  // "In februari onthield de OPR haar instemming; op 3 maart stemde de raad alsnog in": between
  // consent and refusal the later act is the final word, however each was dated.
  auto day = [](const Found& f) { return f.claim.date->year * 10000 + f.claim.date->month * 100 + f.claim.date->day; };
  for (const Found& f : all)
    if (f.claim.event == event && best->claim.date && f.claim.date && f.claim.mood != Mood::announced &&
        best->claim.mood != Mood::announced && f.claim.mood != best->claim.mood && day(f) > day(*best))
      best = &f;
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
