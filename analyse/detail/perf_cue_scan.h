// Quick tests in front of the procedure reader's exact cue scans (find_cue, find_cues and
// has_word in procedure_text.h). Most cues occur in no given sentence, and a substring search
// (memchr on the first letter) rules them out far more cheaply than the exact scan, which
// tries every byte. The exact scans still decide every cue the quick test lets through, so the
// hits are the same; the test only ever skips cues that cannot match.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {

// False only when find_cue(text, cue) finds nothing for certain. `lower` is
// lower_ascii_copy(text).
bool may_match(std::string_view text, std::string_view lower, std::string_view cue);

// find_cue(text, cue) and find_cues(text, cues), skipping the cues that cannot match.
// `lower` is lower_ascii_copy(text).
std::vector<CueHit> find_cue_quick(std::string_view text, std::string_view lower, std::string_view cue);
std::vector<CueHit> find_cues_quick(std::string_view text, std::string_view lower, const std::vector<std::string>& cues);
std::vector<CueHit> find_cues_quick(std::string_view text, std::string_view lower,
                                    std::initializer_list<std::string_view> cues);

// has_word(lower, word), and whether any of `words` is one.
bool has_word_quick(std::string_view lower, std::string_view word);
bool has_any_word(std::string_view lower, std::initializer_list<std::string_view> words);

}  // namespace opcheck::analyse::detail
