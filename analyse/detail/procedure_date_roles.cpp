// Date roles for the procedure reader (see procedure_date_roles.h). Works on lower-cased bytes
// and looks only at the few words right before a date or an event word.
#include "analyse/detail/procedure_date_roles.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace opcheck::analyse::detail {
namespace {

bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || c == '-';
}

// The last `n` words before `pos` (nearest last), skipping spaces and punctuation other than
// the dots of "d.d." which stay part of the word.
std::vector<std::string_view> words_before(std::string_view lower, std::size_t pos, std::size_t n) {
  std::vector<std::string_view> out;
  while (out.size() < n && pos > 0) {
    while (pos > 0 && !is_word_byte(lower[pos - 1]) && lower[pos - 1] != '.') --pos;
    std::size_t end = pos;
    while (pos > 0 && (is_word_byte(lower[pos - 1]) || lower[pos - 1] == '.')) --pos;
    if (end == pos) break;
    std::string_view w = lower.substr(pos, end - pos);
    while (!w.empty() && w.back() == '.' && w != "d.d.") w.remove_suffix(1);
    while (!w.empty() && w.front() == '.') w.remove_prefix(1);
    if (!w.empty()) out.push_back(w);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

bool names_document(std::string_view word) {
  // ... and requests: "uw verzoek van 24 februari" dates the asking, not the answer.
  static constexpr std::array<std::string_view, 14> kDocuments{"versie", "concept", "brief", "notitie", "document",
                                                               "notulen", "verslag", "memo", "mail", "schrijven",
                                                               "voorstel", "advies", "verzoek", "aanvraag"};
  return std::any_of(kDocuments.begin(), kDocuments.end(),
                     [&](std::string_view d) { return word.find(d) != std::string_view::npos; });
}

bool ends_with_words(const std::vector<std::string_view>& words, std::initializer_list<std::string_view> tail) {
  if (tail.size() > words.size()) return false;
  std::size_t i = words.size() - tail.size();
  for (std::string_view t : tail)
    if (words[i++] != t) return false;
  return true;
}

}  // namespace

// "bij brief", "per e-mail", "in onze brief", "met haar brief": the document is how the act was done.
bool carries_the_act(const std::vector<std::string_view>& w, std::size_t document) {
  if (document == 0) return false;
  const std::string_view before = w[document - 1];
  if (before == "bij" || before == "per" || before == "in" || before == "met") return true;
  const bool owner = before == "onze" || before == "haar" || before == "zijn" || before == "hun" || before == "een";
  return owner && document >= 2 && (w[document - 2] == "in" || w[document - 2] == "met" || w[document - 2] == "bij");
}

// "onze brief van 5 maart 2014, waarin wij onze instemming onthielden": a relative clause on
// the document says it carried the act. The comma closes the date within a few bytes.
bool act_in_relative_clause(std::string_view lower, std::size_t offset) {
  const std::size_t comma = lower.find(',', offset);
  if (comma == std::string_view::npos || comma - offset > 24) return false;
  const std::string_view rest = lower.substr(comma);
  return rest.starts_with(", waarin ") || rest.starts_with(", waarbij ") || rest.starts_with(", waarmee ");
}

// "van de ondersteuningsplanraad", "van het bestuur": who wrote the document, between the
// document and its date ("het advies van de OPR van 31 maart").
bool names_author(const std::vector<std::string_view>& w, std::size_t at) {
  static constexpr std::array<std::string_view, 9> kBodies{"ondersteuningsplanraad", "opr", "raad", "bestuur", "gemeente",
                                                           "gemeenten", "college", "wethouder", "alv"};
  return at >= 2 && (w[at - 1] == "de" || w[at - 1] == "het") && w[at - 2] == "van" &&
         std::find(kBodies.begin(), kBodies.end(), w[at]) != kBodies.end();
}

bool dates_a_document(std::string_view lower, std::size_t offset) {
  auto w = words_before(lower, offset, 7);
  if (w.empty()) return false;
  std::string_view link = w.back();
  // "Op het moment van schrijven (begin maart 2014)": the time of writing is no act's.
  if (const std::size_t writing = lower.substr(0, offset).rfind("moment van schrijven");
      writing != std::string_view::npos && offset - writing < 30)
    return true;
  // "(versie 21 februari 2014)", "versie 0.9 van 17 februari": a version is dated, not an act;
  // so is the state of affairs ("(stand 1 maart 2014)", "peildatum 1 maart", "bijgewerkt 28 maart").
  if (link == "versie" || link == "versiedatum" || link == "versiedatum:") return true;
  if (link == "stand" || link == "stand:" || link == "peildatum" || link == "peildatum:" || link == "bijgewerkt") return true;
  // "(versie 5 maart 2014)" read as version 5 of March 2014: the number belongs to the version.
  const bool number = link.find_first_not_of("0123456789.") == std::string_view::npos;
  if (number && w.size() >= 2 && w[w.size() - 2] == "versie") return true;
  if (link != "van" && link != "d.d." && link != "dd" && link != "gedateerd" && link != "datum") return false;
  // "de conceptversie van", "uw brief d.d.", "het concept-ondersteuningsplan (versie) van".
  std::size_t k = w.size() - 1;
  // Past "van de OPR" to the document before it: "het advies van de OPR van 31 maart". Not
  // with "d.d.": "de instemmingsbrief van de OPR d.d. 3 april" is how such a letter is cited.
  if (k >= 3 && link != "d.d." && link != "dd" && names_author(w, k - 1)) k -= 3;
  for (std::size_t n = 0; k-- > 0 && n < 2; ++n) {
    // "Bij brief van 20 maart heeft de OPR laten weten in te stemmen", "In onze brief van 12
    // februari hebben wij onze instemming onthouden": the letter carries the act, so its date is the act's.
    // "de instemmingsbrief van de OPR van 8 april": the letter of consent is the consent given;
    // "gedateerd" still dates only the letter.
    const bool consent_letter = w[k] == "instemmingsbrief" && link != "gedateerd";
    if (names_document(w[k])) return !carries_the_act(w, k) && !act_in_relative_clause(lower, offset) && !consent_letter;
    if (w[k] == "de" || w[k] == "het" || w[k] == "uw" || w[k] == "onze") break;
  }
  return false;
}

bool dates_a_sending(std::string_view lower, std::size_t offset, std::size_t length) {
  static constexpr std::array<std::string_view, 12> kSending{"ontvingen", "ontving", "ontvangen", "toegestuurd", "toegezonden",
                                                             "gestuurd", "verstuurd", "verzonden", "stuurde", "stuurden",
                                                             "zond", "zonden"};
  // The verb follows within a few words, in the same clause: "op 3 maart jl. van u ontvingen".
  std::size_t end = std::min(lower.size(), offset + length + 40);
  for (std::size_t stop = lower.find_first_of(",;:.", offset + length); stop != std::string_view::npos && stop < end;
       stop = lower.find_first_of(",;:.", stop + 1))
    if (!(lower[stop] == '.' && stop >= 2 && lower.compare(stop - 2, 2, "jl") == 0)) {  // "3 maart jl." goes on
      end = stop;
      break;
    }
  const std::string_view after = lower.substr(offset + length, end - std::min(end, offset + length));
  for (std::string_view verb : kSending)
    for (std::size_t at = after.find(verb); at != std::string_view::npos; at = after.find(verb, at + 1)) {
      const bool starts = at == 0 || !is_word_byte(after[at - 1]);
      const bool ends = at + verb.size() == after.size() || !is_word_byte(after[at + verb.size()]);
      if (starts && ends) return true;
    }
  return false;
}

bool is_bound_date(std::string_view lower, std::size_t offset) {
  if (lower.substr(0, offset).ends_with("t/m ")) return true;
  auto w = words_before(lower, offset, 3);
  if (w.empty()) return false;
  std::string_view last = w.back();
  for (std::string_view b : {"vóór", "voor", "uiterlijk", "vanaf", "per", "tot", "sinds", "ingaande", "m.i.v"})
    if (last == b) return true;
  if (ends_with_words(w, {"tot", "en", "met"}) || ends_with_words(w, {"ingang", "van"}) ||
      ends_with_words(w, {"werking", "op"}) || ends_with_words(w, {"na"}))
    return true;
  return false;
}

bool is_dateline(std::string_view lower, std::size_t offset, std::size_t length) {
  // Before the date: a place name and a comma ("zeverloo, "). Without it, "12 maart 2014 - ..."
  // is a row of a timeline, which dates its event.
  std::string_view place = lower.substr(0, offset);
  while (!place.empty() && place.back() == ' ') place.remove_suffix(1);
  if (place.size() < 3 || place.back() != ',' || place.size() > 40) return false;
  place.remove_suffix(1);
  const bool name_only = std::all_of(place.begin(), place.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
  });
  if (!name_only || std::count(place.begin(), place.end(), ' ') > 2) return false;
  // After it: a dash that opens the story.
  std::string_view after = lower.substr(std::min(lower.size(), offset + length));
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  return after.starts_with("- ") || after.starts_with("\xE2\x80\x93") || after.starts_with("\xE2\x80\x94");
}

bool is_reference_only(std::string_view lower, const CueHit& hit) {
  std::size_t from = hit.begin > 32 ? hit.begin - 32 : 0;
  std::string_view before = lower.substr(from, hit.begin - from);
  for (std::string_view p : {"voorafgaand aan de ", "voorafgaande aan de ", "voor de ", "vóór de ", "na de ", "ná de ",
                             "tijdens de ", "ten behoeve van de ", "met het oog op de ", "in afwachting van de ",
                             "ter voorbereiding op het ", "ter voorbereiding op de ", "ter voorbereiding van het ",
                             "ter voorbereiding van de ", "met het oog op het ", "in afwachting van het "})
    if (before.ends_with(p)) return true;
  return false;
}

}  // namespace opcheck::analyse::detail
