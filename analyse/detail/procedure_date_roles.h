// What a date in a procedure sentence is the date of, beyond the event next to it: a document's
// date ("de conceptversie van 12 februari"), a bound or a start ("vóór 1 mei", "met ingang van
// 1 augustus"), and event words that only name a moment ("voorafgaand aan de vaststelling").
#pragma once

#include <cstddef>
#include <string_view>

#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {

// The date at byte `offset` of lower-cased `lower` dates a document (a version, letter, note,
// minutes), not an event: the noun right before "van", "d.d." or "gedateerd" names a document.
bool dates_a_document(std::string_view lower, std::size_t offset);

// The date at `offset` (`length` bytes) is the day a document was sent or received: "in de versie
// die wij op 3 maart jl. van u ontvingen", "dat u ons op 14 februari heeft toegestuurd".
bool dates_a_sending(std::string_view lower, std::size_t offset, std::size_t length);

// The date is a bound, a deadline or a start, never the day an event took place:
// "vóór 1 mei", "uiterlijk", "vanaf", "per", "tot en met", "in werking op", "met ingang van".
bool is_bound_date(std::string_view lower, std::size_t offset);

// The date at `offset` (`length` bytes) opens a press release or report as its dateline:
// "ZEVERLOO, 14 maart 2014 – Het bestuur heeft gisteren ...". It is the day of writing; the
// acts told after it are dated from it ("gisteren"), not by it.
bool is_dateline(std::string_view lower, std::size_t offset, std::size_t length);

// The event word only names a moment ("voorafgaand aan de vaststelling", "na de instemming").
bool is_reference_only(std::string_view lower, const CueHit& hit);

}  // namespace opcheck::analyse::detail
