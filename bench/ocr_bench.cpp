// Scanned-page OCR speed and word accuracy, all with 2 workers, in one run: `opcheck extract
// --jobs 2` versus the tesseract CLI per page (images rendered once with pdftoppm -r 300 -gray,
// OMP_THREAD_LIMIT=1, two at a time via xargs -P2) versus `ocrmypdf --jobs 2 --force-ocr`.
// Plus one page through the tesseract CLI with its default threading, for the note on OpenMP.
// Usage: ocr_bench [CORPUS_DIR] [--reps N] [--opcheck PATH] [--skip-default-threads]
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

#include "bench/bench_support.h"
#include "opcheck/build_info.h"

namespace opcheck::bench {
namespace {

struct Args {
  fs::path corpus = fs::path(kSourceDir) / "corpus" / "sample";
  int reps = 1;
  fs::path opcheck = fs::read_symlink("/proc/self/exe").parent_path().parent_path() / "cli" / "opcheck";
  bool default_threads = true;
};

Args parse_args(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc) args.reps = std::max(1, std::atoi(argv[++i]));
    else if (a == "--opcheck" && i + 1 < argc) args.opcheck = argv[++i];
    else if (a == "--skip-default-threads") args.default_threads = false;
    else args.corpus = a;
  }
  return args;
}

struct Setup {
  std::vector<GoldPlan> plans;
  std::vector<std::vector<fs::path>> images;  // per plan, per page: the 300 dpi gray PNG
  fs::path tmp, image_list;
  int pages = 0;
  double render_seconds = 0;
};

// Renders every page once (not part of any tool's timing; reported on its own).
bool render_images(Setup& s) {
  std::ofstream list(s.image_list);
  for (const GoldPlan& plan : s.plans) {
    fs::path dir = s.tmp / "img" / plan.name;
    fs::create_directories(dir);
    auto r = run_timed({"pdftoppm", "-r", "300", "-gray", "-png", plan.pdf.string(), (dir / "p").string()});
    s.render_seconds += r.seconds;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".png") files.push_back(e.path());
    std::sort(files.begin(), files.end());  // pdftoppm zero-pads page numbers
    if (r.exit_code != 0 || static_cast<int>(files.size()) != plan.pages) {
      std::cerr << plan.name << ": pdftoppm gave " << files.size() << " images for " << plan.pages << " pages\n";
      return false;
    }
    for (const auto& f : files) list << f.string() << "\n";
    s.images.push_back(std::move(files));
  }
  return true;
}

struct Tool {
  std::string name;
  std::vector<double> seconds;  // all pages, per repetition
  AccuracySum accuracy;
  bool failed = false;
};

void run_opcheck(const Setup& s, const Args& args, Tool& tool) {
  double total = 0;
  for (const GoldPlan& plan : s.plans) {
    fs::path out = s.tmp / "opcheck" / (plan.name + ".txt");
    auto r = run_timed({args.opcheck.string(), "extract", "--jobs", "2", "--format", "text", plan.pdf.string()},
                       out.string());
    total += r.seconds;
    tool.failed |= r.exit_code != 0;
  }
  tool.seconds.push_back(total);
}

void run_tesseract(const Setup& s, Tool& tool) {
  auto r = run_timed({"xargs", "-a", s.image_list.string(), "-P2", "-I{}", "tesseract", "{}", "{}", "-l", "nld"},
                     "/dev/null", {"OMP_THREAD_LIMIT=1"});
  tool.failed |= r.exit_code != 0;
  tool.seconds.push_back(r.seconds);
}

void run_ocrmypdf(const Setup& s, Tool& tool) {
  double total = 0;
  for (const GoldPlan& plan : s.plans) {
    fs::path dir = s.tmp / "ocrmypdf";
    auto r = run_timed({"ocrmypdf", "--jobs", "2", "--force-ocr", "-l", "nld", "--sidecar",
                        (dir / (plan.name + ".txt")).string(), plan.pdf.string(), (dir / (plan.name + ".pdf")).string()});
    total += r.seconds;
    tool.failed |= r.exit_code != 0;
  }
  tool.seconds.push_back(total);
}

void score(const Setup& s, Tool& opcheck, Tool& tesseract, Tool& ocrmypdf) {
  for (std::size_t p = 0; p < s.plans.size(); ++p) {
    const GoldPlan& plan = s.plans[p];
    auto ours = split_pages(read_text(s.tmp / "opcheck" / (plan.name + ".txt")), plan.page_text.size());
    auto theirs = split_pages(read_text(s.tmp / "ocrmypdf" / (plan.name + ".txt")), plan.page_text.size());
    for (std::size_t i = 0; i < plan.page_text.size(); ++i) {
      const std::string& truth = plan.page_text[i];
      opcheck.accuracy.add(truth, i < ours.size() ? ours[i] : "");
      tesseract.accuracy.add(truth, read_text(s.images[p][i].string() + ".txt"));
      ocrmypdf.accuracy.add(truth, i < theirs.size() ? theirs[i] : "");
    }
  }
}

// One page, tesseract CLI, default OpenMP threading versus OMP_THREAD_LIMIT=1 (sequential).
void default_threading_note(const Setup& s) {
  std::string image = s.images.front().front().string();
  auto limited = run_timed({"tesseract", image, "-", "-l", "nld"}, "/dev/null", {"OMP_THREAD_LIMIT=1"});
  auto threaded = run_timed({"tesseract", image, "-", "-l", "nld"});
  std::printf("\nNote, tesseract CLI on one page alone: %.2f s with OMP_THREAD_LIMIT=1, %.2f s with its default\n"
              "OpenMP threading (%.1fx slower) on this %u-core machine.\n",
              limited.seconds, threaded.seconds, threaded.seconds / limited.seconds,
              std::thread::hardware_concurrency());
}

void report(const Setup& s, const Tool& op, const Tool& tess, const Tool& om) {
  std::printf("\nOCR, %d scanned pages (%zu fully scanned plans), 2 workers, median of %zu run(s):\n", s.pages,
              s.plans.size(), op.seconds.size());
  std::printf("  %-36s %9s %9s %8s %10s\n", "tool", "wall", "s/page", "pages/s", "word acc.");
  for (const Tool* t : {&op, &tess, &om}) {
    double wall = median(t->seconds);
    std::printf("  %-36s %7.1f s %7.2f s %8.3f %10s%s\n", t->name.c_str(), wall, wall / s.pages, s.pages / wall,
                percent(t->accuracy.accuracy()).c_str(), t->failed ? "  (a run FAILED)" : "");
  }
  std::printf("  (page images rendered once beforehand: %.1f s, %.2f s/page, not in the tesseract figure)\n",
              s.render_seconds, s.render_seconds / s.pages);
  double op_spp = median(op.seconds) / s.pages;
  double speedup = median(om.seconds) / median(op.seconds);
  std::printf("\n  opcheck s/page wall:                %.2f s   bar <= 1.20 s: %s\n", op_spp, op_spp <= 1.2 ? "PASS" : "FAIL");
  std::printf("  ocrmypdf time / opcheck time:       %.2fx    bar >= 1.80x: %s\n", speedup, speedup >= 1.8 ? "PASS" : "FAIL");
  std::printf("  tesseract CLI time / opcheck time:  %.2fx\n", median(tess.seconds) / median(op.seconds));
  bool acc = op.accuracy.accuracy() >= tess.accuracy.accuracy();
  std::printf("  word accuracy opcheck - tesseract:  %+.2f points   bar >= 0: %s   (bar >= 97 %%: %s)\n",
              100 * (op.accuracy.accuracy() - tess.accuracy.accuracy()), acc ? "PASS" : "FAIL",
              op.accuracy.accuracy() >= 0.97 ? "PASS" : "FAIL");
  std::printf("  (tesseract CLI and ocrmypdf text keeps running headers, footers and page numbers, which the\n"
              "   gold page text leaves out; opcheck removes them.)\n");
}

}  // namespace
}  // namespace opcheck::bench

int main(int argc, char** argv) {
  using namespace opcheck::bench;
  Args args = parse_args(argc, argv);
  unsetenv("OMP_THREAD_LIMIT");  // the tools set their own; the default-threading note needs it unset
  Setup s;
  for (auto& plan : load_corpus(args.corpus))
    if (plan.variant == "scanned") s.plans.push_back(std::move(plan));
  if (s.plans.empty() || !fs::exists(args.opcheck)) {
    std::cerr << "ocr_bench: no scanned plans in " << args.corpus << " or no " << args.opcheck << "\n";
    return 2;
  }
  for (const auto& p : s.plans) s.pages += p.pages;
  s.tmp = fs::temp_directory_path() / ("opcheck-ocr-bench-" + std::to_string(getpid()));
  for (const char* d : {"opcheck", "ocrmypdf", "img"}) fs::create_directories(s.tmp / d);
  s.image_list = s.tmp / "images.txt";
  std::printf("ocr_bench: %s, %zu scanned plans, %d pages\n", args.corpus.c_str(), s.plans.size(), s.pages);
  print_machine_note();
  if (!render_images(s)) return 1;
  Tool op{"opcheck extract --jobs 2", {}, {}, false};
  Tool tess{"tesseract CLI, xargs -P2, OMP=1", {}, {}, false};
  Tool om{"ocrmypdf --jobs 2 --force-ocr", {}, {}, false};
  for (int rep = 0; rep < args.reps; ++rep) {  // alternate the order so drift hits all tools
    std::fflush(stdout);
    if (rep % 2 == 0) run_opcheck(s, args, op), run_tesseract(s, tess), run_ocrmypdf(s, om);
    else run_ocrmypdf(s, om), run_tesseract(s, tess), run_opcheck(s, args, op);
  }
  score(s, op, tess, om);
  report(s, op, tess, om);
  if (args.default_threads) default_threading_note(s);
  fs::remove_all(s.tmp);
  return op.failed || tess.failed || om.failed ? 1 : 0;
}
