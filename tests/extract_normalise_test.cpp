// Character folding, line-end dehyphenation with Hunspell-nl, running-line detection and the
// pure OCR decision of the extract stage.
#include <gtest/gtest.h>

#include "extract/detail/hunspell_nl.h"
#include "extract/detail/layout.h"
#include "extract/detail/normalise.h"
#include "extract/detail/ocr_decision.h"

namespace opcheck::extract::detail {
namespace {

DutchDictionary& dictionary() { return **DutchDictionary::shared(); }

TEST(Normalise, FoldsLigaturesFullWidthDigitsAndOddSpaces) {
  EXPECT_EQ(fold_characters("de \xEF\xAC\x81nanci\xC3\xABle \xEF\xAC\x82" "exibiliteit"), "de financiële flexibiliteit");
  EXPECT_EQ(fold_characters("\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x94"), "2014");
  EXPECT_EQ(fold_characters("12\xC2\xA0maart\xE2\x80\x83" "2014\xE2\x80\x8B"), "12 maart 2014");
}

TEST(Normalise, RemovesSoftHyphenInsideWordButKeepsItAsBreakAtTheEnd) {
  EXPECT_EQ(fold_characters("onder\xC2\xADsteuning"), "ondersteuning");
  EXPECT_EQ(fold_characters("onder\xC2\xAD"), "onder-");
}

TEST(Normalise, ComposesToNfc) {
  EXPECT_EQ(fold_characters("continu\x75\xCC\x88m"), "continu\xC3\xBCm");  // u + combining diaeresis
}

TEST(Dehyphenate, JoinsDutchWordsBrokenAtLineEnd) {
  EXPECT_EQ(join_across_lines("onder", "steuning", false, dictionary()), "ondersteuning");
  EXPECT_EQ(join_across_lines("samenwerkings", "verband.", false, dictionary()), "samenwerkingsverband.");
  EXPECT_EQ(join_across_lines("toelaatbaarheids", "verklaring", false, dictionary()), "toelaatbaarheidsverklaring");
}

TEST(Dehyphenate, KeepsRealCompoundHyphens) {
  EXPECT_EQ(join_across_lines("PO", "raad", false, dictionary()), "");
  EXPECT_EQ(join_across_lines("2014", "2018", false, dictionary()), "");
  EXPECT_EQ(join_across_lines("zee", "egel", false, dictionary()), "");
}

TEST(Dehyphenate, SoftHyphenAlwaysJoins) {
  EXPECT_EQ(join_across_lines("PO", "raad", true, dictionary()), "POraad");
}

TEST(Dehyphenate, MovesTailWordToTheFirstLine) {
  std::vector<Line> lines(2);
  lines[0].words = {{"de", {}, 1}, {"onder-", {}, 1}};
  lines[1].words = {{"steuning", {}, 1}, {"van", {}, 1}};
  join_hyphenated_lines(lines, {false, false}, dictionary());
  refresh_line(lines[0]);
  refresh_line(lines[1]);
  EXPECT_EQ(lines[0].text, "de ondersteuning");
  EXPECT_EQ(lines[1].text, "van");
}

TEST(RunningLines, RecognisesRepeatedHeaderAndPageNumbers) {
  std::vector<Page> pages(4);
  for (int i = 0; i < 4; ++i) {
    Page& p = pages[static_cast<size_t>(i)];
    p.number = i + 1;
    p.width = 595;
    p.height = 842;
    Line header{"Ondersteuningsplan 2014-2018", {72, 30, 300, 42}, 10, "", false, LineRole::body, {}};
    Line body{"Tekst op pagina " + std::to_string(i + 1), {72, 400, 300, 412}, 11, "", false, LineRole::body, {}};
    Line number{std::to_string(i + 1), {290, 800, 300, 812}, 10, "", false, LineRole::body, {}};
    p.lines = {header, body, number};
  }
  mark_running_lines(pages);
  for (const Page& p : pages) {
    EXPECT_EQ(p.lines[0].role, LineRole::header);
    EXPECT_EQ(p.lines[1].role, LineRole::body);
    EXPECT_EQ(p.lines[2].role, LineRole::page_number);
  }
}

TEST(RunningLines, PageNumberForms) {
  for (const char* s : {"12", "- 12 -", "Pagina 12", "pagina 3 van 40", "12 / 48", "iv"}) EXPECT_TRUE(looks_like_page_number(s)) << s;
  for (const char* s : {"12 maart 2014", "Hoofdstuk 3", "1.200.000"}) EXPECT_FALSE(looks_like_page_number(s)) << s;
}

TEST(OcrDecision, NoTextLayerNeedsOcr) {
  auto d = decide_ocr({0, 0, 0, 0, 0, 0.2});
  EXPECT_TRUE(d.needs_ocr);
  EXPECT_EQ(d.reason, "geen tekstlaag op deze pagina");
}

TEST(OcrDecision, ScannedBodyWithTypedFooterNeedsOcr) {
  auto d = decide_ocr({40, 6, 0.9, 1.0, 1.0, 0.08});
  EXPECT_TRUE(d.needs_ocr);
  EXPECT_NE(d.reason.find("afbeelding"), std::string::npos);
}

TEST(OcrDecision, BrokenFontEncodingNeedsOcr) {
  auto d = decide_ocr({2000, 300, 0.3, 0.05, 0.2, std::nullopt});
  EXPECT_TRUE(d.needs_ocr);
  EXPECT_NE(d.reason.find("onleesbaar"), std::string::npos);
}

TEST(OcrDecision, GoodDutchOrForeignTextLayerIsKept) {
  EXPECT_FALSE(decide_ocr({2000, 300, 0.95, 0.9, 0.98, std::nullopt}).needs_ocr);
  EXPECT_FALSE(decide_ocr({2000, 300, 0.95, 0.3, 0.95, std::nullopt}).needs_ocr);  // English appendix
}

TEST(OcrDecision, MeasuresDutchTextAsDictionaryWords) {
  auto m = measure_text("Het samenwerkingsverband verdeelt de middelen voor ondersteuning over de scholen.", dictionary());
  EXPECT_GT(m.dictionary_rate, 0.9);
  EXPECT_GT(m.letter_share, 0.95);
  auto garbage = measure_text("Xq#7 @@kz Qw9 ~~ zzXq Kp&& vvQt 9#Xk", dictionary());
  EXPECT_LT(garbage.dictionary_rate, 0.2);
}

}  // namespace
}  // namespace opcheck::extract::detail
