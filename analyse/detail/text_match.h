// Dutch word handling for content matching: case and diacritic folding, Snowball stems as small
// integer ids, and decompounding (`ondersteuningsmiddelen` -> ondersteuning + middelen) so that a
// compound in the plan meets a phrase in a cue and the other way round. One process-wide
// Lexicon caches everything; it is not thread-safe (the analyse stage runs one plan per thread
// of control at a time).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyse/detail/match_stemmer.h"

namespace opcheck::analyse::detail {

// Lowercase with diacritics removed (é->e, ë->e, ï->i, ĳ->ij); other characters unchanged.
// Curly apostrophes become "'".
std::string fold(std::string_view text);

// A word of a block as the matcher sees it.
struct Token {
  std::uint32_t begin = 0, end = 0;  // byte range in the block text
  int block = 0;                     // index into the matcher's block list
  int stem = -1;                     // interned stem of the whole word
  int word = -1;                     // interned folded form (for '*' cues)
  std::uint32_t part_begin = 0;      // compound parts (stems) in TokenText::parts
  std::uint16_t part_count = 0;      // 0 when the word is not a compound
  int year = 0;                      // 1990..2060 when the token is a year, else 0
  bool number = false;
};

class Lexicon {
 public:
  static Lexicon& shared();

  int intern(std::string_view text);                  // any string -> stable id
  const std::string& text_of(int id) const { return strings_[static_cast<std::size_t>(id)]; }
  int stem_id(std::string_view folded_word);         // Snowball stem, interned
  // Parts of a compound as folded words, split with the full Hunspell dictionary (for cue
  // words; slow, cached). Empty when the word is not a compound.
  const std::vector<std::string>& dictionary_split(std::string_view folded_word);
  // Parts of a plan word as folded words, split only where the tail is a known cue word
  // (fast, cached). Empty when no known part is found.
  const std::vector<std::string>& vocabulary_split(std::string_view folded_word);
  // Makes `folded_word` (and its usual inflections) a tail that vocabulary_split may split off.
  void add_vocabulary(std::string_view folded_word);

 private:
  bool valid_head(std::string_view head);
  std::vector<std::string> split(std::string_view word, bool dictionary, int depth);
  std::vector<std::string> split_known_head(std::string_view word);

  DutchStemmer stemmer_;
  std::vector<std::string> strings_;
  std::unordered_map<std::string, int> ids_;
  std::unordered_map<std::string, int> stem_cache_;
  std::unordered_set<std::string> vocabulary_;
  std::unordered_map<std::string, std::vector<std::string>> dictionary_cache_, vocabulary_cache_;
};

// Tokens of one block text, appended to `out` (parts of compounds go to `parts`). A '%' after
// a number becomes the word "procent", so "2%" and "2 procent" read alike.
void tokenize(std::string_view text, int block, Lexicon& lexicon, std::vector<Token>& out, std::vector<int>& parts);

// True for words a cue may skip: articles and "van".
bool is_stopword(std::string_view folded_word);

}  // namespace opcheck::analyse::detail
