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
