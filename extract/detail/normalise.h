// Text normalisation of the extract stage (ICU): character folding to NFC, joining words
// hyphenated across line ends when the joined word is Dutch, and word tokens for quality.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/extract.h"

namespace opcheck::extract::detail {

class DutchDictionary;

// Folds ligatures (ﬁ ﬂ …), full-width forms, odd and zero-width spaces, soft hyphens inside
// words; collapses runs of spaces; returns NFC. A soft hyphen at the very end is kept as '-'.
std::string fold_characters(std::string_view raw);

// The words a document spells inside its lines (punctuation stripped), so a word broken at a
// line end is spelled as the same document spells it elsewhere (ouder-kindcentrum).
using Vocabulary = std::unordered_set<std::string>;
Vocabulary inner_words(const std::vector<Line>& lines);

// Decides whether "head-" at a line end and "tail" at the next line's start form one word.
// Returns the joined spelling, or an empty string when the hyphen is a real one (PO-raad,
// ouder-kindcentrum). Order of evidence: a soft hyphen; the document's own spelling
// (`vocabulary`, may be null); Hunspell-nl on both spellings; Dutch compound rules.
std::string join_across_lines(std::string_view head, std::string_view tail, bool soft_hyphen,
                              DutchDictionary& dictionary, const Vocabulary* vocabulary = nullptr);

// Joins hyphenated line ends within body lines in reading order (one page or a whole
// document, so a word broken over a page end is joined on the first page), moving the tail
// word up to the line that holds the head.
void join_hyphenated_lines(std::vector<Line>& lines, const std::vector<bool>& soft_hyphen_end,
                           DutchDictionary& dictionary, const Vocabulary* vocabulary = nullptr);

// Word tokens (letters, possibly with digits) by ICU's word break iterator for Dutch.
std::vector<std::string> word_tokens(std::string_view text);

}  // namespace opcheck::extract::detail
