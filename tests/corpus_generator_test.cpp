// Generator behaviour on the small fixture phrasings (corpus/generator/testdata): loading and
// validation, byte-identical output for the same seed, gold consistent with the PDFs, and the
// procedure status rules.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "corpus/generator/corpus.h"
#include "corpus/generator/spec.h"
#include "opcheck/build_info.h"
#include "test_support.h"

namespace {

using opcheck::corpus::GenerateOptions;
namespace fs = std::filesystem;

fs::path fixtures() { return fs::path(opcheck::kSourceDir) / "corpus" / "generator" / "testdata"; }

opcheck::corpus::PhrasingLibrary fixture_library() {
  auto lib = opcheck::corpus::load_phrasings(fixtures());
  EXPECT_TRUE(lib.ok()) << (lib.ok() ? "" : lib.error().message);
  return lib.ok() ? lib.value() : opcheck::corpus::PhrasingLibrary{};
}

std::map<std::string, std::string> folder_bytes(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out[e.path().filename().string()] = opcheck::test::read_file(e.path());
  return out;
}

TEST(CorpusPhrasings, LoadsFixturePhrasingsWithExtensions) {
  const auto lib = fixture_library();
  EXPECT_EQ(lib.phrasings.size(), 14u);
  EXPECT_EQ(lib.filler.size(), 2u);
  EXPECT_EQ(lib.filler_sentences.size(), 2u);
  ASSERT_EQ(lib.non_plans.size(), 1u);
  EXPECT_EQ(lib.non_plans[0].sections.size(), 1u);
  const auto& combi = *std::find_if(lib.phrasings.begin(), lib.phrasings.end(), [](auto& p) { return p.id == "T/combi"; });
  EXPECT_EQ(combi.events, (std::vector<std::string>{"oogo", "vaststelling"}));
  EXPECT_EQ(combi.table.size(), 3u);
}

TEST(CorpusPhrasings, RejectsUnknownStatusNamingFileAndId) {
  const auto dir = opcheck::test::fresh_temp_dir("phr");
  opcheck::test::write_file(dir / "IE-X.toml",
                            "item = \"IE-OUDERS\"\nchecklist = \"inhoudseisen\"\n[[phrasing]]\nid = \"X/1\"\nset = \"dev\"\n"
                            "status = \"ja\"\nparagraphs = [\"tekst\"]\n");
  const auto lib = opcheck::corpus::load_phrasings(dir);
  ASSERT_FALSE(lib.ok());
  EXPECT_EQ(lib.error().kind, opcheck::ErrorKind::data);
  EXPECT_NE(lib.error().message.find("IE-X.toml"), std::string::npos);
  EXPECT_NE(lib.error().message.find("X/1"), std::string::npos);
}

TEST(CorpusGenerator, SameSeedGivesIdenticalBytes) {
  const auto lib = fixture_library();
  GenerateOptions a;
  a.plans = 3;
  a.seed = 5;
  a.scanned_share = 0.5;
  a.out_dir = opcheck::test::fresh_temp_dir("det-a");
  GenerateOptions b = a;
  b.out_dir = opcheck::test::fresh_temp_dir("det-b");
  b.threads = 1;  // thread count must not change the bytes
  ASSERT_TRUE(opcheck::corpus::generate_scale(lib, a).ok());
  ASSERT_TRUE(opcheck::corpus::generate_scale(lib, b).ok());
  const auto fa = folder_bytes(a.out_dir), fb = folder_bytes(b.out_dir);
  EXPECT_EQ(fa.size(), 7u);  // 3 × (pdf + gold) + ontvangst.csv
  EXPECT_TRUE(fa == fb);
}

TEST(CorpusGenerator, DifferentSeedGivesDifferentPlans) {
  const auto lib = fixture_library();
  GenerateOptions a;
  a.plans = 1;
  a.scanned_share = 0;
  a.seed = 1;
  a.out_dir = opcheck::test::fresh_temp_dir("seed-a");
  GenerateOptions b = a;
  b.seed = 2;
  b.out_dir = opcheck::test::fresh_temp_dir("seed-b");
  ASSERT_TRUE(opcheck::corpus::generate_scale(lib, a).ok());
  ASSERT_TRUE(opcheck::corpus::generate_scale(lib, b).ok());
  EXPECT_NE(folder_bytes(a.out_dir), folder_bytes(b.out_dir));
}

TEST(CorpusGenerator, SampleWithFixturesWritesEveryKindAndManifest) {
  const auto lib = fixture_library();
  GenerateOptions o;
  o.out_dir = opcheck::test::fresh_temp_dir("sample");
  const auto sum = opcheck::corpus::generate_sample(lib, o);
  ASSERT_TRUE(sum.ok()) << sum.error().message;
  EXPECT_EQ(sum->files, 22);
  EXPECT_EQ(sum->by_variant.at("broken"), 5);
  EXPECT_EQ(sum->by_variant.at("non_plan"), 2);
  EXPECT_EQ(sum->by_variant.at("scanned"), 2);
  EXPECT_EQ(sum->by_variant.at("mixed"), 3);
  const std::string manifest = opcheck::test::read_file(o.out_dir / "ontvangst.csv");
  EXPECT_EQ(manifest.rfind("bestand,ontvangen\n", 0), 0u);
  EXPECT_EQ(std::count(manifest.begin(), manifest.end(), '\n'), 23);
}

opcheck::corpus::detail::PlanSpec timeline(const std::string& opr, const std::string& oogo, const std::string& vast,
                                           const std::string& received) {
  using opcheck::corpus::detail::Date;
  auto parse = [](const std::string& s) {
    Date d{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), s.size() > 7 ? std::stoi(s.substr(8, 2)) : 15};
    return d;
  };
  opcheck::corpus::detail::PlanSpec s;
  auto set = [&](opcheck::corpus::detail::EventFact& e, const std::string& v) {
    if (v.empty()) return;
    e.kind = v == "refused" ? "refused" : "done";
    e.date = parse(v == "refused" ? "2014-03-01" : v);
    e.precision = v.size() == 7 ? "month" : "day";
  };
  set(s.opr, opr);
  set(s.oogo, oogo);
  set(s.vaststelling, vast);
  s.received = received;
  return s;
}

TEST(CorpusProcedureStatus, FollowsTheOrderOfEvents) {
  using opcheck::corpus::detail::procedure_status;
  const auto ok = timeline("2014-03-05", "2014-02-10", "2014-03-12", "2014-04-22");
  EXPECT_EQ(procedure_status(ok, "N3-OPR"), "voldoet");
  EXPECT_EQ(procedure_status(ok, "N4-TIJDIG"), "voldoet");
  EXPECT_EQ(procedure_status(ok, "N5-OOGO"), "voldoet");
  const auto late = timeline("2014-04-05", "2014-03-20", "2014-03-12", "2014-05-01");
  EXPECT_EQ(procedure_status(late, "N3-OPR"), "niet_voldaan");
  EXPECT_EQ(procedure_status(late, "N4-TIJDIG"), "niet_voldaan");
  EXPECT_EQ(procedure_status(late, "N5-OOGO"), "niet_voldaan");
  const auto none = timeline("", "", "", "2014-04-01");
  EXPECT_EQ(procedure_status(none, "N3-OPR"), "niet_aangetoond");
  EXPECT_EQ(procedure_status(none, "N4-TIJDIG"), "niet_aangetoond");
  EXPECT_EQ(procedure_status(none, "N5-OOGO"), "niet_aangetoond");
}

TEST(CorpusProcedureStatus, RefusalAndMonthOnlyDates) {
  using opcheck::corpus::detail::procedure_status;
  EXPECT_EQ(procedure_status(timeline("refused", "", "2014-03-12", "2014-04-01"), "N3-OPR"), "niet_voldaan");
  // February consent before a March adoption; a "mei 2014" adoption is late.
  EXPECT_EQ(procedure_status(timeline("2014-02", "", "2014-03-12", "2014-04-01"), "N3-OPR"), "voldoet");
  EXPECT_EQ(procedure_status(timeline("", "", "2014-05", "2014-05-20"), "N4-TIJDIG"), "niet_voldaan");
  EXPECT_EQ(procedure_status(timeline("", "", "2014-04", "2014-04-30"), "N4-TIJDIG"), "voldoet");
}

}  // namespace
