// Generator behaviour: loading and validating phrasings (fixtures in corpus/generator/testdata),
// byte-identical output for the same seed on a small scale run of the real phrasings, the
// scale mode's scanned-page share, the sample driver on fixtures, and the procedure status rules.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "corpus/generator/corpus.h"
#include "corpus/generator/scale_mix.h"
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

opcheck::corpus::PhrasingLibrary real_library() {
  auto lib = opcheck::corpus::load_phrasings(fs::path(opcheck::kSourceDir) / "corpus" / "phrasings");
  EXPECT_TRUE(lib.ok()) << (lib.ok() ? "" : lib.error().message);
  return lib.ok() ? lib.value() : opcheck::corpus::PhrasingLibrary{};
}

// A small scale run on the real phrasings: short plans, one scanned, one mixed, one born-digital.
GenerateOptions small_run(std::uint64_t seed, const std::string& dir) {
  GenerateOptions o;
  o.plans = 3;
  o.seed = seed;
  o.scanned_share = 0.5;
  o.padding_min = 0;
  o.padding_max = 2;
  o.out_dir = opcheck::test::fresh_temp_dir(dir);
  return o;
}

TEST(CorpusGenerator, SameSeedGivesIdenticalBytes) {
  const auto lib = real_library();
  const GenerateOptions a = small_run(5, "det-a");
  GenerateOptions b = small_run(5, "det-b");
  b.threads = 1;  // thread count must not change the bytes
  const auto sa = opcheck::corpus::generate_scale(lib, a);
  ASSERT_TRUE(sa.ok()) << sa.error().message;
  ASSERT_TRUE(opcheck::corpus::generate_scale(lib, b).ok());
  EXPECT_EQ(sa->by_variant, (std::map<std::string, int>{{"born_digital", 1}, {"mixed", 1}, {"scanned", 1}}));
  const auto fa = folder_bytes(a.out_dir), fb = folder_bytes(b.out_dir);
  EXPECT_EQ(fa.size(), 7u);  // 3 × (pdf + gold) + ontvangst.csv
  EXPECT_TRUE(fa == fb);
  // Fixed metadata, not the clock: cairo writes the dates we set.
  for (const auto& [name, bytes] : fa) {
    if (!name.ends_with(".pdf")) continue;
    EXPECT_NE(bytes.find("/CreationDate (20140414100000)"), std::string::npos) << name;
  }
}

TEST(CorpusGenerator, DifferentSeedGivesDifferentPlans) {
  const auto lib = real_library();
  const GenerateOptions a = small_run(1, "seed-a"), b = small_run(2, "seed-b");
  ASSERT_TRUE(opcheck::corpus::generate_scale(lib, a).ok());
  ASSERT_TRUE(opcheck::corpus::generate_scale(lib, b).ok());
  const auto fa = folder_bytes(a.out_dir), fb = folder_bytes(b.out_dir);
  ASSERT_EQ(fa.size(), fb.size());
  for (auto ia = fa.begin(), ib = fb.begin(); ia != fa.end(); ++ia, ++ib) EXPECT_NE(ia->second, ib->second) << ia->first;
}

TEST(CorpusScaleMix, ScannedShareIsAShareOfPages) {
  using opcheck::corpus::detail::allocate_variants;
  std::vector<double> pages;
  for (int i = 0; i < 152; ++i) pages.push_back(30 + (i * 7) % 31);
  for (double share : {0.1, 0.2, 0.5}) {
    const auto v = allocate_variants(pages, share, 7);
    double total = 0, scanned = 0;
    int mixed = 0, full = 0;
    for (size_t i = 0; i < v.size(); ++i) {
      total += pages[i];
      if (v[i] == "scanned") scanned += pages[i], ++full;
      if (v[i] == "mixed") scanned += opcheck::corpus::detail::kMixedScannedPages, ++mixed;
    }
    EXPECT_NEAR(scanned / total, share, 0.005) << share;
    EXPECT_NEAR(mixed, 0.35 * (152 - full), 1.0) << share;
  }
}

TEST(CorpusScaleMix, ZeroAndOneAndSeeds) {
  using opcheck::corpus::detail::allocate_variants;
  const std::vector<double> pages(20, 40.0);
  EXPECT_EQ(allocate_variants(pages, 0.0, 7), std::vector<std::string>(20, "born_digital"));
  EXPECT_EQ(allocate_variants(pages, 1.0, 7), std::vector<std::string>(20, "scanned"));
  EXPECT_EQ(allocate_variants(pages, 0.2, 7), allocate_variants(pages, 0.2, 7));
  EXPECT_NE(allocate_variants(pages, 0.2, 7), allocate_variants(pages, 0.2, 8));
  // A share too small for one scanned plan is met by mixed plans alone.
  const auto small = allocate_variants(pages, 0.02, 7);
  EXPECT_EQ(std::count(small.begin(), small.end(), "scanned"), 0);
  EXPECT_EQ(std::count(small.begin(), small.end(), "mixed"), 5);  // 16 of 800 pages ≈ 5 × 3
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
