// Dating undated procedure claims from their surroundings; see procedure_dating.h.
#include "analyse/detail/procedure_dating.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <utility>

#include "analyse/detail/procedure_date_roles.h"
#include "analyse/detail/procedure_text.h"
#include "analyse/detail/procedure_written_on.h"

namespace opcheck::analyse::detail {
namespace {

constexpr long kSentenceSpaces = 6;       // a full stop after this many words ends a sentence, not a date line
constexpr std::size_t kTitleBlock = 240;  // bytes; a minutes title with its date ("Notulen van ..., 25 maart 2014")

extract::Span last_sentence(const Block& block) {
  auto spans = extract::split_sentences(block.text);
  return spans.empty() ? extract::Span{0, block.text.size()} : spans.back();
}

std::string_view span_text(const Block& block, extract::Span span) {
  return std::string_view(block.text).substr(span.begin, span.end - span.begin);
}

struct RelativeTime {
  std::size_t at = 0;  // where the expression starts in the sentence
  int days = 0;
};

int count_word(std::string_view w) {
  static const std::array<std::string_view, 20> words{
      "een",  "twee", "drie",    "vier",     "vijf",     "zes",     "zeven",     "acht",      "negen",     "tien",
      "elf",  "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"};
  for (std::size_t i = 0; i < words.size(); ++i)
    if (w == words[i]) return static_cast<int>(i) + 1;
  if (!w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::stoi(std::string(w));
  return 0;
}

// "een week later", "twee dagen eerder", "de dag daarna", "de volgende dag": a moment counted
// from the one named just before.
std::optional<RelativeTime> relative_time(std::string_view lower) {
  for (std::string_view fixed : {"de dag daarna", "de volgende dag", "de dag erna", "daags daarna", "een dag later"})
    if (const std::size_t at = lower.find(fixed); at != std::string_view::npos) return RelativeTime{at, 1};
  for (std::string_view unit : {" dagen ", " dag ", " weken ", " week "})
    for (std::size_t at = lower.find(unit); at != std::string_view::npos; at = lower.find(unit, at + 1)) {
      const std::size_t start = lower.rfind(' ', at - 1);
      const std::size_t from = start == std::string_view::npos ? 0 : start + 1;
      const int n = count_word(lower.substr(from, at - from));
      const std::string_view after = lower.substr(at + unit.size());
      const int sign = after.starts_with("later") || after.starts_with("daarna") || after.starts_with("erna") ? 1
                       : after.starts_with("eerder") || after.starts_with("daarvoor") || after.starts_with("ervoor") ? -1
                                                                                                                      : 0;
      if (n == 0 || sign == 0) continue;
      return RelativeTime{from, sign * n * (unit.find("we") != std::string_view::npos ? 7 : 1)};
    }
  return std::nullopt;
}

DateValue shifted(const DateValue& d, int days) {
  using namespace std::chrono;
  const sys_days moved = sys_days{year{d.year} / month{static_cast<unsigned>(d.month)} / day{static_cast<unsigned>(d.day)}} +
                         std::chrono::days{days};
  const year_month_day ymd{moved};
  return DateValue{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day())), Precision::day};
}

// "eerder", "daarvoor": a time before another act, whose own day the text does not give. Not
// "daarna": "direct daarna" is the same day, and a later sentence often dates it.
bool tells_an_earlier_time(std::string_view lower) {
  return has_word(lower, "eerder") || has_word(lower, "daarvoor") || has_word(lower, "voordien") ||
         has_word(lower, "destijds");
}

}  // namespace

bool follows_paragraph(const Section& section, std::size_t i) {
  const Block& prev = section.blocks[i - 1];
  return prev.kind == BlockKind::paragraph && section.blocks[i].kind == BlockKind::paragraph && prev.text.size() > kShortBlock / 3;
}

void Dater::date(Found& f, const ClaimSite& site) const {
  const std::size_t s = site.sentence, i = site.block;
  const Section& section = site.section;
  const Block& block = section.blocks[i];
  if (count_from_writing(f, site) || count_from_before(f, site)) return;
  // "De OPR had al eerder ingestemd": an act before another, on a day the text does not give;
  // no date around it is its own.
  if (tells_an_earlier_time(lower_ascii_copy(span_text(block, site.spans[s])))) return;
  // In a letter the date line is the date of what it states, unless the sentence before names
  // the meeting where it happened ("In zijn vergadering van 4 maart ... De raad stemt in").
  if (s > 0 && borrow_before(f, site)) return;
  if (s == 0 && i > 0 && !site.letter &&
      borrow_paragraph_before(f, site, names_time_before(lower_ascii_copy(span_text(block, site.spans[s])))))
    return;
  if (site.letter && (meeting_earlier_in_letter(f, section, i) || meeting_later_in_letter(f, section, i, site.spans[s].end) ||
                      take_letter_date(f, section, i)))
    return;
  if (s + 1 < site.spans.size() && borrow(f, section, block, site.spans[s + 1], true, site.claims[s + 1].dated)) return;
  if (s + 1 == site.spans.size() && !site.letter && borrow_paragraph_after(f, section, i)) return;
  if (s + 1 == site.spans.size() && answered_below(f, section, i)) return;
  borrow_heading(f, section, i);
}

std::optional<LetterDate> Dater::letter_date(const Section& section, std::size_t i) const {
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

// "De OPR stemde op 25 maart 2014 in. Een week later stelde de ALV het plan vast.": the last
// day named before the counted time, in the same sentence or one of the two before it.
bool Dater::count_from_before(Found& f, const ClaimSite& site) const {
  const Block& block = site.section.blocks[site.block];
  const std::string_view own = span_text(block, site.spans[site.sentence]);
  const auto relative = relative_time(lower_ascii_copy(own));
  if (!relative) return false;
  auto last_day = [&](std::string_view text, std::size_t limit) -> std::optional<DateMention> {
    std::optional<DateMention> last;
    for (const DateMention& d : event_dates(text, year_))
      if (d.offset < limit && d.value.precision == Precision::day && d.value.year > 0) last = d;  // a known year to count from
    return last;
  };
  std::optional<DateMention> from = last_day(own, relative->at);
  const Block* source = &block;
  extract::Span where = site.spans[site.sentence];
  // The sentences before, in this paragraph and then in the paragraphs before it.
  std::vector<std::pair<const Block*, extract::Span>> before;
  for (std::size_t t = site.sentence; t-- > 0;) before.emplace_back(&block, site.spans[t]);
  for (std::size_t k = site.block; k-- > 0 && site.block - k <= 2;) {
    const Block& b = site.section.blocks[k];
    const auto spans = extract::split_sentences(b.text);
    for (std::size_t t = spans.size(); t-- > 0;) before.emplace_back(&b, spans[t]);
  }
  for (std::size_t n = 0; !from && n < before.size() && n < 2; ++n) {
    from = last_day(span_text(*before[n].first, before[n].second), std::string_view::npos);
    source = before[n].first;
    where = before[n].second;
  }
  if (!from) return false;
  f.claim.date = shifted(from->value, relative->days);
  f.borrowed = true;
  f.evidence.push_back(make_evidence(site.section, *source, where.begin, where.end));
  return true;
}

// The sentence before, or the one before that when the sentence between is silent: no date,
// no claim ("De OPR kwam op 4 maart bijeen. Het plan was het enige agendapunt. De raad stemde in.").
bool Dater::borrow_before(Found& f, const ClaimSite& site) const {
  const Block& block = site.section.blocks[site.block];
  const std::size_t s = site.sentence;
  const auto text = [&](std::size_t k) { return span_text(block, site.spans[k]); };
  // "Dezelfde avond nam het bestuur het plan aan", "In diezelfde maand gaf zij haar instemming".
  const Fit fit = names_time_before(lower_ascii_copy(text(s))) ? Fit::any_date : site.letter ? Fit::meeting_only : Fit::usual;
  for (std::size_t t = s; t-- > 0 && s - t <= 2;) {
    if (borrow(f, site.section, block, site.spans[t], false, site.claims[t].dated, fit)) return true;
    if (site.claims[t].any || !find_dates(text(t), year_).empty()) return false;
  }
  return false;
}

// "De OPR heeft het plan op 2 april behandeld." / "De raad onthoudt zijn instemming.": the
// last sentence of the paragraph before, when this paragraph opens with the statement; past
// one silent one-sentence paragraph between, as within a paragraph.
bool Dater::borrow_paragraph_before(Found& f, const ClaimSite& site, bool time_before) const {
  const Section& section = site.section;
  const std::size_t i = site.block;
  const Block& prev = section.blocks[i - 1];
  if (!follows_paragraph(section, i)) return false;
  const Fit fit = time_before ? Fit::any_date : Fit::usual;
  // Dates the last sentence of the block before gave to its own claims (none when it was not
  // read, e.g. an undated subject line).
  const auto claimed = [](const LastSentence& last, const Block& b) {
    return last.block == &b ? last.claims.dated : std::vector<ClaimedDate>{};
  };
  if (borrow(f, section, prev, last_sentence(prev), false, claimed(site.previous, prev), fit)) return true;
  const bool silent = site.previous.block == &prev && !site.previous.claims.any && find_dates(prev.text, year_).empty() &&
                      extract::split_sentences(prev.text).size() == 1;
  if (!silent || i < 2 || !follows_paragraph(section, i - 1)) return false;
  const Block& before = section.blocks[i - 2];
  return borrow(f, section, before, last_sentence(before), false, claimed(site.earlier, before));
}

// "Het bestuur heeft het plan bekrachtigd." / "Dat gebeurde in de vergadering van 26 maart.": a
// next paragraph that opens by referring back.
bool Dater::borrow_paragraph_after(Found& f, const Section& section, std::size_t i) const {
  if (i + 1 >= section.blocks.size() || !follows_paragraph(section, i + 1)) return false;
  const Block& next = section.blocks[i + 1];
  const auto spans = extract::split_sentences(next.text);
  if (spans.empty()) return false;
  return refers_back(lower_ascii_copy(span_text(next, spans[0]))) && borrow(f, section, next, spans[0], true, {});
}

// "Wie heeft het plan vastgesteld?" / "Het bestuur, op 2 april 2014.": a question's answer in
// the next block dates the act it asks about.
bool Dater::answered_below(Found& f, const Section& section, std::size_t i) const {
  const std::string_view question = section.blocks[i].text;
  if (question.find_last_not_of(' ') == std::string_view::npos || question[question.find_last_not_of(' ')] != '?' ||
      i + 1 >= section.blocks.size())
    return false;
  const Block& answer = section.blocks[i + 1];
  const auto spans = extract::split_sentences(answer.text);
  if (spans.empty()) return false;
  // "Is het plan al vastgesteld?" / "Nee, dat gebeurt op 9 april.": the answer denies or plans it.
  const std::string lower = lower_ascii_copy(span_text(answer, spans[0]));
  if (lower.starts_with("nee") || has_word(lower, "nog niet") || has_future_marker(lower)) return false;
  return borrow(f, section, answer, spans[0], true, {}, Fit::any_date);
}

// "De raad heeft het plan in zijn vergadering van 10 maart besproken." in an earlier paragraph
// of the same letter: the meeting where the letter's decision was taken.
bool Dater::meeting_earlier_in_letter(Found& f, const Section& section, std::size_t i) const {
  for (std::size_t k = i, n = 0; k-- > 0 && n < kLetterWindow; ++n) {
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
bool Dater::meeting_later_in_letter(Found& f, const Section& section, std::size_t i, std::size_t from) const {
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

// "Gisteravond heeft de OPR ingestemd" in an e-mail sent on 21 maart, "vorige maand" in a
// newsletter of 10 april, "in zijn vergadering van maandag jl.": counted from the day of writing.
bool Dater::count_from_writing(Found& f, const ClaimSite& site) const {
  const Block& block = site.section.blocks[site.block];
  std::string lower = lower_ascii_copy(span_text(block, site.spans[site.sentence]));
  // Most sentences name no day relative to the writing: ask before looking for the date line.
  // "De raad heeft gisteren over het plan gestemd. De raad stemt niet in.": the meeting told in
  // the sentence before dates the decision.
  if (!names_day_of_writing(lower)) {
    // Not when the sentence before claims an act of its own, nor for an act told as earlier.
    if (site.sentence == 0 || site.claims[site.sentence - 1].any || tells_an_earlier_time(lower)) return false;
    std::string before = lower_ascii_copy(span_text(block, site.spans[site.sentence - 1]));
    if (!names_day_of_writing(before) || !(names_meeting(before) || has_word(before, "gestemd"))) return false;
    lower = std::move(before);
  }
  std::optional<WrittenOn> written;
  if (const auto letter = letter_date(site.section, site.block))
    written = WrittenOn{letter->date, letter->block, letter->begin, letter->end};
  else
    written = dated_opening(site.section, site.block, year_);
  if (!written) written = status_opening(site.section, year_);
  if (!written) return false;
  const auto day = day_from_writing(lower, written->date.value);
  if (!day) return false;
  f.claim.date = *day;
  f.borrowed = true;
  f.evidence.push_back(make_evidence(site.section, site.section.blocks[written->block], written->begin, written->end));
  return true;
}

bool Dater::take_letter_date(Found& f, const Section& section, std::size_t i) const {
  auto d = letter_date(section, i);
  if (!d) return false;
  f.claim.date = d->date.value;
  f.borrowed = true;
  f.evidence.push_back(make_evidence(section, section.blocks[d->block], d->begin, d->end));
  return true;
}

// The one free event date of a neighbouring sentence of the same paragraph: a sentence about
// a meeting or moment before it, or one that refers back to it after it.
bool Dater::borrow(Found& f, const Section& section, const Block& block, extract::Span span, bool after,
                   const std::vector<ClaimedDate>& claimed, Fit fit) const {
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
  // "In onze vergadering van 17 maart hebben wij het plan (versie 5 maart 2014) besproken": a
  // version's date dates the document, so the meeting's is the one date left; "kennis van het
  // advies van de OPR van 31 maart" dates the advice, not the next sentence's act.
  std::erase_if(dates, [&](const DateMention& d) { return dates_a_document(lower, d.offset); });
  if (dates.size() != 1) return false;
  bool fits = fit == Fit::any_date || names_meeting(lower) ||
              (fit == Fit::usual && (after ? refers_back(lower) : said_as_moment(lower, dates[0].offset)));
  if (!fits) return false;
  f.claim.date = dates[0].value;
  f.borrowed = true;
  f.evidence.push_back(make_evidence(section, block, span.begin, span.end));
  return true;
}

namespace {

// "Instemming OPR – 6 maart 2014", "OOGO 3 februari 2014": a dated title that names the event
// itself dates what its section says about that event.
bool title_names_event(std::string_view title, std::string_view event) {
  const auto names = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return has_word(title, w); });
  };
  if (event == "opr_instemming") return names({"instemming", "opr", "ondersteuningsplanraad", "instemmingsbesluit"});
  if (event == "oogo") return names({"oogo", "op overeenstemming gericht overleg"});
  return names({"vaststelling", "vaststellingsbesluit"});
}

}  // namespace

// The event dates of a text; in the title of minutes ("Notulen OPR d.d. 10 maart 2014",
// "Verslag van 10 maart") the document's date is the meeting's.
std::vector<DateMention> Dater::meeting_dates(std::string_view text) const {
  if (!is_minutes_title(std::string(text))) return event_dates(text, year_);
  auto dates = find_dates(text, year_);
  std::erase_if(dates, [](const DateMention& d) { return d.value.precision == Precision::year; });
  return dates;
}

// A dated meeting heading above the statement ("Vergadering algemeen bestuur 19 maart 2014"),
// or the section title ("Vergadering van de OPR op 6 maart 2014"). The nearest dated short
// block decides: a version or document date there blocks, it is no event date.
void Dater::borrow_heading(Found& f, const Section& section, std::size_t i) const {
  for (std::size_t k = i, n = 0; k-- > 0 && n < kLetterWindow; ++n) {
    const Block& b = section.blocks[k];
    if (b.text.size() > (is_minutes_title(b.text) ? kTitleBlock : kShortBlock)) continue;
    // A short sentence of the minutes ("De voorzitter meldt dat de OPR op 19 maart heeft
    // ingestemd.") is no heading: headings and date lines do not end with a full stop.
    if (!b.text.empty() && b.text.back() == '.' && std::count(b.text.begin(), b.text.end(), ' ') >= kSentenceSpaces) continue;
    // "nu de ondersteuningsplanraad op 27 maart 2014 met het plan heeft ingestemd,": a line of a
    // decision's preamble goes on in the next; its date is another act's.
    if (!b.text.empty() && (b.text.back() == ',' || b.text.back() == ';')) continue;
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
  const std::string title = lower_ascii_copy(section.title);
  const bool dates_its_statements =
      names_meeting(title) || is_minutes_title(section.title) || title_names_event(title, f.claim.event);
  if (dates.size() == 1 && dates_its_statements) {
    f.claim.date = dates[0].value;
    f.borrowed = true;
  }
}

}  // namespace opcheck::analyse::detail
