// The committed sample (corpus/sample) against the bars of issue 3 that corpus_sample_test does
// not cover: phrasing variety per item, what each broken file really is (checked with qpdf and
// poppler-utils as subprocesses), real scans, signed letters in mixed plans, the layout
// features, date forms, timelines, size, and that regenerating gives the committed bytes.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sys/wait.h>

#include "corpus/generator/corpus.h"
#include "opcheck/build_info.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Run { int code; std::string out; };

Run run(const std::string& cmd) {
  Run r{-1, ""};
  FILE* p = popen((cmd + " 2>/dev/null").c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int st = pclose(p);
  r.code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

fs::path sample(const std::string& file) { return opcheck::test::sample_dir() / file; }
std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

std::vector<json> golds() {
  std::vector<json> out;
  for (const auto& e : fs::directory_iterator(opcheck::test::sample_dir()))
    if (e.path().string().ends_with(".gold.json")) out.push_back(json::parse(opcheck::test::read_file(e.path())));
  std::sort(out.begin(), out.end(), [](const json& a, const json& b) { return a["plan"]["file"] < b["plan"]["file"]; });
  return out;
}

bool is_plan(const json& g) { return g["expected_error"].is_null() && g["plan"]["is_plan"] == true; }

const opcheck::corpus::PhrasingLibrary& library() {
  static const auto lib = opcheck::corpus::load_phrasings(fs::path(opcheck::kSourceDir) / "corpus" / "phrasings");
  return lib.value();
}

std::string context_of(const std::string& id) {
  for (const auto& p : library().phrasings)
    if (p.id == id) return p.context;
  return "?";
}

TEST(CorpusSampleBars, EveryItemInAtLeastFourPhrasingsFromBothSets) {
  std::map<std::string, std::set<std::string>> ids, sets;
  for (const auto& g : golds())
    for (const auto& f : g["findings"])
      for (const auto& p : f["phrasings"]) ids[f["item"]].insert(p["id"]), sets[f["item"]].insert(p["set"]);
  for (const auto& [checklist, item] : opcheck::corpus::items_in_force()) {
    EXPECT_GE(ids[item].size(), 4u) << item;
    EXPECT_EQ(sets[item], (std::set<std::string>{"dev", "heldout"})) << item;
  }
}

TEST(CorpusSampleBars, BrokenFilesAreWhatTheirNamesSay) {
  std::set<std::string> kinds;
  for (const auto& g : golds()) {
    const std::string file = g["plan"]["file"];
    const auto pdf = sample(file);
    const std::string bytes = opcheck::test::read_file(pdf);
    const auto requires_password = run("qpdf --requires-password " + q(pdf)).code;  // 0 yes, 2 not encrypted, 3 no
    if (file.ends_with("-afgebroken.pdf")) {
      EXPECT_EQ(bytes.rfind("%PDF-", 0), 0u);
      EXPECT_EQ(bytes.find("%%EOF"), std::string::npos);
      EXPECT_NE(run("qpdf --check " + q(pdf)).code, 0);
    } else if (file.ends_with("-geen-pdf.pdf")) {
      EXPECT_GT(bytes.size(), 0u);
      EXPECT_NE(bytes.rfind("%PDF", 0), 0u);
    } else if (file.ends_with("-leeg.pdf")) {
      EXPECT_EQ(bytes.size(), 0u);
    } else if (file.ends_with("-wachtwoord.pdf")) {
      EXPECT_EQ(requires_password, 0);
      EXPECT_NE(run("pdftotext -upw geheim " + q(pdf) + " -").out.find("Ondersteuningsplan"), std::string::npos);
    } else if (file.ends_with("-beveiligd.pdf")) {
      EXPECT_EQ(requires_password, 3) << "encrypted, opens without a password";
      EXPECT_NE(run("qpdf --show-encryption --password=eigenaar2014 " + q(pdf)).out.find("Supplied password is owner password"),
                std::string::npos);
      EXPECT_TRUE(std::regex_search(run("pdfinfo " + q(pdf)).out, std::regex(R"(Encrypted:\s+yes \(print:yes copy:no change:no)")));
    } else if (file.ends_with("-zonder-paginas.pdf")) {
      EXPECT_EQ(run("qpdf --check " + q(pdf)).code, 0) << "valid PDF";
      EXPECT_EQ(run("qpdf --show-npages " + q(pdf)).out, "0\n");
    } else {
      EXPECT_EQ(requires_password, 2) << file << " is not encrypted";
      continue;
    }
    kinds.insert(file.substr(file.rfind('-')));
  }
  EXPECT_EQ(kinds.size(), 6u);
}

TEST(CorpusSampleBars, ScannedPagesAreJpegScansAt200To300DpiWithOnePageTurned) {
  std::set<int> dpis;
  int scanned_plans = 0;
  for (const auto& g : golds()) {
    if (g["variant"] != "scanned" && g["variant"] != "mixed") continue;
    const auto pdf = sample(g["plan"]["file"]);
    const std::string list = run("pdfimages -list " + q(pdf)).out;
    const std::regex row(R"(\n\s*(\d+)\s+\d+\s+image\s+\d+\s+\d+\s+gray\s+1\s+8\s+(\w+)\s+\w+\s+\d+\s+\d+\s+(\d+)\s+(\d+))");
    std::set<int> image_pages;
    for (std::sregex_iterator it(list.begin(), list.end(), row), end; it != end; ++it) {
      image_pages.insert(std::stoi((*it)[1]));
      EXPECT_EQ((*it)[2], "jpeg");
      dpis.insert(std::stoi((*it)[3]));
    }
    std::set<int> ocr;
    for (const auto& p : g["plan"]["ocr_pages"]) ocr.insert(p.get<int>());
    EXPECT_EQ(image_pages, ocr) << pdf;
    if (g["variant"] != "scanned") continue;
    ++scanned_plans;
    const std::string info = run("pdfinfo -f 1 -l 999 " + q(pdf)).out;
    const std::regex landscape(R"(size:\s+842 x 595)");
    EXPECT_EQ(std::distance(std::sregex_iterator(info.begin(), info.end(), landscape), std::sregex_iterator()), 1) << pdf;
    EXPECT_EQ(run("pdftotext " + q(pdf) + " -").out.find_first_not_of(" \n\f"), std::string::npos) << "no text layer";
  }
  EXPECT_EQ(scanned_plans, 2);
  ASSERT_FALSE(dpis.empty());
  EXPECT_GE(*dpis.begin(), 200);
  EXPECT_LE(*dpis.rbegin(), 300);
  EXPECT_GE(dpis.size(), 3u);
}

TEST(CorpusSampleBars, MixedPlansHaveABornDigitalBodyAndScannedSignedLetters) {
  std::set<std::string> lettered;
  int mixed = 0;
  for (const auto& g : golds()) {
    if (g["variant"] != "mixed") continue;
    ++mixed;
    const auto& ocr = g["plan"]["ocr_pages"];
    EXPECT_GT(ocr.front().get<int>(), 3) << "title, contents and body are born-digital";
    EXPECT_EQ(ocr.back(), g["plan"]["pages"]) << "the scans are the closing appendices";
    for (const auto& f : g["findings"]) {
      if (f["checklist"] != "procedure" || f["phrasings"].empty()) continue;
      if (context_of(f["phrasings"][0]["id"]) != "body") lettered.insert(f["item"]);
    }
  }
  EXPECT_EQ(mixed, 3);
  EXPECT_EQ(lettered, (std::set<std::string>{"N3-OPR", "N4-TIJDIG", "N5-OOGO"}));
}

TEST(CorpusSampleBars, NonPlansAreAnAnnualReportAndMeetingMinutes) {
  std::set<std::string> titles;
  for (const auto& g : golds()) {
    if (g["variant"] != "non_plan") continue;
    EXPECT_EQ(g["plan"]["is_plan"], false);
    EXPECT_TRUE(g["findings"].empty());
    const std::string first = g["page_text"][0];
    if (first.find("Jaarverslag") != std::string::npos) titles.insert("jaarverslag");
    if (first.find("Notulen") != std::string::npos) titles.insert("notulen");
  }
  EXPECT_EQ(titles, (std::set<std::string>{"jaarverslag", "notulen"}));
}

TEST(CorpusSampleBars, TableOfContentsPointsToTheHeadingsInBothHeadingStyles) {
  int numbered = 0, unnumbered = 0, layouts_two = 0, layouts_one = 0;
  for (const auto& g : golds()) {
    if (!is_plan(g)) continue;
    (g["layout"] == "two_column" ? layouts_two : layouts_one)++;
    std::string toc = g["page_text"][1];
    ASSERT_EQ(toc.rfind("Inhoudsopgave\n", 0), 0u) << g["plan"]["file"];
    const std::regex entry(R"(\n(.+) (\d+)(?=\n|$))");
    for (std::sregex_iterator it(toc.begin(), toc.end(), entry), end; it != end; ++it) {
      const std::string heading = (*it)[1];
      const int page = std::stoi((*it)[2]);
      ASSERT_LE(page, g["plan"]["pages"].get<int>());
      EXPECT_NE(std::string(g["page_text"][static_cast<size_t>(page - 1)]).find(heading), std::string::npos)
          << g["plan"]["file"] << ": " << heading << " not on page " << page;
    }
    const std::string first = toc.substr(14, toc.find('\n', 14) - 14);
    (std::isdigit(static_cast<unsigned char>(first[0])) || first.rfind("Hoofdstuk", 0) == 0 ? numbered : unnumbered)++;
  }
  EXPECT_GE(numbered, 3);
  EXPECT_GE(unnumbered, 3);
  EXPECT_GE(layouts_two, 3);
  EXPECT_GE(layouts_one, 3);
}

TEST(CorpusSampleBars, BornDigitalPagesCarryRunningHeaderAndPageNumber) {
  int checked = 0;
  for (const auto& g : golds()) {
    if (!is_plan(g) || g["variant"] == "scanned") continue;
    const std::string page3 = run("pdftotext -f 3 -l 3 " + q(sample(g["plan"]["file"])) + " -").out;
    EXPECT_NE(page3.find("Ondersteuningsplan 2014-2018"), std::string::npos) << g["plan"]["file"];
    EXPECT_TRUE(std::regex_search(page3, std::regex(R"((^|\n)(Pagina )?3( van \d+)?\n)"))) << g["plan"]["file"];
    EXPECT_EQ(std::string(g["page_text"][2]).find("Ondersteuningsplan 2014-2018"), std::string::npos) << "not in the truth";
    ++checked;
  }
  EXPECT_GE(checked, 10);
}

TEST(CorpusSampleBars, MultiYearBudgetTableAndOneYearBudget) {
  std::set<std::string> statuses;
  for (const auto& g : golds())
    for (const auto& f : g["findings"]) {
      if (f["item"] != "IE-BEGROTING" || f["status"] == "ontbreekt") continue;
      for (const auto& p : f["pages"]) {
        const std::string text = g["page_text"][p.get<size_t>() - 1];
        if (f["status"] == "voldoet" && std::regex_search(text, std::regex(R"(2014 2015 2016 2017)"))) statuses.insert("meerjarig");
      }
      if (f["status"] == "onvolledig") statuses.insert("eenjarig");
    }
  EXPECT_EQ(statuses, (std::set<std::string>{"eenjarig", "meerjarig"}));
}

TEST(CorpusSampleBars, DatesAppearInEveryWrittenForm) {
  const std::string m = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";
  const std::map<std::string, std::regex> forms{
      {"12 maart 2014", std::regex("\\b\\d{1,2} " + m + " 20\\d\\d")},
      {"12-03-2014", std::regex(R"(\b\d\d-\d\d-20\d\d)")},
      {"12/3/'14", std::regex(R"(\b\d{1,2}/\d{1,2}/'\d\d)")},
      {"12 mrt. 2014", std::regex(R"(\b\d{1,2} (jan|febr|mrt|apr|jun|jul|aug|sept|okt|nov|dec)\. 20\d\d)")},
      {"d.d. 12 maart", std::regex("d\\.d\\. \\d{1,2} " + m + "(?! 20)")}};
  std::set<std::string> seen;
  int month_only = 0;
  for (const auto& g : golds()) {
    std::string all;
    for (const auto& p : g["page_text"]) all += std::string(p) + "\n";
    for (const auto& [name, re] : forms)
      if (std::regex_search(all, re)) seen.insert(name);
    if (!is_plan(g)) continue;
    for (const auto& [ev, f] : g["procedure_facts"].items()) month_only += !f.is_null() && f["precision"] == "month";
  }
  EXPECT_EQ(seen.size(), forms.size());
  EXPECT_GE(month_only, 1);
}

TEST(CorpusSampleBars, TimelinesAreRightLateOutOfOrderAndUnfinished) {
  std::set<std::string> seen;
  for (const auto& g : golds()) {
    if (!is_plan(g)) continue;
    const auto& f = g["procedure_facts"];
    const auto date = [&](const char* ev) { return f[ev].is_null() ? std::string() : std::string(f[ev]["date"]); };
    const std::string v = date("vaststelling"), o = date("opr_instemming"), m = date("oogo");
    if (!v.empty() && !o.empty() && !m.empty() && o < v && m < v && v < "2014-05") seen.insert("in order");
    if (!v.empty() && v >= "2014-05") seen.insert("adopted late");
    if (!v.empty() && !o.empty() && o > v) seen.insert("OPR after adoption");
    if (!v.empty() && !m.empty() && m > v) seen.insert("OOGO after adoption");
    for (const auto& fi : g["findings"])
      if (fi["checklist"] == "procedure" && fi["status"] == "niet_aangetoond" && !fi["phrasings"].empty())
        seen.insert("future or not yet");
  }
  EXPECT_EQ(seen, (std::set<std::string>{"in order", "adopted late", "OPR after adoption", "OOGO after adoption", "future or not yet"}));
}

TEST(CorpusSampleBars, ManifestHasReceiptsBeforeAndAfterTheDeadline) {
  const std::string m = opcheck::test::read_file(sample("ontvangst.csv"));
  ASSERT_EQ(m.rfind("bestand,ontvangen\n", 0), 0u);
  int late = 0, on_time = 0;
  const std::regex row(R"(\n[a-z0-9-]+\.pdf,(2014-\d\d-\d\d))");
  for (std::sregex_iterator it(m.begin(), m.end(), row), end; it != end; ++it) ((*it)[1] >= "2014-05-01" ? late : on_time)++;
  EXPECT_GE(late, 2);
  EXPECT_GE(on_time, 10);
}

TEST(CorpusSampleBars, SampleIsAtMostTenMegabytes) {
  std::uintmax_t total = 0;
  for (const auto& e : fs::directory_iterator(opcheck::test::sample_dir())) total += e.file_size();
  EXPECT_LE(total, 10u * 1000 * 1000);
}

TEST(CorpusSampleBars, RegeneratingGivesTheCommittedBytes) {
  opcheck::corpus::GenerateOptions o;
  o.out_dir = opcheck::test::fresh_temp_dir("regen");
  ASSERT_TRUE(opcheck::corpus::generate_sample(library(), o).ok());
  for (const auto& e : fs::directory_iterator(opcheck::test::sample_dir())) {
    const auto fresh = o.out_dir / e.path().filename();
    ASSERT_TRUE(fs::exists(fresh)) << fresh;
    EXPECT_TRUE(opcheck::test::read_file(fresh) == opcheck::test::read_file(e.path())) << e.path().filename();
  }
}

}  // namespace
