// Born-digital extraction speed and word accuracy: opcheck's in-process text-layer extraction
// versus `pdftotext -layout` on the same files, timed interleaved (file by file, alternating
// which tool goes first) so a busy shared machine slows both alike; reports medians and ratios.
// Usage: extract_bench [CORPUS_DIR] [--reps N] [--opcheck PATH]
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "bench/bench_support.h"
#include "extract/extract.h"
#include "opcheck/build_info.h"

namespace opcheck::bench {
namespace {

struct Args {
  fs::path corpus = fs::path(kSourceDir) / "corpus" / "sample";
  int reps = 7;
  fs::path opcheck = fs::read_symlink("/proc/self/exe").parent_path().parent_path() / "cli" / "opcheck";
};

Args parse_args(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc) args.reps = std::max(1, std::atoi(argv[++i]));
    else if (a == "--opcheck" && i + 1 < argc) args.opcheck = argv[++i];
    else args.corpus = a;
  }
  return args;
}

struct Totals {
  std::vector<double> opcheck, pdftotext, cli;       // seconds per repetition, all files
  std::map<std::string, double> steps;               // opcheck step -> seconds, last repetition
  std::map<std::string, extract::Document> docs;     // last repetition's output per plan
};

extract::Options text_only() {
  extract::Options options;
  options.allow_ocr = false;
  options.threads = 1;
  return options;
}

// One repetition over all files; `flip` swaps which tool runs first on each file.
bool run_repetition(const std::vector<GoldPlan>& plans, const Args& args, const fs::path& tmp, bool flip,
                    Totals& totals) {
  double op = 0, pt = 0, cli = 0;
  bool with_cli = fs::exists(args.opcheck);
  for (const GoldPlan& plan : plans) {
    auto time_opcheck = [&] {
      auto start = std::chrono::steady_clock::now();
      auto doc = extract::extract_in_process(plan.pdf, text_only());
      op += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (!doc) {
        std::cerr << plan.name << ": " << doc.error().message << "\n";
        return false;
      }
      totals.docs[plan.name] = std::move(*doc);
      return true;
    };
    auto time_pdftotext = [&] {
      auto r = run_timed({"pdftotext", "-layout", plan.pdf.string(), (tmp / (plan.name + ".txt")).string()});
      pt += r.seconds;
      return r.exit_code == 0;
    };
    bool ok = flip ? (time_pdftotext() && time_opcheck()) : (time_opcheck() && time_pdftotext());
    if (!ok) return false;
    if (with_cli) cli += run_timed({args.opcheck.string(), "extract", "--geen-ocr", "--jobs", "1", plan.pdf.string()}).seconds;
  }
  totals.opcheck.push_back(op);
  totals.pdftotext.push_back(pt);
  if (with_cli) totals.cli.push_back(cli);
  totals.steps.clear();
  for (const auto& [name, doc] : totals.docs)
    for (const auto& step : doc.timings) totals.steps[step.step] += step.seconds;
  return true;
}

// Word accuracy of both tools on the text-layer pages (gold: not an OCR page).
void report_accuracy(const std::vector<GoldPlan>& plans, const Totals& totals, const fs::path& tmp) {
  AccuracySum ours, theirs;
  int pages = 0, skipped = 0;
  for (const GoldPlan& plan : plans) {
    const auto& doc = totals.docs.at(plan.name);
    auto pt_pages = split_pages(read_text(tmp / (plan.name + ".txt")), plan.page_text.size());
    std::set<int> ocr(plan.ocr_pages.begin(), plan.ocr_pages.end());
    for (std::size_t i = 0; i < plan.page_text.size(); ++i) {
      int number = static_cast<int>(i) + 1;
      bool text_page = i < doc.pages.size() && doc.pages[i].method == extract::Method::text;
      if (ocr.count(number) || !text_page) {
        ++skipped;
        continue;
      }
      ++pages;
      ours.add(plan.page_text[i], extract::body_text(doc.pages[i]));
      theirs.add(plan.page_text[i], i < pt_pages.size() ? pt_pages[i] : "");
    }
  }
  std::printf("\nWord accuracy vs gold page_text (%d text-layer pages, %zu truth words, %d skipped):\n", pages,
              ours.total.truth_words, skipped);
  std::printf("  opcheck            %s  (%zu word edits)   bar >= 99.50 %%: %s\n", percent(ours.accuracy()).c_str(),
              ours.total.edits, ours.accuracy() >= 0.995 ? "PASS" : "FAIL");
  std::printf("  pdftotext -layout  %s  (%zu word edits; keeps running headers, footers, page numbers\n"
              "                     and lays two columns side by side, which the gold leaves out)\n",
              percent(theirs.accuracy()).c_str(), theirs.total.edits);
}

void report_speed(const Totals& totals, int pages, int files) {
  double op = median(totals.opcheck), pt = median(totals.pdftotext);
  std::printf("\nSpeed (%d files, %d pages; median of %zu interleaved repetitions):\n", files, pages,
              totals.opcheck.size());
  std::printf("  opcheck in-process  %8.3f s  %8.1f pages/s\n", op, pages / op);
  std::printf("  pdftotext -layout   %8.3f s  %8.1f pages/s\n", pt, pages / pt);
  std::printf("  ratio opcheck/pdftotext time: %.2fx   bar <= 1.50x: %s\n", op / pt, op / pt <= 1.5 ? "PASS" : "FAIL");
  if (!totals.cli.empty()) {
    double cli = median(totals.cli);
    std::printf("  (for reference: `opcheck extract --geen-ocr` CLI per file, with process start, Hunspell\n"
                "   load and child process: %.3f s, %.1f pages/s, %.2fx pdftotext)\n",
                cli, pages / cli, cli / pt);
  }
  std::printf("\nopcheck step split (last repetition, all files):\n");
  double sum = 0;
  for (const auto& [step, s] : totals.steps) sum += s;
  for (const auto& [step, s] : totals.steps)
    std::printf("  %-12s %8.1f ms  %5.1f %%\n", step.c_str(), s * 1000, sum > 0 ? 100 * s / sum : 0);
}

}  // namespace
}  // namespace opcheck::bench

int main(int argc, char** argv) {
  using namespace opcheck::bench;
  Args args = parse_args(argc, argv);
  std::vector<GoldPlan> plans;
  for (auto& plan : load_corpus(args.corpus))
    if (plan.variant == "born_digital") plans.push_back(std::move(plan));
  if (plans.empty()) {
    std::cerr << "extract_bench: no born_digital plans in " << args.corpus << "\n";
    return 2;
  }
  int pages = 0;
  for (const auto& p : plans) pages += p.pages;
  fs::path tmp = fs::temp_directory_path() / ("opcheck-extract-bench-" + std::to_string(getpid()));
  fs::create_directories(tmp);
  if (auto warmed = opcheck::extract::warm_up(); !warmed) {  // Hunspell load: once per process, not per file
    std::cerr << warmed.error().message << "\n";
    return 1;
  }
  std::printf("extract_bench: %s, %zu born-digital files\n", args.corpus.c_str(), plans.size());
  print_machine_note();
  Totals totals;
  bool ok = run_repetition(plans, args, tmp, false, totals);  // warm-up: file cache, lazy loads
  totals.opcheck.clear(), totals.pdftotext.clear(), totals.cli.clear();
  for (int rep = 0; ok && rep < args.reps; ++rep) ok = run_repetition(plans, args, tmp, rep % 2 == 1, totals);
  if (!ok) return 1;
  report_speed(totals, pages, static_cast<int>(plans.size()));
  report_accuracy(plans, totals, tmp);
  fs::remove_all(tmp);
  return 0;
}
