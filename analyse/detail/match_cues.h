// Cues (checklist search terms) compiled to stem sequences, and their occurrences in a plan.
// A cue matches as an ordered stem sequence within a small window; a compound matches its
// parts written apart (`ondersteuningsmiddelen` ~ `middelen voor ondersteuning`) and a
// compound's head matches the bare word (`meerjarenbegroting` is a `begroting`). Abbreviations
// (TLV, CvT, sbo, ...) match their expansions both ways. Cue syntax: checklists/README.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyse/detail/text_match.h"

namespace opcheck::analyse::detail {

enum class TermKind { exact, suffix, prefix };  // suffix: "*voorziening", prefix: "begroting*"

struct CueTerm {
  TermKind kind = TermKind::exact;
  int stem = -1;        // exact terms
  std::string affix;    // folded, for suffix / prefix terms
  bool specific = false; // a long word that names a topic even as a compound's modifier
};

struct CueVariant {
  std::vector<CueTerm> terms;
  bool any_order = false;  // the parts of a compound cue, written apart in either order
};

struct CompiledCue {
  std::string text;                 // as written in the checklist
  std::vector<CueVariant> variants;
  // 1.0 for specific cues (several words, a compound, an abbreviation), 0.5 for one plain
  // word: a part needs specific evidence or two plain words that agree.
  double strength = 0.5;
};

// The built-in abbreviation table (folded abbreviation -> folded expansion).
const std::vector<std::pair<std::string, std::string>>& abbreviations();

// Compiles a cue and registers its words as decompounding vocabulary.
CompiledCue compile_cue(std::string_view cue, Lexicon& lexicon);

struct CueMatch {
  int block = 0;
  std::uint32_t begin = 0, end = 0;  // bytes in the block text
  std::uint32_t first_token = 0;     // index into PlanIndex::tokens()
};

// Every word of every block of a plan, with postings per stem.
class PlanIndex {
 public:
  PlanIndex(const std::vector<std::string_view>& blocks, Lexicon& lexicon);
  const std::vector<Token>& tokens() const { return tokens_; }
  // All places where `cue` occurs (one match per starting word).
  std::vector<CueMatch> find(const CompiledCue& cue) const;

 private:
  struct Posting {
    std::uint32_t token = 0;
    std::int16_t part = -1;  // -1: the whole word; else the index of a compound part
    bool head = false;       // the last part of a compound
  };
  std::vector<Posting> occurrences(const CueTerm& term) const;
  bool follows(const Posting& from, const std::vector<Posting>& next, Posting& found) const;
  bool near(const Posting& at, const std::vector<Posting>& other, Posting& found) const;
  void match_variant(const CueVariant& variant, std::vector<CueMatch>& out) const;

  Lexicon& lexicon_;
  std::vector<Token> tokens_;
  std::vector<int> parts_;
  std::unordered_map<int, std::vector<Posting>> by_stem_;
  std::unordered_map<int, std::vector<std::uint32_t>> by_word_;
};

}  // namespace opcheck::analyse::detail
