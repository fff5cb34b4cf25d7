// Repair of OCR character confusions and split words (extract/detail/ocr_repair.h) with the
// real Dutch dictionary and with fakes, and the public repair_ocr_text on passages.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <set>

#include "test_support.h"

#include "extract/detail/hunspell_nl.h"
#include "extract/detail/ocr_repair.h"
#include "extract/extract.h"

namespace opcheck::extract::detail {
namespace {

const WordCheck& dutch() {
  static const WordCheck check = [](std::string_view w) { return (*DutchDictionary::shared())->accepts(w); };
  return check;
}

std::string repair(std::string_view token) { return repair_ocr_word(token, dutch()); }

// A word with a box on a line at x0..x1 (height 10).
Word word(const std::string& text, double x0, double x1) { return Word{text, {x0, 100, x1, 110}, 0.9}; }

// One line of words with the given texts, each 30 pt wide, separated by the given gaps.
Line line_of(const std::vector<std::string>& texts, const std::vector<double>& gaps) {
  Line line;
  double x = 50;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    line.words.push_back(word(texts[i], x, x + 30));
    x += 30 + (i < gaps.size() ? gaps[i] : 0);
  }
  return line;
}

TEST(OcrRepair, ReadsLettersInsideNumbersAndDatesAsDigits) {
  EXPECT_EQ(repair("2O14"), "2014");
  EXPECT_EQ(repair("20l4"), "2014");
  EXPECT_EQ(repair("l2"), "12");
  EXPECT_EQ(repair("2l"), "21");
  EXPECT_EQ(repair("1O-03-2014"), "10-03-2014");
  EXPECT_EQ(repair("19-03-20l4."), "19-03-2014.");
  EXPECT_EQ(repair("(2O14-2O18)"), "(2014-2018)");
}

TEST(OcrRepair, ReadsADayBeforeAMonthNameAsDigits) {
  EXPECT_EQ(repair_ocr_word("ll", dutch(), "februari"), "11");
  EXPECT_EQ(repair_ocr_word("l", dutch(), "maart,"), "1");
  EXPECT_EQ(repair_ocr_word("ll", dutch(), "leden"), "ll");
  EXPECT_EQ(repair_ocr_word("de", dutch(), "maart"), "de");
}

TEST(OcrRepair, KeepsOrdinalsLoneLettersAndCodesWithDigits) {
  for (const char* token : {"1e", "2de", "I", "l", "Il", "ll", "II", "2014-2018", "27-01", "VO2206", "PO", "0", "l-2"})
    EXPECT_EQ(repair(token), token) << token;
}

TEST(OcrRepair, ReadsZerosInsideCapitalCodesAsO) {
  EXPECT_EQ(repair("0PR"), "OPR");
  EXPECT_EQ(repair("V0"), "VO");
  EXPECT_EQ(repair("0NDERSTEUNINGSPLANRAAD"), "ONDERSTEUNINGSPLANRAAD");
  EXPECT_EQ(repair("0OGO:"), "OOGO:");
  EXPECT_EQ(repair("V0-scholen"), "VO-scholen");
}

TEST(OcrRepair, RepairsCapitalIForSmallLInsideRejectedWords) {
  EXPECT_EQ(repair("vastgesteId"), "vastgesteld");
  EXPECT_EQ(repair("vaststeIIing"), "vaststelling");
  EXPECT_EQ(repair("pIan."), "plan.");
  EXPECT_EQ(repair("besIoten"), "besloten");
  EXPECT_EQ(repair("aIgemene"), "algemene");
  EXPECT_EQ(repair("apriI"), "april");
  EXPECT_EQ(repair("zaI"), "zal");
  EXPECT_EQ(repair("Iid"), "lid");
}

TEST(OcrRepair, RepairsSmallLForCapitalIAtTheStart) {
  EXPECT_EQ(repair("lnstemming"), "Instemming");
  EXPECT_EQ(repair("ledere"), "Iedere");
  EXPECT_EQ(repair("lk"), "Ik");
}

TEST(OcrRepair, RepairsRnForMAndBack) {
  EXPECT_EQ(repair("rnaart"), "maart");
  EXPECT_EQ(repair("overeenstemrning,"), "overeenstemming,");
  EXPECT_EQ(repair("sternmen"), "stemmen");
}

TEST(OcrRepair, RepairsZeroForOInsideWords) {
  EXPECT_EQ(repair("0pening"), "Opening");
  EXPECT_EQ(repair("v0orwaarden"), "voorwaarden");
}

TEST(OcrRepair, LeavesAcceptedWordsAndNamesAlone) {
  for (const char* token : {"Iedere", "Ilse", "Ilpendam", "Arnhem", "Hoorn", "IJssel", "leerling", "Iets", "maart"})
    EXPECT_EQ(repair(token), token) << token;
}

TEST(OcrRepair, ChangesARejectedCapitalisedWordOnlyIntoACommonWord) {
  // A fake dictionary that knows a name "Ilpendarn" would turn into: a capitalised token the
  // dictionary rejects may be a name; it only becomes a word whose lower-case form is Dutch.
  const std::set<std::string> known = {"Ilpendam", "Instemming", "instemming"};
  const WordCheck fake = [&](std::string_view w) { return known.contains(std::string(w)); };
  EXPECT_EQ(repair_ocr_word("Ilpendarn", fake), "Ilpendarn");
  EXPECT_EQ(repair_ocr_word("Instemrning", fake), "Instemming");
}

TEST(OcrRepair, LeavesRejectedWordsWithoutAnAcceptedVariantAlone) {
  for (const char* token : {"Xqlrnz", "llll", "Kompas-", "SWV", "rn"}) EXPECT_EQ(repair(token), token) << token;
}

TEST(OcrRepair, ReadsAOneBetweenLettersAsL) {
  EXPECT_EQ(repair("a1gemene"), "algemene");
  EXPECT_EQ(repair("a11es,"), "alles,");
  EXPECT_EQ(repair("A1gemene"), "Algemene");
  EXPECT_EQ(repair("ONDERSTEUN1NG"), "ONDERSTEUNING");
  EXPECT_EQ(repair("A1GEMENE"), "ALGEMENE");
  EXPECT_EQ(repair("a1gemene-regels"), "algemene-regels");
  // Ending a word too: "in de vergadering van 7 apri1 2014".
  EXPECT_EQ(repair("apri1"), "april");
  EXPECT_EQ(repair("APRI1"), "APRIL");
  // A number glued to a word stays a number: "bijlage1" is "bijlage 1", not "bijlagel".
  EXPECT_EQ(repair("bijlage1"), "bijlage 1");
  EXPECT_EQ(repair("groep1"), "groep 1");
}

// Tesseract reads a small l as "!": "14 apri! 2014", "met al!e gemeenten". An exclamation
// after a word stays when the word is one already ("Goed nieuws!").
TEST(OcrRepair, ReadsAnExclamationMarkThatSpellsAWordAsL) {
  EXPECT_EQ(repair("apri!"), "april");
  EXPECT_EQ(repair("apri!,"), "april,");
  EXPECT_EQ(repair("al!e"), "alle");
  EXPECT_EQ(repair("nieuws!"), "nieuws!");
  EXPECT_EQ(repair("Xqz!"), "Xqz!");
}

// Tesseract reads an i as l inside words ("nlet"), and a date's first
// digit glued to "op" as a letter ("opl8" for "op 18").
TEST(OcrRepair, ReadsAnLInsideAWordAsIAndAGluedDigitAsNumber) {
  EXPECT_EQ(repair("nlet"), "niet");
  EXPECT_EQ(repair("opl8"), "op 18");
  EXPECT_EQ(repair("op4"), "op 4");
  EXPECT_EQ(repair("wel"), "wel");  // a word stays, whatever its variants
}

// "maandag j1.": laatstleden is no dictionary word, so it is named.
TEST(OcrRepair, ReadsTheAbbreviationOfLaatstleden) {
  EXPECT_EQ(repair("j1."), "jl.");
  EXPECT_EQ(repair("j1"), "jl");
}

TEST(OcrRepair, KeepsOnesInNumbersCodesAndShortOrUnknownTokens) {
  // "B1a" would spell "Bla", "vergaderd1ng" no word at all, the rest are numbers and codes.
  for (const char* token : {"B1a", "a1", "1e", "21ste", "VO1", "H1N1", "PO 24-01", "1-op-1", "vergaderd1ng", "10-01-2014"})
    EXPECT_EQ(repair(token), token) << token;
}

TEST(OcrRepair, SplitsAWordAndANumberRunTogether) {
  EXPECT_EQ(repair("op4"), "op 4");
  EXPECT_EQ(repair("Op4"), "Op 4");
  EXPECT_EQ(repair("in2O14,"), "in 2014,");
  EXPECT_EQ(repair("op10-03-2014."), "op 10-03-2014.");
  EXPECT_EQ(repair("groep8"), "groep 8");
  EXPECT_EQ(repair("2014heeft"), "2014 heeft");
  EXPECT_EQ(repair("500euro"), "500 euro");
}

TEST(OcrRepair, KeepsCodesOrdinalsUnitsAndAmountsWithDigitsWhole) {
  for (const char* token : {"VO2206", "OPR2014", "OP4", "km2", "CO2", "Fase2", "2de", "3e", "1ste", "10den", "4jarig",
                            "10tal", "EUR500", "\xE2\x82\xAC" "500", "2014Het"})
    EXPECT_EQ(repair(token), token) << token;
}

TEST(OcrRepair, SplitsAFunctionWordRunIntoACode) {
  EXPECT_EQ(repair("DeOPR"), "De OPR");
  EXPECT_EQ(repair("metOOGO,"), "met OOGO,");
  EXPECT_EQ(repair("hetSWV"), "het SWV");
  // A code after a word that is no function word, or capitals throughout, stay.
  EXPECT_EQ(repair("PlanOPR"), "PlanOPR");
  EXPECT_EQ(repair("DEOPR"), "DEOPR");
}

// The spelling of a document whose one line holds these words.
DocumentSpelling spelling_with(const std::vector<std::string>& words) {
  std::vector<Page> pages(1);
  pages[0].lines = {line_of(words, std::vector<double>(words.size(), 4))};
  return spelling_of(pages);
}

TEST(OcrRepair, SplitsTwoWordsRunTogetherWhenTheDocumentWritesThemApart) {
  const DocumentSpelling spelling =
      spelling_with({"Het", "plan", "is", "ingestemd", "met", "instemming", "van", "de", "raad", "hetplan"});
  EXPECT_EQ(repair_ocr_word("hetplan", dutch(), {}, &spelling), "het plan");
  EXPECT_EQ(repair_ocr_word("Hetplan.", dutch(), {}, &spelling), "Het plan.");
  EXPECT_EQ(repair_ocr_word("ingestemdmet", dutch(), {}, &spelling), "ingestemd met");
  EXPECT_EQ(repair_ocr_word("vande", dutch(), {}, &spelling), "van de");
  // Without a document to show the pair, a run of letters stays one word.
  EXPECT_EQ(repair("hetplan"), "hetplan");
  EXPECT_EQ(repair("vande"), "vande");
}

TEST(OcrRepair, NeverSplitsNamesOrWordsTheDocumentWritesAsOne) {
  // Capitalised tokens may be names: "Alsmeer" and "Delange" stay though "als meer" and
  // "de lange" are pairs of this document.
  const DocumentSpelling names = spelling_with({"als", "meer", "de", "lange", "de", "motivatieproblemen"});
  for (const char* token : {"Alsmeer", "Delange", "Devries", "Vandijk", "Enschede", "Deventer"})
    EXPECT_EQ(repair_ocr_word(token, dutch(), {}, &names), token) << token;
  // "demotivatieproblemen" (rejected, yet a real word) is no pair this document writes often enough.
  const DocumentSpelling one_word = spelling_with({"demotivatieproblemen", "en", "demotivatieproblemen", "de",
                                                   "motivatieproblemen", "voorschoolse", "voor", "schoolse"});
  EXPECT_EQ(repair_ocr_word("demotivatieproblemen", dutch(), {}, &one_word), "demotivatieproblemen");
  // Accepted compounds never split, and "en"/"de"/"te" are no tails: they end plurals and verbs.
  EXPECT_EQ(repair_ocr_word("voorschoolse", dutch(), {}, &one_word), "voorschoolse");
  const DocumentSpelling tails = spelling_with({"authenticiteit", "en", "leerlingdossier", "de", "zorgplicht", "te"});
  for (const char* token : {"authenticiteiten", "leerlingdossierde", "zorgplichtte"})
    EXPECT_EQ(repair_ocr_word(token, dutch(), {}, &tails), token) << token;
}

TEST(OcrRepair, SplitsAWordRunTogetherOnALineIntoTwoWordsSharingItsBox) {
  std::vector<Line> lines = {line_of({"De", "OPR", "heeft", "op4", "maart"}, {4, 4, 4, 4})};
  repair_ocr_lines(lines, dutch());
  EXPECT_EQ(lines[0].text, "De OPR heeft op 4 maart");
  ASSERT_EQ(lines[0].words.size(), 6u);
  // "op4" was at 152..182: "op" takes two of its three characters, "4" the third.
  EXPECT_DOUBLE_EQ(lines[0].words[3].box.x0, 152);
  EXPECT_DOUBLE_EQ(lines[0].words[3].box.x1, 172);
  EXPECT_DOUBLE_EQ(lines[0].words[4].box.x0, 172);
  EXPECT_DOUBLE_EQ(lines[0].words[4].box.x1, 182);
  EXPECT_EQ(lines[0].words[4].text, "4");
}

TEST(OcrRepair, JoinsWordSplitAcrossANarrowGapWhenOneHalfIsNoWord) {
  std::vector<Line> lines = {line_of({"Het", "samenwerking", "sverband", "is", "klaar"}, {4, 2.9, 4, 4})};
  repair_ocr_lines(lines, dutch());
  ASSERT_EQ(lines[0].words.size(), 4u);
  EXPECT_EQ(lines[0].text, "Het samenwerkingsverband is klaar");
  const Box& b = lines[0].words[1].box;
  EXPECT_EQ(b.x0, 84);
  EXPECT_DOUBLE_EQ(b.x1, 146.9);  // the second half's right edge: 84 + 30 + 2.9 + 30
  EXPECT_DOUBLE_EQ(lines[0].box.x1, 50 + 5 * 30 + 4 + 2.9 + 4 + 4);
}

TEST(OcrRepair, KeepsWordsApartAcrossAnOrdinaryGap) {
  std::vector<Line> lines = {line_of({"Het", "samenwerking", "sverband", "is", "klaar"}, {4, 4, 4, 4})};
  repair_ocr_lines(lines, dutch());
  EXPECT_EQ(lines[0].text, "Het samenwerking sverband is klaar");
}

TEST(OcrRepair, JoinsTwoWordsOnlyWhenTheDocumentSpellsThemAsOne) {
  const auto make = [] { return std::vector<Line>{line_of({"school", "en", "samen", "werkingsverband", "maken"}, {4, 4, 2.7, 4})}; };
  std::vector<Line> without = make();
  repair_ocr_lines(without, dutch());
  EXPECT_EQ(without[0].text, "school en samen werkingsverband maken");

  std::vector<Page> pages(1);
  pages[0].lines = {line_of({"het", "samenwerkingsverband", "en", "het", "samenwerkingsverband."}, {4, 4, 4, 4})};
  const DocumentSpelling spelling = spelling_of(pages);
  std::vector<Line> with = make();
  repair_ocr_lines(with, dutch(), &spelling);
  EXPECT_EQ(with[0].text, "school en samenwerkingsverband maken");
}

TEST(OcrRepair, NeverJoinsAFunctionWordOnAWordBoundary) {
  // "voor de" runs together into "voorde", a word to Hunspell's compounding.
  std::vector<Page> pages(1);
  pages[0].lines = {line_of({"voorde", "voorde"}, {4})};
  const DocumentSpelling spelling = spelling_of(pages);
  std::vector<Line> lines = {line_of({"kijk", "voor", "de", "kinderen", "nu"}, {4, 2, 4, 4})};
  repair_ocr_lines(lines, dutch(), &spelling);
  EXPECT_EQ(lines[0].text, "kijk voor de kinderen nu");
}

TEST(OcrRepair, RepairsWordsOnLinesButLeavesABrokenHeadForDehyphenation) {
  std::vector<Line> lines = {line_of({"ledere", "pIan", "is", "vastgesteI-"}, {4, 4, 4})};
  repair_ocr_lines(lines, dutch());
  EXPECT_EQ(lines[0].text, "Iedere plan is vastgesteI-");
  EXPECT_EQ(lines[0].words[1].box.x0, 84);
}

TEST(OcrRepairText, RepairsAPassageLineByLine) {
  EXPECT_EQ(repair_ocr_text("De 0PR heeft op l2 rnaart 2O14 ingestemd.\nHet pIan is vastgesteId op 19-03-20l4.\n"
                            "OOGO op ll februari 2014, vaststeI-\nling"),
            "De OPR heeft op 12 maart 2014 ingestemd.\nHet plan is vastgesteld op 19-03-2014.\n"
            "OOGO op 11 februari 2014, vaststeI-\nling");
}

TEST(OcrRepairText, SplitsWordsRunTogetherUsingThePassageAsTheDocument) {
  EXPECT_EQ(repair_ocr_text("Het plan van de raad.\nDeOPR heeft op4 maart ingestemd met hetplan vande a1gemene raad."),
            "Het plan van de raad.\nDe OPR heeft op 4 maart ingestemd met het plan van de algemene raad.");
  // Alone, "hetplan" has no pair to vouch for it.
  EXPECT_EQ(repair_ocr_text("Zij hebben ingestemd met hetplan."), "Zij hebben ingestemd met hetplan.");
}

TEST(OcrRepairText, JoinsAWordBrokenAtALineEndAsThePipelineDoes) {
  EXPECT_EQ(repair_ocr_text("besloten geen instem-\nming te verlenen"), "besloten geen instemming\nte verlenen");
  EXPECT_EQ(repair_ocr_text("dat overeen-\nstemming is bereikt"), "dat overeenstemming\nis bereikt");
  // A real hyphen stays: "PO-raad" is spelled with it.
  EXPECT_EQ(repair_ocr_text("de PO-\nraad"), "de PO-\nraad");
}

TEST(OcrRepairText, PassesCleanDutchTextThroughByteForByte) {
  const std::string clean =
      "Het samenwerkingsverband Passend Onderwijs Zaanstreek (PO 24-01) stelt dit ondersteuningsplan vast\n"
      "voor de periode 2014-2018. Iedere school biedt basisondersteuning; de ondersteuningsplanraad (OPR)\n"
      "heeft op 12 maart 2014 ingestemd met het plan. Het op overeenstemming gericht overleg (OOGO) met\n"
      "de gemeenten Zaanstad, Wormerland en Oostzaan vond plaats op 10-03-2014.\n"
      "\n"
      "Ilse de Vries (directeur) en Ilpendam, Arnhem en Hoorn: 1e en 2de fase, VO2206, april 2015.\n"
      "Leerlingen met een toelaatbaarheidsverklaring gaan naar het speciaal onderwijs.  Twee spaties.";
  EXPECT_EQ(repair_ocr_text(clean), clean);
}

TEST(OcrRepairText, LeavesEveryTruthPageOfTheSampleCorpusUnchanged) {
  // The gold page texts are exact Dutch plan text: any change here would be damage.
  int pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::sample_dir())) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".gold.json")) continue;
    const auto gold = nlohmann::json::parse(test::read_file(entry.path()));
    for (const auto& page : gold["page_text"]) {
      const std::string text = page.get<std::string>();
      EXPECT_EQ(repair_ocr_text(text), text) << name;
      ++pages;
    }
  }
  EXPECT_GT(pages, 150);  // the sample was read (192 pages when this was written)
}

TEST(OcrRepairPipeline, LeavesTextLayerWordsAsThePdfSpellsThem) {
  // The same confusions in a text layer are the author's own text: only OCR pages are repaired.
  const auto dir = test::fresh_temp_dir("ocr-repair");
  test::write_file(dir / "plan.pdf", test::make_pdf({"Het pIan is vastgesteId op l2 rnaart 2O14 door de 0PR."}));
  Options options;
  options.allow_ocr = false;
  auto doc = extract_in_process(dir / "plan.pdf", options);
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->pages[0].method, Method::text);
  EXPECT_EQ(body_text(doc->pages[0]), "Het pIan is vastgesteId op l2 rnaart 2O14 door de 0PR.\n");
}

}  // namespace
}  // namespace opcheck::extract::detail
