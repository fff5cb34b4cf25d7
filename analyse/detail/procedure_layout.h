// Layout of procedure passages: letters (opening and closing lines, subject lines, date lines),
// minutes titles, and the words by which a sentence or heading names a meeting or a moment.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "analyse/analyse.h"
#include "analyse/dates.h"

namespace opcheck::analyse::detail {

// Words of a meeting or a moment: a sentence or heading with them dates what is said nearby.
bool names_meeting(std::string_view lower);

// "Dat gebeurde op ...", "Deze vergadering vond plaats op ...": a sentence about the one before.
bool refers_back(std::string_view lower);

// "dezelfde avond", "in diezelfde maand", "die dag": the time of the sentence before.
bool names_time_before(std::string_view lower);

// A date said as a moment ("op 5 maart", "d.d. 5 maart", "Zaterdag 29 maart 2014 was ..."), not
// as the start of a period.
bool said_as_moment(std::string_view lower, std::size_t offset);

// The closing of a letter ("Met vriendelijke groet", "Hoogachtend", "Namens ...") in lower case.
bool ends_letter(const std::string& lower);

// The opening of a letter ("Aan ...", "Geacht ...", "Betreft ...").
bool opens_letter(const std::string& text);

// "Notulen van de vergadering van het algemeen bestuur ..., gehouden op 25 maart 2014".
bool is_minutes_title(const std::string& text);

// "OOGO: op overeenstemming gericht overleg.", "OPR - ondersteuningsplanraad": an abbreviation
// with its expansion, a definition wherever it stands.
bool is_definition_line(const std::string& text);

// "Betreft: ...", "Onderwerp: ...", "Kenmerk: ...".
bool is_subject_line(const std::string& text);

// A line holding only a place and a date, or a labelled date ("Datum: ...", "d.d. ..."): the date
// of the letter or signature page around it.
std::optional<DateMention> date_line(std::string_view text, std::optional<int> year);

// The "gerealiseerd" cell of timeline row i ("Stap | gepland | gerealiseerd"): where in the row
// it starts and its text. Nullopt when the row's table has no such column, or i is its header.
struct RealisedCell {
  std::size_t offset = 0;
  std::string_view text;
};
std::optional<RealisedCell> realised_cell(const Section& section, std::size_t i);

// The "Status" cell of timeline row i ("Stap | Datum | Status"), read as done (true: "gereed",
// "afgerond") or still to come (false: "gepland", "volgt"). Nullopt when the table has no such
// column or the cell says neither.
std::optional<bool> status_done(const Section& section, std::size_t i);

struct LetterDate {
  std::size_t block = 0, begin = 0, end = 0;  // the date line within its block
  DateMention date;
};

// The date line among a block's lines: letterheads are often joined into one block.
std::optional<LetterDate> date_line_in(const Block& block, std::size_t index, std::optional<int> year);

}  // namespace opcheck::analyse::detail
