// Tests for report.json (report-contract.md, schema opcheck.report/1): every field, parsed
// back with nlohmann, and the report of a file that could not be read.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "analyse/analyse.h"
#include "analyse/detail/procedure_state.h"

namespace opcheck::analyse {
namespace {

using json = nlohmann::json;

PlanReport sample_report() {
  PlanReport r;
  r.plan.file = "po-2301-rivierenland.pdf";
  r.plan.sha256 = "ab12";
  r.plan.swv_code = "PO 23-01";
  r.plan.swv_name = "Stichting Passend Onderwijs Rivierenland";
  r.plan.sector = "po";
  r.plan.pages = 41;
  r.plan.ocr_pages = {40, 41};
  r.plan.received = "2014-04-22";
  r.plan.round = "2014";
  Evidence e{41, "B Vaststelling", "Het bestuur heeft het plan op 12 maart 2014 vastgesteld.", extract::Box{10, 20, 300, 32}};
  r.facts.vaststelling.date = DateValue{2014, 3, 12, Precision::day};
  r.facts.vaststelling.by = "algemene ledenvergadering";
  r.facts.vaststelling.evidence = {e};
  r.facts.opr_instemming.date = DateValue{2014, 3, 0, Precision::month};
  r.facts.opr_instemming.evidence = {Evidence{40, "A Instemming", "De OPR heeft in maart 2014 ingestemd.", std::nullopt}};
  r.facts.oogo.outcome = detail::kAnnounced;
  r.findings.push_back({"inhoudseisen", "IE-BEGROTING", "onvolledig", 0.8234, {e}, "Alleen een begroting voor 2014.", false});
  r.findings.push_back({"waarderingskader", "WK-1.1", "geen_aanwijzing", 0.5, {}, "Geen signaal.", true});
  return r;
}

TEST(ReportJson, WritesThePlanBlockAsTheContractSays) {
  json j = json::parse(to_report_json(sample_report()));
  EXPECT_EQ(j["schema"], "opcheck.report/1");
  const json& p = j["plan"];
  EXPECT_EQ(p["file"], "po-2301-rivierenland.pdf");
  EXPECT_EQ(p["sha256"], "ab12");
  EXPECT_EQ(p["swv_code"], "PO 23-01");
  EXPECT_EQ(p["swv_name"], "Stichting Passend Onderwijs Rivierenland");
  EXPECT_EQ(p["sector"], "po");
  EXPECT_EQ(p["is_plan"], true);
  EXPECT_EQ(p["pages"], 41);
  EXPECT_EQ(p["ocr_pages"], json::array({40, 41}));
  EXPECT_EQ(p["received"], "2014-04-22");
  EXPECT_EQ(p["round"], "2014");
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys.size(), 5u);
}

TEST(ReportJson, KeepsTheContractKeyOrder) {
  std::string text = to_report_json(sample_report());
  auto at = [&](const char* key) { return text.find(std::string("\"") + key + "\""); };
  EXPECT_LT(at("schema"), at("plan"));
  EXPECT_LT(at("plan"), at("procedure_facts"));
  EXPECT_LT(at("procedure_facts"), at("findings"));
  EXPECT_LT(at("findings"), at("errors"));
  EXPECT_EQ(text.back(), '\n');
  EXPECT_NE(text.find("\n  \"plan\": {"), std::string::npos);  // pretty-printed, two spaces
}

TEST(ReportJson, WritesUnknownPlanFieldsAsNull) {
  PlanReport r;
  r.plan.file = "x.pdf";
  r.plan.pages = 3;
  r.plan.round = "2014";
  json p = json::parse(to_report_json(r))["plan"];
  EXPECT_TRUE(p["swv_code"].is_null());
  EXPECT_TRUE(p["swv_name"].is_null());
  EXPECT_TRUE(p["sector"].is_null());
  EXPECT_TRUE(p["received"].is_null());
  EXPECT_EQ(p["ocr_pages"], json::array());
  EXPECT_EQ(p["is_plan"], true);
}

TEST(ReportJson, WritesProcedureFactsByPrecisionAndNullWhenNotHappened) {
  json f = json::parse(to_report_json(sample_report()))["procedure_facts"];
  EXPECT_EQ(f["vaststelling"]["date"], "2014-03-12");
  EXPECT_EQ(f["vaststelling"]["precision"], "day");
  EXPECT_EQ(f["vaststelling"]["by"], "algemene ledenvergadering");
  ASSERT_EQ(f["vaststelling"]["evidence"].size(), 1u);
  const json& e = f["vaststelling"]["evidence"][0];
  EXPECT_EQ(e["page"], 41);
  EXPECT_EQ(e["section"], "B Vaststelling");
  EXPECT_EQ(e["quote"], "Het bestuur heeft het plan op 12 maart 2014 vastgesteld.");
  EXPECT_EQ(e["bbox"], json::array({10.0, 20.0, 300.0, 32.0}));
  EXPECT_EQ(f["opr_instemming"]["date"], "2014-03");
  EXPECT_EQ(f["opr_instemming"]["precision"], "month");
  EXPECT_EQ(f["opr_instemming"]["refused"], false);
  EXPECT_TRUE(f["opr_instemming"]["evidence"][0]["bbox"].is_null());
  EXPECT_TRUE(f["oogo"].is_null());  // only announced
}

TEST(ReportJson, WritesOogoOutcomeAndRefusal) {
  PlanReport r = sample_report();
  r.facts.oogo = DateFact{DateValue{2014, 2, 10, Precision::day}, "", "geen_overeenstemming", {"Tiel", "Buren"}, {}};
  r.facts.opr_instemming.outcome = detail::kRefused;
  json f = json::parse(to_report_json(r))["procedure_facts"];
  EXPECT_EQ(f["oogo"]["date"], "2014-02-10");
  EXPECT_EQ(f["oogo"]["outcome"], "geen_overeenstemming");
  EXPECT_EQ(f["oogo"]["gemeenten"], json::array({"Tiel", "Buren"}));
  EXPECT_EQ(f["opr_instemming"]["refused"], true);
  r.facts.oogo = DateFact{};
  r.facts.oogo.evidence = {Evidence{}};
  r.facts.oogo.outcome = "onbekend";
  f = json::parse(to_report_json(r))["procedure_facts"];
  EXPECT_TRUE(f["oogo"]["date"].is_null());
  EXPECT_TRUE(f["oogo"]["precision"].is_null());
  EXPECT_EQ(f["oogo"]["outcome"], "onbekend");
}

TEST(ReportJson, WritesEveryFindingField) {
  json fs = json::parse(to_report_json(sample_report()))["findings"];
  ASSERT_EQ(fs.size(), 2u);
  EXPECT_EQ(fs[0]["checklist"], "inhoudseisen");
  EXPECT_EQ(fs[0]["item"], "IE-BEGROTING");
  EXPECT_EQ(fs[0]["status"], "onvolledig");
  EXPECT_DOUBLE_EQ(fs[0]["confidence"].get<double>(), 0.823);
  EXPECT_EQ(fs[0]["evidence"][0]["page"], 41);
  EXPECT_EQ(fs[0]["explanation"], "Alleen een begroting voor 2014.");
  EXPECT_TRUE(fs[0]["override"].is_null());
  EXPECT_TRUE(fs[0].contains("override"));
  EXPECT_EQ(fs[0]["advisory"], false);
  EXPECT_EQ(fs[1]["advisory"], true);
  EXPECT_EQ(fs[1]["evidence"], json::array());
}

TEST(ReportJson, FailedReportCarriesTheDutchErrorAndNoFindings) {
  AnalyseOptions options;
  options.received = checklists::Date{2014, 4, 2};
  PlanReport r = failed_report("kapot.pdf", "ff00", options,
                               Error{ErrorKind::damaged_pdf, "Het bestand kapot.pdf is beschadigd: de PDF-structuur is afgebroken."});
  json j = json::parse(to_report_json(r));
  EXPECT_EQ(j["plan"]["file"], "kapot.pdf");
  EXPECT_EQ(j["plan"]["sha256"], "ff00");
  EXPECT_TRUE(j["plan"]["is_plan"].is_null());
  EXPECT_EQ(j["plan"]["pages"], 0);
  EXPECT_EQ(j["plan"]["received"], "2014-04-02");
  EXPECT_EQ(j["plan"]["round"], "2014");
  EXPECT_EQ(j["findings"], json::array());
  EXPECT_TRUE(j["procedure_facts"]["vaststelling"].is_null());
  EXPECT_TRUE(j["procedure_facts"]["opr_instemming"].is_null());
  EXPECT_TRUE(j["procedure_facts"]["oogo"].is_null());
  EXPECT_EQ(j["errors"], json::array({"Het bestand kapot.pdf is beschadigd: de PDF-structuur is afgebroken."}));
}

TEST(ReportJson, FailedReportWithoutMessageStillExplains) {
  PlanReport r = failed_report("leeg.pdf", "", AnalyseOptions{}, Error{ErrorKind::not_pdf, ""});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0], "Het bestand leeg.pdf kon niet worden gelezen.");
}

}  // namespace
}  // namespace opcheck::analyse
