// Cue compilation (stems, compound parts, abbreviation variants) and the plan-wide postings
// that find cue occurrences without scanning the text once per cue.
#include "analyse/detail/match_cues.h"

#include <algorithm>

#include "extract/extract.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::uint32_t kMaxGap = 2;     // words allowed between two consecutive cue words
constexpr std::uint32_t kWindow = 3;     // extra words around compound parts written apart
constexpr std::size_t kMaxVariants = 12;
constexpr std::size_t kSpecificWord = 10;  // cue words this long name a topic even as a compound's modifier

using Stems = std::vector<int>;

// Folded words of a cue, as tokenize() would read them ("2%" -> "2", "procent").
std::vector<std::string> cue_words(std::string_view cue) {
  const std::string folded = fold(cue);
  std::vector<std::string> words;
  for (const auto& span : extract::split_words(folded)) {
    std::string word = folded.substr(span.begin, span.end - span.begin);
    if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
    words.push_back(word);
    std::size_t after = span.end;
    if (after < folded.size() && folded[after] == ' ') ++after;
    if (after < folded.size() && folded[after] == '%') words.emplace_back("procent");
  }
  return words;
}

Stems content_stems(const std::string& phrase, Lexicon& lexicon) {
  Stems out;
  for (const auto& word : cue_words(phrase))
    if (!is_stopword(word)) out.push_back(lexicon.stem_id(word));
  return out;
}

// Replaces each occurrence of `from` in `stems` by `to`; empty when `from` does not occur.
Stems substitute(const Stems& stems, const Stems& from, const Stems& to) {
  if (from.empty() || stems.size() < from.size()) return {};
  Stems out;
  bool changed = false;
  for (std::size_t i = 0; i < stems.size();) {
    if (i + from.size() <= stems.size() && std::equal(from.begin(), from.end(), stems.begin() + static_cast<long>(i))) {
      out.insert(out.end(), to.begin(), to.end());
      i += from.size();
      changed = true;
    } else {
      out.push_back(stems[i++]);
    }
  }
  return changed ? out : Stems{};
}

// The cue's stems plus every abbreviation swap (TLV <-> toelaatbaarheidsverklaring).
std::vector<Stems> abbreviation_variants(const Stems& stems, Lexicon& lexicon) {
  std::vector<Stems> out{stems};
  for (const auto& [abbr, expansion] : abbreviations()) {
    const Stems short_form = content_stems(abbr, lexicon), long_form = content_stems(expansion, lexicon);
    const std::size_t known = out.size();
    for (std::size_t i = 0; i < known && out.size() < kMaxVariants; ++i) {
      for (const Stems& swapped : {substitute(out[i], short_form, long_form), substitute(out[i], long_form, short_form)})
        if (!swapped.empty() && std::find(out.begin(), out.end(), swapped) == out.end()) out.push_back(swapped);
    }
  }
  return out;
}

CueTerm exact(int stem) {
  CueTerm term;
  term.stem = stem;
  return term;
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& abbreviations() {
  static const std::vector<std::pair<std::string, std::string>> table = {
      {"tlv", "toelaatbaarheidsverklaring"}, {"opr", "ondersteuningsplanraad"},
      {"oogo", "op overeenstemming gericht overleg"}, {"cvt", "commissie van toelaatbaarheid"},
      {"cvd", "commissie van deskundigen"}, {"pcl", "permanente commissie leerlingenzorg"},
      {"ctt", "commissie toewijzing toelaatbaarheid"}, {"sbo", "speciaal basisonderwijs"},
      {"vso", "voortgezet speciaal onderwijs"}, {"so", "speciaal onderwijs"},
      {"lwoo", "leerwegondersteunend onderwijs"}, {"pro", "praktijkonderwijs"},
      {"sop", "schoolondersteuningsprofiel"}, {"opp", "ontwikkelingsperspectief"},
      {"alv", "algemene ledenvergadering"}, {"rvt", "raad van toezicht"},
      {"opdc", "orthopedagogisch didactisch centrum"}, {"zat", "zorg en adviesteam"},
      {"hgw", "handelingsgericht werken"}, {"swv", "samenwerkingsverband"},
      {"avg", "algemene verordening gegevensbescherming"}, {"wbp", "wet bescherming persoonsgegevens"},
      {"mr", "medezeggenschapsraad"}, {"gmr", "gemeenschappelijke medezeggenschapsraad"},
  };
  return table;
}

CompiledCue compile_cue(std::string_view cue, Lexicon& lexicon) {
  CompiledCue out;
  out.text = std::string(cue);
  const bool leading_star = !cue.empty() && cue.front() == '*';
  const bool trailing_star = cue.size() > 1 && cue.back() == '*';
  std::vector<std::string> words;
  for (auto& word : cue_words(cue))
    if (!is_stopword(word)) words.push_back(std::move(word));
  if (words.empty()) return out;
  for (const auto& word : words) {
    lexicon.add_vocabulary(word);
    for (const auto& part : lexicon.dictionary_split(word)) lexicon.add_vocabulary(part);
  }
  const bool is_abbreviation = std::any_of(abbreviations().begin(), abbreviations().end(),
                                           [&](const auto& pair) { return words.size() == 1 && pair.first == words[0]; });
  out.strength = words.size() >= 2 || is_abbreviation || leading_star || !lexicon.dictionary_split(words[0]).empty() ? 1.0 : 0.5;
  Stems stems;
  for (const auto& word : words) stems.push_back(lexicon.stem_id(word));
  if (leading_star || trailing_star) {  // affix cues keep their literal form only
    CueVariant variant;
    for (std::size_t i = 0; i < words.size(); ++i) {
      CueTerm term = exact(stems[i]);
      if (leading_star && i == 0) term = CueTerm{TermKind::suffix, -1, words[i]};
      if (trailing_star && i + 1 == words.size()) term = CueTerm{TermKind::prefix, -1, words[i]};
      variant.terms.push_back(term);
    }
    out.variants.push_back(variant);
    return out;
  }
  for (const Stems& variant_stems : abbreviation_variants(stems, lexicon)) {
    CueVariant literal;
    for (int stem : variant_stems) literal.terms.push_back(exact(stem));
    // Word length, not stem length: Snowball cuts `toelaatbaarheid` down to `toelat`.
    if (words.size() == 1 && variant_stems == stems) literal.terms[0].specific = words[0].size() >= kSpecificWord;
    out.variants.push_back(literal);
  }
  // Compound words of the cue written apart, in either order.
  CueVariant apart;
  apart.any_order = true;
  bool any_split = false;
  for (const auto& word : words) {
    const auto& parts = lexicon.dictionary_split(word);
    any_split |= !parts.empty();
    if (parts.empty()) apart.terms.push_back(exact(lexicon.stem_id(word)));
    for (const auto& part : parts) apart.terms.push_back(exact(lexicon.stem_id(part)));
  }
  if (any_split) out.variants.push_back(apart);
  return out;
}

PlanIndex::PlanIndex(const std::vector<std::string_view>& blocks, Lexicon& lexicon) : lexicon_(lexicon) {
  for (std::size_t b = 0; b < blocks.size(); ++b) tokenize(blocks[b], static_cast<int>(b), lexicon, tokens_, parts_);
  for (std::uint32_t t = 0; t < tokens_.size(); ++t) {
    const Token& token = tokens_[t];
    by_stem_[token.stem].push_back(Posting{t, -1, false});
    by_word_[token.word].push_back(t);
    for (std::uint16_t p = 0; p < token.part_count; ++p) {
      const int stem = parts_[token.part_begin + p];
      by_stem_[stem].push_back(Posting{t, static_cast<std::int16_t>(p), p + 1 == token.part_count});
    }
  }
}

std::vector<PlanIndex::Posting> PlanIndex::occurrences(const CueTerm& term) const {
  if (term.kind == TermKind::exact) {
    auto it = by_stem_.find(term.stem);
    return it == by_stem_.end() ? std::vector<Posting>{} : it->second;
  }
  std::vector<Posting> out;
  for (const auto& [word, positions] : by_word_) {
    const std::string& text = lexicon_.text_of(word);
    const bool hit = term.kind == TermKind::suffix ? text.ends_with(term.affix) : text.starts_with(term.affix);
    if (hit)
      for (std::uint32_t t : positions) out.push_back(Posting{t, -1, false});
  }
  std::sort(out.begin(), out.end(), [](const Posting& a, const Posting& b) { return a.token < b.token; });
  return out;
}

// The next cue word: the next part of the same compound, or a later word of the same block
// at most kMaxGap words on.
bool PlanIndex::follows(const Posting& from, const std::vector<Posting>& next, Posting& found) const {
  const Token& at = tokens_[from.token];
  const bool last_part = from.part < 0 || from.part + 1 == at.part_count;
  auto it = std::lower_bound(next.begin(), next.end(), from.token, [](const Posting& p, std::uint32_t t) { return p.token < t; });
  for (; it != next.end() && it->token <= from.token + kMaxGap + 1; ++it) {
    if (it->token == from.token) {
      if (from.part >= 0 && it->part == from.part + 1) return found = *it, true;
      continue;
    }
    if (!last_part || tokens_[it->token].block != at.block) continue;
    if (it->part <= 0) return found = *it, true;
  }
  return false;
}

bool PlanIndex::near(const Posting& at, const std::vector<Posting>& other, Posting& found) const {
  const std::uint32_t lo = at.token > kWindow ? at.token - kWindow : 0;
  auto it = std::lower_bound(other.begin(), other.end(), lo, [](const Posting& p, std::uint32_t t) { return p.token < t; });
  for (; it != other.end() && it->token <= at.token + kWindow; ++it)
    if (tokens_[it->token].block == tokens_[at.token].block && !(it->token == at.token && it->part == at.part))
      return found = *it, true;
  return false;
}

void PlanIndex::match_variant(const CueVariant& variant, std::vector<CueMatch>& out) const {
  std::vector<std::vector<Posting>> lists;
  for (const auto& term : variant.terms) {
    lists.push_back(occurrences(term));
    if (lists.back().empty()) return;
  }
  for (const Posting& start : lists[0]) {
    // A modifier is not the thing itself (`doelgroep` is no `doel`), except for a long, specific
    // cue word: `terugplaatsingsbeleid` is about terugplaatsing.
    if (lists.size() == 1 && start.part >= 0 && !start.head && !variant.terms[0].specific) continue;
    std::uint32_t first = start.token, last = start.token;
    Posting at = start;
    bool ok = true;
    for (std::size_t k = 1; k < lists.size() && ok; ++k) {
      Posting found;
      ok = variant.any_order ? near(start, lists[k], found) : follows(at, lists[k], found);
      if (!ok && !variant.any_order && start.part >= 0) ok = near(start, lists[k], found) && found.token == start.token;
      at = found;
      first = std::min(first, found.token);
      last = std::max(last, found.token);
    }
    if (ok) out.push_back(CueMatch{tokens_[first].block, tokens_[first].begin, tokens_[last].end, first});
  }
}

std::vector<CueMatch> PlanIndex::find(const CompiledCue& cue) const {
  std::vector<CueMatch> out;
  for (const auto& variant : cue.variants) match_variant(variant, out);
  std::sort(out.begin(), out.end(), [](const CueMatch& a, const CueMatch& b) { return a.first_token < b.first_token; });
  out.erase(std::unique(out.begin(), out.end(), [](const CueMatch& a, const CueMatch& b) { return a.first_token == b.first_token; }),
            out.end());
  return out;
}

}  // namespace opcheck::analyse::detail
