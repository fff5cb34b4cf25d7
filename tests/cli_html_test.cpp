// The analyst's outputs of a real round: `opcheck run` on four sample PDFs (two plans per sector,
// a non-plan), an override whose note holds <script>, then `opcheck report`. Checked: the matrix
// has one row per plan, every report.html and its evidence thumbnails exist, plan text is
// escaped, the XLSX and DOCX are zips of well-formed XML, an unchanged report reuses every
// thumbnail, and in headless Chromium the pages load, filter and show their images.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "cli/export_zip.h"
#include "cli/export_xml_check.h"
#include "cli/html_internal.h"
#include "test_support.h"

namespace opcheck::cli {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

const std::vector<std::string> kInputs = {"po-2301-west-friesland.pdf", "po-2702-flevoland-noord-jaarverslag.pdf",
                                          "vo-2406-delflanden.pdf", "vo-2106-zuid-kennemerland.pdf"};
const std::string kNote = "<script>alert('x')</script> gecontroleerd";

fs::path opcheck_bin() {
  if (const char* env = std::getenv("OPCHECK_BIN"); env && *env) return env;
  return fs::canonical("/proc/self/exe").parent_path().parent_path() / "cli" / "opcheck";
}

std::string shell_quoted(const std::string& text) { return "'" + text + "'"; }
std::string shell_quoted(const fs::path& path) { return shell_quoted(path.string()); }

// Runs a shell command; returns its exit status and fills `output` with stdout (and stderr
// unless the command redirects it itself).
int run(const std::string& command, std::string* output = nullptr, bool with_stderr = true) {
  FILE* pipe = popen((command + (with_stderr ? " 2>&1" : "")).c_str(), "r");
  if (!pipe) return -1;
  std::string text;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  int status = pclose(pipe);
  if (output) *output = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int count(const std::string& text, const std::string& needle) {
  int n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// One run shared by all tests, also across processes (ctest runs each test on its own): it is
// kept in a folder named after the opcheck binary's build time and made again after a rebuild.
struct Round {
  fs::path out;
  std::string log;
  bool ok = false;
  std::map<std::string, json> reports;  // plan name -> report.json
};

std::string begroting_status(const fs::path& report) {
  const json j = json::parse(test::read_file(report), nullptr, false);
  if (j.is_object() && j.contains("findings"))
    for (const auto& f : j["findings"])
      if (f.value("item", "") == "IE-BEGROTING") return f.value("status", "");
  return "";
}

std::string make_round(const fs::path& input, const fs::path& out) {
  fs::create_directories(input);
  for (const auto& name : kInputs) fs::copy_file(test::sample_dir() / name, input / name);
  std::string bin = shell_quoted(opcheck_bin()), text, log;
  int run_rc = run(bin + " run " + shell_quoted(input) + " --out " + shell_quoted(out) + " --jobs 2", &text);
  log += "run: " + std::to_string(run_rc) + "\n" + text;
  // The analyst's judgement differs from the tool's, so the note replaces the tool's finding
  // (a judgement that only confirms the tool's leaves the tool's text in the letter).
  const std::string status = begroting_status(out / "plans" / "po-2301-west-friesland" / "report.json") == "ontbreekt"
                                 ? "onvolledig" : "ontbreekt";
  int override_rc = run(bin + " override po-2301-west-friesland IE-BEGROTING --status " + status + " --note \"" + kNote +
                            "\" --door 'A. de Vries' --db " + shell_quoted(out / "opcheck.sqlite"), &text);
  log += "override: " + std::to_string(override_rc) + "\n" + text;
  int report_rc = run(bin + " report --db " + shell_quoted(out / "opcheck.sqlite") + " --out " + shell_quoted(out), &text);
  log += "report: " + std::to_string(report_rc) + "\n" + text;
  if (run_rc == 0 && override_rc == 0 && report_rc == 0) test::write_file(out / "test-klaar.txt", log);
  return log;
}

Round& round() {
  static Round r = [] {
    Round made;
    std::error_code ec;
    auto stamp = std::to_string(fs::last_write_time(opcheck_bin(), ec).time_since_epoch().count());
    made.out = fs::temp_directory_path() / ("opcheck-test-html-round-" + stamp);
    if (!fs::exists(made.out / "test-klaar.txt")) {
      fs::path scratch = test::fresh_temp_dir("html");
      made.log = make_round(scratch / "in", scratch / "out");  // the input stays: the database points at it
      fs::rename(scratch / "out", made.out, ec);                // another process may have won the race
    }
    made.log += test::read_file(made.out / "test-klaar.txt");
    for (const auto& name : kInputs) {
      std::string stem = fs::path(name).stem().string();
      made.reports[stem] = json::parse(test::read_file(made.out / "plans" / stem / "report.json"), nullptr, false);
    }
    made.ok = fs::exists(made.out / "test-klaar.txt") && fs::exists(made.out / "index.html");
    return made;
  }();
  return r;
}

bool is_plan(const json& report) { return report["plan"].value("is_plan", false) == true; }

std::string matrix_body(const std::string& html) {
  std::size_t start = html.find("<table class=\"matrix\" id=\"matrix\"");
  std::size_t body = html.find("<tbody>", start), end = html.find("</tbody>", body);
  return start == std::string::npos || end == std::string::npos ? "" : html.substr(body, end - body);
}

TEST(HtmlRound, RunAndReportSucceed) {
  ASSERT_TRUE(round().ok) << round().log;
  EXPECT_NE(round().log.find("override: 0"), std::string::npos) << round().log;
  for (const auto& [name, report] : round().reports) EXPECT_TRUE(report.is_object()) << name;
}

TEST(HtmlRound, IndexHasOneMatrixRowPerPlanLinkingToItsReport) {
  ASSERT_TRUE(round().ok) << round().log;
  std::string body = matrix_body(test::read_file(round().out / "index.html"));
  int plans = 0;
  for (const auto& [name, report] : round().reports) {
    if (!is_plan(report)) continue;
    ++plans;
    EXPECT_EQ(count(body, "<a href=\"plans/" + name + "/report.html\">" + name + "</a>"), 1) << name;
  }
  EXPECT_EQ(plans, 3);  // the jaarverslag is no plan
  EXPECT_EQ(count(body, "<tr data-order="), plans);
  EXPECT_EQ(count(body, "data-sector=\"vo\""), 2);
}

TEST(HtmlRound, EveryPlanHasAReportWithThumbnailsOfItsEvidencePages) {
  ASSERT_TRUE(round().ok) << round().log;
  for (const auto& [name, report] : round().reports) {
    fs::path dir = round().out / "plans" / name;
    std::string html = test::read_file(dir / "report.html");
    ASSERT_FALSE(html.empty()) << name;
    EXPECT_TRUE(fs::is_regular_file(dir / "plan.pdf")) << name;
    std::set<int> pages;
    for (const auto& f : report["findings"])
      for (const auto& e : f["evidence"])
        if (e["page"].is_number_integer()) pages.insert(e["page"].get<int>());
    if (is_plan(report)) {
      EXPECT_GT(pages.size(), 3u) << name;
    }
    for (int page : pages) {
      std::regex img("<img src=\"(pagina-" + std::to_string(page) + "-[0-9a-f]{16}\\.jpg)\"");
      std::smatch match;
      ASSERT_TRUE(std::regex_search(html, match, img)) << name << " page " << page;
      EXPECT_EQ(test::read_file(dir / match[1].str()).substr(0, 3), "\xFF\xD8\xFF") << match[1].str();  // JPEG
      EXPECT_NE(html.find("href=\"plan.pdf#page=" + std::to_string(page) + "\""), std::string::npos);
    }
  }
}

TEST(HtmlRound, ScriptInAnOverrideNoteIsShownAsTextNextToTheToolsJudgement) {
  ASSERT_TRUE(round().ok) << round().log;
  std::string html = test::read_file(round().out / "plans" / "po-2301-west-friesland" / "report.html");
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; gecontroleerd"), std::string::npos);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(count(html, "<script>"), 1);  // only the page's own script
  EXPECT_NE(html.find("<dt>Oordeel hulpmiddel</dt>"), std::string::npos);
  EXPECT_NE(html.find("<dt>Door</dt><dd>A. de Vries</dd>"), std::string::npos);
  std::string index = test::read_file(round().out / "index.html");
  EXPECT_EQ(count(index, "<script>"), 1);
  EXPECT_NE(index.find("data-override=\"1\""), std::string::npos);
}

TEST(HtmlRound, PagesUseNoExternalResources) {
  ASSERT_TRUE(round().ok) << round().log;
  std::vector<fs::path> pages{round().out / "index.html"};
  for (const auto& [name, report] : round().reports) pages.push_back(round().out / "plans" / name / "report.html");
  for (const auto& page : pages) {
    std::string html = test::read_file(page);
    EXPECT_EQ(html.find("http://"), std::string::npos) << page;
    EXPECT_EQ(html.find("https://"), std::string::npos) << page;
    EXPECT_EQ(html.find("<link"), std::string::npos) << page;
    EXPECT_EQ(html.find("src=\"/"), std::string::npos) << page;
  }
}

TEST(HtmlRound, XlsxAndDocxAreZipsOfWellFormedXml) {
  ASSERT_TRUE(round().ok) << round().log;
  std::vector<fs::path> packages{round().out / "overzicht.xlsx"};
  for (const auto& entry : fs::directory_iterator(round().out / "brieven"))
    if (entry.path().extension() == ".docx") packages.push_back(entry.path());
  ASSERT_GE(packages.size(), 2u);  // at least one letter
  for (const auto& package : packages) {
    auto entries = read_zip(package);
    ASSERT_TRUE(entries.ok()) << entries.error().message;
    int xml_parts = 0;
    for (const auto& e : *entries) {
      if (!e.name.ends_with(".xml") && !e.name.ends_with(".rels")) continue;
      ++xml_parts;
      std::string why;
      EXPECT_TRUE(xml_well_formed(e.data, &why)) << package << " " << e.name << ": " << why;
    }
    EXPECT_GE(xml_parts, 4) << package;
  }
}

TEST(HtmlRound, CsvHasOneRowPerFileAndLettersOnlyForPlansWithShortfalls) {
  ASSERT_TRUE(round().ok) << round().log;
  std::string csv = test::read_file(round().out / "overzicht.csv");
  EXPECT_EQ(count(csv, "\r\n"), 1 + static_cast<int>(kInputs.size()));
  EXPECT_FALSE(fs::exists(round().out / "brieven" / "po-2702-flevoland-noord-jaarverslag.md"));
  std::string letter = test::read_file(round().out / "brieven" / "po-2301-west-friesland.md");
  EXPECT_NE(letter.find("Geacht bestuur,"), std::string::npos);
  EXPECT_NE(letter.find("Meerjarenbegroting"), std::string::npos);  // a shortfall by the override
  EXPECT_NE(letter.find("\\<script\\>alert"), std::string::npos);  // Markdown-escaped analyst's note
}

std::map<std::string, fs::file_time_type> thumbnails(const fs::path& out) {
  std::map<std::string, fs::file_time_type> files;
  for (const auto& entry : fs::recursive_directory_iterator(out / "plans"))
    if (entry.path().extension() == ".jpg") files[entry.path().string()] = entry.last_write_time();
  return files;
}

TEST(HtmlRound, AnUnchangedReportReusesEveryThumbnail) {
  ASSERT_TRUE(round().ok) << round().log;
  fs::path out = test::fresh_temp_dir("html-again");  // a copy: other tests may read the shared round
  fs::copy(round().out, out, fs::copy_options::recursive);
  auto before = thumbnails(out);
  ASSERT_FALSE(before.empty());
  std::string text;
  ASSERT_EQ(run(shell_quoted(opcheck_bin()) + " report --db " + shell_quoted(out / "opcheck.sqlite") + " --out " +
                shell_quoted(out), &text), 0) << text;
  EXPECT_EQ(thumbnails(out), before);  // same files, none written again
}

// ---- pieces, without a run ----------------------------------------------------------------

TEST(Thumbnails, AreReusedOnlyForTheSamePlanPageAndBoxes) {
  fs::path dir = test::fresh_temp_dir("thumbs");
  fs::path pdf = dir / "in.pdf";
  test::write_file(pdf, test::make_pdf({"Pagina een", "Pagina twee"}));
  fs::path plan = dir / "plan";
  fs::create_directories(plan);
  std::map<int, std::vector<html::Box>> boxes{{2, {{72, 60, 300, 80}}}};
  html::Thumbs first = html::make_thumbnails(pdf, "sha-a", plan, boxes);
  ASSERT_EQ(first.rendered, 1) << (first.problems.empty() ? "" : first.problems[0]);
  ASSERT_EQ(first.pages.count(2), 1u);
  EXPECT_EQ(first.pages[2].width_pt, 595);
  EXPECT_EQ(first.pages[2].height_pt, 842);
  EXPECT_TRUE(fs::is_regular_file(plan / first.pages[2].file));

  html::Thumbs again = html::make_thumbnails(pdf, "sha-a", plan, boxes);
  EXPECT_EQ(again.rendered, 0);
  EXPECT_EQ(again.reused, 1);
  EXPECT_EQ(again.pages[2].file, first.pages[2].file);
  EXPECT_EQ(again.pages[2].height_pt, 842);

  boxes[2][0][3] = 90;  // the analyser moved the box
  html::Thumbs moved = html::make_thumbnails(pdf, "sha-a", plan, boxes);
  EXPECT_EQ(moved.rendered, 1);
  EXPECT_NE(moved.pages[2].file, first.pages[2].file);
  EXPECT_FALSE(fs::exists(plan / first.pages[2].file));  // the stale image is gone

  html::Thumbs changed = html::make_thumbnails(pdf, "sha-b", plan, boxes);  // new plan content
  EXPECT_EQ(changed.rendered, 1);
  EXPECT_NE(changed.pages[2].file, moved.pages[2].file);

  html::Thumbs outside = html::make_thumbnails(pdf, "sha-b", plan, {{5, {}}});
  ASSERT_EQ(outside.problems.size(), 1u);
  EXPECT_EQ(outside.problems[0], "Paginaweergave: pagina 5 bestaat niet in de PDF.");
}

TEST(HtmlPages, EveryPieceOfPlanTextIsEscaped) {
  const std::string evil = "<script>alert(1)</script>";
  json finding = {{"checklist", "inhoudseisen"}, {"item", "IE-BEGROTING"}, {"status", "ontbreekt"},
                  {"confidence", 0.5}, {"explanation", "Uitleg " + evil},
                  {"evidence", {{{"page", 1}, {"section", "Sectie " + evil}, {"quote", "Citaat " + evil}, {"bbox", nullptr}}}},
                  {"override", nullptr}};
  json report = {{"schema", "opcheck.report/1"},
                 {"plan", {{"file", "x.pdf"}, {"sha256", "s"}, {"swv_code", "PO 20-01"}, {"swv_name", "Naam " + evil},
                           {"sector", "po"}, {"is_plan", true}, {"pages", 1}, {"ocr_pages", json::array()},
                           {"received", nullptr}, {"round", "2014"}}},
                 {"procedure_facts", {{"vaststelling", {{"date", "2014-03"}, {"precision", "month"}, {"by", "Bestuur " + evil},
                                                        {"evidence", json::array()}}}}},
                 {"findings", {finding}},
                 {"errors", {"Melding " + evil}}};
  RoundOutputs outputs{"2014", {{"x", "x.pdf", report}}, nullptr, "/tmp", 0};
  std::string plan = html::plan_page(outputs.plans[0], outputs, html::Thumbs{});
  std::string index = html::index_page(outputs);
  for (const std::string* page : {&plan, &index}) {
    EXPECT_EQ(count(*page, "<script>"), 1);
    EXPECT_EQ(page->find("alert(1)</script>"), std::string::npos);
  }
  for (const char* text : {"Naam ", "Sectie ", "Citaat ", "Uitleg ", "Bestuur ", "Melding "})
    EXPECT_NE(plan.find(std::string(text) + "&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << text;
  EXPECT_NE(index.find("Naam &lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(plan.find("maart 2014 <span class=\"sub\">(alleen maand bekend)</span>"), std::string::npos);
}

// ---- in a real browser -------------------------------------------------------------------

bool have_chromium() { return run("command -v chromium >/dev/null") == 0; }

struct Browser {
  std::string dom, console;
};

Browser load(const fs::path& page, const std::string& suffix = "") {
  fs::path log = test::fresh_temp_dir("chromium") / "console.txt";
  Browser b;
  run("chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --enable-logging=stderr --v=0 "
      "--user-data-dir=" + shell_quoted(log.parent_path() / "profile") + " --dump-dom " +
          shell_quoted("file://" + page.string() + suffix) + " 2>" + shell_quoted(log),
      &b.dom, false);
  b.console = test::read_file(log);
  return b;
}

// Chromium reports every console message and uncaught error as an INFO:CONSOLE line.
std::string console_lines(const std::string& log) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t end; (end = log.find('\n', at)) != std::string::npos; at = end + 1)
    if (log.substr(at, end - at).find(":CONSOLE") != std::string::npos)
      out += log.substr(at, end - at) + "\n";
  return out;
}

// Rows of the main matrix (not the waarderingskader's) of the sector without `hidden`.
int visible_rows(const std::string& page, const std::string& sector) {
  std::string dom = matrix_body(page);
  std::regex row("<tr data-order=\"\\d+\" data-sector=\"" + sector + "\"[^>]*>");
  int n = 0;
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), row); it != std::sregex_iterator(); ++it)
    n += it->str().find(" hidden") == std::string::npos ? 1 : 0;
  return n;
}

TEST(HtmlInChromium, IndexLoadsWithoutConsoleErrorsAndShowsEveryPlan) {
  if (!have_chromium()) GTEST_SKIP() << "chromium ontbreekt (scripts/install-deps.sh installeert het)";
  ASSERT_TRUE(round().ok) << round().log;
  Browser b = load(round().out / "index.html");
  EXPECT_NE(b.dom.find("data-ready=\"1\""), std::string::npos) << b.console;
  EXPECT_NE(b.dom.find("data-visible-rows=\"3\""), std::string::npos);
  EXPECT_NE(b.dom.find("3 van 3 plannen getoond"), std::string::npos);
  EXPECT_EQ(console_lines(b.console), "");
}

TEST(HtmlInChromium, SectorFilterFromTheUrlHidesTheOtherSector) {
  if (!have_chromium()) GTEST_SKIP() << "chromium ontbreekt (scripts/install-deps.sh installeert het)";
  ASSERT_TRUE(round().ok) << round().log;
  Browser b = load(round().out / "index.html", "#sector=vo");
  EXPECT_NE(b.dom.find("data-visible-rows=\"2\""), std::string::npos) << b.console;
  EXPECT_EQ(visible_rows(b.dom, "vo"), 2);
  EXPECT_EQ(visible_rows(b.dom, "po"), 0);
  EXPECT_NE(b.dom.find("2 van 3 plannen getoond"), std::string::npos);
  EXPECT_EQ(console_lines(b.console), "");
}

TEST(HtmlInChromium, StatusFilterAndSortFromTheUrl) {
  if (!have_chromium()) GTEST_SKIP() << "chromium ontbreekt (scripts/install-deps.sh installeert het)";
  ASSERT_TRUE(round().ok) << round().log;
  Browser b = load(round().out / "index.html", "#status=override&sort=plan&dir=desc");
  EXPECT_NE(b.dom.find("data-visible-rows=\"1\""), std::string::npos) << b.console;
  EXPECT_NE(b.dom.find("data-col=\"plan\" aria-sort=\"descending\""), std::string::npos);
  std::size_t vo = b.dom.find("data-sector=\"vo\""), po = b.dom.find("data-sector=\"po\"");
  EXPECT_LT(vo, po);  // descending by name: vo-… rows before po-…
  EXPECT_EQ(console_lines(b.console), "");
}

TEST(HtmlInChromium, PlanReportLoadsEveryThumbnail) {
  if (!have_chromium()) GTEST_SKIP() << "chromium ontbreekt (scripts/install-deps.sh installeert het)";
  ASSERT_TRUE(round().ok) << round().log;
  Browser b = load(round().out / "plans" / "vo-2406-delflanden" / "report.html");
  EXPECT_NE(b.dom.find("data-ready=\"1\""), std::string::npos) << b.console;
  EXPECT_NE(b.dom.find("data-broken-images=\"0\""), std::string::npos) << b.console;
  std::smatch match;
  ASSERT_TRUE(std::regex_search(b.dom, match, std::regex("data-images=\"(\\d+)\"")));
  EXPECT_GT(std::stoi(match[1].str()), 3);
  EXPECT_EQ(console_lines(b.console), "");
}

}  // namespace
}  // namespace opcheck::cli
