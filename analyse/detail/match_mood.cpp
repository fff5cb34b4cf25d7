// Sentence mood for content matching. The rules look at folded words only: a development verb
// (uitwerken, ontwikkelen, opstellen, vaststellen, ...) together with a future or planning
// marker (zal, nog, in de loop van, eerstvolgende, ...) announces content; a recurring marker
// (jaarlijks, elk jaar) makes it a standing procedure instead ("wordt jaarlijks vastgesteld").
#include "analyse/detail/match_mood.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "extract/extract.h"

namespace opcheck::analyse::detail {
namespace {

using Words = std::vector<std::string_view>;

bool any_of_words(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool development_verb(std::string_view w) {
  static constexpr std::array<std::string_view, 26> prefixes = {
      "uitgewerkt", "uitwerk", "ontwikkel", "opgesteld", "opstel", "vaststel", "vastgesteld", "vastleg", "vastgelegd",
      "bepaald", "bepalen", "inventaris", "geformuleerd", "formuler", "opgenomen", "opnemen", "toegevoegd", "toevoeg",
      "uitgebreid", "gemaakt", "maken", "uitgevoerd", "uitvoer", "onderzocht", "onderzoek", "vormgegeven"};
  return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return w.starts_with(p); });
}

// "uit te werken", "vast te stellen", "op te stellen", "op te nemen": separable verbs.
bool separated_verb(const Words& w, std::size_t i) {
  return i + 2 < w.size() && w[i + 1] == "te" && any_of_words(w[i], {"uit", "vast", "op", "toe"}) &&
         (w[i + 2].starts_with("werk") || w[i + 2].starts_with("stel") || w[i + 2].starts_with("nem") ||
          w[i + 2].starts_with("voeg"));
}

bool future_marker(const Words& w, std::size_t i) {
  if (any_of_words(w[i], {"zal", "zullen", "gaat", "gaan", "later", "toekomst", "eerstvolgende", "zodra", "verwacht",
                          "verwachten", "voornemens", "binnenkort", "straks", "actualisatie", "nader"}))
    return true;
  if (w[i] == "loop" && i >= 2 && w[i - 1] == "de" && w[i - 2] == "in") return true;    // in de loop van
  if (w[i] == "eerste" && i >= 2 && w[i - 2] == "in") return true;                         // in het eerste planjaar
  // "het komende jaar", "een volgende versie" (not "de volgende criteria", a list that follows).
  if (any_of_words(w[i], {"komende", "volgende"}) && i + 1 < w.size() &&
      any_of_words(w[i + 1], {"jaar", "jaren", "schooljaar", "schooljaren", "periode", "planperiode", "versie", "fase",
                              "actualisatie", "ondersteuningsplan", "plan", "maanden", "planjaar"}))
    return true;
  return false;
}

// "2015", or a school year "2014-2015" / "2014/15" read as one word.
bool year_word(std::string_view w) {
  const auto four_digits = [](std::string_view y) {
    return y.size() == 4 && y[0] == '2' && y[1] == '0' && std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return four_digits(w) || (w.size() > 5 && (w[4] == '-' || w[4] == '/') && four_digits(w.substr(0, 4)));
}

// "in 2015", "vanaf 2015", "uiterlijk in 2015": a dated moment; with a present passive
// ("wordt in 2015 uitgewerkt") Dutch uses it for the future.
bool dated_moment(const Words& w, std::size_t i) {
  if (i + 1 < w.size() && any_of_words(w[i], {"in", "vanaf", "uiterlijk", "medio", "eind", "begin", "najaar", "voorjaar"}) &&
      year_word(w[i + 1]))
    return true;
  // "in het najaar van 2014", "in het schooljaar 2014-2015", "voor de zomer van 2015", "in het
  // jaarplan 2015" (a later year's plan)
  return any_of_words(w[i], {"najaar", "voorjaar", "zomer", "winter", "schooljaar", "kalenderjaar", "zomervakantie",
                             "jaarplan", "werkplan", "activiteitenplan"}) &&
         ((i + 1 < w.size() && year_word(w[i + 1])) || (i + 2 < w.size() && w[i + 1] == "van" && year_word(w[i + 2])));
}

// "Een werkgroep werkt de varianten ... uit", "Het bestuur stelt ... een plan op", "stelt in de
// loop van 2015 de beoogde resultaten vast": a separable
// development verb in the present tense, its particle further on.
bool present_development(const Words& w, std::size_t i) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> verbs = {{
      {"werkt", "uit"}, {"werken", "uit"}, {"stelt", "op"}, {"stellen", "op"}, {"richt", "in"}, {"richten", "in"},
      {"legt", "vast"}, {"leggen", "vast"}, {"stelt", "vast"}, {"stellen", "vast"}}};
  for (const auto& [verb, particle] : verbs)
    if (w[i] == verb)
      for (std::size_t j = i + 1; j < w.size() && j <= i + 12; ++j)
        if (w[j] == particle) return true;
  return false;
}

bool recurring_marker(const Words& w, std::size_t i) {
  if (any_of_words(w[i], {"jaarlijks", "jaarlijkse", "telkens", "steeds", "periodiek", "halfjaarlijks"})) return true;
  // "ieder jaar in het najaar", "elk schooljaar"
  return any_of_words(w[i], {"elk", "elke", "ieder", "iedere"}) && i + 1 < w.size() &&
         any_of_words(w[i + 1], {"jaar", "schooljaar", "kalenderjaar", "najaar", "voorjaar"});
}

// "Het bestuur wil een ambitieniveau vastleggen": wanting to develop something, with the
// development verb as an infinitive after it, is content still to come; "willen wij bereiken
// dat ... zich ontwikkelt" states a goal.
bool intention(const Words& w, std::size_t i) {
  if (!any_of_words(w[i], {"wil", "willen"})) return false;
  for (std::size_t j = i + 1; j < w.size(); ++j)
    if (w[j].ends_with("en") && development_verb(w[j])) return true;
  return false;
}

// "nog niet", "nog geen", "nog te", "wordt nog", "worden nog": not there yet.
bool not_yet(const Words& w, std::size_t i) {
  if (w[i] != "nog") return false;
  if (i + 1 < w.size() && any_of_words(w[i + 1], {"niet", "geen", "te", "onbekend", "onduidelijk", "open"})) return true;
  return i > 0 && any_of_words(w[i - 1], {"wordt", "worden", "moet", "moeten"});
}

// "op dit moment in kaart gebracht", "wordt momenteel onderzocht": work in progress.
bool in_progress(const Words& w, std::size_t i) {
  if (w[i] == "momenteel") return true;
  return w[i] == "moment" && i >= 2 && w[i - 1] == "dit" && w[i - 2] == "op";
}

// "De scholen ontwikkelen in 2014-2015 een protocol": a present that, with a dated moment, is
// the future; "iedere leerling zich ontwikkelt" (grows) is no development of content.
bool develops_something(const Words& w, std::size_t i) {
  if (!any_of_words(w[i], {"ontwikkelt", "ontwikkelen"})) return false;
  for (std::size_t j = i >= 4 ? i - 4 : 0; j <= i + 1 && j < w.size(); ++j)
    if (w[j] == "zich") return false;
  return true;
}

// "nadat de uitkomsten bekend zijn", "omdat de profielen er zijn": a perfect or present of
// being in a subordinate clause says nothing of the main clause's development being done; nor
// in an indirect question ("Hoe ... en welke deskundigen betrokken zijn, werkt het bestuur uit").
bool subordinator(std::string_view w) {
  return any_of_words(w, {"nadat", "wanneer", "omdat", "waarna", "voordat", "totdat", "zodat", "indien", "als", "hoe",
                          "welke", "wie", "of"});
}

// A perfect or past auxiliary before any subordinate clause: "In 2013 is het protocol vastgesteld".
bool done_in_main_clause(const Words& w) {
  for (std::string_view word : w) {
    if (subordinator(word)) return false;
    if (any_of_words(word, {"is", "zijn", "werd", "werden", "heeft", "hebben"})) return true;
  }
  return false;
}

// "De scholen maken hierover onderling passende afspraken", "informeren ouders op passende
// wijze": what is to be agreed is left open, so the sentence states no content yet.
bool left_vague(const Words& w, std::size_t i) {
  if (w[i] != "passende" || i + 1 >= w.size()) return false;
  return any_of_words(w[i + 1], {"afspraken", "wijze", "maatregelen"});
}

bool announces(const Words& w) {
  bool development = false, future = false, recurring = false, dated = false, present = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (not_yet(w, i) || left_vague(w, i)) return true;
    const bool separable = present_development(w, i);
    development |= development_verb(w[i]) || separated_verb(w, i) || separable || (w[i] == "kaart" && i > 0 && w[i - 1] == "in");
    future |= future_marker(w, i) || in_progress(w, i) || intention(w, i);
    dated |= dated_moment(w, i);
    // Dutch uses the present for the future with a dated moment: "wordt in 2015 uitgewerkt",
    // "werkt in het najaar van 2014 uit".
    present |= any_of_words(w[i], {"wordt", "worden"}) || separable || develops_something(w, i);
    recurring |= recurring_marker(w, i);
  }
  return development && (future || (dated && present && !done_in_main_clause(w))) && !recurring;
}

// A development verb as a verb ("uitgewerkt", "vast te stellen", "stelt ... vast"), not the
// noun "ontwikkeling" nor the weak "maken", "opnemen", "uitvoeren".
bool strict_development(const Words& w, std::size_t i) {
  static constexpr std::array<std::string_view, 13> prefixes = {
      "uitgewerkt", "uitwerk", "ontwikkel", "opgesteld", "opstel", "vaststel", "vastgesteld", "vastleg", "vastgelegd",
      "bepaald", "bepalen", "geformuleerd", "formuler"};
  if (w[i].starts_with("ontwikkeling")) return false;
  return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return w[i].starts_with(p); }) ||
         separated_verb(w, i) || present_development(w, i);
}

// "in het najaar van 2014", "later", "nader", "in de loop van", "in het eerste planjaar",
// "het komende jaar": a moment still to come (not a mere "zal", which also states procedure).
bool later_moment(const Words& w, std::size_t i) {
  if (dated_moment(w, i)) return true;
  if (any_of_words(w[i], {"later", "nader", "eerstvolgende", "zodra"})) return true;
  return future_marker(w, i) && !any_of_words(w[i], {"zal", "zullen", "gaat", "gaan", "verwacht", "verwachten", "toekomst"});
}

// "X is (op dit moment) nog niet te maken": not possible yet, whatever the verb.
bool not_possible_yet(const Words& w, std::size_t i) {
  if (i + 3 >= w.size() || w[i + 1] != "niet" || w[i + 2] != "te" || !w[i + 3].ends_with("en")) return false;
  for (std::size_t j = 0; j < i; ++j)
    if (any_of_words(w[j], {"is", "zijn", "was", "waren"})) return true;
  return false;
}

// "wordt nog uitgewerkt", "is nog niet vastgesteld", "nog geen verdeelsleutel vastgesteld".
bool not_yet_developed(const Words& w, std::size_t i) {
  if (w[i] != "nog") return false;
  if (not_possible_yet(w, i)) return true;
  for (std::size_t j = i + 1; j < w.size() && j <= i + 4; ++j)
    if (strict_development(w, j)) return true;
  return false;
}

bool defers(const Words& w) {
  bool development = false, later = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (not_yet_developed(w, i)) return true;
    development |= strict_development(w, i);
    later |= later_moment(w, i);
    if (recurring_marker(w, i)) return false;
  }
  return development && later && !done_in_main_clause(w);
}

}  // namespace

std::vector<Sentence> split_block_sentences(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                                            std::uint32_t end, const Lexicon& lexicon) {
  std::vector<Sentence> out;
  std::uint32_t t = first;
  for (const auto& span : extract::split_sentences(text)) {
    Sentence sentence{static_cast<std::uint32_t>(span.begin), static_cast<std::uint32_t>(span.end), t, t, false, false};
    Words words;
    while (t < end && tokens[t].begin < span.end) words.push_back(lexicon.text_of(tokens[t++].word));
    sentence.end_token = t;
    sentence.announces = announces(words);
    sentence.defers = sentence.announces && defers(words);
    out.push_back(sentence);
  }
  if (out.empty()) out.push_back(Sentence{0, static_cast<std::uint32_t>(text.size()), first, end, false, false});
  out.back().end_token = end;
  return out;
}

bool negated(const std::vector<Token>& tokens, std::uint32_t at, std::uint32_t sentence_first, const Lexicon& lexicon) {
  // "geen (eigen) begroting": "geen" governs a noun a few words on; "niet dekkend": "niet"
  // only the word right after it ("niet mogelijk bij afloop van de TLV" does not deny the afloop).
  const std::uint32_t from = at > sentence_first + 3 ? at - 3 : sentence_first;
  for (std::uint32_t t = from; t < at; ++t) {
    const std::string& w = lexicon.text_of(tokens[t].word);
    if (w == "geen" || w == "zonder" || w == "nooit") return true;
    if (w == "niet" && t + 1 == at) return true;
  }
  return false;
}

}  // namespace opcheck::analyse::detail
