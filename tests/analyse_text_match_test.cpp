// Dutch matching primitives of the content judge: folding, stems, decompounding, cue variants
// (compounds written apart, abbreviations), sentence mood, negation and budget year spans.
#include <gtest/gtest.h>

#include "analyse/detail/match_cues.h"
#include "analyse/detail/match_figures.h"
#include "analyse/detail/match_mood.h"
#include "analyse/detail/match_years.h"
#include "analyse/detail/text_match.h"

namespace opcheck::analyse::detail {
namespace {

Lexicon& lex() { return Lexicon::shared(); }

// Number of places `cue` occurs in `text` (cue compiled first: it feeds the vocabulary).
std::size_t count(const std::string& cue, const std::string& text) {
  const CompiledCue compiled = compile_cue(cue, lex());
  PlanIndex index({text}, lex());
  return index.find(compiled).size();
}

bool announces(const std::string& text) {
  PlanIndex index({text}, lex());
  const auto sentences = split_block_sentences(text, index.tokens(), 0, static_cast<std::uint32_t>(index.tokens().size()), lex());
  return !sentences.empty() && sentences.front().announces;
}

bool defers(const std::string& text) {
  PlanIndex index({text}, lex());
  const auto sentences = split_block_sentences(text, index.tokens(), 0, static_cast<std::uint32_t>(index.tokens().size()), lex());
  return !sentences.empty() && sentences.front().defers;
}

TEST(TextMatch, FoldsCaseAndDiacritics) {
  EXPECT_EQ(fold("Coördinatie ÉÉN geïnformeerd"), "coordinatie een geinformeerd");
  EXPECT_EQ(fold("TLV’s"), "tlv's");
}

TEST(TextMatch, StemsInflectedFormsAlike) {
  EXPECT_EQ(lex().stem_id("middelen"), lex().stem_id("middel"));
  EXPECT_EQ(lex().stem_id("toelaatbaarheidsverklaringen"), lex().stem_id("toelaatbaarheidsverklaring"));
  EXPECT_NE(lex().stem_id("begroting"), lex().stem_id("begeleiding"));
}

TEST(TextMatch, SplitsCompoundsWithLinkingS) {
  EXPECT_EQ(lex().dictionary_split("ondersteuningsmiddelen"), (std::vector<std::string>{"ondersteuning", "middelen"}));
  EXPECT_EQ(lex().dictionary_split("verdeelsleutel"), (std::vector<std::string>{"verdeel", "sleutel"}));
  EXPECT_TRUE(lex().dictionary_split("onderwijs").empty());
  EXPECT_TRUE(lex().dictionary_split("begroting").empty());
}

TEST(TextMatch, CompoundCueMatchesItsPartsWrittenApart) {
  EXPECT_EQ(count("ondersteuningsmiddelen", "De middelen voor ondersteuning gaan naar de besturen."), 1u);
  EXPECT_EQ(count("toewijzing van middelen", "De middelentoewijzing is jaarlijks."), 1u);
  EXPECT_EQ(count("verdeling van middelen", "De verdeling van de middelen volgt later."), 1u);
}

TEST(TextMatch, CompoundHeadMatchesBareWordButModifierDoesNot) {
  EXPECT_EQ(count("begroting", "Zie de meerjarenbegroting in de bijlage."), 1u);
  EXPECT_EQ(count("begroting", "Het aantal begrotingsjaren is vier."), 0u);
}

TEST(TextMatch, LongSpecificCueWordMatchesAsCompoundModifier) {
  // The tail ("gesprek", "beleid") is no cue word; the known head still names the topic.
  EXPECT_EQ(count("terugplaatsing", "Het terugplaatsingsgesprek vindt plaats voor afloop van de TLV."), 1u);
  EXPECT_EQ(count("toelaatbaarheid", "Het toelaatbaarheidsadvies komt van twee deskundigen."), 1u);
  // A short cue word is no topic as a modifier: a target group is not a goal.
  EXPECT_EQ(count("doel", "De doelgroep bestaat uit leerlingen met autisme."), 0u);
}

TEST(TextMatch, AbbreviationsMatchExpansionsBothWays) {
  EXPECT_EQ(count("toelaatbaarheidsverklaring", "De school vraagt een TLV aan."), 1u);
  EXPECT_EQ(count("TLV", "Toelaatbaarheidsverklaringen worden afgegeven door de commissie."), 1u);
  EXPECT_EQ(count("commissie van toelaatbaarheid", "De CvT beslist binnen zes weken."), 1u);
  EXPECT_EQ(count("sbo", "plaatsing in het speciaal basisonderwijs"), 1u);
}

TEST(TextMatch, MultiwordCueNeedsOrderAndProximity) {
  EXPECT_EQ(count("dekkend aanbod", "een dekkend en passend aanbod"), 1u);
  EXPECT_EQ(count("dekkend aanbod", "het aanbod is dekkend"), 0u);
  EXPECT_EQ(count("dekkend aanbod", "dekkend is niet altijd het hele regionale aanbod"), 0u);
}

TEST(TextMatch, PercentSignReadsAsProcent) {
  EXPECT_EQ(count("2%", "boven de 2 procent"), 1u);
  EXPECT_EQ(count("2 procent", "boven de 2% van het aantal"), 1u);
}

TEST(TextMatch, StarCuesMatchWordEndings) {
  EXPECT_EQ(count("*voorziening", "de reboundvoorziening en de tussenvoorziening"), 2u);
}

TEST(SentenceMood, FutureElaborationAnnounces) {
  EXPECT_TRUE(announces("Een meerjarenbegroting wordt nog opgesteld."));
  EXPECT_TRUE(announces("Het samenwerkingsverband zal in het eerste jaar het niveau van basisondersteuning vaststellen."));
  EXPECT_TRUE(announces("Het beleid wordt in de loop van 2015 uitgewerkt."));
  EXPECT_TRUE(announces("Er zijn nog geen gegevens beschikbaar."));
}

TEST(SentenceMood, DatedPassiveAnnouncesButAListThatFollowsDoesNot) {
  EXPECT_TRUE(announces("In 2015 wordt een communicatieplan opgesteld."));
  EXPECT_TRUE(announces("De financiele gevolgen worden op dit moment in kaart gebracht."));
  EXPECT_FALSE(announces("In 2013 is een communicatieplan opgesteld dat wordt gebruikt."));
  EXPECT_FALSE(announces("Een TLV wordt afgegeven als aan de volgende criteria is voldaan en de ondersteuning is uitgevoerd."));
}

TEST(SentenceMood, APresentSeparableVerbWithALaterMomentAnnounces) {
  EXPECT_TRUE(announces("In 2014-2015 werkt een werkgroep een procedure voor terugplaatsing uit."));
  EXPECT_TRUE(announces("Het samenwerkingsverband stelt in het najaar van 2014 een communicatieplan op."));
  EXPECT_TRUE(announces("De werkgroep werkt de route in het schooljaar 2014-2015 uit."));
  EXPECT_TRUE(announces("Op basis daarvan stelt het bestuur in de loop van 2015 de beoogde resultaten vast."));
  EXPECT_FALSE(announces("Het bestuur stelt de verdeelsleutel jaarlijks vast."));
  // Without a later moment the present describes how it is done.
  EXPECT_FALSE(announces("De commissie werkt elke aanvraag binnen vier weken uit."));
}

TEST(SentenceMood, WantingToDevelopSomethingAnnouncesButAGoalDoesNot) {
  EXPECT_TRUE(announces("Het bestuur wil een gezamenlijk ambitieniveau vastleggen dat voor alle scholen gelijk is."));
  EXPECT_TRUE(announces("De besturen willen samen een procedure voor terugplaatsing ontwikkelen."));
  EXPECT_FALSE(announces("Concreet willen wij in 2018 bereiken dat iedere leerling zich naar vermogen ontwikkelt."));
  EXPECT_FALSE(announces("Wij willen dat ouders het ontwikkelingsperspectief kennen."));
}

// What is left to "passende afspraken" or done "op passende wijze" is not stated yet.
TEST(SentenceMood, ArrangementsLeftVagueStateNothingYet) {
  EXPECT_TRUE(announces("Het samenwerkingsverband maakt met de scholen passende afspraken over de begeleiding."));
  EXPECT_TRUE(announces("De scholen informeren ouders op passende wijze over het ondersteuningsaanbod."));
  EXPECT_FALSE(announces("Elke school biedt passende ondersteuning met een ondersteuningsteam."));
}

// Deferring is stricter than announcing: a development verb (not the noun "ontwikkeling") with
// a moment still to come, or "nog" right before the verb; a mere "zal" or a condition is not.
TEST(SentenceMood, PuttingContentOffToLaterDefers) {
  EXPECT_TRUE(defers("De verdeelsleutel wordt in het najaar van 2014 door het bestuur vastgesteld, nadat de "
                     "uitkomsten van de leerlingtelling bekend zijn."));
  EXPECT_TRUE(defers("De vso-scholen ontwikkelen in 2014-2015 gezamenlijk een protocol terugplaatsing."));
  EXPECT_TRUE(defers("De criteria worden nog uitgewerkt."));
  EXPECT_FALSE(defers("De commissie zal binnen zes weken een besluit vastleggen."));
  EXPECT_FALSE(defers("Het bestuur stelt ieder jaar in het najaar de begroting voor het volgende kalenderjaar vast."));
  EXPECT_FALSE(defers("Scholen die dit niveau nog niet halen, nemen een verbeterplan op met een termijn van twee jaar."));
  EXPECT_FALSE(defers("Voor het so kijkt zij of uw kind door een ziekte in de ontwikkeling in 2015 wordt belemmerd."));
  EXPECT_FALSE(defers("In 2013 is het protocol vastgesteld."));
  EXPECT_TRUE(defers("Een meerjarenbegroting is op dit moment nog niet te maken."));
  EXPECT_FALSE(defers("Leerlingen die nog niet te lezen begonnen zijn, krijgen extra begeleiding van de ib'er."));
  // "zijn" in an indirect question before the main clause says nothing of the main clause.
  EXPECT_TRUE(defers("Hoe het advies van deskundigen wordt georganiseerd en welke deskundigen daarbij betrokken zijn, "
                     "werkt het bestuur uit in een notitie die voor de zomer van 2014 verschijnt."));
}

TEST(SentenceMood, NietDeniesOnlyTheNextWord) {
  const std::string text = "Is terugplaatsing niet mogelijk bij afloop van de TLV, dan volgt herindicatie.";
  PlanIndex index({text}, lex());
  const auto& tokens = index.tokens();
  std::uint32_t at = 0;
  while (lex().text_of(tokens[at].word) != "afloop") ++at;
  EXPECT_FALSE(negated(tokens, at, 0, lex()));
  EXPECT_TRUE(negated(tokens, at - 2, 0, lex()));  // "niet mogelijk"
}

TEST(SentenceMood, StandingProcedureDoesNotAnnounce) {
  EXPECT_FALSE(announces("De verdeelsleutel wordt jaarlijks door het bestuur vastgesteld."));
  EXPECT_FALSE(announces("De commissie beslist binnen zes weken over de aanvraag."));
  EXPECT_FALSE(announces("Het niveau van de basisondersteuning is door de besturen vastgesteld."));
}

TEST(SentenceMood, NegationJustBeforeTheCue) {
  const std::string text = "Voor de jaren daarna is geen begroting gemaakt.";
  PlanIndex index({text}, lex());
  const auto& tokens = index.tokens();
  std::uint32_t at = 0;
  while (lex().text_of(tokens[at].word) != "begroting") ++at;
  EXPECT_TRUE(negated(tokens, at, 0, lex()));
  EXPECT_FALSE(negated(tokens, 2, 0, lex()));
}

TEST(BudgetYears, ReadsRangesSchoolYearsAndColumns) {
  EXPECT_EQ(covered_years("meerjarenbegroting 2014–2018").size(), 5u);
  EXPECT_EQ(covered_years("de begroting voor het schooljaar 2014-2015"), (std::set<int>{2014}));
  EXPECT_EQ(covered_years("2014/2015 t/m 2017/2018").size(), 4u);
  EXPECT_EQ(covered_years("Post 2014 2015 2016 2017").size(), 4u);
  EXPECT_TRUE(covered_years("Totaal baten 9.280.000 1.650").empty());
  // The year of a date is a count date or a publication, not a budget year.
  EXPECT_EQ(covered_years("aantal leerlingen op 1 oktober 2013, begroting 2014-2015"), (std::set<int>{2014}));
  EXPECT_EQ(covered_years("normbedragen van maart 2014 en de teldatum 01-10-2013"), (std::set<int>{}));
  EXPECT_EQ(covered_years("begroting 2014 - 2017"), (std::set<int>{2014, 2015, 2016, 2017}));
  EXPECT_TRUE(written_as_school_year("schooljaar 2014-2015", 2014));
  EXPECT_EQ(describe_years({2014, 2015, 2016, 2017}, false), "2014-2017");
}

}  // namespace
}  // namespace opcheck::analyse::detail

// A figure is an amount: digits that are no calendar year, a percentage, a number word.
TEST(Figures, ReadsAmountsButNotYears) {
  using opcheck::analyse::detail::shows_figure;
  EXPECT_TRUE(shows_figure("Het deelnamepercentage daalt van 2,9 naar 2,3."));
  EXPECT_TRUE(shows_figure("Deelname sbo | 4,1% | 3,5%"));
  EXPECT_TRUE(shows_figure("Het aantal thuiszitters is teruggebracht tot nul."));
  EXPECT_TRUE(shows_figure("Wij willen het aantal thuiszitters halveren."));
  EXPECT_FALSE(shows_figure("Wij streven in 2014-2018 naar een daling van het aantal thuiszitters."));
  EXPECT_FALSE(shows_figure("Vanaf 2015 willen wij minder leerlingen in het vso."));
}
