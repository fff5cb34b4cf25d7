// write_letters(): a letter (Markdown and Word) only for plans with an unmet legal requirement
// or procedure rule, each shortfall with its law reference, the catalog's letter text filled
// from the finding and what was found; the analyst's correction counts; plan text cannot turn
// into markup; a broken restyled template is refused with a message naming the file.
#include <gtest/gtest.h>

#include <cstdlib>

#include "checklists/checklists.h"
#include "cli/export_xml_check.h"
#include "cli/export_zip.h"
#include "cli/letter_docx.h"
#include "cli/letter_template.h"
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

// Every item of the 2014 round for the sector at its complete status.
json report(const std::string& file, const std::string& name, const std::string& sector) {
  json findings = json::array();
  auto items = checklists::items_in_force(catalog(), "2014", checklists::parse_sector(sector));
  for (const auto& entry : *items) {
    const auto* list = checklists::find_checklist(catalog(), entry.item->checklist);
    findings.push_back({{"checklist", entry.item->checklist}, {"item", entry.item->id}, {"status", list->outcomes.complete},
                        {"confidence", 0.9}, {"evidence", json::array()}, {"explanation", "In orde."},
                        {"advisory", entry.advisory}, {"override", nullptr}});
  }
  return {{"schema", "opcheck.report/1"},
          {"plan", {{"file", file}, {"sha256", "x"}, {"swv_code", "PO 23-01"}, {"swv_name", name}, {"sector", sector},
                    {"is_plan", true}, {"pages", 40}, {"ocr_pages", json::array()}, {"received", "2014-04-22"},
                    {"round", "2014"}}},
          {"procedure_facts", {{"vaststelling", {{"date", "2014-05-12"}, {"precision", "day"}, {"by", "het bestuur"}}},
                               {"opr_instemming", nullptr}, {"oogo", nullptr}}},
          {"findings", findings},
          {"errors", json::array()}};
}

json& finding(json& r, const std::string& id) {
  for (auto& f : r["findings"])
    if (f["item"] == id) return f;
  throw std::runtime_error("no finding " + id);
}

struct Fixture {
  fs::path out = test::fresh_temp_dir("letters");
  RoundOutputs outputs;
  Fixture() {
    json a = report("plan-a.pdf", "Stichting <b>Passend</b> *Zuid*", "po");
    json& begroting = finding(a, "IE-BEGROTING");
    begroting["status"] = "onvolledig";
    begroting["explanation"] = "Alleen een begroting voor 2014 gevonden; geen meerjarenbegroting.";
    begroting["evidence"] = {{{"page", 31}, {"section", "7 Financiën"}, {"quote", "Begroting 2014 <script>x</script>"},
                              {"bbox", nullptr}}};
    json& tijdig = finding(a, "N4-TIJDIG");
    tijdig["status"] = "niet_voldaan";
    tijdig["explanation"] = "Vastgesteld op 12 mei 2014, niet vóór de uiterste datum 1 mei 2014.";
    json& dekkend = finding(a, "P5-DEKKEND");  // parameter 5 never goes into a letter
    dekkend["status"] = "nee";
    json b = report("plan-b.pdf", "Passend Noord", "po");
    json& ouders = finding(b, "IE-OUDERS");  // the analyst judged the tool's shortfall complete
    ouders["override"] = {{"status", "voldoet"}, {"note", "Staat in bijlage 3."}, {"by", "a.jansen"},
                          {"at", "2014-05-02T10:00:00Z"}, {"original_status", "ontbreekt"}};
    outputs.round = "2014";
    outputs.catalog = &catalog();
    outputs.out = out;
    outputs.plans = {{"plan-a", "plan-a.pdf", a}, {"plan-b", "plan-b.pdf", b}};
  }
};

std::string docx_document(const fs::path& path) {
  auto entries = read_zip(path);
  if (!entries) return "";
  for (const auto& e : *entries)
    if (e.name == "word/document.xml") return e.data;
  return "";
}

TEST(Letters, OnlyPlansWithAnUnmetRequirementGetALetter) {
  Fixture f;
  ASSERT_TRUE(write_letters(f.outputs).ok());
  EXPECT_TRUE(fs::exists(f.out / "brieven" / "plan-a.md"));
  EXPECT_TRUE(fs::exists(f.out / "brieven" / "plan-a.docx"));
  EXPECT_FALSE(fs::exists(f.out / "brieven" / "plan-b.md"));
  EXPECT_FALSE(fs::exists(f.out / "brieven" / "plan-b.docx"));
  std::string readme = test::read_file(f.out / "brieven" / "LEESMIJ.md");
  EXPECT_NE(readme.find("## Brief opgesteld (1)"), std::string::npos) << readme;
  EXPECT_NE(readme.find("## Geen brief: geen tekortkomingen (1)"), std::string::npos) << readme;
  // The unfilled Word template, for analysts to restyle.
  std::string template_xml = docx_document(f.out / "brieven" / "sjabloon-brief.docx");
  EXPECT_NE(template_xml.find("{{#tekortkomingen}}"), std::string::npos);
  EXPECT_NE(template_xml.find("{{swv_naam}}"), std::string::npos);
}

TEST(Letters, MissingValuesStayReadableMarkersInMarkdown) {
  Fixture f;
  f.outputs.plans[0].report["plan"]["swv_code"] = nullptr;
  ASSERT_TRUE(write_letters(f.outputs).ok());
  std::string md = test::read_file(f.out / "brieven" / "plan-a.md");
  EXPECT_NE(md.find("Samenwerkingsverband [code samenwerkingsverband]\n"), std::string::npos) << md;
}

TEST(Letters, EachShortfallHasItsLawReferenceLetterTextAndWhatWasFound) {
  Fixture f;
  ASSERT_TRUE(write_letters(f.outputs).ok());
  std::string md = test::read_file(f.out / "brieven" / "plan-a.md");
  EXPECT_NE(md.find("Bij deze beoordeling hebben wij 2 punten vastgesteld"), std::string::npos) << md;
  EXPECT_NE(md.find("## 1. Meerjarenbegroting\n\n*Wettelijke grondslag: art. 18a lid 8 WPO / art. 17a lid 8 WVO*"),
            std::string::npos) << md;
  EXPECT_NE(md.find("Het ondersteuningsplan bevat alleen een begroting voor 2014. De wet vraagt om een meerjarenbegroting"),
            std::string::npos) << md;
  EXPECT_NE(md.find("Wat wij aantroffen: Alleen een begroting voor 2014 gevonden; geen meerjarenbegroting."),
            std::string::npos) << md;
  EXPECT_NE(md.find("(pagina 31, § 7 Financiën)"), std::string::npos) << md;
  EXPECT_NE(md.find("## 2. Tijdige vaststelling en ontvangst door de inspectie"), std::string::npos) << md;
  EXPECT_NE(md.find("Het ondersteuningsplan is vastgesteld op 12 mei 2014. De wet schrijft voor dat het plan vóór 1 mei 2014 is vastgesteld"),
            std::string::npos) << md;
  EXPECT_EQ(md.find("P5-DEKKEND"), std::string::npos);
  EXPECT_EQ(md.find("{{"), std::string::npos);
}

TEST(Letters, PlanTextCannotBecomeMarkupInMarkdownOrWord) {
  Fixture f;
  ASSERT_TRUE(write_letters(f.outputs).ok());
  std::string md = test::read_file(f.out / "brieven" / "plan-a.md");
  EXPECT_NE(md.find("Aan het bestuur van Stichting \\<b\\>Passend\\</b\\> \\*Zuid\\*"), std::string::npos) << md;
  EXPECT_NE(md.find("Begroting 2014 \\<script\\>x\\</script\\>"), std::string::npos) << md;
  std::string xml = docx_document(f.out / "brieven" / "plan-a.docx");
  std::string why;
  EXPECT_TRUE(xml_well_formed(xml, &why)) << why;
  EXPECT_NE(xml.find("Stichting &lt;b&gt;Passend&lt;/b&gt; *Zuid*"), std::string::npos);
  EXPECT_NE(xml.find("Wettelijke grondslag: art. 18a lid 10 WPO / art. 17a lid 10 WVO; toezichtkader N4"), std::string::npos);
  EXPECT_EQ(xml.find("{{"), std::string::npos);
}

TEST(Letters, TheAnalystsCorrectionMakesALetterAndReplacesTheToolsFinding) {
  Fixture f;
  json& ouders = finding(f.outputs.plans[1].report, "IE-OUDERS");
  ouders["status"] = "ontbreekt";
  ouders["override"] = {{"status", "ontbreekt"}, {"note", "Geen informatievoorziening aan ouders gevonden."},
                        {"by", "a.jansen"}, {"at", "2014-05-02T10:00:00Z"}, {"original_status", "voldoet"}};
  ASSERT_TRUE(write_letters(f.outputs).ok());
  std::string md = test::read_file(f.out / "brieven" / "plan-b.md");
  EXPECT_NE(md.find("Wat wij aantroffen: Geen informatievoorziening aan ouders gevonden."), std::string::npos) << md;
  EXPECT_EQ(md.find("In orde."), std::string::npos) << md;
}

TEST(Letters, AStaleLetterIsRemovedWhenThePlanNoLongerHasShortfalls) {
  Fixture f;
  ASSERT_TRUE(write_letters(f.outputs).ok());
  ASSERT_TRUE(fs::exists(f.out / "brieven" / "plan-a.docx"));
  f.outputs.plans[0].report = report("plan-a.pdf", "Passend Zuid", "po");
  ASSERT_TRUE(write_letters(f.outputs).ok());
  EXPECT_FALSE(fs::exists(f.out / "brieven" / "plan-a.md"));
  EXPECT_FALSE(fs::exists(f.out / "brieven" / "plan-a.docx"));
}

TEST(Letters, ABrokenRestyledWordTemplateIsRefusedNamingTheFile) {
  fs::path dir = test::fresh_temp_dir("template");
  fs::copy(letter_template_dir(), dir, fs::copy_options::recursive);
  test::write_file(dir / "docx" / "word" / "styles.xml", "<w:styles><w:style></w:styles>");
  auto loaded = load_docx_template(dir);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().kind, ErrorKind::data);
  EXPECT_NE(loaded.error().message.find((dir / "docx").string() + ": briefsjabloon beschadigd; onderdeel word/styles.xml"),
            std::string::npos) << loaded.error().message;
}

TEST(XmlCheck, AcceptsWellFormedAndRejectsBrokenXml) {
  EXPECT_TRUE(xml_well_formed("<?xml version=\"1.0\"?>\n<a x='1' y=\"&amp;&#233;&#x20AC;\"><!-- c --><b/>t&lt;<![CDATA[<x>]]></a>\n"));
  std::string why;
  EXPECT_FALSE(xml_well_formed("<a><b></a></b>", &why));
  EXPECT_EQ(why, "unexpected </a> at byte 9");
  EXPECT_FALSE(xml_well_formed("<a>&nbsp;</a>"));
  EXPECT_FALSE(xml_well_formed("<a x=1/>"));
  EXPECT_FALSE(xml_well_formed("<a x='1' x='2'/>"));
  EXPECT_FALSE(xml_well_formed("<a>1 < 2</a>"));
  EXPECT_FALSE(xml_well_formed("<a/><b/>"));
  EXPECT_FALSE(xml_well_formed("<a>"));
  EXPECT_FALSE(xml_well_formed("tekst<a/>"));
}

}  // namespace
}  // namespace opcheck::cli
