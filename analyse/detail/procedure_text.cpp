// Cue matching, clauses and tense markers for the procedure reader (see procedure_text.h).
// Everything works on bytes: cues and markers are ASCII, and any non-ASCII byte counts as a
// letter, so "vóór" or "geëvalueerd" never end a word in the middle.
#include "analyse/detail/procedure_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace opcheck::analyse::detail {
namespace {

bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool boundary_before(std::string_view text, std::size_t pos) { return pos == 0 || !is_word_byte(text[pos - 1]); }
bool boundary_after(std::string_view text, std::size_t pos) { return pos >= text.size() || !is_word_byte(text[pos]); }

// Whether `cue` matches `text` at `pos` (case rule of find_cue), without boundary checks.
bool matches_at(std::string_view text, std::size_t pos, std::string_view cue) {
  if (pos + cue.size() > text.size()) return false;
  for (std::size_t i = 0; i < cue.size(); ++i) {
    char c = cue[i], t = text[pos + i];
    if (c >= 'A' && c <= 'Z' ? t != c : lower(t) != lower(c)) return false;
  }
  return true;
}

std::vector<CueHit> exact_hits(std::string_view text, std::string_view cue) {
  std::vector<CueHit> out;
  if (cue.empty()) return out;
  for (std::size_t pos = 0; pos + cue.size() <= text.size(); ++pos) {
    if (!boundary_before(text, pos) || !matches_at(text, pos, cue) || !boundary_after(text, pos + cue.size())) continue;
    out.push_back({pos, pos + cue.size(), std::string(cue)});
  }
  return out;
}

// A comma, semicolon or sentence-ending full stop at pos (not the period of "mrt." or "12.03").
bool ends_clause(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c == ',' || c == ';') return !(pos + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[pos + 1])));
  if (c != '.') return false;
  if (pos + 1 >= text.size()) return true;
  if (text[pos + 1] != ' ') return false;
  return pos + 2 >= text.size() || std::isupper(static_cast<unsigned char>(text[pos + 2]));
}

// Separable particles, and the second half of a split phrase ("het besluit ... genomen", plain
// language "zei de raad ja").
constexpr std::array<std::string_view, 12> kParticles{"in",  "vast", "af",  "plaats", "mee", "toe",
                                                      "goed", "genomen", "aan", "voor", "ja", "nee"};

// "stemt in" as "stemt hierbij unaniem in": the verb, then its particle within nine words,
// with no clause punctuation between.
std::vector<CueHit> separable_hits(std::string_view text, std::string_view verb, std::string_view particle,
                                   std::string_view cue) {
  std::vector<CueHit> out;
  for (const CueHit& v : exact_hits(text, verb)) {
    std::size_t pos = v.end;
    for (int words = 0; words <= 9 && pos < text.size(); ++words) {
      while (pos < text.size() && text[pos] == ' ') ++pos;
      if (pos >= text.size() || ends_clause(text, pos)) break;
      // A word here is anything up to a space or clause punctuation: "19-03-2014", "mrt." and
      // "(AB)" count as one word each and do not stop the search for the particle.
      std::size_t end = pos;
      while (end < text.size() && text[end] != ' ' && !ends_clause(text, end)) ++end;
      if (end == pos) break;
      // Right after the verb only for "stemt in (met)": "stelt vast dat" notes, it does not adopt.
      bool allowed = words > 0 || lower_ascii_copy(particle) != "vast";
      if (allowed && end - pos == particle.size() && matches_at(text, pos, particle)) {
        out.push_back({v.begin, end, std::string(cue)});
        break;
      }
      pos = end;
    }
  }
  return out;
}

}  // namespace

bool has_role(const std::vector<std::string>& role_cues, const CueHit& hit) {
  return std::find(role_cues.begin(), role_cues.end(), hit.cue) != role_cues.end();
}

std::optional<std::size_t> negation_before(std::string_view lower, std::size_t pos) {
  std::size_t start = pos;
  for (int words = 0; words < 4 && start > 0; ++words) {
    std::size_t end = start;
    while (end > 0 && lower[end - 1] == ' ') --end;
    if (end == 0 || std::string_view(",;:.").find(lower[end - 1]) != std::string_view::npos) break;
    std::size_t begin = lower.rfind(' ', end - 1);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    const std::string_view word = lower.substr(begin, end - begin);
    if (word == "geen" || word == "zonder" || word == "niet") return begin;
    start = begin;
  }
  return std::nullopt;
}

std::optional<std::size_t> quantifier_negation_before(std::string_view lower, std::size_t pos) {
  const std::size_t stop = lower.substr(0, pos).find_last_of(",;:.");
  const std::size_t from = stop == std::string_view::npos ? 0 : stop + 1;
  const std::string_view clause = lower.substr(from, pos - from);
  std::optional<std::size_t> first;
  for (std::string_view q : {"geen van", "geen enkele", "geen enkel", "van geen", "geen der", "niemand"})
    for (const CueHit& hit : find_cue(clause, q))
      if (!first || hit.begin < *first) first = hit.begin;
  if (first) *first += from;
  return first;
}

std::optional<std::size_t> governing_negation(std::string_view lower, std::size_t pos) {
  if (auto near = negation_before(lower, pos)) return near;
  return quantifier_negation_before(lower, pos);
}

std::string lower_ascii_copy(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

std::vector<CueHit> find_cue(std::string_view text, std::string_view cue) {
  auto space = cue.find(' ');
  if (space != std::string_view::npos && cue.find(' ', space + 1) == std::string_view::npos) {
    std::string_view particle = cue.substr(space + 1);
    if (std::find(kParticles.begin(), kParticles.end(), lower_ascii_copy(particle)) != kParticles.end())
      return separable_hits(text, cue.substr(0, space), particle, cue);
  }
  return exact_hits(text, cue);
}

bool overlaps(const CueHit& hit, const std::vector<CueHit>& others) {
  return std::any_of(others.begin(), others.end(), [&](const CueHit& o) { return o.begin < hit.end && hit.begin < o.end; });
}

std::vector<CueHit> find_cues(std::string_view text, const std::vector<std::string>& cues) {
  std::vector<const std::string*> order;
  for (const auto& c : cues) order.push_back(&c);
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) { return a->size() > b->size(); });
  std::vector<CueHit> out;
  for (const auto* cue : order)
    for (CueHit& hit : find_cue(text, *cue))
      if (!overlaps(hit, out)) out.push_back(std::move(hit));
  std::sort(out.begin(), out.end(), [](const CueHit& a, const CueHit& b) { return a.begin < b.begin; });
  return out;
}

std::vector<Clause> split_clauses(std::string_view sentence) {
  static const std::array<std::string_view, 11> conjunctions{" en ", " waarna ", " nadat ", " maar ", " waarop ",
                                                             " terwijl ", " voordat ", " doch ", " zodat ", " omdat ",
                                                             " zoals "};
  std::string lower = lower_ascii_copy(sentence);
  std::vector<std::size_t> cuts;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    char c = lower[i];
    if (c == ';' || c == ':' || c == '(' || c == ')') cuts.push_back(i);
    // A comma between digits belongs to a number ("1,5 fte").
    if (c == ',' && !(i > 0 && i + 1 < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i + 1])))) cuts.push_back(i);
    // Dashes set off an aside: " - ", and the en and em dashes " \u2013 ", " \u2014 " (UTF-8).
    if (c == ' ' && (lower.compare(i, 3, " - ") == 0 || lower.compare(i, 5, " \xE2\x80\x93 ") == 0 ||
                     lower.compare(i, 5, " \xE2\x80\x94 ") == 0))
      cuts.push_back(i);
    for (std::string_view conj : conjunctions)
      if (lower.compare(i, conj.size(), conj) == 0) cuts.push_back(i);
  }
  std::vector<Clause> out;
  std::size_t start = 0;
  for (std::size_t cut : cuts) {
    if (cut > start) out.push_back({start, cut});
    start = cut + 1;
  }
  if (start < sentence.size() || out.empty()) out.push_back({start, sentence.size()});
  return out;
}

std::vector<Clause> split_statements(std::string_view sentence) {
  std::string lower = lower_ascii_copy(sentence);
  std::vector<Clause> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    std::size_t skip = 0;
    if (lower.compare(i, 2, "; ") == 0) skip = 2;
    else if (lower.compare(i, 7, ", maar ") == 0 || lower.compare(i, 7, ", doch ") == 0) skip = 2;
    if (skip == 0 || i == start) continue;
    out.push_back({start, i});
    start = i + skip;
  }
  out.push_back({start, sentence.size()});
  return out;
}

std::size_t clause_of(const std::vector<Clause>& clauses, std::size_t pos) {
  for (std::size_t i = 0; i < clauses.size(); ++i)
    if (pos < clauses[i].end) return i;
  return clauses.empty() ? 0 : clauses.size() - 1;
}

bool has_word(std::string_view lower, std::string_view word) { return !exact_hits(lower, word).empty(); }

bool has_past_marker(std::string_view lower) {
  // "bleek dat ... het niet eens konden worden": a past verb before a weak marker.
  static const std::array<std::string_view, 50> words{
      "heeft", "hebben", "had", "hadden", "is", "was", "waren", "werd", "werden", "vond", "vonden", "stemde",
      "stemden", "stelde", "stelden", "gaf", "gaven", "verleende", "verleenden", "ging", "gingen", "kwam", "kwamen",
      "zijn", "besloot", "besloten", "besprak", "bespraken", "voerde", "voerden", "hield", "hielden", "bereikte",
      "bereikten", "leidde", "sprak", "spraken", "plaatsgevonden", "verklaarde", "verklaarden", "bekrachtigde",
      "bekrachtigden", "keurde", "keurden", "aanvaardde", "onderschreef", "bleek", "bleken", "kon", "konden"};
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return has_word(lower, w); });
}

namespace {

// "gaat akkoord", "gaat de raad daarom akkoord": "gaan" with "akkoord" at most five words on, and
// only the subject or an adverb between ("gaan ervan uit dat de gemeenten akkoord ..." assumes).
bool agrees_now(std::string_view lower) {
  for (std::string_view verb : {"gaat ", "gaan "})
    for (std::size_t at = lower.find(verb); at != std::string_view::npos; at = lower.find(verb, at + 1)) {
      if (at > 0 && lower[at - 1] != ' ') continue;
      const std::string_view rest = lower.substr(at + verb.size());
      const std::size_t agree = rest.find("akkoord");
      if (agree == std::string_view::npos || agree > 40) continue;
      const std::string_view between = rest.substr(0, agree);
      if (between.find_first_of(",;:") != std::string_view::npos || std::count(between.begin(), between.end(), ' ') > 5) continue;
      const bool clause_word = has_word(between, "dat") || has_word(between, "uit") || has_word(between, "ervan") ||
                               has_word(between, "of") || has_word(between, "als") || has_word(between, "indien") ||
                               has_word(between, "niet") || has_word(between, "geen");
      if (!clause_word) return true;
    }
  return false;
}

}  // namespace

// "Daarna stelt het bestuur het plan vast": the next step, its verb right after the adverb in the
// present ("stelt", "neemt"), is still to come; "Daarna volgde het OOGO" is the past.
bool next_step_in_present(std::string_view lower) {
  for (std::string_view adverb : {"daarna ", "vervolgens ", "hierna ", "aansluitend "}) {
    for (std::size_t at = lower.find(adverb); at != std::string_view::npos; at = lower.find(adverb, at + 1)) {
      if (at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1]))) continue;
      const std::string_view rest = lower.substr(at + adverb.size());
      const std::string_view verb = rest.substr(0, rest.find_first_of(" ,.;:"));
      if (verb.size() >= 4 && verb.back() == 't' && verb != "niet") return true;
    }
  }
  return false;
}

bool has_future_marker(std::string_view lower) {
  // Strong markers announce the event whatever else the clause says; weak ones ("wordt",
  // "gaan") also occur in past statements about something else, so they count only when the
  // clause has no past verb.
  static const std::array<std::string_view, 21> strong{
      "zal", "zullen", "zou", "zouden", "verwacht", "verwachten", "gepland", "binnenkort", "voornemens",
      "te zijner tijd", "beoogd", "komende", "toekomstige", "naar verwachting", "ingepland", "nog te", "volgt",
      "zodra", "streven", "aanstaande", "a.s."};
  static const std::array<std::string_view, 4> weak{"wordt", "worden", "gaat", "gaan"};
  if (has_word(lower, "hierbij")) return false;  // "wordt hierbij vastgesteld" is the act itself
  // "bericht ik u als volgt" announces the letter's text, not an event.
  const auto strong_marker = [&](std::string_view w) { return has_word(lower, w) && !(w == "volgt" && has_word(lower, "als volgt")); };
  if (std::any_of(strong.begin(), strong.end(), strong_marker)) return true;
  // "De raad gaat akkoord", "Daarom gaat de raad akkoord": agreeing now, not going to.
  const bool agrees = agrees_now(lower) || has_word(lower, "akkoord gaat") || has_word(lower, "akkoord gaan") ||
                      has_word(lower, "akkoord te gaan");
  return !has_past_marker(lower) && !agrees &&
         (next_step_in_present(lower) || std::any_of(weak.begin(), weak.end(), [&](std::string_view w) { return has_word(lower, w); }));
}

}  // namespace opcheck::analyse::detail
