// Text normalisation of the extract stage (ICU): character folding to NFC, joining words
// hyphenated across line ends when the joined word is Dutch, and word tokens for quality.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"

namespace opcheck::extract::detail {

class DutchDictionary;

// Folds ligatures (ﬁ ﬂ …), full-width forms, odd and zero-width spaces, soft hyphens inside
// words; collapses runs of spaces; returns NFC. A soft hyphen at the very end is kept as '-'.
std::string fold_characters(std::string_view raw);

// Decides whether "head-" at a line end and "tail" at the next line's start form one word.
// Returns the joined spelling, or an empty string when the hyphen is a real one (PO-raad).
std::string join_across_lines(std::string_view head, std::string_view tail, bool soft_hyphen,
                              DutchDictionary& dictionary);

// Joins hyphenated line ends within one page's body lines (in reading order), moving the
// tail word up to the line that holds the head.
void join_hyphenated_lines(std::vector<Line>& lines, const std::vector<bool>& soft_hyphen_end,
                           DutchDictionary& dictionary);

// Word tokens (letters, possibly with digits) by ICU's word break iterator for Dutch.
std::vector<std::string> word_tokens(std::string_view text);

}  // namespace opcheck::extract::detail
