// What goes into one plan's feedback letter: whether it gets one at all, and the values for the
// template. A shortfall is a non-advisory finding whose (analyst's) status is one of its
// checklist's letter_statuses; its paragraph is the catalog's letter text for that status.
#pragma once

#include <string>

#include "cli/letter_template.h"
#include "cli/outputs.h"

namespace opcheck::cli {

enum class LetterKind {
  letter,         // an ondersteuningsplan with at least one shortfall
  no_shortfalls,  // a plan that meets every counted requirement and rule
  not_a_plan,     // the document is not an ondersteuningsplan
  unreadable,     // the file could not be read (is_plan unknown)
};

struct PlanLetter {
  LetterKind kind = LetterKind::no_shortfalls;
  std::string file;       // the input file's base name
  std::string swv;        // "Naam (PO 23-01)" as far as known, for LEESMIJ.md
  std::string reason;     // Dutch, for non-plans and unreadable files: the report's errors
  LetterFields fields;    // filled for kind == letter
};

PlanLetter plan_letter(const PlanOutput& plan, const checklists::Catalog& catalog);

// "12 maart 2014", "maart 2014" or "2014" for an ISO date of day, month or year precision.
std::string dutch_date(const std::string& iso);

}  // namespace opcheck::cli
