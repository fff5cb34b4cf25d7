// End to end through the opcheck program on the committed sample: `run` writes every output
// and they agree with the database; an unchanged re-run keeps everything; overrides, search
// and `report` work on the stored round; a run killed halfway resumes without duplicates.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/sqlite.h"
#include "test_support.h"

namespace opcheck::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

long long query_number(const fs::path& db, const std::string& sql) {
  auto database = cli::Database::open(db);
  if (!database) return -1;
  auto stmt = database->prepare(sql);
  if (!stmt || !stmt->step().ok()) return -1;
  return stmt->integer(0);
}

std::vector<fs::path> sample_pdfs() {
  std::vector<fs::path> pdfs;
  for (const auto& entry : fs::directory_iterator(sample_dir()))
    if (entry.path().extension() == ".pdf") pdfs.push_back(entry.path());
  std::sort(pdfs.begin(), pdfs.end());
  return pdfs;
}

CommandResult opcheck(const std::string& args) { return run_command(shell_quote(opcheck_bin()) + " " + args); }

std::size_t count_lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

std::string collapse_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<json> evidence_of(const json& report) {
  std::vector<json> all;
  for (const auto& f : report.at("findings"))
    for (const auto& e : f.value("evidence", json::array())) all.push_back(e);
  if (report.contains("procedure_facts") && report["procedure_facts"].is_object())
    for (const auto& [name, fact] : report["procedure_facts"].items())
      if (fact.is_object())
        for (const auto& e : fact.value("evidence", json::array())) all.push_back(e);
  return all;
}

// Issue 4: every quote must really occur on the page it cites (in the extracted text).
void expect_quotes_on_their_pages(const fs::path& plan_dir) {
  auto report = json::parse(read_file(plan_dir / "report.json"));
  std::vector<std::string> pages;
  std::string text = read_file(plan_dir / "extract.txt");
  for (std::size_t start = 0;;) {
    std::size_t end = text.find('\f', start);
    pages.push_back(collapse_spaces(text.substr(start, end == std::string::npos ? std::string::npos : end - start)));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  for (const auto& e : evidence_of(report)) {
    int page = e.at("page").get<int>();
    ASSERT_GE(page, 1) << plan_dir;
    ASSERT_LE(page, static_cast<int>(pages.size())) << plan_dir;
    EXPECT_NE(pages[static_cast<std::size_t>(page - 1)].find(collapse_spaces(e.at("quote"))), std::string::npos)
        << plan_dir.filename() << " page " << page << ": " << e.at("quote");
  }
}

TEST(RunEndToEnd, SampleCorpusThroughEveryCommand) {
  fs::path out = fresh_temp_dir("e2e");
  fs::path db = out / "opcheck.sqlite";
  auto first = opcheck("run --stil --jobs 2 --out " + shell_quote(out.string()));
  ASSERT_EQ(first.exit_code, 1) << "broken sample files make the batch exit 1\n" << first.output;
  EXPECT_NE(first.output.find("Overzicht: "), std::string::npos) << first.output;
  auto pdfs = sample_pdfs();
  for (const auto& pdf : pdfs) EXPECT_TRUE(fs::exists(out / "plans" / pdf.stem() / "report.json")) << pdf;
  for (const char* name : {"index.html", "overzicht.xlsx", "overzicht.csv", "expertanalyse.csv"})
    EXPECT_TRUE(fs::exists(out / name)) << name;
  EXPECT_EQ(count_lines(read_file(out / "overzicht.csv")), pdfs.size() + 1);
  EXPECT_EQ(query_number(db, "SELECT COUNT(*) FROM plans"), static_cast<long long>(pdfs.size()));
  EXPECT_EQ(query_number(db, "SELECT COUNT(*) FROM reports"), static_cast<long long>(pdfs.size()));
  auto broken = json::parse(read_file(out / "plans" / "vo-2905-de-meierij-geen-pdf" / "report.json"));
  ASSERT_FALSE(broken.at("errors").empty());
  EXPECT_NE(broken["errors"][0].dump().find("vo-2905-de-meierij-geen-pdf.pdf"), std::string::npos) << broken.dump();
  std::size_t quoted_plans = 0;
  for (const auto& pdf : pdfs) {
    fs::path dir = out / "plans" / pdf.stem();
    if (!fs::exists(dir / "extract.txt") || evidence_of(json::parse(read_file(dir / "report.json"))).empty()) continue;
    ++quoted_plans;
    expect_quotes_on_their_pages(dir);
  }
  EXPECT_GE(quoted_plans, 15u) << "every readable plan has evidence";

  auto index_time = fs::last_write_time(out / "index.html");
  auto again = opcheck("run --jobs 2 --out " + shell_quote(out.string()));
  EXPECT_EQ(again.exit_code, 1) << again.output;
  EXPECT_NE(again.output.find(std::to_string(pdfs.size()) + " ongewijzigd"), std::string::npos) << again.output;
  EXPECT_NE(again.output.find("niets veranderd"), std::string::npos) << again.output;
  EXPECT_EQ(fs::last_write_time(out / "index.html"), index_time);
  EXPECT_EQ(query_number(db, "SELECT COUNT(*) FROM reports"), static_cast<long long>(pdfs.size()));

  auto hits = opcheck("search \"toelaatbaarheidsverklaring\" --db " + shell_quote(db.string()));
  EXPECT_EQ(hits.exit_code, 0) << hits.output;
  EXPECT_NE(hits.output.find(".pdf"), std::string::npos) << hits.output;

  std::string plan = "po-2001-rivierenland.pdf";
  auto override = opcheck("override " + plan + " IE-BEGROTING --status ontbreekt --note 'Begroting staat niet in het plan' --door Analist --db " +
                          shell_quote(db.string()));
  ASSERT_EQ(override.exit_code, 0) << override.output;
  auto report = opcheck("report --db " + shell_quote(db.string()) + " --out " + shell_quote(out.string()));
  ASSERT_EQ(report.exit_code, 0) << report.output;
  auto plan_report = json::parse(read_file(out / "plans" / "po-2001-rivierenland" / "report.json"));
  bool seen = false;
  for (const auto& f : plan_report.at("findings")) {
    if (f.at("item") != "IE-BEGROTING") continue;
    seen = true;
    EXPECT_EQ(f.at("status"), "ontbreekt") << f.dump();
    EXPECT_TRUE(f.contains("override")) << f.dump();
  }
  EXPECT_TRUE(seen);
  EXPECT_EQ(query_number(db, "SELECT COUNT(*) FROM findings f JOIN plans p ON p.id = f.plan_id WHERE p.file = '" + plan +
                                 "' AND f.item = 'IE-BEGROTING' AND f.status = 'ontbreekt'"),
            0)
      << "the tool's own judgement stays in the findings table";
  auto listed = opcheck("overrides --db " + shell_quote(db.string()));
  EXPECT_NE(listed.output.find("Begroting staat niet in het plan"), std::string::npos) << listed.output;
}

TEST(RunEndToEnd, ReportsOfEveryReadablePlanEqualTheDatabase) {
  fs::path out = fresh_temp_dir("e2e-db");
  fs::path input = out / "in";
  fs::create_directories(input);
  for (const char* name : {"po-2001-rivierenland.pdf", "vo-2006-midden-holland.pdf", "vo-2805-rivierenland-notulen.pdf"})
    fs::copy_file(sample_dir() / name, input / name);
  auto run = opcheck("run --stil --out " + shell_quote((out / "uit").string()) + " " + shell_quote(input.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  fs::path db = out / "uit" / "opcheck.sqlite";
  auto database = cli::Database::open(db);
  ASSERT_TRUE(database);
  auto stmt = database->prepare("SELECT p.file, r.report_json FROM reports r JOIN plans p ON p.id = r.plan_id");
  ASSERT_TRUE(stmt);
  int rows = 0;
  while (*stmt->step()) {
    ++rows;
    fs::path file = out / "uit" / "plans" / fs::path(stmt->text(0)).stem() / "report.json";
    ASSERT_TRUE(fs::exists(file)) << file;
    EXPECT_EQ(json::parse(read_file(file)), json::parse(stmt->text(1))) << file;
  }
  EXPECT_EQ(rows, 3);
}

// Copies three born-digital plans and a fully scanned one (last in name order, so the kill
// lands while it is being read).
fs::path resume_input(const fs::path& root) {
  fs::path input = root / "in";
  fs::create_directories(input);
  fs::copy_file(sample_dir() / "po-2001-rivierenland.pdf", input / "a-rivierenland.pdf");
  fs::copy_file(sample_dir() / "po-2501-achterhoek.pdf", input / "b-achterhoek.pdf");
  fs::copy_file(sample_dir() / "vo-2406-delflanden.pdf", input / "c-delflanden.pdf");
  fs::copy_file(sample_dir() / "po-2401-zaanstreek.pdf", input / "z-zaanstreek-gescand.pdf");
  fs::copy_file(sample_dir() / "ontvangst.csv", input / "ontvangst.csv");
  return input;
}

std::string run_args(const fs::path& input, const fs::path& out) {
  return "run --stil --jobs 2 --out " + shell_quote(out.string()) + " " + shell_quote(input.string());
}

TEST(RunEndToEnd, KilledRunResumesWithoutDuplicatesAndSameOutputs) {
  fs::path root = fresh_temp_dir("resume");
  fs::path input = resume_input(root);
  ASSERT_EQ(opcheck(run_args(input, root / "heel")).exit_code, 0);

  fs::path out = root / "onderbroken";
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", ("exec " + shell_quote(opcheck_bin()) + " " + run_args(input, out) + " >/dev/null 2>&1").c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (query_number(out / "opcheck.sqlite", "SELECT COUNT(*) FROM reports") < 3 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run ended before it could be interrupted";
  EXPECT_LT(query_number(out / "opcheck.sqlite", "SELECT COUNT(*) FROM reports"), 4);
  // The killed run could not remove its OCR lock file; the next run clears it.
  const fs::path lock = fs::temp_directory_path() / ("opcheck-ocr-" + std::to_string(pid));
  EXPECT_TRUE(fs::exists(lock));

  ASSERT_EQ(opcheck(run_args(input, out)).exit_code, 0);
  EXPECT_FALSE(fs::exists(lock));
  for (const char* table : {"plans", "pages", "lines", "reports", "findings"}) {
    std::string count = std::string("SELECT COUNT(*) FROM ") + table;
    EXPECT_EQ(query_number(out / "opcheck.sqlite", count), query_number(root / "heel" / "opcheck.sqlite", count)) << table;
  }
  EXPECT_EQ(query_number(out / "opcheck.sqlite", "SELECT COUNT(DISTINCT sha256) FROM plans"), 4);
  for (const char* name : {"a-rivierenland", "b-achterhoek", "c-delflanden", "z-zaanstreek-gescand"})
    EXPECT_EQ(read_file(out / "plans" / name / "report.json"), read_file(root / "heel" / "plans" / name / "report.json")) << name;
  EXPECT_EQ(read_file(out / "overzicht.csv"), read_file(root / "heel" / "overzicht.csv"));
}

TEST(RunEndToEnd, MissingInputIsAnErrorNamingIt) {
  auto result = opcheck("run --stil --out " + shell_quote(fresh_temp_dir("missing").string()) + " /bestaat/niet.pdf");
  EXPECT_EQ(result.exit_code, 6) << result.output;
  EXPECT_NE(result.output.find("/bestaat/niet.pdf: bestand of map bestaat niet"), std::string::npos) << result.output;
}

}  // namespace
}  // namespace opcheck::test
