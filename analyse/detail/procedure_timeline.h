// Pieces of the timeline rules (timeline.cpp), public to the tests: ordering dates known to
// different precisions, Dutch date words, template filling, and the correction of the
// content judge's OOGO answers from the procedure facts.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "analyse/analyse.h"

namespace opcheck::analyse::detail {

// The order of two dates. A month-only date spans its month: against a date inside that month
// (or another date of the same month) the order is unknown, never guessed.
enum class Order { before, same, after, unknown };
Order compare_dates(const DateValue& a, const DateValue& b);
DateValue from_checklist_date(const checklists::Date& date);

// "12 maart 2014", "maart 2014", "2014"; "12 maart" when the year is unknown.
std::string dutch_date(const DateValue& value);

// Replaces every "{name}" of `values` in `text`.
std::string fill_template(std::string text, const std::map<std::string, std::string>& values);

// P5-OOGO and P5-OVEREENSTEMMING judged from the text can contradict the dated OOGO statement
// found by the procedure reader (the content judge sees topic words, not whether the OOGO took
// place). The facts win when they are explicit:
//   P5-OOGO:            OOGO happened            -> "ja"  (when the judge said nee/onbekend)
//                       OOGO only announced      -> "nee" (when the judge said onbekend)
//   P5-OVEREENSTEMMING: outcome overeenstemming  -> "ja"  (when the judge said nee/onbekend)
//                       geen_overeenstemming     -> "nee" (when the judge said ja/deels/onbekend)
// "deels" from the judge is kept against a plain "happened"; an unknown outcome changes nothing.
// The fact's evidence is added and the explanation says why the answer changed.
void refine_oogo_findings(std::vector<Finding>& findings, const ProcedureFacts& facts);

}  // namespace opcheck::analyse::detail
