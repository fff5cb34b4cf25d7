// Corpus drivers: the committed sample (fixed recipes chosen to cover every item status,
// split, sector, layout, variant and broken kind) and the scale mode (random plans on worker
// threads). Each plan's randomness derives from (corpus seed, plan index) only, so thread
// scheduling never changes the bytes.
#include <algorithm>
#include <atomic>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>

#include "corpus/generator/corpus.h"
#include "corpus/generator/document.h"
#include "corpus/generator/plan_writer.h"
#include "corpus/generator/scale_mix.h"
#include "corpus/generator/spec.h"

namespace opcheck::corpus {
namespace {

using detail::PlanFeatures;
using detail::PlanSpec;
using detail::Rng;

struct Recipe {
  const char* sector;
  const char* split;
  const char* variant;
  const char* layout;
  const char* scenario;
  const char* broken;
  const char* features;  // l = ligatures, s = soft hyphens, f = full-width digits
  int dpi;               // scan resolution of scanned pages (200–300)
};

// The committed sample. Order matters: statuses are assigned to cover gaps in this order.
const std::vector<Recipe>& sample_recipes() {
  static const std::vector<Recipe> r{
      {"po", "dev", "born_digital", "single", "ok", "", "ls", 200},
      {"vo", "dev", "born_digital", "two_column", "late_receipt", "", "f", 200},
      {"po", "heldout", "born_digital", "single", "opr_after", "", "l", 200},
      {"vo", "heldout", "born_digital", "two_column", "oogo_after", "", "s", 200},
      {"po", "dev", "mixed", "single", "ok_no_agreement", "", "", 300},
      {"vo", "heldout", "mixed", "single", "late_adoption", "", "l", 250},
      {"po", "dev", "mixed", "two_column", "opr_refused", "", "s", 240},
      {"vo", "dev", "scanned", "single", "opr_missing", "", "", 200},
      {"po", "heldout", "scanned", "single", "oogo_missing", "", "", 200},
      {"vo", "dev", "born_digital", "single", "not_adopted", "", "fl", 200},
      {"po", "heldout", "born_digital", "single", "ok", "", "s", 200},
      {"vo", "dev", "born_digital", "single", "ok", "owner_password", "", 200},
      {"po", "dev", "born_digital", "two_column", "late_adoption", "", "l", 200},
      {"vo", "heldout", "born_digital", "single", "ok_no_agreement", "", "f", 200},
      {"po", "dev", "born_digital", "single", "oogo_missing", "", "", 200},
      {"po", "dev", "non_plan", "single", "ok", "", "", 200},
      {"vo", "heldout", "non_plan", "single", "ok", "", "", 200},
      {"po", "dev", "broken", "single", "ok", "truncated", "", 200},
      {"vo", "dev", "broken", "single", "ok", "not_pdf", "", 200},
      {"po", "heldout", "broken", "single", "ok", "empty", "", 200},
      {"vo", "dev", "broken", "single", "ok", "user_password", "", 200},
      {"po", "dev", "broken", "single", "ok", "no_pages", "", 200}};
  return r;
}


PlanSpec base_spec(int index, const std::string& sector, std::uint64_t seed) {
  PlanSpec s;
  s.sector = sector;
  s.seed = seed * 1000003ULL + static_cast<std::uint64_t>(index);
  Rng rng(s.seed ^ 0x1D);
  detail::choose_identity(s, index, rng);
  return s;
}

// Fills in facts and items; variant "non_plan" picks a non-plan document instead.
void complete_spec(PlanSpec& s, const PhrasingLibrary& lib, detail::Coverage* cov, std::set<std::string>& missing) {
  Rng rng(s.seed ^ 0x2E);
  if (s.variant == "non_plan") {
    if (!lib.non_plans.empty()) s.non_plan = &lib.non_plans[static_cast<size_t>(s.seed % lib.non_plans.size())];
    s.stem += s.non_plan && s.non_plan->kind == "notulen" ? "-notulen" : "-jaarverslag";
    s.received = "2014-04-" + std::to_string(rng.between(10, 29));
    return;
  }
  for (const auto& m : detail::choose_procedure(s, lib, rng)) missing.insert("procedure:" + m);
  detail::choose_items(s, lib, cov, rng);
}

Status write_manifest(const std::filesystem::path& dir, std::vector<std::pair<std::string, std::string>> rows) {
  std::sort(rows.begin(), rows.end());
  std::ofstream out(dir / "ontvangst.csv", std::ios::binary | std::ios::trunc);
  out << "bestand,ontvangen\n";
  for (const auto& [file, date] : rows)
    if (!date.empty()) out << file << "," << date << "\n";
  if (!out) return make_error(ErrorKind::io, "Kan " + (dir / "ontvangst.csv").string() + " niet schrijven.");
  return Ok{};
}

// Runs the specs on `threads` workers; results are collected by index, so order is stable.
Result<GenerateSummary> run_specs(const std::vector<PlanSpec>& specs, const std::vector<PlanFeatures>& feats,
                                  const PhrasingLibrary& lib, const GenerateOptions& o) {
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  if (ec) return make_error(ErrorKind::io, "Kan map " + o.out_dir.string() + " niet maken: " + ec.message());
  std::vector<Result<detail::PlanStats>> results(specs.size(), Result<detail::PlanStats>(detail::PlanStats{}));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < specs.size();) results[i] = detail::write_plan_files(specs[i], lib, feats[i], o.out_dir, o.seed);
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < std::max(1, o.threads); ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  GenerateSummary sum;
  std::vector<std::pair<std::string, std::string>> rows;
  for (size_t i = 0; i < specs.size(); ++i) {
    if (!results[i]) return results[i].error();
    const auto& st = results[i].value();
    ++sum.by_variant[st.variant];
    ++sum.files;
    if (st.variant != "broken") sum.pages += st.pages, sum.scanned_pages += st.scanned_pages;
    rows.push_back({specs[i].stem + ".pdf", specs[i].received});
  }
  if (auto st = write_manifest(o.out_dir, rows); !st) return st.error();
  return sum;
}

}  // namespace

namespace {

std::string broken_suffix(const std::string& b) {
  static const std::map<std::string, std::string> m{{"truncated", "-afgebroken"}, {"not_pdf", "-geen-pdf"},
      {"empty", "-leeg"}, {"user_password", "-wachtwoord"}, {"owner_password", "-beveiligd"}, {"no_pages", "-zonder-paginas"}};
  return b.empty() ? "" : m.at(b);
}

// Status gaps: item statuses no plan of the sample received.
std::vector<std::string> gaps(const std::vector<PlanSpec>& specs) {
  std::map<std::string, std::set<std::string>> seen;
  for (const auto& s : specs) {
    if (s.non_plan || (!s.broken.empty() && s.broken != "owner_password")) continue;
    for (size_t k = 0; k < s.item_ids.size(); ++k) seen[s.item_ids[k]].insert(s.item_status[k]);
    for (const char* p : {"N3-OPR", "N4-TIJDIG", "N5-OOGO"}) seen[p].insert(detail::procedure_status(s, p));
  }
  std::vector<std::string> out;
  for (const auto& [checklist, item] : items_in_force())
    for (const auto& st : statuses_of(checklist))
      if (!seen[item].count(st)) out.push_back(item + "=" + st);
  return out;
}

}  // namespace

Result<GenerateSummary> generate_sample(const PhrasingLibrary& lib, const GenerateOptions& opts) {
  std::vector<PlanSpec> specs;
  std::vector<PlanFeatures> feats;
  detail::Coverage cov;
  std::set<std::string> missing;
  int index = 0;
  for (const auto& r : sample_recipes()) {
    PlanSpec s = base_spec(index++, r.sector, opts.seed);
    s.split = r.split;
    s.variant = std::string(r.broken).empty() || std::string(r.broken) == "owner_password" ? r.variant : "born_digital";
    s.layout = r.layout;
    s.scenario = r.scenario;
    s.broken = r.broken;
    s.stem += broken_suffix(s.broken);
    const bool counts = s.broken.empty() || s.broken == "owner_password";
    // Born-digital sample plans get some extra text (12–25 pages); scanned ones stay short for size.
    s.padding = s.variant == "born_digital" || s.variant == "mixed" ? 2 : 0;
    complete_spec(s, lib, counts ? &cov : nullptr, missing);
    const std::string f = r.features;
    feats.push_back({f.find('l') != std::string::npos, f.find('s') != std::string::npos, f.find('f') != std::string::npos, r.dpi});
    specs.push_back(std::move(s));
  }
  auto sum = run_specs(specs, feats, lib, opts);
  if (!sum) return sum;
  sum->missing_items = gaps(specs);
  sum->missing_items.insert(sum->missing_items.end(), missing.begin(), missing.end());
  return sum;
}

Result<GenerateSummary> generate_scale(const PhrasingLibrary& lib, const GenerateOptions& opts) {
  static const std::vector<std::string> scenarios{"ok", "ok", "ok", "ok", "ok", "ok_no_agreement", "late_receipt",
      "late_adoption", "opr_after", "opr_refused", "opr_missing", "oogo_after", "oogo_missing", "not_adopted"};
  static const std::vector<int> dpis{200, 240, 300};
  std::vector<PlanSpec> specs;
  std::vector<PlanFeatures> feats;
  std::vector<double> pages;
  for (int i = 0; i < opts.plans; ++i) {
    PlanSpec s = base_spec(i, i % 2 == 0 ? "po" : "vo", opts.seed);
    Rng rng(s.seed ^ 0x3F);
    s.scale = true;
    s.split = rng.chance(2.0 / 3.0) ? "dev" : "heldout";
    s.layout = rng.chance(0.25) ? "two_column" : "single";
    s.scenario = rng.pick(scenarios);
    s.padding = rng.between(opts.padding_min, std::max(opts.padding_min, opts.padding_max));
    pages.push_back(detail::estimated_pages(s.padding));
    feats.push_back({rng.chance(0.3), rng.chance(0.3), rng.chance(0.2), rng.pick(dpis)});
    specs.push_back(std::move(s));
  }
  // Variants are allocated over the whole corpus so that the scanned share is one of pages.
  const auto variants = detail::allocate_variants(pages, opts.scanned_share, opts.seed);
  std::set<std::string> missing;
  for (size_t i = 0; i < specs.size(); ++i) {
    specs[i].variant = variants[i];
    complete_spec(specs[i], lib, nullptr, missing);
  }
  auto sum = run_specs(specs, feats, lib, opts);
  if (sum) sum->missing_items.assign(missing.begin(), missing.end());
  return sum;
}

}  // namespace opcheck::corpus
