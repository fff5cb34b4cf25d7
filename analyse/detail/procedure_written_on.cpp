// Days counted from the day of writing, and the acts a letter dates after it; see
// procedure_written_on.h.
#include "analyse/detail/procedure_written_on.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <string>
#include <tuple>

#include "analyse/detail/procedure_date_roles.h"
#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t kOpeningLine = 120;  // bytes; a newsletter's or e-mail's dated heading
// Words of the events and their records: a dated line holding one dates that event.
constexpr std::string_view kEventWords[] = {"instemming", "vastgesteld", "vaststelling", "oogo", "overleg", "besluit",
                                            "vergadering", "bestuur"};

std::chrono::sys_days as_days(const DateValue& d) {
  using namespace std::chrono;
  return sys_days{year{d.year} / month{static_cast<unsigned>(d.month)} / day{static_cast<unsigned>(d.day)}};
}

DateValue as_value(std::chrono::sys_days days) {
  const std::chrono::year_month_day ymd{days};
  return DateValue{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day())), Precision::day};
}

int days_back(std::string_view lower) {
  if (has_word(lower, "eergisteren")) return 2;
  for (std::string_view w : {"gisteren", "gisteravond", "gistermiddag", "gisterochtend"})
    if (has_word(lower, w)) return 1;
  for (std::string_view w : {"vandaag", "vanavond", "vanmiddag", "vanochtend", "vanmorgen", "hedenavond", "hedenmiddag"})
    if (has_word(lower, w)) return 0;
  return -1;
}

// "maandag jl.", "afgelopen maandag": the last such weekday before the day of writing.
std::optional<int> last_weekday(std::string_view lower) {
  static constexpr std::array<std::string_view, 7> kDays{"zondag",    "maandag", "dinsdag", "woensdag",
                                                         "donderdag", "vrijdag", "zaterdag"};
  for (std::size_t d = 0; d < kDays.size(); ++d)
    for (std::size_t at = lower.find(kDays[d]); at != std::string_view::npos; at = lower.find(kDays[d], at + 1)) {
      const std::string_view after = lower.substr(at + kDays[d].size());
      const std::string_view before = lower.substr(0, at);
      if (after.starts_with(" jl") || after.starts_with(" laatstleden") || before.ends_with("afgelopen ") ||
          before.ends_with("vorige "))
        return static_cast<int>(d);
    }
  return std::nullopt;
}

// "16 december 2013", "16-12-'13": the date as written has a year of its own (four digits in a
// row, or an apostrophe year).
bool writes_a_year(std::string_view date) {
  std::size_t run = 0;
  for (char c : date) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run == 4) return true;
  }
  return date.find('\'') != std::string_view::npos || date.find("\xE2\x80\x99") != std::string_view::npos;
}

// Inside compounds too ("bestuursvergadering"), but "opr" only as a word (not "Koprijk").
bool names_event_line(std::string_view text) {
  const std::string line = lower_ascii_copy(text);
  return has_word(line, "opr") || std::any_of(std::begin(kEventWords), std::end(kEventWords), [&](std::string_view w) {
           return line.find(w) != std::string::npos;
         });
}

bool names_event(const Block& b, std::size_t begin, std::size_t end) {
  return names_event_line(std::string_view(b.text).substr(begin, end - begin));
}

// "Stand van zaken procedure (maart 2014)", "Stand per 14 april 2014", "peildatum 1 maart 2014",
// "Nieuwsbrief voor ouders, april 2014": a status report's or newsletter's title dates the
// writing, to the day or the month.
std::optional<DateMention> status_date(std::string_view line, std::optional<int> year) {
  if (line.size() > kOpeningLine) return std::nullopt;
  const std::string lower = lower_ascii_copy(line);
  const bool status = has_word(lower, "stand") || has_word(lower, "peildatum") || has_word(lower, "bijgewerkt") ||
                      lower.find("nieuwsbrief") != std::string::npos || lower.find("nieuwsflits") != std::string::npos ||
                      has_word(lower, "bulletin");
  if (!status) return std::nullopt;
  const auto dates = find_dates(line, year);
  if (dates.size() != 1 || dates[0].year_inferred || dates[0].value.year == 0) return std::nullopt;
  return dates[0];
}

// "ZEVERLOO, 14 maart 2014 – ...": the press release's dateline opening block `b`.
std::optional<DateMention> dateline(const Block& b, std::optional<int> year) {
  const std::string_view head = std::string_view(b.text).substr(0, std::min<std::size_t>(b.text.size(), 80));
  const auto dates = find_dates(head, year);
  if (dates.empty() || dates[0].value.precision != Precision::day) return std::nullopt;
  if (!is_dateline(lower_ascii_copy(head), dates[0].offset, dates[0].length)) return std::nullopt;
  return dates[0];
}

// "in zijn vergadering van 16 april": the possessive "zijn" is no past tense.
std::string without_possessive(std::string lower) {
  for (std::size_t at = lower.find("zijn vergadering"); at != std::string::npos; at = lower.find("zijn vergadering", at))
    lower.replace(at, 4, "de");
  return lower;
}

}  // namespace

bool names_day_of_writing(std::string_view lower) {
  return days_back(lower) >= 0 || has_word(lower, "vorige maand") || has_word(lower, "afgelopen maand") ||
         has_word(lower, "eerder deze maand") || has_word(lower, "begin deze maand") ||
         last_weekday(lower).has_value();
}

std::optional<DateValue> day_from_writing(std::string_view lower, const DateValue& written) {
  if (written.year == 0 || written.precision == Precision::year) return std::nullopt;
  const bool to_the_day = written.precision == Precision::day;
  if (const int back = days_back(lower); back >= 0)
    return to_the_day ? std::optional(as_value(as_days(written) - std::chrono::days{back})) : std::nullopt;
  // Only the past ("eerder", "begin"): "later deze maand" is still to come, and its mood says so.
  if (has_word(lower, "eerder deze maand") || has_word(lower, "begin deze maand"))
    return DateValue{written.year, written.month, 0, Precision::month};
  if (has_word(lower, "vorige maand") || has_word(lower, "afgelopen maand")) {
    const bool january = written.month == 1;
    return DateValue{january ? written.year - 1 : written.year, january ? 12 : written.month - 1, 0, Precision::month};
  }
  if (const auto weekday = to_the_day ? last_weekday(lower) : std::nullopt) {
    const std::chrono::sys_days day = as_days(written);
    const unsigned today = std::chrono::weekday{day}.c_encoding();
    int back = (static_cast<int>(today) - *weekday + 7) % 7;
    if (back == 0) back = 7;
    return as_value(day - std::chrono::days{back});
  }
  return std::nullopt;
}

std::optional<WrittenOn> dated_opening(const Section& section, std::size_t i, std::optional<int> year) {
  auto ends_in_date = [&](std::string_view text) -> std::optional<DateMention> {
    if (text.size() > kOpeningLine) return std::nullopt;
    const auto dates = find_dates(text, year);
    if (dates.size() != 1 || dates[0].value.precision != Precision::day || dates[0].year_inferred) return std::nullopt;
    // A heading ends in its date; a sentence ends in a full stop ("Het concept was gereed op
    // 8-1-2014."), a version line or a table row names no day of writing.
    const std::size_t end = dates[0].offset + dates[0].length;
    if (text.substr(end).find_first_not_of(' ') != std::string_view::npos) return std::nullopt;
    const std::string lower = lower_ascii_copy(text);
    if (lower.find("versie") != std::string::npos || lower.find(" | ") != std::string::npos) return std::nullopt;
    return dates[0];
  };
  // A press release's dateline opens its first paragraph, which may follow a title line.
  for (std::size_t k : {i, std::size_t{0}, std::size_t{1}}) {
    if (k > i) continue;
    if (auto d = dateline(section.blocks[k], year)) return WrittenOn{*d, k, d->offset, d->offset + d->length};
  }
  // The opening of the section (a newsletter's or bulletin's heading) or of the block itself;
  // not a list item above ("2. Verslag ALV 12 februari 2014").
  for (std::size_t k : {i, std::size_t{0}}) {
    const Block& b = section.blocks[k];
    const std::string_view first_line =
        b.lines.empty() || b.lines.front().end > b.text.size() ? std::string_view(b.text)
                                                               : std::string_view(b.text).substr(0, b.lines.front().end);
    if (auto d = ends_in_date(first_line)) return WrittenOn{*d, k, 0, first_line.size()};
  }
  return std::nullopt;
}

std::optional<WrittenOn> status_opening(const Section& section, std::optional<int> year) {
  if (section.blocks.empty()) return std::nullopt;
  const Block& b = section.blocks.front();
  const std::size_t end = b.lines.empty() || b.lines.front().end > b.text.size() ? b.text.size() : b.lines.front().end;
  const std::string_view line = std::string_view(b.text).substr(0, end);
  if (names_event_line(line)) return std::nullopt;
  if (const auto d = status_date(line, year)) return WrittenOn{*d, 0, 0, end};
  return std::nullopt;
}

void move_before_the_letter(Claim& claim, std::string_view sentence, const DateValue& letter) {
  if (!claim.date || claim.date->year == 0 || claim.date_end > sentence.size()) return;
  // Told in the past ("op 17 december hebben wij ... besproken" in an e-mail of 7 January), a day
  // after the writing lies a year back just as well.
  const std::string after = lower_ascii_copy(sentence.substr(claim.date_end, 13));
  const bool past = claim.mood != Mood::announced && has_past_marker(without_possessive(lower_ascii_copy(sentence)));
  if (!after.starts_with(" jl") && !after.starts_with(" laatstleden") && !past) return;
  if (writes_a_year(sentence.substr(claim.date_begin, claim.date_end - claim.date_begin))) return;
  const DateValue& d = *claim.date;
  if (std::tie(d.year, d.month, d.day) > std::tie(letter.year, letter.month, letter.day)) --claim.date->year;
}

std::optional<DateValue> day_of_writing(const Section& section, std::size_t i, bool letter, const Dater& dater,
                                        std::optional<int> year) {
  std::optional<DateValue> written;
  if (const auto d = letter ? dater.letter_date(section, i) : std::nullopt) {
    if (!names_event(section.blocks[d->block], d->begin, d->end)) written = d->date.value;
  } else if (const auto opening = dated_opening(section, i, year)) {
    if (!names_event(section.blocks[opening->block], opening->begin, opening->end)) written = opening->date.value;
  }
  // A status report's or newsletter's title, as the section's title or its first line.
  if (!written) {
    if (const auto title = names_event_line(section.title) ? std::nullopt : status_date(section.title, year))
      written = title->value;
    else if (const auto opening = status_opening(section, year))
      written = opening->date.value;
  }
  if (!written || written->year == 0) return std::nullopt;
  return written;
}

void announce_after(std::vector<Found>& found, std::size_t first, const DateValue& written) {
  for (std::size_t k = first; k < found.size(); ++k) {
    Claim& c = found[k].claim;
    if (c.mood != Mood::happened || !c.date || c.date->year == 0) continue;
    // A status report of a month ("stand maart 2014") compares months: its own month's acts
    // are done when told in the past.
    const bool month = c.date->precision == Precision::month || written.precision == Precision::month;
    const auto when = std::make_tuple(c.date->year, c.date->month, month ? 0 : c.date->day);
    const auto wrote = std::make_tuple(written.year, written.month, month ? 0 : written.day);
    // The month of writing, told in the present ("stelt het plan eind maart vast"), is to come.
    const bool present = month && when == wrote && !found[k].evidence.empty() &&
                         !has_past_marker(without_possessive(lower_ascii_copy(found[k].evidence.front().quote)));
    if (when > wrote || present) c.mood = Mood::announced;
  }
}

}  // namespace opcheck::analyse::detail
