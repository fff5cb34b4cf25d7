// Event mentions of the procedure reader; see procedure_mentions.h.
#include "analyse/detail/procedure_mentions.h"

#include <algorithm>

#include "analyse/detail/perf_cue_scan.h"
#include "analyse/detail/procedure_mood.h"

namespace opcheck::analyse::detail {
namespace {

bool any_word(std::string_view lower, std::initializer_list<std::string_view> words) { return has_any_word(lower, words); }

bool names_plan(std::string_view lower) {
  return any_word(lower, {"plan", "ondersteuningsplan", "ondersteuningsplannen", "document", "conceptplan",
                          "concept-ondersteuningsplan", "het concept", "stuk", "versie", "eindversie"});
}

// ... or the council's consent named as a thing ("kennisgenomen van de instemming van de OPR van
// 1 april en van het verslag van het OOGO"), unless it is consent "met" something else.
bool names_consent_document(std::string_view lower) {
  if (any_word(lower, {"instemmingsverklaring", "instemmingsbrief", "verklaring van instemming"})) return true;
  for (std::string_view named : {"instemming van de opr", "instemming van de ondersteuningsplanraad"})
    for (std::size_t at = lower.find(named); at != std::string_view::npos; at = lower.find(named, at + 1))
      if (lower.substr(at + named.size(), 6).find(" met ") == std::string_view::npos) return true;
  return false;
}

// The plan by its name or its abbreviation in capitals ("het OP 2014-2018").
bool names_plan(std::string_view text, std::string_view lower) {
  return names_plan(lower) || !find_cue_quick(text, lower, "OP").empty();
}

// "Vastgesteld door:" above the signatures of minutes: a label, not an adoption of the plan.
bool is_signature_label(std::string_view text, const CueHit& hit, bool dated) {
  std::size_t p = hit.end;
  while (p < text.size() && text[p] == ' ') ++p;
  if (!dated && p < text.size() && text[p] == ':') return true;
  std::string_view rest = text.substr(std::min(p, text.size()));
  if (!dated && rest.starts_with("door:")) return true;
  return false;
}

// "Het bestuur heeft vastgesteld dat de middelen ...": establishing a fact, not adopting.
bool states_a_finding(std::string_view lower, const CueHit& hit) {
  return lower.substr(hit.end).starts_with(" dat ") || lower.substr(hit.end).starts_with(", dat ");
}

// "Het verdeelmodel, dat het bestuur op 11 december heeft vastgesteld, ...": the act word sits in
// a relative clause whose noun, just before ", dat", is another object than the plan.
bool in_relative_clause_on_other_object(std::string_view lower, const CueHit& hit) {
  const std::string_view before = lower.substr(0, hit.begin);
  std::size_t comma = std::string_view::npos;
  for (std::string_view link : {", dat ", ", die ", ", waarmee ", ", waarover "})
    if (std::size_t at = before.rfind(link); at != std::string_view::npos && (comma == std::string_view::npos || at > comma))
      comma = at;
  if (comma == std::string_view::npos || before.find(',', comma + 1) != std::string_view::npos) return false;
  const std::size_t from = comma > 40 ? comma - 40 : 0;
  const std::string_view noun = lower.substr(from, comma - from);
  return names_other_object(noun) && !names_plan(noun);
}

// "keurt de begroting en het jaarverslag goed en ziet toe op de uitvoering van het
// ondersteuningsplan": what a separable verb holds between its parts is its object; when that is
// another object, the plan named elsewhere in the sentence is not what was adopted.
bool holds_other_object(std::string_view text, std::string_view lower, const CueHit& hit) {
  const std::string_view inner = lower.substr(hit.begin, hit.end - hit.begin);
  return names_other_object(inner) && !names_plan(text.substr(hit.begin, hit.end - hit.begin), inner);
}

// "Het college van bestuur heeft ingestemd met het concept": agreeing to a draft adopts nothing.
bool consents_to_a_concept(std::string_view lower) { return lower.find("concept") != std::string_view::npos; }

Mention adoption_mention(std::string_view text, std::string_view lower, const checklists::Event& ev,
                         const ClaimContext& ctx, const std::vector<CueHit>& others, bool dated) {
  Mention m{"vaststelling", &ev, {}};
  bool plan = names_plan(text, lower), body = !find_cues_quick(text, lower, ev.body_cues).empty();
  if (names_other_object(lower) && !plan) return m;
  // "De raad van toezicht heeft dit besluit goedgekeurd": approving a decision is no adoption.
  bool decision_object = !plan && any_word(lower, {"dit besluit", "dat besluit", "het besluit", "deze beslissing"});
  // "De OPR heeft besloten in te stemmen": a weak cue in a sentence about another party.
  bool other_party = (!others.empty() && !body) || decision_object;
  for (CueHit& hit : find_cues_quick(text, lower, ev.cues)) {
    if (overlaps(hit, others) || is_signature_label(text, hit, dated) || states_a_finding(lower, hit) ||
        in_relative_clause_on_other_object(lower, hit) || holds_other_object(text, lower, hit))
      continue;
    // The roles of the cues come from the checklist data (procedure.toml explains each).
    if (has_role(ev.form_label_cues, hit) && ctx.opr && !body) continue;
    // "Besluit genomen d.d. 19 maart 2014" on an adoption page: the page names the act.
    const bool adoption_page = ctx.procedure && !ctx.opr && !ctx.oogo && dated && others.empty();
    bool ok = has_role(ev.strong_cues, hit)          ? plan || body || ctx.procedure || dated
              : has_role(ev.with_body_cues, hit)     ? (body || (plan && others.empty()) || adoption_page)
              : has_role(ev.body_and_plan_cues, hit) ? body && plan && others.empty() && !consents_to_a_concept(lower)
                                                     : !other_party && (plan || ctx.procedure);
    if (ok) m.anchors.push_back(std::move(hit));
  }
  // "ter vaststelling voorgelegd": an announcement names the event too (but "concept" alone does
  // not). A word of putting off alone ("voor te leggen", "uitgesteld", "voor kennisgeving")
  // names the adoption only when the adopting body is spoken of and no other act is: "het
  // bestuur besloot het geschil voor te leggen" is about the OOGO's dispute.
  if (!plan && !ctx.procedure) return m;
  const bool speaks_of_adoption = lower.find("vaststel") != std::string_view::npos ||
                                  has_word_quick(lower, "besluitvorming") ||
                                  (body && others.empty() && !names_other_object(lower));
  for (CueHit& hit : find_cues_quick(text, lower, ev.negative_cues)) {
    const std::string cue = lower_ascii_copy(hit.cue);
    if (cue.rfind("concept", 0) == 0 || overlaps(hit, m.anchors) || overlaps(hit, others)) continue;
    const bool names_adoption = cue.find("vast") != std::string::npos || cue.find("besluit") != std::string::npos ||
                                cue.find("goedkeuring") != std::string::npos;
    if (names_adoption || speaks_of_adoption) m.anchors.push_back(std::move(hit));
  }
  return m;
}

// "met het verzoek daarmee in te stemmen", "bereid in te stemmen": the infinitive reports consent
// only after a verb of deciding or telling ("heeft besloten in te stemmen", "liet weten in te stemmen"),
// and names the consent required after "dient" ("De OPR dient met het plan in te stemmen").
bool is_undecided_infinitive(std::string_view lower, const CueHit& hit) {
  const std::string cue = lower_ascii_copy(hit.cue);
  if (cue != "in te stemmen" && cue != "instemming te verlenen") return false;
  const std::string_view before = lower.substr(0, hit.begin);
  for (std::string_view w : {"besloten", "besloot", "besluit", "weten", "meegedeeld", "verklaard", "verklaart",
                             "unaniem", "blij", "verheugd", "dient", "dienen", "verklaren",
                             "verklaarde", "verklaarden"})
    if (has_word_quick(before, w)) return false;
  return true;
}

// "De OPR heeft ingestemd met de planning en de werkwijze voor het ondersteuningsplan", "... met
// hoofdstuk 5 van het concept-plan": the object after "met" is something else than the plan,
// which the sentence names only as what that object belongs to.
bool consents_to_other_object(std::string_view lower, const CueHit& hit) {
  std::string_view rest = lower.substr(hit.end);
  const std::size_t with = rest.find(" met ");
  if (with == std::string_view::npos || with > 12) return false;
  rest = rest.substr(with + 5);
  rest = rest.substr(0, std::min(rest.find_first_of(",;:("), rest.size()));
  // The object itself: its first few words, up to "van"/"voor" that names what it belongs to.
  std::size_t end = rest.size();
  for (std::string_view link : {" van ", " voor ", " in "})
    end = std::min(end, rest.find(link));
  const std::string_view object = rest.substr(0, std::min<std::size_t>(end, 40));
  return !names_plan(object) && any_word(object, {"planning", "werkwijze", "hoofdstuk", "hoofdstukken", "paragraaf",
                                                    "tijdpad", "procesplan", "stappenplan", "reglement", "begroting",
                                                    "notitie", "nota", "uitgangspunten", "verdeelmodel"});
}

// "de raad", "onze raad": in an OPR letter or chapter the council speaking is the OPR; not "de
// raad van toezicht" nor "de gemeenteraad" (a different word).
std::vector<CueHit> council_hits(std::string_view lower) {
  std::vector<CueHit> out;
  for (const CueHit& hit : find_cue_quick(lower, lower, "raad"))
    if (!lower.substr(hit.end).starts_with(" van ")) out.push_back(hit);
  return out;
}

// "Op 8 april 2014 is met het plan ingestemd", "De medezeggenschapsraad stemde in": consent to
// the plan with the OPR not named by any of its names. In law only the OPR consents to the plan,
// so the words of consent itself are its, unless another party is named: the adopting body (its
// consent adopts), the municipalities (theirs is the OOGO's agreement) or others who only
// prepare or give advice.
bool consent_of_an_unnamed_council(std::string_view text, std::string_view lower, const ClaimContext& ctx,
                                   bool oogo_named, const checklists::Event* adoption_body) {
  if (ctx.oogo || oogo_named || !(ctx.procedure || names_plan(text, lower))) return false;
  if (adoption_body && !find_cues_quick(text, lower, adoption_body->body_cues).empty()) return false;
  return !any_word(lower, {"gemeente", "gemeenten", "wethouder", "wethouders", "college", "colleges", "directeuren",
                           "directies", "schoolbesturen", "schoolleiders", "werkgroep", "stuurgroep", "projectgroep",
                           "klankbordgroep", "scholen", "leerkrachten", "toezichthouder", "inspectie", "betrokkenen",
                           "partners", "ketenpartners",
                           // the members of an association or its meeting consenting adopt the plan
                           "de leden hebben", "de leden stemden", "de leden stemmen", "de vergadering stemt",
                           "de vergadering stemde",
                           // a school's or school board's council is not the OPR
                           "medezeggenschapsraad", "medezeggenschapsraden", "gmr"});
}

bool asks_for_consent(std::string_view lower) {
  return lower.find("in te stemmen") != std::string_view::npos || lower.find("instemming") != std::string_view::npos;
}

Mention consent_mention(std::string_view text, const checklists::Event& ev, const ClaimContext& ctx,
                        const std::vector<CueHit>& agreement_hits, bool oogo_named,
                        const checklists::Event* adoption_body) {
  Mention m{"opr_instemming", &ev, {}};
  // "... heeft ingestemd met zijn reglement": consent to something else than the plan.
  const std::string lower = lower_ascii_copy(text);
  // "De instemmingsverklaring van de OPR en het verslag van het OOGO zijn bijgevoegd": the
  // declaration of consent names the consent to the plan, whatever else the sentence lists.
  if (names_other_object(lower) && !names_plan(text, lower) && !names_consent_document(lower)) return m;
  auto bodies = find_cues_quick(text, lower, ev.body_cues);
  if (bodies.empty() && ctx.opr) bodies = council_hits(lower);
  const bool unnamed =
      bodies.empty() && !ctx.opr && consent_of_an_unnamed_council(text, lower, ctx, oogo_named, adoption_body);
  if (bodies.empty() && !ctx.opr && !unnamed) return m;
  m.named = !unnamed;
  // "Het algemeen bestuur heeft het plan goedgekeurd" in an OPR chapter: the adoption body speaks;
  // but in the OPR's own words ("wij laten het bestuur weten akkoord te gaan") the board is addressed.
  const bool opr_speaks = ctx.opr && any_word(lower, {"wij", "we", "ons", "onze"});
  if (bodies.empty() && !opr_speaks && adoption_body && !find_cues_quick(text, lower, adoption_body->body_cues).empty())
    return m;
  for (const auto* list : {&ev.refusal_cues, &ev.negative_cues, &ev.cues})
    for (CueHit& hit : find_cues_quick(text, lower, *list)) {
      if ((list == &ev.cues && is_undecided_infinitive(lower, hit)) || in_relative_clause_on_other_object(lower, hit) ||
          consents_to_other_object(lower, hit) || (unnamed && !has_role(ev.unnamed_body_cues, hit)))
        continue;
      // "..., met het verzoek de OPR te betrekken bij latere wijzigingen": a rider on the act, no request for it.
      // But "met het verzoek in te stemmen" asks for the consent itself.
      if (list == &ev.negative_cues && is_condition(lower.substr(hit.begin)) && !asks_for_consent(lower.substr(hit.begin)))
        continue;
      // Without the OPR named, "akkoord" next to OOGO is the municipalities' agreement.
      if (bodies.empty() && oogo_named && overlaps(hit, agreement_hits)) continue;
      if (!overlaps(hit, m.anchors)) m.anchors.push_back(std::move(hit));
    }
  if (!m.anchors.empty())
    for (CueHit& b : bodies) m.anchors.push_back(std::move(b));
  return m;
}

// OOGO named by its cues; or, in a sentence with a date, talks ("overleg", "besproken") with
// the municipalities ("wethouders", "gemeenten"); or, in an OOGO letter, agreement words.
// "het overleg met de gemeenten over de transitie jeugdzorg": talks whose subject is youth care.
// Youth care as a topic or a reason in talks on the plan ("zorgen over de toegang tot
// jeugdhulp", "de uitkomst van de transitie jeugdzorg afwachten") leaves them the OOGO.
bool talks_about_youth_care(std::string_view lower) {
  for (std::string_view talks : {"oogo", "overleg"})
    for (std::size_t at = lower.find(talks); at != std::string_view::npos; at = lower.find(talks, at + 1)) {
      const std::size_t over = lower.find(" over ", at);
      if (over == std::string_view::npos || over - at > 40) continue;
      const std::string_view subject = lower.substr(over, 60);
      if (subject.find("jeugdzorg") != std::string_view::npos || subject.find("jeugdhulp") != std::string_view::npos)
        return true;
    }
  return false;
}

Mention oogo_mention(std::string_view text, std::string_view lower, const checklists::Event& ev, const ClaimContext& ctx,
                     const std::vector<CueHit>& agreement_hits, bool dated, bool opr_named) {
  Mention m{"oogo", &ev, {}};
  // Talks on the municipalities' own plans ("over dat jeugdplan") or on other documents are not
  // the OOGO on this plan. "dat plan" after such a plan is that plan again ("over ons
  // beleidsplan jeugdhulp; over dat plan bereikten wij overeenstemming").
  std::string without_that_plan(lower);
  for (std::size_t at = without_that_plan.find("dat plan"); at != std::string::npos; at = without_that_plan.find("dat plan", at))
    without_that_plan.replace(at, 8, "________");
  if (!names_plan(without_that_plan) &&
      any_word(lower, {"jeugdplan", "beleidsplan", "jeugdhulpplan", "transformatieplan", "zorgplan", "beleidsplannen",
                       "jeugdbeleid", "beleidskader",
                       // agreements on other documents ("een protocol leerlingenvervoer")
                       "protocol", "convenant", "samenwerkingsovereenkomst"}))
    return m;
  if (!names_plan(without_that_plan) && talks_about_youth_care(lower)) return m;
  // Without words of talks, youth care names what the sentence is about ("ingestemd met de
  // passages over de aansluiting op de jeugdhulp").
  const bool names_talks = lower.find("oogo") != std::string_view::npos || lower.find("overleg") != std::string_view::npos;
  if (!names_plan(without_that_plan) && !names_talks && any_word(lower, {"jeugdzorg", "jeugdhulp"})) return m;
  // "Het ondersteuningsplan kwam in dit overleg niet aan de orde": these talks were not the OOGO.
  if (any_word(lower, {"ondersteuningsplan"}) && any_word(lower, {"niet aan de orde", "niet ter sprake"})) return m;
  // "volgen de modelprocedure voor het OOGO": how talks are to be held names none held.
  if (any_word(lower, {"modelprocedure", "procedure voor het oogo", "procedure voor het op overeenstemming gericht overleg",
                       "geschillenregeling"}))
    return m;
  m.anchors = find_cues_quick(text, lower, ev.cues);
  if (!m.anchors.empty() || opr_named) return m;
  m.named = false;
  // "besproken met de beleidsmedewerkers van de gemeenten": civil servants prepare; the OOGO is
  // held with the aldermen.
  if (any_word(lower, {"beleidsmedewerker", "beleidsmedewerkers", "ambtenaren", "ambtenaar", "ambtelijk", "ambtelijke"}))
    return m;
  auto talks = find_cues_quick(text, lower, {"overleg", "overlegd", "overleg gevoerd", "besproken", "gesproken",
                                              "overeenstemming", "doorgesproken", "afgestemd", "gesprek", "gesprekken",
                                              "overlegvergadering", "voorgelegd aan", "bijeenkomst"});
  bool body = !find_cues_quick(text, lower, ev.body_cues).empty();
  // The municipalities agreeing or objecting to the plan: "de wethouders hebben bezwaar gemaakt tegen het plan".
  std::vector<CueHit> verdict = find_cues_quick(text, lower, ev.disagreement_cues);
  for (CueHit& hit : find_cues_quick(text, lower, ev.agreement_cues))
    if (!overlaps(hit, verdict)) verdict.push_back(std::move(hit));
  if (body && !talks.empty() && (dated || (names_plan(lower) && has_past_marker(lower)))) {
    m.anchors = talks;
  } else if (body && !verdict.empty() && names_plan(lower)) {
    m.anchors = verdict;
  } else if (ctx.oogo) {
    m.anchors = agreement_hits;
    for (CueHit& hit : talks)
      if (!overlaps(hit, m.anchors)) m.anchors.push_back(std::move(hit));
    // "een tweede overleg", "het vervolgoverleg": a later round of the OOGO named in the passage.
    m.named = any_word(lower, {"tweede overleg", "tweede ronde", "vervolgoverleg", "nieuw overleg", "opnieuw overleg",
                               "hernieuwd overleg", "hernieuwde overleg",
                               "tweede gesprek", "vervolggesprek"});
  }
  return m;
}

}  // namespace

bool names_other_object(std::string_view lower) {
  return any_word(lower, {"begroting", "meerjarenbegroting", "jaarrekening", "jaarverslag", "reglement", "statuten",
                          "statuut", "medezeggenschapsreglement", "medezeggenschapsstatuut",
                          "notulen", "criteria", "verdeelmodel", "profiel", "schoolondersteuningsprofiel", "beleid",
                          "bestuursformatieplan", "toelaatbaarheidsverklaring", "tlv", "activiteitenplan", "jaarplan",
                          "verslag", "agenda", "tijdpad", "zorgplan", "jeugdbeleidsplan", "beleidsplan",
                          // "het voorstel om ...", "het voorstel voor de verdeling": a proposal on something else;
                          // "het voorstel (van het bestuur)" alone is the plan put forward
                          "voorstel om", "voorstel voor", "voorstel over", "voorstellen",
                          "onderwijshuisvesting", "huisvesting",
                          // what a board also adopts in a plan's other chapters: "stelt deze stukken vast
                          // nadat de accountant ...", "stelt het bestuur aanvullende maatregelen vast"
                          "stukken", "maatregelen", "formatieplan", "tarieven",
                          // "stemt in met de nieuwe samenstelling van de commissie van toelaatbaarheid"
                          "samenstelling",
                          // the money and how it is divided ("stelt de verdeelsleutel elk jaar vast")
                          "verdeelsleutel", "verdeling", "budget", "ondersteuningsbudget", "bestedingsplan",
                          // a dispute put to the committee is about the OOGO, not the adoption
                          "geschil", "geschillencommissie",
                          // "Het bestuur heeft die voorwaarde aanvaard": the OPR's condition, not the plan
                          "die voorwaarde", "deze voorwaarde", "die voorwaarden", "deze voorwaarden"});
}

// "Het volgende ondersteuningsplan ... wordt in april 2018 vastgesteld", "het vorige plan": the
// acts of another plan than this one; so are those of another swv ("Het samenwerkingsverband VO
// Herkelo, waarmee wij de overstap afstemmen, heeft zijn eigen ondersteuningsplan vastgesteld").
bool speaks_of_another_plan(std::string_view lower) {
  const bool neighbour = any_word(lower, {"zijn eigen ondersteuningsplan", "zijn eigen plan", "hun eigen plan",
                                          "hun eigen ondersteuningsplan", "van dat samenwerkingsverband",
                                          "buursamenwerkingsverband", "naburige samenwerkingsverband",
                                          "ander samenwerkingsverband", "andere samenwerkingsverband"}) ||
                         (has_word(lower, "samenwerkingsverband") && any_word(lower, {"waarmee wij", "waarmee we"}));
  if (neighbour) return true;
  const bool other = any_word(lower, {"volgende ondersteuningsplan", "volgende plan", "vorige ondersteuningsplan", "vorige plan"});
  return other && !any_word(lower, {"dit plan", "dit ondersteuningsplan", "het huidige plan", "het huidige ondersteuningsplan"});
}

std::vector<Mention> find_mentions(std::string_view text, std::string_view lower, const ProcedureEvents& events,
                                   const ClaimContext& context, bool dated) {
  if (speaks_of_another_plan(lower)) return {};
  std::vector<CueHit> agreement;
  if (events.oogo) agreement = find_cues_quick(text, lower, events.oogo->agreement_cues);
  std::vector<Mention> mentions;
  bool opr_named = events.opr && !find_cues_quick(text, lower, events.opr->body_cues).empty();
  if (events.oogo) mentions.push_back(oogo_mention(text, lower, *events.oogo, context, agreement, dated, opr_named));
  bool oogo_named = !mentions.empty() && !mentions.back().anchors.empty();
  if (events.opr) mentions.push_back(consent_mention(text, *events.opr, context, agreement, oogo_named, events.vaststelling));
  std::vector<CueHit> others;
  for (const Mention& m : mentions) others.insert(others.end(), m.anchors.begin(), m.anchors.end());
  if (events.vaststelling) mentions.push_back(adoption_mention(text, lower, *events.vaststelling, context, others, dated));
  std::erase_if(mentions, [](const Mention& m) { return m.anchors.empty(); });
  return mentions;
}

}  // namespace opcheck::analyse::detail
