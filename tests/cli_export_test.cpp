// write_exports(): overzicht.csv / expertanalyse.csv exact columns and rows, and overzicht.xlsx
// as a valid package (well-formed XML, one row per plan plus header, frozen header, autofilter,
// the Toelichting sheet), from fixture reports with overrides, a non-plan and a failed file.
#include <gtest/gtest.h>

#include <fstream>

#include "checklists/checklists.h"
#include "cli/export_table.h"
#include "cli/export_xml_check.h"
#include "cli/export_zip.h"
#include "cli/outputs.h"
#include "test_support.h"

namespace opcheck::cli {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

const checklists::Catalog& catalog() {
  static const checklists::Catalog loaded = [] {
    auto c = checklists::load_catalog(checklists::default_checklist_dir());
    if (!c) throw std::runtime_error(c.error().message);
    return std::move(*c);
  }();
  return loaded;
}

json fact(const std::string& date, const std::string& precision) {
  return {{"date", date}, {"precision", precision}, {"evidence", json::array()}};
}

// A report with every item of the 2014 round for the sector at its "complete" status.
json plan_report(const std::string& file, const std::string& code, const std::string& name, const std::string& sector) {
  json findings = json::array();
  auto items = checklists::items_in_force(catalog(), "2014", checklists::parse_sector(sector));
  for (const auto& entry : *items) {
    const auto* checklist = checklists::find_checklist(catalog(), entry.item->checklist);
    findings.push_back({{"checklist", entry.item->checklist}, {"item", entry.item->id},
                        {"status", checklist->outcomes.complete}, {"confidence", 0.9}, {"evidence", json::array()},
                        {"explanation", "In orde."}, {"advisory", entry.advisory}, {"override", nullptr}});
  }
  json adoption = fact("2014-03-12", "day");
  adoption["by"] = "algemene ledenvergadering";
  json oogo = fact("2014-02", "month");
  oogo["outcome"] = "overeenstemming";
  oogo["gemeenten"] = {"Eindhoven", "Son en Breugel"};
  return {{"schema", "opcheck.report/1"},
          {"plan", {{"file", file}, {"sha256", "x"}, {"swv_code", code}, {"swv_name", name}, {"sector", sector},
                    {"is_plan", true}, {"pages", 48}, {"ocr_pages", {47, 48, 3}}, {"received", "2014-04-22"},
                    {"round", "2014"}}},
          {"procedure_facts", {{"vaststelling", adoption}, {"opr_instemming", fact("2014-03-05", "day")}, {"oogo", oogo}}},
          {"findings", findings},
          {"errors", json::array()}};
}

json& finding(json& report, const std::string& id) {
  for (auto& f : report["findings"])
    if (f["item"] == id) return f;
  throw std::runtime_error("no finding " + id);
}

void set_override(json& report, const std::string& id, const std::string& status) {
  json& f = finding(report, id);
  f["override"] = {{"status", status}, {"note", "Gecontroleerd."}, {"by", "a.jansen"}, {"at", "2014-05-02T10:00:00Z"},
                   {"original_status", f["status"]}};
  f["status"] = status;
}

json not_a_plan() {
  json r = plan_report("notulen-opr.pdf", "", "", "po");
  r["plan"]["swv_code"] = nullptr;
  r["plan"]["swv_name"] = nullptr;
  r["plan"]["is_plan"] = false;
  r["findings"] = json::array();
  r["errors"] = {"Dit document is geen ondersteuningsplan maar een verslag van een vergadering."};
  return r;
}

json failed_file() {
  return {{"schema", "opcheck.report/1"},
          {"plan", {{"file", "kapot.pdf"}, {"sha256", "y"}, {"swv_code", nullptr}, {"swv_name", nullptr},
                    {"sector", nullptr}, {"is_plan", nullptr}, {"pages", 0}, {"ocr_pages", json::array()},
                    {"received", nullptr}, {"round", "2014"}}},
          {"procedure_facts", {{"vaststelling", nullptr}, {"opr_instemming", nullptr}, {"oogo", nullptr}}},
          {"findings", json::array()},
          {"errors", {"kapot.pdf: het bestand is beschadigd; \"xref\" ontbreekt."}}};
}

struct Fixture {
  fs::path out = test::fresh_temp_dir("exports");
  RoundOutputs outputs;
  Fixture() {
    json a = plan_report("plan-a.pdf", "PO 23-01", "Stichting \"Zeeën & Dijken\"; regio Zuid", "po");
    finding(a, "IE-BEGROTING")["status"] = "onvolledig";
    set_override(a, "IE-TOELAATBAARHEID", "ontbreekt");
    set_override(a, "P5-DEKKEND", "deels");
    json b = plan_report("plan-b.pdf", "VO 25-07", "Coöperatie VO Één", "vo");
    b["plan"]["ocr_pages"] = json::array();
    outputs.round = "2014";
    outputs.catalog = &catalog();
    outputs.out = out;
    outputs.plans = {{"kapot", "kapot.pdf", failed_file()}, {"notulen-opr", "notulen-opr.pdf", not_a_plan()},
                     {"plan-a", "plan-a.pdf", a}, {"plan-b", "plan-b.pdf", b}};
  }
};

std::vector<std::string> csv_lines(const std::string& text) {
  std::vector<std::string> lines;
  for (std::size_t at = 0, end; (end = text.find("\r\n", at)) != std::string::npos; at = end + 2)
    lines.push_back(text.substr(at, end - at));
  return lines;
}

const std::string kItemColumns =
    "IE-SAMENHANG;IE-BASISONDERSTEUNING;IE-MIDDELEN;IE-BEGROTING;IE-TOELAATBAARHEID;IE-TERUGPLAATSING;IE-OUDERS;"
    "IE-RESULTATEN;IE-PERSOONSGEGEVENS;IE-BEKOSTIGING-SO;IE-LWOO-PRO;N3-OPR;N4-TIJDIG;N5-OOGO;P5-VERBINDING;"
    "P5-VERDEELSTRUCTUUR;P5-DEKKEND;P5-OOGO;P5-OVEREENSTEMMING;P5-VERANTWOORDING;P5-TRANSPARANTIE;"
    "P5-INTERN-TOEZICHT;P5-INBRENG";

TEST(Exports, OverviewCsvHasBomExactHeaderAndOneRowPerPlan) {
  Fixture f;
  ASSERT_TRUE(write_exports(f.outputs).ok());
  std::string csv = test::read_file(f.out / "overzicht.csv");
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  auto lines = csv_lines(csv.substr(3));
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0], "Bestand;Swv-code;Naam;Sector;Ondersteuningsplan;Pagina's;OCR-pagina's;Ontvangen;" + kItemColumns +
                          ";Vaststelling;Vastgesteld door;Instemming OPR;OOGO;OOGO-uitkomst;Fouten");
  EXPECT_EQ(lines[3],
            "plan-a.pdf;PO 23-01;\"Stichting \"\"Zeeën & Dijken\"\"; regio Zuid\";po;ja;48;3, 47-48;2014-04-22;"
            "voldoet;voldoet;voldoet;onvolledig;\"ontbreekt (analist; tool: voldoet)\";voldoet;voldoet;voldoet;"
            "voldoet;voldoet;;voldoet;voldoet;voldoet;ja;ja;\"deels (analist; tool: ja)\";ja;ja;ja;ja;ja;ja;"
            "2014-03-12;algemene ledenvergadering;2014-03-05;2014-02;overeenstemming;");
  // 37 columns: 8 identity, 23 items, 5 facts, errors; a failed file has only its name, state and errors.
  EXPECT_EQ(lines[1], "kapot.pdf;;;;onbekend;0" + std::string(31, ';') + "\"kapot.pdf: het bestand is beschadigd; "
                      "\"\"xref\"\" ontbreekt.\"");
  EXPECT_EQ(lines[2].substr(0, 37), "notulen-opr.pdf;;;po;nee;48;3, 47-48;");
}

TEST(Exports, ExpertanalyseHasOnlyPlansWithParameter5AndDatedFacts) {
  Fixture f;
  ASSERT_TRUE(write_exports(f.outputs).ok());
  auto lines = csv_lines(test::read_file(f.out / "expertanalyse.csv").substr(3));
  ASSERT_EQ(lines.size(), 3u);  // header, plan-a, plan-b: no non-plan, no failed file
  EXPECT_EQ(lines[0],
            "Swv-code;Naam;Sector;Bestand;P5-VERBINDING;P5-VERDEELSTRUCTUUR;P5-DEKKEND;P5-OOGO;P5-OVEREENSTEMMING;"
            "P5-VERANTWOORDING;P5-TRANSPARANTIE;P5-INTERN-TOEZICHT;P5-INBRENG;N3-OPR;N4-TIJDIG;N5-OOGO;"
            "Vaststelling;Vaststelling precisie;Vastgesteld door;Instemming OPR;Instemming OPR precisie;OOGO;"
            "OOGO precisie;OOGO-uitkomst;OOGO gemeenten;Gecorrigeerd door analist");
  EXPECT_EQ(lines[1],
            "PO 23-01;\"Stichting \"\"Zeeën & Dijken\"\"; regio Zuid\";po;plan-a.pdf;ja;ja;deels;ja;ja;ja;ja;ja;ja;"
            "voldoet;voldoet;voldoet;2014-03-12;dag;algemene ledenvergadering;2014-03-05;dag;2014-02;maand;"
            "overeenstemming;Eindhoven, Son en Breugel;P5-DEKKEND");
  EXPECT_TRUE(lines[2].starts_with("VO 25-07;Coöperatie VO Één;vo;plan-b.pdf;ja;")) << lines[2];
}

TEST(Exports, CsvQuotesSeparatorsQuotesAndLineBreaks) {
  Table t;
  t.columns = {{"a"}, {"b"}, {"c"}, {"d"}};
  t.rows = {{"x;y", "zeg \"hoi\"", "regel 1\nregel 2", " spatie"}};
  EXPECT_EQ(to_csv(t), "\xEF\xBB\xBF" "a;b;c;d\r\n\"x;y\";\"zeg \"\"hoi\"\"\";\"regel 1\nregel 2\";\" spatie\"\r\n");
}

TEST(Exports, PageRangesJoinConsecutivePages) {
  EXPECT_EQ(page_ranges({48, 3, 47, 5, 6, 7, 47}), "3, 5-7, 47-48");
  EXPECT_EQ(page_ranges({}), "");
}

std::string entry(const std::vector<ZipEntry>& entries, const std::string& name) {
  for (const auto& e : entries)
    if (e.name == name) return e.data;
  return "";
}

int count(const std::string& text, const std::string& needle) {
  int n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(Exports, XlsxIsAValidWorkbookWithFrozenFilteredOverviewAndLegend) {
  Fixture f;
  ASSERT_TRUE(write_exports(f.outputs).ok());
  auto entries = read_zip(f.out / "overzicht.xlsx");
  ASSERT_TRUE(entries.ok()) << entries.error().message;
  for (const auto& e : *entries) {
    if (e.name.ends_with(".xml") || e.name.ends_with(".rels")) {
      std::string why;
      EXPECT_TRUE(xml_well_formed(e.data, &why)) << e.name << ": " << why;
    }
  }
  std::string workbook = entry(*entries, "xl/workbook.xml");
  EXPECT_NE(workbook.find("name=\"Overzicht\""), std::string::npos);
  EXPECT_NE(workbook.find("name=\"Toelichting\""), std::string::npos);
  std::string sheet = entry(*entries, "xl/worksheets/sheet1.xml");
  EXPECT_EQ(count(sheet, "<row "), 5);  // header + 4 plans
  EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos);
  EXPECT_NE(sheet.find("<autoFilter ref=\"A1:AK5\""), std::string::npos);
  EXPECT_NE(sheet.find("<cols>"), std::string::npos);
  std::string strings = entry(*entries, "xl/sharedStrings.xml");
  EXPECT_NE(strings.find("ontbreekt (analist; tool: voldoet)"), std::string::npos);
  // In XML text only & and < must be escaped; libxlsxwriter leaves quotes as they are.
  EXPECT_NE(strings.find("Stichting \"Zeeën &amp; Dijken\"; regio Zuid"), std::string::npos);
  EXPECT_NE(strings.find("Meerjarenbegroting"), std::string::npos);
  EXPECT_NE(strings.find("art. 18a lid 10 WPO / art. 17a lid 10 WVO; toezichtkader N4"), std::string::npos);
  std::string legend = entry(*entries, "xl/worksheets/sheet2.xml");
  EXPECT_EQ(count(legend, "<row "), 1 + 23 + 1);  // header, 23 items, notation note (the blank row has no cells)
}

TEST(Exports, ReportsAnUnwritableOutputFolder) {
  Fixture f;
  test::write_file(f.out / "bestand", "geen map");
  f.outputs.out = f.out / "bestand";
  auto result = write_exports(f.outputs);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::io);
  EXPECT_NE(result.error().message.find((f.out / "bestand").string()), std::string::npos);
}

}  // namespace
}  // namespace opcheck::cli
