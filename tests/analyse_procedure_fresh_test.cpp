// A validation set for the procedure reader written apart from its development: sentences in
// styles the reader was not built from (none comes from the corpus phrasings or from
// analyse_procedure_test). Each case is one sentence or a short passage with the claims a
// careful analyst reads in it. Failing cases here mean the reader does not generalise.
#include <gtest/gtest.h>

#include "analyse/detail/internal.h"
#include "analyse/detail/procedure_claims.h"

namespace opcheck::analyse {
namespace {

using detail::Mood;

const checklists::Catalog& catalog() {
  static const auto loaded = checklists::load_catalog(checklists::default_checklist_dir());
  if (!loaded) ADD_FAILURE() << loaded.error().message;
  return loaded.value();
}

const char* mood_name(Mood m) { return m == Mood::happened ? "gedaan" : m == Mood::refused ? "geweigerd" : "aangekondigd"; }

// "event mood date [outcome]" per claim, joined by "; " (the body is left out: not every
// style names it, and the date and mood are what the timeline rules need).
std::string claims(std::string_view text) {
  std::string out;
  for (const auto& c : detail::read_claims(text, detail::ProcedureEvents::from(catalog()), {}, 2014)) {
    if (!out.empty()) out += "; ";
    out += c.event + " " + mood_name(c.mood) + " " + (c.date ? to_iso(*c.date) : "-");
    if (!c.outcome.empty()) out += " " + c.outcome;
  }
  return out;
}

struct Case {
  const char* text;
  const char* expected;
};

void expect_all(const std::vector<Case>& cases) {
  int wrong = 0;
  for (const auto& c : cases) {
    const std::string got = claims(c.text);
    if (got != c.expected) {
      ++wrong;
      ADD_FAILURE() << "tekst:     " << c.text << "\nverwacht:  " << c.expected << "\ngelezen:   " << got;
    }
  }
  ::testing::Test::RecordProperty("wrong", wrong);
}

TEST(ProcedureFresh, Adoption) {
  expect_all({
      {"Het ondersteuningsplan 2014-2018 werd op 24 april 2014 door het algemeen bestuur vastgesteld.",
       "vaststelling gedaan 2014-04-24"},
      {"Het bestuur van de stichting heeft in zijn vergadering van 10 maart 2014 besloten het ondersteuningsplan vast te stellen.",
       "vaststelling gedaan 2014-03-10"},
      {"Vastgesteld door het bestuur van het samenwerkingsverband op 3 april 2014.", "vaststelling gedaan 2014-04-03"},
      {"Het plan is in de bestuursvergadering van 8 april 2014 goedgekeurd en vastgesteld.", "vaststelling gedaan 2014-04-08"},
      {"Op 1 april 2014 nam het bestuur het besluit tot vaststelling van dit ondersteuningsplan.", "vaststelling gedaan 2014-04-01"},
      {"Datum vaststelling: 14-04-2014", "vaststelling gedaan 2014-04-14"},
      {"Het ondersteuningsplan wordt op 22 april 2014 ter vaststelling voorgelegd aan het bestuur.",
       "vaststelling aangekondigd 2014-04-22"},
      {"Het bestuur zal het plan naar verwachting in mei 2014 vaststellen.", "vaststelling aangekondigd 2014-05"},
      {"Het algemeen bestuur heeft het ondersteuningsplan op 17 maart 2014 definitief vastgesteld.",
       "vaststelling gedaan 2014-03-17"},
      {"Dit ondersteuningsplan is door de algemene ledenvergadering vastgesteld op 9 april 2014.",
       "vaststelling gedaan 2014-04-09"},
      {"De vaststelling van het ondersteuningsplan door het bestuur vond plaats op 26 maart 2014.",
       "vaststelling gedaan 2014-03-26"},
      {"Het bestuur heeft op 31 maart 2014 het ondersteuningsplan formeel vastgesteld.", "vaststelling gedaan 2014-03-31"},
  });
}

TEST(ProcedureFresh, OprConsent) {
  expect_all({
      {"De ondersteuningsplanraad heeft op 19 maart 2014 ingestemd met het ondersteuningsplan.",
       "opr_instemming gedaan 2014-03-19"},
      {"Op 26 maart 2014 heeft de OPR unaniem instemming verleend aan het plan.", "opr_instemming gedaan 2014-03-26"},
      {"De OPR heeft in haar vergadering van 12 maart 2014 met het ondersteuningsplan ingestemd.",
       "opr_instemming gedaan 2014-03-12"},
      {"Instemming OPR: 2 april 2014.", "opr_instemming gedaan 2014-04-02"},
      {"De ondersteuningsplanraad heeft het plan op 5 maart 2014 besproken en heeft haar instemming onthouden.",
       "opr_instemming geweigerd 2014-03-05"},
      {"Het ontwerpplan is op 10 februari 2014 aan de OPR voorgelegd; de OPR heeft op 3 maart 2014 ingestemd.",
       "opr_instemming gedaan 2014-03-03"},  // the submission is a step, not the consent
      {"De instemming van de ondersteuningsplanraad wordt in april 2014 gevraagd.", "opr_instemming aangekondigd 2014-04"},
      {"Bij brief van 20 maart 2014 heeft de OPR laten weten in te stemmen met het ondersteuningsplan.",
       "opr_instemming gedaan 2014-03-20"},
      {"Met het ondersteuningsplan is op 4 maart 2014 door de ondersteuningsplanraad ingestemd.",
       "opr_instemming gedaan 2014-03-04"},
      {"De ondersteuningsplanraad gaf op 11 maart 2014 haar instemming aan het ondersteuningsplan.",
       "opr_instemming gedaan 2014-03-11"},
      {"De OPR heeft op 18 maart 2014 positief ingestemd met het ontwerp-ondersteuningsplan.",
       "opr_instemming gedaan 2014-03-18"},
  });
}

TEST(ProcedureFresh, Oogo) {
  expect_all({
      {"Het op overeenstemming gericht overleg met de gemeenten heeft op 6 maart 2014 plaatsgevonden; de gemeenten "
       "hebben ingestemd met het plan.",
       "oogo gedaan 2014-03-06 overeenstemming"},
      {"Op 13 februari 2014 is het ondersteuningsplan in het OOGO met de gemeenten besproken. Er is overeenstemming bereikt.",
       "oogo gedaan 2014-02-13 overeenstemming"},
      {"Het OOGO met de gemeenten vond plaats op 20 maart 2014. Over de inzet van middelen voor thuiszitters is geen "
       "overeenstemming bereikt.",
       "oogo gedaan 2014-03-20 geen_overeenstemming"},
      {"Met de colleges van B&W is op 27 februari 2014 op overeenstemming gericht overleg gevoerd.",
       "oogo gedaan 2014-02-27 onbekend"},
      {"Het OOGO is gepland op 15 mei 2014.", "oogo aangekondigd 2014-05-15"},
      {"De wethouders onderwijs van de regiogemeenten hebben op 4 maart 2014 in het OOGO ingestemd met het ondersteuningsplan.",
       "oogo gedaan 2014-03-04 overeenstemming"},
      {"Het overleg met de gemeenten (OOGO) heeft op 12 februari 2014 geleid tot overeenstemming over het plan.",
       "oogo gedaan 2014-02-12 overeenstemming"},
      {"Op 5 maart 2014 hebben het samenwerkingsverband en de gemeenten in het OOGO overeenstemming bereikt.",
       "oogo gedaan 2014-03-05 overeenstemming"},
      {"Het OOGO over het ondersteuningsplan is gevoerd op 19 februari 2014 en heeft tot overeenstemming geleid.",
       "oogo gedaan 2014-02-19 overeenstemming"},
  });
}

}  // namespace
}  // namespace opcheck::analyse
