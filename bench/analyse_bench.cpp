// Analysis time with extraction excluded: extracts the born-digital sample plans once, then
// times analyse::analyse_plan many times, per sample plan and on one ~60-page plan. The sample
// has no 60-page plan, so that one is built by concatenating the extracted pages of sample
// plans (renumbered, cut at the target): a plan with several front matters and chapter trees.
// Usage: analyse_bench [CORPUS_DIR] [--reps N] [--pages N]
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <iostream>
#include <string>

#include "analyse/analyse.h"
#include "bench/bench_support.h"
#include "checklists/checklists.h"
#include "extract/extract.h"
#include "opcheck/build_info.h"

namespace opcheck::bench {
namespace {

struct Args {
  fs::path corpus = fs::path(kSourceDir) / "corpus" / "sample";
  int reps = 50;
  int pages = 60;
};

Args parse_args(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc) args.reps = std::max(1, std::atoi(argv[++i]));
    else if (a == "--pages" && i + 1 < argc) args.pages = std::max(1, std::atoi(argv[++i]));
    else args.corpus = a;
  }
  return args;
}

// CPU time of this thread: on a shared, overloaded machine it is the steadier figure, since
// analysis is single-threaded and wall time there mostly measures waiting for a core.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Timing {
  std::vector<double> ms, cpu_ms;
  std::size_t findings = 0;
  bool ok = true;
};

Timing time_analysis(const extract::Document& doc, const checklists::Catalog& catalog, int reps) {
  Timing t;
  analyse::AnalyseOptions options;
  for (int i = 0; i < reps; ++i) {
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_ms();
    auto report = analyse::analyse_plan(doc, catalog, options);
    t.cpu_ms.push_back(thread_cpu_ms() - cpu_start);
    t.ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    if (!report) {
      std::cerr << doc.file << ": " << report.error().message << "\n";
      t.ok = false;
      return t;
    }
    t.findings = report->findings.size();
  }
  return t;
}

// The pages of `docs` in order, renumbered 1..n, cut at `target` pages.
extract::Document concatenate(const std::vector<extract::Document>& docs, int target, std::string& sources) {
  extract::Document big;
  big.file = "samengevoegd-" + std::to_string(target) + ".pdf";
  big.sha256 = std::string(64, '0');
  while (static_cast<int>(big.pages.size()) < target) {
    for (const auto& doc : docs) {
      if (static_cast<int>(big.pages.size()) >= target) break;
      sources += (sources.empty() ? "" : " + ") + doc.file;
      for (const auto& page : doc.pages) {
        if (static_cast<int>(big.pages.size()) >= target) break;
        big.pages.push_back(page);
        big.pages.back().number = static_cast<int>(big.pages.size());
      }
    }
  }
  big.quality.pages = static_cast<int>(big.pages.size());
  big.quality.dictionary_rate = docs.front().quality.dictionary_rate;
  return big;
}

}  // namespace
}  // namespace opcheck::bench

int main(int argc, char** argv) {
  using namespace opcheck;
  using namespace opcheck::bench;
  Args args = parse_args(argc, argv);
  auto catalog = checklists::load_catalog(checklists::default_checklist_dir());
  if (!catalog) {
    std::cerr << catalog.error().message << "\n";
    return 1;
  }
  extract::Options options;
  options.allow_ocr = false;
  std::vector<extract::Document> docs;
  for (const auto& plan : load_corpus(args.corpus)) {
    if (plan.variant != "born_digital") continue;
    auto doc = extract::extract_in_process(plan.pdf, options);
    if (!doc) {
      std::cerr << doc.error().message << "\n";
      return 1;
    }
    docs.push_back(std::move(*doc));
  }
  if (docs.empty()) {
    std::cerr << "analyse_bench: no born_digital plans in " << args.corpus << "\n";
    return 2;
  }
  std::printf("analyse_bench: analyse::analyse_plan, extraction excluded, median of %d runs\n", args.reps);
  print_machine_note();
  std::printf("\n");
  std::printf("  %-40s %5s %9s %9s %9s %9s\n", "plan", "pages", "median", "ms/page", "CPU", "findings");
  int per_plan_reps = std::max(1, args.reps / 5);
  for (const auto& doc : docs) {
    auto t = time_analysis(doc, *catalog, per_plan_reps);
    if (!t.ok) return 1;
    double ms = median(t.ms);
    std::printf("  %-40s %5zu %6.2f ms %6.2f ms %6.2f ms %9zu\n", doc.file.c_str(), doc.pages.size(), ms,
                ms / static_cast<double>(doc.pages.size()), median(t.cpu_ms), t.findings);
  }
  std::string sources;
  auto big = concatenate(docs, args.pages, sources);
  auto t = time_analysis(big, *catalog, args.reps);
  if (!t.ok) return 1;
  double ms = median(t.ms);
  std::sort(t.ms.begin(), t.ms.end());
  std::printf("\n%d-page plan (pages of %s, renumbered):\n", args.pages, sources.c_str());
  std::printf("  wall: median %.2f ms, min %.2f ms, max %.2f ms; thread CPU: median %.2f ms; %zu findings\n", ms,
              t.ms.front(), t.ms.back(), median(t.cpu_ms), t.findings);
  std::printf("  bar < 100 ms (wall median): %s   (thread CPU median: %s)\n", ms < 100 ? "PASS" : "FAIL",
              median(t.cpu_ms) < 100 ? "PASS" : "FAIL");
  return 0;
}
