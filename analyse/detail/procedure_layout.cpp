// Letter and meeting layout helpers of the procedure reader; see procedure_layout.h.
#include "analyse/detail/procedure_layout.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "analyse/detail/match_cues.h"

#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {

// Words of a meeting or a moment: a sentence or heading with them dates what is said nearby.
bool names_meeting(std::string_view lower) {
  for (std::string_view w : {"vergader", "bijeenkomst", "overleg", "gesprek", "zitting", "sessie", "bijeen", "besluitenlijst",
                             "besproken", "besprak", "behandeld", "behandelde"})
    if (lower.find(w) != std::string_view::npos) return true;
  return false;
}

// "Dat gebeurde op ...", "Deze vergadering vond plaats op ...": a sentence about the one before.
bool refers_back(std::string_view lower) {
  for (std::string_view w : {"dat ", "dit ", "deze ", "die ", "hiervan ", "daarvan ", "het besluit ", "de instemming "})
    if (lower.starts_with(w)) return true;
  return false;
}

bool names_time_before(std::string_view lower) {
  for (std::string_view w : {"dezelfde dag", "dezelfde avond", "dezelfde ochtend", "dezelfde middag", "dezelfde vergadering",
                             "diezelfde", "datzelfde", "die dag", "die avond", "die vergadering", "dezelfde maand",
                             "die maand", "deze maand", "die week", "deze vergadering", "die bijeenkomst",
                             "deze bijeenkomst", "toen", "daarbij", "aansluitend"})
    if (has_word(lower, w)) return true;
  return false;
}

// A date said as a moment ("op 5 maart", "d.d. 5 maart"), not as the start of a period.
bool said_as_moment(std::string_view lower, std::size_t offset) {
  std::string_view before = lower.substr(0, offset);
  // "op dinsdag 25 maart"
  for (std::string_view day : {"maandag ", "dinsdag ", "woensdag ", "donderdag ", "vrijdag ", "zaterdag ", "zondag "})
    if (before.ends_with(day)) before.remove_suffix(day.size());
  // "Zaterdag 29 maart 2014 was de dag ...": a date opening the sentence is a moment too.
  const bool opens = before.find_first_not_of(" \t") == std::string_view::npos;
  return opens || before.ends_with("op ") || before.ends_with("d.d. ") || before.ends_with("van ");
}

bool ends_letter(const std::string& lower) {
  return lower.find("groet") != std::string::npos || lower.find("hoogachtend") != std::string::npos ||
         lower.rfind("namens ", 0) == 0 || lower.rfind("w.g.", 0) == 0 || lower.rfind("ondertekend", 0) == 0 ||
         lower.rfind("getekend", 0) == 0;
}

bool opens_letter(const std::string& text) {
  for (const char* start : {"Aan ", "Aan:", "Geacht", "Betreft", "Onderwerp", "Kenmerk", "Besluit ", "Van:"})
    if (text.rfind(start, 0) == 0) return true;
  return false;
}

// "Notulen van de vergadering van het algemeen bestuur ..., gehouden op 25 maart 2014".
bool is_minutes_title(const std::string& text) {
  // "Bijlage 7 Verslag OOGO 3 februari 2014", "Bijlage B: Uittreksel notulen": the appendix's label first.
  std::string_view rest = text;
  if (rest.starts_with("Bijlage ")) {
    rest.remove_prefix(8);
    const std::size_t label_end = rest.find(' ');
    rest.remove_prefix(label_end == std::string_view::npos ? rest.size() : label_end + 1);
    while (!rest.empty() && (rest.front() == ':' || rest.front() == '-' || rest.front() == ' ')) rest.remove_prefix(1);
  }
  for (std::string_view start : {"Notulen", "Verslag", "Besluitenlijst", "Uittreksel", "Concept-notulen"})
    if (rest.starts_with(start)) return true;
  return false;
}

namespace {

// The first letters of the words of `expansion` spell `abbreviation` ("op overeenstemming gericht
// overleg" -> "oogo"), or the expansion is the one the abbreviation table gives.
bool expands(const std::string& abbreviation, const std::string& expansion) {
  for (const auto& [abbr, full] : abbreviations())
    if (abbr == abbreviation && full == expansion) return true;
  std::string initials;
  for (std::size_t at = 0; at < expansion.size(); ++at)
    if (std::isalpha(static_cast<unsigned char>(expansion[at])) && (at == 0 || expansion[at - 1] == ' '))
      initials += expansion[at];
  return initials == abbreviation;
}

}  // namespace

bool is_definition_line(const std::string& text) {
  if (text.size() > 240) return false;
  std::size_t sep = text.find_first_of(":-\xE2\t");  // ':', '-', '–' (its lead byte) or a tab
  if (sep == std::string::npos || sep < 2 || sep > 8) return false;
  std::string abbreviation = lower_ascii_copy(text.substr(0, sep));
  while (!abbreviation.empty() && abbreviation.back() == ' ') abbreviation.pop_back();
  const int capitals = static_cast<int>(std::count_if(text.begin(), text.begin() + static_cast<long>(sep),
                                                      [](char c) { return c >= 'A' && c <= 'Z'; }));
  if (capitals < 2 || !std::all_of(abbreviation.begin(), abbreviation.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  std::size_t start = sep;
  while (start < text.size() && !std::isalpha(static_cast<unsigned char>(text[start]))) ++start;
  // The expansion ends where a description of it may begin: "OPR – ondersteuningsplanraad; het
  // medezeggenschapsorgaan ...", "OOGO - op overeenstemming gericht overleg: het wettelijk ...".
  std::string expansion = lower_ascii_copy(text.substr(start, text.find_first_of(";:,(", start) - start));
  while (!expansion.empty() && (expansion.back() == '.' || expansion.back() == ' ')) expansion.pop_back();
  if (std::any_of(expansion.begin(), expansion.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return expands(abbreviation, expansion);
}

bool is_subject_line(const std::string& text) {
  for (const char* start : {"Betreft", "Onderwerp", "Kenmerk", "Ons kenmerk", "Uw kenmerk"})
    if (text.rfind(start, 0) == 0) return true;
  return false;
}

// A line holding only a place and a date, or a labelled date ("Datum: ...", "d.d. ..."): the date
// of the letter or signature page around it.
std::optional<DateMention> date_line(std::string_view text, std::optional<int> year) {
  if (text.size() > 60) return std::nullopt;
  auto dates = find_dates(text, year);
  if (dates.size() != 1 || dates[0].value.precision == Precision::year) return std::nullopt;
  std::string rest(text.substr(0, dates[0].offset));
  // "Holtwijk, maart 2014": a letter dated by its month alone, only as "place, month year".
  const bool month_only = dates[0].value.precision == Precision::month;
  if (month_only && (dates[0].year_inferred || dates[0].offset + dates[0].length != text.size())) return std::nullopt;
  // "Venlo, d.d. 7 april 2014": a place, then the label.
  for (const char* label : {"d.d. ", "de dato "})
    if (rest.size() > std::strlen(label) && rest.ends_with(label)) rest.resize(rest.size() - std::strlen(label));
  std::string lower = lower_ascii_copy(rest);
  // "Uw brief van: 10 februari 2014", "Uw kenmerk: ...": the letter answered, not this one's date.
  if (lower.starts_with("uw ")) return std::nullopt;
  bool place = !rest.empty() && rest.find(',') != std::string::npos && rest.find(',') + 3 >= rest.size();
  std::string bare = lower;
  while (!bare.empty() && bare.back() == ' ') bare.pop_back();
  // "Datum: ...", and the short labels of signature pages: "d.d. 10 april 2014", "op 10 april 2014".
  // An e-mail's header: "Verzonden: woensdag 19 maart 2014 08:14".
  const bool mail = lower.starts_with("verzonden:") || lower.starts_with("verstuurd:") || lower.starts_with("sent:") ||
                    lower.starts_with("date:");
  // "Besluit genomen d.d.: 2 april 2014", "Vastgesteld op: ...": a short label ending in a colon,
  // but not a version's ("Versie: 12 maart 2014").
  const bool colon_label = bare.ends_with(":") && bare.size() <= 30 && bare.find("versie") == std::string::npos;
  // Under "Vastgesteld door het algemeen bestuur": "te Eikendonk op 25 maart 2014", "in de
  // vergadering van 17 maart 2014" say where and when.
  const bool place_on = lower.starts_with("te ") && bare.ends_with(" op");
  const bool meeting_of = bare.ends_with("vergadering van") && bare.size() <= 30;
  bool label = mail || colon_label || place_on || meeting_of || lower.find("datum") != std::string::npos ||
               bare == "d.d." || bare == "d.d" || bare == "dd" || bare == "op" || bare == "de dato";
  if (!place && !label && !rest.empty()) return std::nullopt;
  if (month_only && !place) return std::nullopt;
  return dates[0];
}

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

namespace {

constexpr std::string_view kCellSeparator = " | ";

std::vector<std::string_view> cells_of(std::string_view row) {
  std::vector<std::string_view> cells;
  for (std::size_t from = 0;;) {
    const std::size_t bar = row.find(kCellSeparator, from);
    cells.push_back(row.substr(from, bar == std::string_view::npos ? std::string_view::npos : bar - from));
    if (bar == std::string_view::npos) return cells;
    from = bar + kCellSeparator.size();
  }
}

bool names_realisation(std::string_view cell) {
  const std::string lower = lower_ascii_copy(cell);
  for (std::string_view w : {"gerealiseerd", "realisatie", "werkelijk", "uitgevoerd", "feitelijk"})
    if (lower.find(w) != std::string::npos) return true;
  return false;
}

// The column of row i's table whose header cell passes `names`: its index, or nullopt when the
// row is no table row, is the header itself, or the table has no such column.
template <typename Names>
std::optional<std::size_t> column_of(const Section& section, std::size_t i, Names names) {
  const auto& blocks = section.blocks;
  if (blocks[i].kind != BlockKind::table_row) return std::nullopt;
  std::size_t header = i;
  while (header > 0 && blocks[header - 1].kind == BlockKind::table_row) --header;
  if (header == i) return std::nullopt;
  const auto head = cells_of(blocks[header].text);
  const auto it = std::find_if(head.begin(), head.end(), names);
  if (it == head.end()) return std::nullopt;
  return static_cast<std::size_t>(it - head.begin());
}

bool names_status(std::string_view cell) {
  const std::string lower = lower_ascii_copy(cell);
  return lower == "status" || lower == "stand" || lower == "stand van zaken" || lower == "voortgang";
}

}  // namespace

std::optional<RealisedCell> realised_cell(const Section& section, std::size_t i) {
  const auto column = column_of(section, i, names_realisation);
  if (!column) return std::nullopt;
  const auto& block = section.blocks[i];
  const auto row = cells_of(block.text);
  if (*column >= row.size()) return RealisedCell{block.text.size(), {}};
  return RealisedCell{static_cast<std::size_t>(row[*column].data() - block.text.data()), row[*column]};
}

std::optional<bool> status_done(const Section& section, std::size_t i) {
  const auto column = column_of(section, i, names_status);
  if (!column) return std::nullopt;
  const auto row = cells_of(section.blocks[i].text);
  if (*column >= row.size()) return std::nullopt;
  const std::string cell = lower_ascii_copy(row[*column]);
  for (std::string_view w : {"gepland", "volgt", "nog", "verwacht", "voorzien", "open", "in voorbereiding"})
    if (has_word(cell, w)) return false;
  for (std::string_view w : {"gereed", "afgerond", "gedaan", "uitgevoerd", "gerealiseerd", "klaar", "ingestemd",
                             "vastgesteld", "overeenstemming", "akkoord", "verleend", "gehouden", "genomen",
                             "plaatsgevonden", "bereikt"})
    if (has_word(cell, w)) return true;
  return std::nullopt;
}

}  // namespace opcheck::analyse::detail
