// Quick pre-tests of the procedure reader's cue scans; see perf_cue_scan.h. The pre-test asks
// only whether each word of a cue occurs somewhere as a substring under find_cue's case rule,
// which every hit of find_cue requires; word boundaries and particles are left to find_cue.
#include "analyse/detail/perf_cue_scan.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// find_cue's case rule at `pos`: an upper-case letter of the cue matches only itself, any other
// byte matches the text's byte in lower case.
bool matches_at(std::string_view text, std::string_view lower, std::size_t pos, std::string_view part) {
  for (std::size_t i = 0; i < part.size(); ++i) {
    const char c = part[i];
    if (is_upper(c) ? text[pos + i] != c : lower[pos + i] != c) return false;
  }
  return true;
}

// Whether `part` occurs anywhere in `text` under the case rule. Candidates come from memchr
// on the lower-cased first byte, which is what makes this cheap.
bool occurs(std::string_view text, std::string_view lower, std::string_view part) {
  if (part.empty()) return true;
  if (part.size() > lower.size()) return false;
  const char first = to_lower(part[0]);
  const std::size_t last = lower.size() - part.size();
  for (std::size_t pos = lower.find(first); pos != npos && pos <= last; pos = lower.find(first, pos + 1))
    if (matches_at(text, lower, pos, part)) return true;
  return false;
}

// The quick test reads `lower` as its own lower case; text with capitals goes to has_word directly.
bool has_upper(std::string_view text) {
  return std::any_of(text.begin(), text.end(), is_upper);
}

// The adjacent byte pairs of a lower-cased text, hashed into 4096 bits: a cue word with a pair
// the text lacks cannot occur in it. Built once per text (a few hundred bytes), it
// rules out most cues in a few instructions each. Collisions only let more through.
class PairFilter {
 public:
  explicit PairFilter(std::string_view lower) {
    for (std::size_t i = 1; i < lower.size(); ++i) set(key(lower[i - 1], lower[i]));
  }
  bool may_hold(std::string_view part) const {
    for (std::size_t i = 1; i < part.size(); ++i)
      if (!test(key(to_lower(part[i - 1]), to_lower(part[i])))) return false;
    return true;
  }

 private:
  static std::size_t key(char a, char b) {
    return (static_cast<std::size_t>(static_cast<unsigned char>(a)) << 6 ^ static_cast<unsigned char>(b)) & 4095u;
  }
  void set(std::size_t k) { bits_[k >> 6] |= std::uint64_t{1} << (k & 63); }
  bool test(std::size_t k) const { return (bits_[k >> 6] >> (k & 63) & 1u) != 0; }

  std::array<std::uint64_t, 64> bits_{};
};

// The filter of the last text asked about. A sentence's cue lists are tried one after the other
// (some twenty lists per sentence), so the filter is mostly built once per sentence. The key is
// the text's bytes, not its address, so a reused buffer can never give a stale filter.
PairFilter pairs_of(std::string_view lower) {
  thread_local std::string last_text;
  thread_local PairFilter last_pairs{std::string_view()};
  if (lower != last_text) {
    last_text.assign(lower);
    last_pairs = PairFilter(lower);
  }
  return last_pairs;
}

// `pairs` is null for a single cue, whose filter would cost more than the search it saves.
bool may_occur(std::string_view text, std::string_view lower, const PairFilter* pairs, std::string_view part) {
  return (!pairs || pairs->may_hold(part)) && occurs(text, lower, part);
}

bool may_match(std::string_view text, std::string_view lower, const PairFilter* pairs, std::string_view cue) {
  // A two-word cue may be a separable verb ("stemt ... in"): its words need not be adjacent,
  // but both occur. Any other cue occurs as written.
  const std::size_t space = cue.find(' ');
  if (space != npos && cue.find(' ', space + 1) == npos)
    return may_occur(text, lower, pairs, cue.substr(0, space)) && may_occur(text, lower, pairs, cue.substr(space + 1));
  return !cue.empty() && may_occur(text, lower, pairs, cue);
}

}  // namespace

bool may_match(std::string_view text, std::string_view lower, std::string_view cue) {
  return may_match(text, lower, nullptr, cue);
}

std::vector<CueHit> find_cue_quick(std::string_view text, std::string_view lower, std::string_view cue) {
  if (!may_match(text, lower, cue)) return {};
  return find_cue(text, cue);
}

// Skipped cues have no hits, so they can neither appear in find_cues' result nor block a shorter
// cue's hit; the cues kept stay in their order, so the longest-first order among them is the same.
std::vector<CueHit> find_cues_quick(std::string_view text, std::string_view lower, const std::vector<std::string>& cues) {
  const PairFilter pairs = pairs_of(lower);
  std::vector<std::string> kept;
  for (const std::string& cue : cues)
    if (may_match(text, lower, &pairs, cue)) kept.push_back(cue);
  if (kept.empty()) return {};
  return find_cues(text, kept);
}

std::vector<CueHit> find_cues_quick(std::string_view text, std::string_view lower,
                                    std::initializer_list<std::string_view> cues) {
  const PairFilter pairs = pairs_of(lower);
  std::vector<std::string> kept;
  for (std::string_view cue : cues)
    if (may_match(text, lower, &pairs, cue)) kept.emplace_back(cue);
  if (kept.empty()) return {};
  return find_cues(text, kept);
}

bool has_word_quick(std::string_view lower, std::string_view word) {
  if (has_upper(lower)) return has_word(lower, word);
  return occurs(lower, lower, word) && has_word(lower, word);
}

bool has_any_word(std::string_view lower, std::initializer_list<std::string_view> words) {
  if (has_upper(lower))
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return has_word(lower, w); });
  const PairFilter pairs = pairs_of(lower);
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return may_occur(lower, lower, &pairs, w) && has_word(lower, w); });
}

}  // namespace opcheck::analyse::detail
