// Conservative repair of typical Tesseract character confusions in OCR'd words (I/l, rn/m,
// O/0, letters inside dates) and of words split by a stray space. Pure: the Dutch dictionary
// comes in as a predicate, so the rules are testable with Hunspell-nl and with fakes. Only a
// token the dictionary rejects is changed, and only into one it accepts (or a plain number).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/extract.h"

namespace opcheck::extract::detail {

// "Is this a Dutch word?" (Hunspell-nl in production; accepts capitalised forms of words).
using WordCheck = std::function<bool(std::string_view)>;

// How a document spells its words: counts of each word and of each pair of neighbours on a line
// ("samen werkingsverband"), punctuation stripped, over the body lines of all its pages.
struct DocumentSpelling {
  std::unordered_map<std::string, int> words;
  std::unordered_map<std::string, int> pairs;  // "first second"
};
DocumentSpelling spelling_of(const std::vector<Page>& pages);

// One OCR'd token (punctuation around it allowed) repaired, or returned unchanged when no
// rule makes it plausible: "2O14," -> "2014,", "0PR" -> "OPR", "vastgesteId." -> "vastgesteld.",
// "a1gemene" -> "algemene". Words run together come back with a space: "op4" -> "op 4",
// "DeOPR" -> "De OPR", and, only when `spelling` shows the document writes the pair apart,
// "hetplan" -> "het plan". `next_word` (the token after it on the line, if any) lets a day
// before a month name be read as digits ("ll februari" -> "11 februari").
std::string repair_ocr_word(std::string_view token, const WordCheck& is_word, std::string_view next_word = {},
                            const DocumentSpelling* spelling = nullptr);

// Repairs the words of OCR'd lines in place: each word by repair_ocr_word (except a broken
// word's head at a line end; a word it splits becomes two words sharing its box), then two
// neighbours joined into one word (boxes united) across a narrow gap when the joined word is
// Dutch and one half is not, or, with `spelling`, when both halves are words but the document
// spells them as one more often. Lines are refreshed.
void repair_ocr_lines(std::vector<Line>& lines, const WordCheck& is_word, const DocumentSpelling* spelling = nullptr);

}  // namespace opcheck::extract::detail
