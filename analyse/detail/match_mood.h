// Whether a sentence states content or only announces it: "wordt nog uitgewerkt", "zal in het
// eerste planjaar worden vastgesteld", "nog geen", or one of the item's negative cues. Such a
// sentence shows that the topic is touched on, never that the content is there. A sentence that
// defers ("de verdeelsleutel wordt in het najaar van 2014 vastgesteld") says more: what it names
// is not there yet, whatever else the plan says about it. Also the local negation of a single
// match ("geen begroting").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "analyse/detail/text_match.h"

namespace opcheck::analyse::detail {

struct Sentence {
  std::uint32_t begin = 0, end = 0;              // bytes in the block text
  std::uint32_t first_token = 0, end_token = 0;  // token range in the plan's token list
  bool announces = false;                        // future, planned or not (yet) there
  bool defers = false;                           // explicitly puts the content off to a later moment
};

// Sentences of one block; `tokens` is the plan's token list and [first, end) the block's tokens.
std::vector<Sentence> split_block_sentences(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                                            std::uint32_t end, const Lexicon& lexicon);

// True when a negation ("geen", "niet", "zonder", "nooit") stands at most three words before
// token `at` within the sentence starting at token `sentence_first`.
bool negated(const std::vector<Token>& tokens, std::uint32_t at, std::uint32_t sentence_first, const Lexicon& lexicon);

}  // namespace opcheck::analyse::detail
