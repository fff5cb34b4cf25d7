// judge_procedure(): the compliance rules N3 (OPR consent before adoption), N4 (adopted and
// received before the round's deadline) and N5 (OOGO before adoption) from the procedure facts.
// Each outcome is a named case of the catalog item (checklists/data/procedure.toml), whose
// Dutch explanation is filled in; a month-only date is compared as the whole month, and when
// that leaves the order open the rule says so instead of guessing.
#include <algorithm>

#include "analyse/detail/internal.h"
#include "analyse/detail/procedure_state.h"
#include "analyse/detail/procedure_timeline.h"

namespace opcheck::analyse::detail {
namespace {

// Situations the catalog has no case for yet; their texts live here until it does.
const std::map<std::string, std::string>& fallback_texts() {
  static const std::map<std::string, std::string> texts{
      {"instemming_volgorde_onbekend",
       "De OPR heeft ingestemd ({opr_instemming}); de volgorde met de vaststelling ({vaststelling}) is niet vast te "
       "stellen omdat van een van beide alleen de maand bekend is."},
      {"instemming_vaststelling_onbekend",
       "De OPR heeft ingestemd op {opr_instemming}; een datum van vaststelling is niet gevonden, dus de volgorde is "
       "niet gecontroleerd."},
      {"oogo_volgorde_onbekend",
       "OOGO met {gemeenten} ({oogo}); de volgorde met de vaststelling ({vaststelling}) is niet vast te stellen omdat "
       "van een van beide alleen de maand bekend is."},
      {"oogo_vaststelling_onbekend",
       "OOGO met {gemeenten} op {oogo}; een datum van vaststelling is niet gevonden, dus de volgorde is niet "
       "gecontroleerd."},
      {"oogo_zelfde_dag", "OOGO met {gemeenten} op {oogo}, dezelfde dag als de vaststelling; controleer zo nodig de volgorde."},
  };
  return texts;
}

class Judge {
 public:
  Judge(const ProcedureFacts& facts, const checklists::Round& round, const std::optional<checklists::Date>& received)
      : facts_(facts), round_(round), received_(received) {
    auto date_of = [](const DateFact& f) { return f.date ? dutch_date(*f.date) : std::string("onbekende datum"); };
    values_ = {{"vaststelling", date_of(facts.vaststelling)}, {"opr_instemming", date_of(facts.opr_instemming)},
               {"oogo", date_of(facts.oogo)}, {"deadline", dutch_date(from_checklist_date(round.deadline))},
               {"ontvangst", received ? dutch_date(from_checklist_date(*received)) : "onbekende datum"},
               {"orgaan", with_article(facts.vaststelling.by)},
               {"gemeenten", gemeenten_words(facts.oogo.gemeenten)}, {"ronde", round.label}};
  }

  Finding judge(const checklists::ItemInForce& in_force) const {
    const checklists::Item& item = *in_force.item;
    Finding f;
    f.checklist = item.checklist;
    f.item = item.id;
    f.advisory = in_force.advisory;
    Outcome o = item.id == "N3-OPR" ? consent() : item.id == "N4-TIJDIG" ? timeliness() : oogo();
    f.status = o.status;
    f.confidence = o.confidence;
    f.explanation = explain(item, o.case_name, o.status) + o.note;
    for (const DateFact* fact : o.facts)
      for (const Evidence& e : fact->evidence) f.evidence.push_back(e);
    return f;
  }

 private:
  struct Outcome {
    std::string status, case_name;
    double confidence = 0.9;
    std::vector<const DateFact*> facts;
    std::string note;  // appended to the explanation
  };

  // "het bestuur", "de algemene ledenvergadering": the body as the sentence needs it.
  static std::string with_article(const std::string& body) {
    if (body.empty()) return "het bevoegde orgaan";
    bool het = body == "bestuur" || body.ends_with(" bestuur") || body == "directeur-bestuurder";
    return (het && body != "directeur-bestuurder" ? "het " : "de ") + body;
  }

  static std::string gemeenten_words(const std::vector<std::string>& names) {
    if (names.empty()) return "de gemeenten";
    std::string out = "de gemeenten ";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " en " : ", ") + names[i];
    return out;
  }

  std::string explain(const checklists::Item& item, const std::string& case_name, const std::string& status) const {
    auto values = values_;
    std::string text;
    for (const auto& c : item.cases)
      if (c.name == case_name) text = c.explanation;
    if (text.empty() && fallback_texts().count(case_name)) text = fallback_texts().at(case_name);
    if (text.empty() && item.explanations.count(status)) text = item.explanations.at(status);
    if (facts_.vaststelling.by.empty()) {
      for (std::size_t pos; (pos = text.find(" door {orgaan}")) != std::string::npos;) text.erase(pos, 14);
    }
    return fill_template(text, values);
  }

  // Order of an event against the adoption: before / same / after / unknown (also when either
  // date is missing; callers check that first).
  Order against_adoption(const DateFact& event) const {
    if (!event.date || !facts_.vaststelling.date || state_of(facts_.vaststelling) != FactState::happened) return Order::unknown;
    return compare_dates(*event.date, *facts_.vaststelling.date);
  }

  bool adoption_dated() const { return state_of(facts_.vaststelling) == FactState::happened && facts_.vaststelling.date; }

  Outcome consent() const {
    const DateFact& opr = facts_.opr_instemming;
    const DateFact* both[] = {&opr, &facts_.vaststelling};
    switch (state_of(opr)) {
      case FactState::none: return {"niet_aangetoond", "geen_instemming_gevonden", 0.7, {}, ""};
      case FactState::announced: return {"niet_aangetoond", "instemming_alleen_aangekondigd", 0.75, {&opr}, ""};
      case FactState::refused: return {"niet_voldaan", "instemming_geweigerd", 0.85, {&opr}, ""};
      case FactState::happened: break;
    }
    if (!opr.date) return {"voldoet", "instemming_zonder_datum", 0.6, {&opr}, ""};
    if (!adoption_dated()) return {"voldoet", "instemming_vaststelling_onbekend", 0.6, {&opr}, ""};
    switch (against_adoption(opr)) {
      case Order::before: return {"voldoet", "instemming_voor_vaststelling", 0.9, {both[0], both[1]}, ""};
      case Order::same: return {"voldoet", "instemming_zelfde_dag", 0.7, {both[0], both[1]}, ""};
      case Order::after: return {"niet_voldaan", "instemming_na_vaststelling", 0.9, {both[0], both[1]}, ""};
      case Order::unknown: break;
    }
    return {"voldoet", "instemming_volgorde_onbekend", 0.5, {both[0], both[1]}, ""};
  }

  Outcome timeliness() const {
    const DateFact& v = facts_.vaststelling;
    const int deadline = round_.deadline.year * 10000 + round_.deadline.month * 100 + round_.deadline.day;
    bool received_late = received_ && !(*received_ < round_.deadline);
    if (!adoption_dated()) {
      if (received_late) return {"niet_voldaan", "ontvangst_te_laat", 0.9, {}, ""};
      std::string note = facts_.is_concept ? " Het document noemt zichzelf een concept: een conceptplan is nog niet vastgesteld." : "";
      if (state_of(v) == FactState::announced) note += " Het plan vermeldt alleen een voorgenomen vaststelling.";
      return {"niet_aangetoond", "geen_vaststelling_gevonden", 0.7, {&v}, note};
    }
    DateValue d = *v.date;
    int lo = d.year * 10000 + (d.precision == Precision::year ? 101 : d.month * 100 + (d.precision == Precision::day ? d.day : 1));
    int hi = d.year * 10000 + (d.precision == Precision::year ? 1231 : d.month * 100 + (d.precision == Precision::day ? d.day : 31));
    if (lo >= deadline) return {"niet_voldaan", "vaststelling_te_laat", 0.9, {&v}, ""};
    if (hi >= deadline) return {"niet_aangetoond", "vaststelling_onzeker", 0.5, {&v}, ""};
    if (received_late) return {"niet_voldaan", "ontvangst_te_laat", 0.9, {&v}, ""};
    if (!received_) return {"niet_aangetoond", "ontvangst_onbekend", 0.6, {&v}, ""};
    if (d.precision != Precision::day) return {"voldoet", "vaststelling_maand_voor_deadline", 0.8, {&v}, ""};
    return {"voldoet", "tijdig", 0.9, {&v}, ""};
  }

  Outcome oogo() const {
    const DateFact& o = facts_.oogo;
    switch (state_of(o)) {
      case FactState::none: return {"niet_aangetoond", "geen_oogo_gevonden", 0.7, {}, ""};
      case FactState::announced: return {"niet_aangetoond", "oogo_alleen_gepland", 0.75, {&o}, ""};
      case FactState::refused:
      case FactState::happened: break;
    }
    if (!o.date) return {"voldoet", "oogo_zonder_datum", 0.6, {&o}, ""};
    if (!adoption_dated()) return {"voldoet", "oogo_vaststelling_onbekend", 0.6, {&o}, ""};
    const DateFact* both[] = {&o, &facts_.vaststelling};
    switch (against_adoption(o)) {
      case Order::before: return {"voldoet", "oogo_voor_vaststelling", 0.9, {both[0], both[1]}, ""};
      case Order::same: return {"voldoet", "oogo_zelfde_dag", 0.7, {both[0], both[1]}, ""};
      case Order::after: return {"niet_voldaan", "oogo_na_vaststelling", 0.9, {both[0], both[1]}, ""};
      case Order::unknown: break;
    }
    return {"voldoet", "oogo_volgorde_onbekend", 0.5, {both[0], both[1]}, ""};
  }

  const ProcedureFacts& facts_;
  const checklists::Round& round_;
  const std::optional<checklists::Date>& received_;
  std::map<std::string, std::string> values_;
};

}  // namespace

std::vector<Finding> judge_procedure(const ProcedureFacts& facts, const checklists::Round& round,
                                     const std::optional<checklists::Date>& received,
                                     const std::vector<checklists::ItemInForce>& items) {
  Judge judge(facts, round, received);
  std::vector<Finding> out;
  for (const auto& in_force : items) {
    const std::string& id = in_force.item->id;
    if (in_force.item->checklist != "procedure") continue;
    if (id != "N3-OPR" && id != "N4-TIJDIG" && id != "N5-OOGO") continue;  // no rule in code for it
    out.push_back(judge.judge(in_force));
  }
  return out;
}

}  // namespace opcheck::analyse::detail
