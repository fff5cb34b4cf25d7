// The committed sample (corpus/sample) against its own gold files: coverage of every item
// status, page counts and text checked with poppler-utils (pdfinfo/pdftotext, as a subprocess:
// the corpus library does not link poppler), broken files really broken, text features present.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sys/wait.h>

#include "corpus/generator/corpus.h"
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

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

std::vector<json> golds() {
  std::vector<json> out;
  for (const auto& e : fs::directory_iterator(opcheck::test::sample_dir()))
    if (e.path().string().ends_with(".gold.json")) out.push_back(json::parse(opcheck::test::read_file(e.path())));
  std::sort(out.begin(), out.end(), [](const json& a, const json& b) { return a["plan"]["file"] < b["plan"]["file"]; });
  return out;
}

int pdfinfo_pages(const fs::path& pdf) {
  const auto r = run("pdfinfo " + q(pdf));
  const auto pos = r.out.find("Pages:");
  return r.code != 0 || pos == std::string::npos ? -1 : std::stoi(r.out.substr(pos + 6));
}

// Words for comparison: ligatures, full-width digits and soft hyphens folded, hyphens at line
// ends joined, everything else split on non-alphanumerics (hyphens dropped).
std::multiset<std::string> words(std::string t) {
  auto rep = [&](const std::string& a, const std::string& b) {
    for (size_t p = 0; (p = t.find(a, p)) != std::string::npos; p += b.size()) t.replace(p, a.size(), b);
  };
  rep("\xEF\xAC\x81", "fi");
  rep("\xEF\xAC\x82", "fl");
  for (int d = 0; d < 10; ++d) rep(std::string("\xEF\xBC") + static_cast<char>(0x90 + d), std::string(1, static_cast<char>('0' + d)));
  rep("\xC2\xAD\n", "");
  rep("\xC2\xAD", "");
  rep("-\n", "");
  rep("-", "");
  std::multiset<std::string> out;
  std::string w;
  for (char c : t) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) w += static_cast<char>(std::tolower(u));
    else if (!w.empty()) out.insert(w), w.clear();
  }
  if (!w.empty()) out.insert(w);
  return out;
}

size_t common(const std::multiset<std::string>& a, const std::multiset<std::string>& b) {
  size_t n = 0;
  for (auto it = a.begin(); it != a.end(); it = a.upper_bound(*it)) n += std::min(a.count(*it), b.count(*it));
  return n;
}

TEST(CorpusSample, CoversEveryItemInEachOfItsStatuses) {
  std::map<std::string, std::set<std::string>> seen;
  for (const auto& g : golds())
    for (const auto& f : g["findings"]) seen[f["item"]].insert(f["status"]);
  for (const auto& [checklist, item] : opcheck::corpus::items_in_force())
    for (const auto& st : opcheck::corpus::statuses_of(checklist)) EXPECT_TRUE(seen[item].count(st)) << item << " " << st;
}

TEST(CorpusSample, HasTheRequiredMix) {
  std::map<std::string, int> variant, split, sector, layout;
  std::set<std::string> errors;
  int late_receipt = 0;
  for (const auto& g : golds()) {
    ++variant[g["variant"]];
    ++split[g["split"]];
    ++layout[g["layout"]];
    if (g["plan"]["sector"].is_string()) ++sector[g["plan"]["sector"]];
    if (g["expected_error"].is_string()) errors.insert(g["expected_error"]);
    if (g["plan"]["received"].is_string() && g["plan"]["received"] >= "2014-05-01") ++late_receipt;
  }
  EXPECT_GE(variant["scanned"], 2);
  EXPECT_GE(variant["mixed"], 3);
  EXPECT_EQ(variant["non_plan"], 2);
  EXPECT_GE(variant["born_digital"], 5);
  EXPECT_EQ(errors, (std::set<std::string>{"damaged_pdf", "encrypted", "no_pages", "not_pdf"}));
  EXPECT_GE(split["dev"], 5);
  EXPECT_GE(split["heldout"], 5);
  EXPECT_GE(sector["po"], 5);
  EXPECT_GE(sector["vo"], 5);
  EXPECT_GE(layout["two_column"], 2);
  EXPECT_GE(late_receipt, 1);
}

TEST(CorpusSample, EveryPhrasingComesFromThePlansSplit) {
  for (const auto& g : golds())
    for (const auto& f : g["findings"])
      for (const auto& p : f["phrasings"]) EXPECT_EQ(p["set"], g["split"]) << g["plan"]["file"] << " " << p["id"];
}

TEST(CorpusSample, GoldPageCountsMatchPdfinfo) {
  for (const auto& g : golds()) {
    const auto pdf = opcheck::test::sample_dir() / std::string(g["plan"]["file"]);
    const int pages = g["plan"]["pages"];
    if (g["expected_error"].is_null()) {
      EXPECT_EQ(pdfinfo_pages(pdf), pages) << pdf;
      EXPECT_EQ(g["page_text"].size(), static_cast<size_t>(pages));
    } else {
      EXPECT_EQ(pdfinfo_pages(pdf), -1) << pdf << " should not open";
      EXPECT_EQ(pages, 0);
    }
  }
}

TEST(CorpusSample, BrokenFilesAreReallyBroken) {
  for (const auto& g : golds()) {
    if (g["expected_error"].is_null()) continue;
    const auto pdf = opcheck::test::sample_dir() / std::string(g["plan"]["file"]);
    const std::string bytes = opcheck::test::read_file(pdf);
    const std::string err = g["expected_error"];
    if (err == "not_pdf") {
      EXPECT_NE(bytes.rfind("%PDF", 0), 0u) << pdf;
    }
    if (err == "damaged_pdf") {
      EXPECT_NE(run("qpdf --check " + q(pdf)).code, 0) << pdf;
    }
    if (err == "encrypted") {
      EXPECT_NE(run("pdfinfo " + q(pdf)).code, 0);
      EXPECT_EQ(run("pdfinfo -upw geheim " + q(pdf)).code, 0) << "user password opens it";
    }
    if (err == "no_pages") {
      EXPECT_EQ(bytes.rfind("%PDF", 0), 0u);
    }
  }
}

TEST(CorpusSample, OwnerPasswordPlanReadsNormally) {
  int n = 0;
  for (const auto& g : golds()) {
    if (g.value("protection", "") != "owner_password") continue;
    ++n;
    const auto pdf = opcheck::test::sample_dir() / std::string(g["plan"]["file"]);
    // pdfinfo pads its labels ("Encrypted:       yes"); match any run of spaces.
    EXPECT_TRUE(std::regex_search(run("pdfinfo " + q(pdf)).out, std::regex(R"(Encrypted:\s+yes)"))) << pdf;
    EXPECT_EQ(run("qpdf --requires-password " + q(pdf)).code, 3) << "encrypted, but no password needed to open";
    EXPECT_GT(run("pdftotext " + q(pdf) + " -").out.size(), 1000u);
    EXPECT_FALSE(g["findings"].empty());
  }
  EXPECT_EQ(n, 1);
}

TEST(CorpusSample, BornDigitalPageTextMatchesPdftotext) {
  int pages_checked = 0;
  for (const auto& g : golds()) {
    if (g["variant"] != "born_digital" || !g["expected_error"].is_null()) continue;
    const auto pdf = opcheck::test::sample_dir() / std::string(g["plan"]["file"]);
    const auto& ocr = g["plan"]["ocr_pages"];
    for (size_t i = 0; i < g["page_text"].size(); ++i) {
      if (std::find(ocr.begin(), ocr.end(), static_cast<int>(i) + 1) != ocr.end()) continue;
      const auto gold = words(g["page_text"][i]);
      const auto pdft = words(run("pdftotext -f " + std::to_string(i + 1) + " -l " + std::to_string(i + 1) + " " + q(pdf) + " -").out);
      const size_t c = common(gold, pdft);
      // Every gold word is in the text layer; the text layer only adds header, footer, bullets.
      EXPECT_GE(c * 100, gold.size() * 99) << pdf << " page " << i + 1;
      EXPECT_LE(pdft.size() - c, 16u) << pdf << " page " << i + 1;
      ++pages_checked;
    }
  }
  EXPECT_GE(pages_checked, 50);
}

TEST(CorpusSample, TextLayerHasLigaturesSoftHyphensAndFullWidthDigits) {
  std::string all;
  for (const auto& g : golds())
    if (g["variant"] == "born_digital" && g["expected_error"].is_null())
      all += run("pdftotext " + q(opcheck::test::sample_dir() / std::string(g["plan"]["file"])) + " -").out;
  EXPECT_NE(all.find("\xEF\xAC\x81"), std::string::npos) << "U+FB01";
  EXPECT_NE(all.find("\xEF\xAC\x82"), std::string::npos) << "U+FB02";
  EXPECT_NE(all.find("\xC2\xAD"), std::string::npos) << "U+00AD";
  bool fullwidth = false;
  for (int d = 0; d < 10; ++d) fullwidth = fullwidth || all.find(std::string("\xEF\xBC") + static_cast<char>(0x90 + d)) != std::string::npos;
  EXPECT_TRUE(fullwidth);
}

TEST(CorpusSample, LinesEndInBothKindsOfHyphen) {
  // -layout keeps line-end hyphens: a Dutch word split (joined in the gold) and a compound
  // broken at its own hyphen (kept in the gold).
  int dutch = 0, compound = 0;
  for (const auto& g : golds()) {
    if (g["variant"] != "born_digital" || !g["expected_error"].is_null()) continue;
    std::string gold;
    for (const auto& p : g["page_text"]) gold += std::string(p) + "\n";
    const auto layout = run("pdftotext -layout " + q(opcheck::test::sample_dir() / std::string(g["plan"]["file"])) + " -").out;
    for (size_t p = 0; (p = layout.find("-\n", p)) != std::string::npos; ++p) {
      size_t s = p;
      while (s > 0 && std::isalpha(static_cast<unsigned char>(layout[s - 1]))) --s;
      size_t e = layout.find_first_not_of(" ", p + 2);
      size_t f = e;
      while (f < layout.size() && std::isalpha(static_cast<unsigned char>(layout[f]))) ++f;
      if (s == p || e == std::string::npos || f == e) continue;
      const std::string head = layout.substr(s, p - s), tail = layout.substr(e, f - e);
      if (gold.find(head + "-" + tail) != std::string::npos) ++compound;
      else if (gold.find(head + tail) != std::string::npos) ++dutch;
    }
  }
  EXPECT_GE(dutch, 10);
  EXPECT_GE(compound, 1);
}

TEST(CorpusSample, ManifestListsEveryFile) {
  const std::string m = opcheck::test::read_file(opcheck::test::sample_dir() / "ontvangst.csv");
  for (const auto& g : golds()) {
    const std::string file = g["plan"]["file"];
    EXPECT_NE(m.find(file + "," + std::string(g["plan"]["received"])), std::string::npos) << file;
  }
}

TEST(CorpusSample, ScannedAndMixedPagesAreMarkedForOcr) {
  for (const auto& g : golds()) {
    const size_t ocr = g["plan"]["ocr_pages"].size();
    if (g["variant"] == "scanned") {
      EXPECT_EQ(ocr, static_cast<size_t>(g["plan"]["pages"]));
    }
    if (g["variant"] == "mixed") {
      EXPECT_GE(ocr, 1u);
      for (const char* ev : {"vaststelling", "opr_instemming", "oogo"}) {
        const auto& f = g["procedure_facts"][ev];
        if (!f.is_null()) {
          const auto& pages = g["plan"]["ocr_pages"];
          EXPECT_NE(std::find(pages.begin(), pages.end(), f["page"]), pages.end()) << g["plan"]["file"] << " " << ev;
        }
      }
    }
  }
}

}  // namespace
