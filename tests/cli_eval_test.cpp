// Tests for cli/eval.h and common/opcheck/word_accuracy.h: a perfect run scores 1 everywhere;
// a run with known mistakes (missed gap, false gap, wrong date precision, wrong OOGO outcome,
// missing report) gives exactly the expected counts, figures and Dutch threshold violations.
#include "cli/eval.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "opcheck/word_accuracy.h"
#include "test_support.h"

namespace opcheck::cli {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

json finding(const char* checklist, const char* item, const char* status) {
  return {{"checklist", checklist}, {"item", item}, {"status", status}, {"phrasings", json::array()}, {"pages", json::array()}};
}

json fact(const char* date, const char* precision) { return {{"date", date}, {"precision", precision}, {"page", 2}}; }

json gold(const char* file, const char* split, const char* variant, bool is_plan, json findings, json facts,
          json pages, json ocr_pages) {
  json plan = {{"file", file}, {"swv_code", nullptr}, {"swv_name", nullptr}, {"sector", "po"},
               {"is_plan", is_plan}, {"pages", pages.size()}, {"ocr_pages", ocr_pages},
               {"received", "2014-04-22"}, {"round", "2014"}};
  return {{"schema", "opcheck.gold/1"}, {"generator", {{"version", "1"}, {"seed", 7}}}, {"split", split},
          {"variant", variant}, {"layout", "single"}, {"expected_error", nullptr}, {"plan", plan},
          {"procedure_facts", facts}, {"findings", findings}, {"page_text", pages}};
}

json null_facts() { return {{"vaststelling", nullptr}, {"opr_instemming", nullptr}, {"oogo", nullptr}}; }

// Five gold files: two dev (plan, non-plan), three heldout (scanned plan, broken, mixed plan).
std::vector<json> gold_set() {
  json facts_a = {{"vaststelling", fact("2014-03-12", "day")}, {"opr_instemming", fact("2014-03", "month")},
                  {"oogo", fact("2014-02-10", "day")}};
  facts_a["vaststelling"]["by"] = "bestuur";
  facts_a["oogo"]["outcome"] = "overeenstemming";
  json facts_b = {{"vaststelling", fact("2014-04", "month")}, {"opr_instemming", nullptr},
                  {"oogo", fact("2014-02-10", "day")}};
  facts_b["oogo"]["outcome"] = "geen_overeenstemming";
  json facts_e = {{"vaststelling", fact("2014-03-12", "day")}, {"opr_instemming", fact("2014-03-05", "day")},
                  {"oogo", nullptr}};
  json broken = gold("kapot-d.pdf", "heldout", "broken", false, json::array(), null_facts(), json::array(), json::array());
  broken["expected_error"] = "damaged_pdf";
  return {
      gold("po-a.pdf", "dev", "born_digital", true,
           {finding("inhoudseisen", "IE-BEGROTING", "onvolledig"), finding("inhoudseisen", "IE-OUDERS", "voldoet"),
            finding("inhoudseisen", "IE-MIDDELEN", "ontbreekt"), finding("procedure", "N3-OPR", "voldoet"),
            finding("procedure", "N4-TIJDIG", "niet_voldaan"), finding("parameter5", "P5-OOGO", "ja")},
           facts_a, {"Het plan van het samenwerkingsverband.", "Vastgesteld op 12 maart 2014."}, {2}),
      gold("vo-b.pdf", "heldout", "scanned", true,
           {finding("inhoudseisen", "IE-BEGROTING", "voldoet"), finding("inhoudseisen", "IE-OUDERS", "onvolledig"),
            finding("procedure", "N3-OPR", "niet_aangetoond"), finding("procedure", "N5-OOGO", "voldoet"),
            finding("parameter5", "P5-OVEREENSTEMMING", "nee")},
           facts_b, {"Eerste pagina B.", "Tweede pagina B."}, {1, 2}),
      gold("notulen-c.pdf", "dev", "non_plan", false, json::array(), null_facts(),
           {"Notulen van de vergadering."}, json::array()),
      broken,
      gold("po-e.pdf", "heldout", "mixed", true,
           {finding("inhoudseisen", "IE-BEGROTING", "voldoet"), finding("inhoudseisen", "IE-RESULTATEN", "ontbreekt"),
            finding("procedure", "N4-TIJDIG", "voldoet"), finding("parameter5", "P5-OOGO", "ja")},
           facts_e, {"Plan E pagina een.", "Pagina twee gescand."}, {2}),
  };
}

std::string stem_of(const json& g) { return fs::path(g["plan"]["file"].get<std::string>()).stem().string(); }

void write_gold(const fs::path& dir, const std::vector<json>& golds) {
  for (const auto& g : golds) test::write_file(dir / (stem_of(g) + ".gold.json"), g.dump(2));
}

void write_run(const fs::path& out, const json& g, const json& report) {
  auto dir = out / "plans" / stem_of(g);
  fs::create_directories(dir);
  test::write_file(dir / "report.json", report.dump(2));
  test::write_file(dir / "extract.txt", extract_text_from_gold(g));
}

json& finding_of(json& report, const std::string& item) {
  for (auto& f : report["findings"])
    if (f["item"] == item) return f;
  throw std::runtime_error("geen finding " + item);
}

EvalThresholds all_thresholds(double value) { return {value, value, value, value, value, value, value}; }

struct Fixture {
  fs::path gold_dir = test::fresh_temp_dir("eval-gold");
  fs::path out_dir = test::fresh_temp_dir("eval-out");
  std::vector<json> golds = gold_set();
  Fixture() { write_gold(gold_dir, golds); }
};

TEST(Eval, PerfectRunScoresOneEverywhere) {
  Fixture f;
  for (const auto& g : f.golds) write_run(f.out_dir, g, report_from_gold(g));
  auto result = evaluate(f.gold_dir, f.out_dir, all_thresholds(1.0));
  ASSERT_TRUE(result.ok()) << result.error().message;
  const auto& t = result->total;
  EXPECT_EQ(result->gold_files, 5);
  EXPECT_EQ(t.documents, 5);
  EXPECT_EQ(t.gaps.true_positive, 6);
  EXPECT_EQ(t.gaps.true_negative, 6);
  EXPECT_EQ(t.gaps.precision(), 1.0);
  EXPECT_EQ(t.gaps.recall(), 1.0);
  EXPECT_EQ(t.status.rate(), 1.0);
  EXPECT_EQ(t.status.total, 12);
  EXPECT_EQ(t.dates.total, 12);
  EXPECT_EQ(t.dates.rate(), 1.0);
  EXPECT_EQ(t.oogo_outcome.rate(), 1.0);
  EXPECT_EQ(t.is_plan.rate(), 1.0);
  EXPECT_EQ(t.broken_handled.correct, 1);
  EXPECT_EQ(t.ocr_words.accuracy(), 1.0);
  EXPECT_EQ(t.ocr_words.pages, 4);
  EXPECT_EQ(t.text_words.accuracy(), 1.0);
  EXPECT_EQ(t.text_words.truth_words, 13u);
  EXPECT_TRUE(result->problems.empty());
  EXPECT_TRUE(result->violations.empty());
  std::string text = to_text(*result);
  std::string last = text.substr(text.rfind("SAMENVATTING"));
  EXPECT_EQ(last,
            "SAMENVATTING dev: precisie 1,00 recall 1,00 status 1,00 datums 1,00 oogo 1,00 is_plan 1,00 "
            "ocr 1,00 tekstlaag 1,00 kapot 0/0 | heldout: precisie 1,00 recall 1,00 status 1,00 datums 1,00 "
            "oogo 1,00 is_plan 1,00 ocr 1,00 tekstlaag 1,00 kapot 1/1 | drempels gehaald\n");
}

// The mistakes: po-a misses the IE-BEGROTING gap, sees a false IE-OUDERS gap and gives the OPR
// date the wrong precision; vo-b gets the OOGO outcome wrong; po-e has no report and no text.
void write_wrong_run(const Fixture& f) {
  for (const auto& g : f.golds) {
    json report = report_from_gold(g);
    std::string stem = stem_of(g);
    if (stem == "po-e") continue;
    if (stem == "po-a") {
      finding_of(report, "IE-BEGROTING")["status"] = "voldoet";
      finding_of(report, "IE-OUDERS")["status"] = "onvolledig";
      report["procedure_facts"]["opr_instemming"]["date"] = "2014-03-01";
      report["procedure_facts"]["opr_instemming"]["precision"] = "day";
    }
    if (stem == "vo-b") report["procedure_facts"]["oogo"]["outcome"] = "overeenstemming";
    write_run(f.out_dir, g, report);
  }
}

TEST(Eval, WrongRunGivesExactCounts) {
  Fixture f;
  write_wrong_run(f);
  auto result = evaluate(f.gold_dir, f.out_dir, EvalThresholds{});
  ASSERT_TRUE(result.ok()) << result.error().message;
  const auto& t = result->total;
  EXPECT_EQ(t.missing_reports, 1);
  EXPECT_EQ(t.gaps.true_positive, 4);
  EXPECT_EQ(t.gaps.false_positive, 3);   // IE-OUDERS in po-a; two voldoet items of missing po-e
  EXPECT_EQ(t.gaps.false_negative, 2);   // IE-BEGROTING in po-a; IE-RESULTATEN of missing po-e
  EXPECT_EQ(t.gaps.true_negative, 3);
  EXPECT_DOUBLE_EQ(*t.gaps.precision(), 4.0 / 7.0);
  EXPECT_DOUBLE_EQ(*t.gaps.recall(), 4.0 / 6.0);
  EXPECT_EQ(t.status.correct, 7);
  EXPECT_EQ(t.status.total, 12);
  EXPECT_EQ(t.dates.correct, 8);
  EXPECT_EQ(t.dates.total, 12);
  EXPECT_EQ(t.oogo_outcome.correct, 2);
  EXPECT_EQ(t.oogo_outcome.total, 4);
  EXPECT_EQ(t.is_plan.correct, 3);
  EXPECT_EQ(t.is_plan.total, 4);
  EXPECT_EQ(t.broken_handled.correct, 1);
  EXPECT_EQ(t.ocr_words.edits, 3u);
  EXPECT_EQ(t.ocr_words.truth_words, 14u);
  EXPECT_EQ(t.text_words.edits, 4u);
  EXPECT_EQ(t.text_words.truth_words, 13u);
  EXPECT_EQ(result->problems.size(), 2u);
}

TEST(Eval, WrongRunSplitsAndConfusions) {
  Fixture f;
  write_wrong_run(f);
  auto result = evaluate(f.gold_dir, f.out_dir, EvalThresholds{});
  ASSERT_TRUE(result.ok()) << result.error().message;
  const auto& dev = result->by_split.at("dev");
  const auto& heldout = result->by_split.at("heldout");
  EXPECT_EQ(dev.documents, 2);
  EXPECT_DOUBLE_EQ(*dev.gaps.precision(), 2.0 / 3.0);
  EXPECT_EQ(dev.oogo_outcome.correct, 2);
  EXPECT_EQ(heldout.documents, 3);
  EXPECT_DOUBLE_EQ(*heldout.gaps.precision(), 0.5);
  EXPECT_EQ(heldout.oogo_outcome.correct, 0);
  EXPECT_DOUBLE_EQ(*heldout.ocr_words.accuracy(), 1.0 - 3.0 / 9.0);
  EXPECT_EQ(heldout.text_words.accuracy(), 0.0);
  EXPECT_EQ(result->by_variant.at("mixed").missing_reports, 1);
  EXPECT_EQ(result->by_variant.at("non_plan").dates.correct, 3);
  Confusion expected_begroting{{"onvolledig", {{"voldoet", 1}}}, {"voldoet", {{"voldoet", 1}, {kNoJudgement, 1}}}};
  EXPECT_EQ(result->total.by_item.at("IE-BEGROTING"), expected_begroting);
  Confusion expected_p5{{"ja", {{"ja", 1}, {kNoJudgement, 1}}}, {"nee", {{"nee", 1}}}};
  EXPECT_EQ(result->total.by_checklist.at("parameter5"), expected_p5);
}

TEST(Eval, WrongRunViolatesThresholdsPerSplit) {
  Fixture f;
  write_wrong_run(f);
  auto result = evaluate(f.gold_dir, f.out_dir, all_thresholds(0.9));
  ASSERT_TRUE(result.ok()) << result.error().message;
  std::vector<std::string> expected{
      "dev: precisie 0,667 ligt onder de drempel 0,900.",
      "dev: recall 0,667 ligt onder de drempel 0,900.",
      "dev: status 0,600 ligt onder de drempel 0,900.",
      "dev: datums 0,833 ligt onder de drempel 0,900.",
      "heldout: precisie 0,500 ligt onder de drempel 0,900.",
      "heldout: recall 0,667 ligt onder de drempel 0,900.",
      "heldout: status 0,571 ligt onder de drempel 0,900.",
      "heldout: datums 0,500 ligt onder de drempel 0,900.",
      "heldout: oogo 0,000 ligt onder de drempel 0,900.",
      "heldout: is_plan 0,500 ligt onder de drempel 0,900.",
      "heldout: ocr 0,667 ligt onder de drempel 0,900.",
  };
  EXPECT_EQ(result->violations, expected);
  std::string text = to_text(*result);
  EXPECT_NE(text.find("  - heldout: oogo 0,000 ligt onder de drempel 0,900.\n"), std::string::npos);
  EXPECT_NE(text.find("SAMENVATTING dev: precisie 0,67 recall 0,67 status 0,60 datums 0,83 oogo 1,00"), std::string::npos);
  EXPECT_TRUE(text.ends_with(" | 11 drempel(s) niet gehaald\n"));
}

TEST(Eval, JsonCarriesFiguresAndViolations) {
  Fixture f;
  write_wrong_run(f);
  auto result = evaluate(f.gold_dir, f.out_dir, all_thresholds(0.9));
  ASSERT_TRUE(result.ok());
  json j = to_json(*result);
  EXPECT_EQ(j["schema"], "opcheck.eval/1");
  EXPECT_EQ(j["total"]["gaps"]["false_positive"], 3);
  EXPECT_EQ(j["splits"]["dev"]["status"]["correct"], 3);
  EXPECT_EQ(j["variants"]["broken"]["broken_handled"]["correct"], 1);
  EXPECT_EQ(j["variants"]["broken"]["status"]["rate"], nullptr);
  EXPECT_EQ(j["total"]["items"]["IE-BEGROTING"]["voldoet"][kNoJudgement], 1);
  EXPECT_EQ(j["violations"].size(), 11u);
}

TEST(Eval, OverrideIsScoredOnTheToolsOwnStatus) {
  Fixture f;
  for (const auto& g : f.golds) {
    json report = report_from_gold(g);
    if (stem_of(g) == "vo-b")
      finding_of(report, "N3-OPR")["override"] = {{"status", "niet_aangetoond"}, {"original_status", "voldoet"}};
    write_run(f.out_dir, g, report);
  }
  auto result = evaluate(f.gold_dir, f.out_dir, EvalThresholds{});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->total.gaps.false_negative, 1);
  EXPECT_EQ(result->total.by_item.at("N3-OPR").at("niet_aangetoond").at("voldoet"), 1);
}

TEST(Eval, BrokenFileClaimingAPlanIsNotHandled) {
  Fixture f;
  for (const auto& g : f.golds) {
    json report = report_from_gold(g);
    if (stem_of(g) == "kapot-d") report["plan"]["is_plan"] = false;
    write_run(f.out_dir, g, report);
  }
  auto result = evaluate(f.gold_dir, f.out_dir, EvalThresholds{});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->total.broken_handled.correct, 0);
  EXPECT_EQ(result->total.broken_handled.total, 1);
}

TEST(Eval, MalformedGoldFileIsADataError) {
  Fixture f;
  test::write_file(f.gold_dir / "rommel.gold.json", "{\"schema\": \"iets anders\"}");
  auto result = evaluate(f.gold_dir, f.out_dir, EvalThresholds{});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::data);
  EXPECT_NE(result.error().message.find("rommel.gold.json"), std::string::npos);
}

TEST(Eval, EmptyGoldDirIsAUsageError) {
  auto result = evaluate(test::fresh_temp_dir("eval-empty"), test::fresh_temp_dir("eval-empty-out"), EvalThresholds{});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
}

TEST(WordAccuracy, CountsWordEdits) {
  EXPECT_EQ(word_accuracy("de kat zit op de mat", "de kat zit op de mat"), 1.0);
  EXPECT_DOUBLE_EQ(word_accuracy("de kat zit", "de hond zit"), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(word_accuracy("a b c d", "a b x c d"), 0.75);
  EXPECT_DOUBLE_EQ(word_accuracy("a b c d", "a c d"), 0.75);
  EXPECT_EQ(word_accuracy("a b", ""), 0.0);
  WordEdits e = word_edits("a b c a b c", "a b c");
  EXPECT_EQ(e.edits, 3u);
  EXPECT_EQ(e.truth_words, 6u);
  EXPECT_EQ(word_edits("a a b", "a b").edits, 1u);
  EXPECT_EQ(word_edits("x y z", "z y x").edits, 2u);
}

TEST(WordAccuracy, StripsPunctuationAtWordEndsOnly) {
  EXPECT_EQ(word_accuracy("Het plan, vastgesteld.", "Het plan vastgesteld"), 1.0);
  EXPECT_EQ(word_accuracy("\xE2\x80\x9C" "plan\xE2\x80\x9D (zie bijlage)", "plan zie bijlage"), 1.0);
  EXPECT_EQ(word_accuracy("1.200.000 euro", "1200000 euro"), 0.5);
  EXPECT_EQ(word_accuracy("Plan", "plan"), 0.0);
  EXPECT_EQ(split_words("a \xE2\x80\x93 b\xC2\xA0" "c").size(), 3u);
}

TEST(WordAccuracy, EmptyTruthAndFloor) {
  EXPECT_EQ(word_accuracy("", ""), 1.0);
  EXPECT_EQ(word_accuracy("", "iets"), 0.0);
  EXPECT_EQ(word_accuracy("a", "b c d"), 0.0);
}

}  // namespace
}  // namespace opcheck::cli
