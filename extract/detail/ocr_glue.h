// Words OCR ran together when it lost a space: a word and a number ("op4 maart"), a function
// word and a capital code ("DeOPR"), two words of letters ("hetplan", "ingestemdmet"). Only a
// token the dictionary rejects is split, and only where exactly one split fits.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "extract/detail/ocr_repair.h"

namespace opcheck::extract::detail {

// Reads the number part of a split ("2O14" -> "2014"), or nothing when it is no number.
using NumberReader = std::function<std::optional<std::string>(std::string_view)>;

// "op4" -> "op 4", "in2O14" -> "in 2014", "2014heeft" -> "2014 heeft"; codes, units and
// ordinals ("VO2206", "km2", "1ste") stay.
std::optional<std::string> split_number_glue(std::string_view core, const WordCheck& is_word, const NumberReader& read_number);

// "DeOPR" -> "De OPR"; "hetplan" -> "het plan" only when `spelling` shows the document writes
// the pair apart at least as often as run together (none: letter pairs are never split).
std::optional<std::string> split_letter_glue(std::string_view core, const WordCheck& is_word,
                                             const DocumentSpelling* spelling);

}  // namespace opcheck::extract::detail
