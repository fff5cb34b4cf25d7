// The batch driver. Files whose stored extraction is current are reused; the others are
// extracted in parallel child processes (ExtractionPool) while this thread analyses and stores
// the finished ones in input order. A plan whose report was made from the same inputs is not
// analysed again, which keeps an unchanged re-run fast.
#include "cli/run_command.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "analyse/analyse.h"
#include "checklists/checklists.h"
#include "cli/extraction_pool.h"
#include "cli/file_write.h"
#include "cli/fingerprint.h"
#include "cli/round_outputs.h"
#include "cli/run_progress.h"
#include "cli/store.h"
#include "opcheck/build_info.h"

namespace opcheck::cli {
namespace {

namespace fs = std::filesystem;
using Manifest = std::map<std::string, checklists::Date>;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// One input file and what must be done with it.
struct Job {
  fs::path pdf;
  Result<std::string> sha = std::string();
  bool extract = false;         // no current extraction in the store
  std::size_t pool_index = 0;   // its place in the extraction pool when `extract`
};

struct Context {
  const RunRequest& request;
  const checklists::Catalog& catalog;
  const Manifest& manifest;
  Store& store;
  std::string key_base;  // build and checklists; the round and receipt date are added per plan
  RunSummary summary;
  std::set<std::string> shas;  // the plans of this run, for its outputs
};

std::vector<FindingRow> finding_rows(const std::string& report_json) {
  std::vector<FindingRow> rows;
  auto report = nlohmann::json::parse(report_json);
  for (const auto& f : report.at("findings"))
    rows.push_back({f.at("checklist"), f.at("item"), f.at("status"), f.at("confidence"), f.at("explanation"),
                    f.at("evidence").dump()});
  return rows;
}

analyse::AnalyseOptions analyse_options(const Context& ctx, const fs::path& pdf) {
  analyse::AnalyseOptions options;
  options.round = ctx.request.round;
  if (auto it = ctx.manifest.find(pdf.filename().string()); it != ctx.manifest.end()) options.received = it->second;
  return options;
}

std::string input_key(const Context& ctx, const analyse::AnalyseOptions& options) {
  std::string received = options.received ? options.received->iso() : "";
  return ctx.key_base + "|" + options.round + "|" + received;
}

Result<std::vector<Job>> plan_jobs(Context& ctx, const std::vector<fs::path>& pdfs) {
  std::vector<Job> jobs;
  std::size_t to_extract = 0;
  for (const fs::path& pdf : pdfs) {
    Job job{pdf, ctx.store.file_sha256(pdf)};
    if (job.sha) {
      auto current = ctx.store.is_current(*job.sha);
      if (!current) return current.error();
      job.extract = ctx.request.force || !*current;
      if (job.extract) job.pool_index = to_extract++;
    }
    jobs.push_back(std::move(job));
  }
  return jobs;
}

void add_step_times(RunSummary& summary, const extract::Document& doc) {
  for (const auto& step : doc.timings)
    (step.step == "ocr" ? summary.ocr_seconds : summary.text_seconds) += step.seconds;
}

// The document to analyse: fresh from the pool (and stored now), or the stored one.
Result<extract::Document> document_for(Context& ctx, const Job& job, ExtractionPool& pool) {
  if (!job.extract) {
    ++ctx.summary.reused;
    auto stored = ctx.store.find(*job.sha);
    if (!stored) return stored.error();
    if (stored->has_value() && (*stored)->error) return *(*stored)->error;
    return ctx.store.load_document(*job.sha);
  }
  auto doc = pool.take(job.pool_index);
  std::lock_guard gate(extract::fork_gate());
  if (!doc) {
    if (auto ok = ctx.store.save_failure(*job.sha, job.pdf, doc.error()); !ok) return ok.error();
    return doc.error();
  }
  add_step_times(ctx.summary, *doc);
  if (auto ok = ctx.store.save_extraction(*doc, job.pdf); !ok) return ok.error();
  return doc;
}

// Analyses and stores one plan; holds the fork gate because analysis runs ICU and Hunspell.
Status analyse_and_store(Context& ctx, const Job& job, const extract::Document& doc, const std::string& key,
                         const analyse::AnalyseOptions& options) {
  std::lock_guard gate(extract::fork_gate());
  auto start = Clock::now();
  auto report = analyse::analyse_plan(doc, ctx.catalog, options);
  if (!report) return report.error();
  std::string json = analyse::to_report_json(*report);
  ctx.summary.analyse_seconds += seconds_since(start);
  return ctx.store.save_report(*job.sha, ctx.request.round, json, finding_rows(json), key);
}

Status store_failure_report(Context& ctx, const Job& job, const Error& error, const std::string& key,
                            const analyse::AnalyseOptions& options) {
  auto report = analyse::failed_report(job.pdf.filename().string(), *job.sha, options, error);
  std::lock_guard gate(extract::fork_gate());
  return ctx.store.save_report(*job.sha, ctx.request.round, analyse::to_report_json(report), {}, key);
}

Status process(Context& ctx, const Job& job, ExtractionPool& pool, Progress& progress) {
  std::string file = job.pdf.filename().string();
  progress.started(file);
  auto options = analyse_options(ctx, job.pdf);
  if (!job.sha) {  // unreadable: nothing to key it by in the store, so its report goes straight out
    ++ctx.summary.failed;
    progress.failed(file, job.sha.error().message);
    auto report = analyse::failed_report(file, "", options, job.sha.error());
    return write_whole_file(ctx.request.out / "plans" / job.pdf.stem() / "report.json", analyse::to_report_json(report));
  }
  ctx.shas.insert(*job.sha);
  std::string key = input_key(ctx, options);
  auto done = ctx.store.has_report(*job.sha, ctx.request.round, key);
  if (!done) return done.error();
  auto stored = job.extract || !*done ? Result<std::optional<StoredPlan>>(std::nullopt) : ctx.store.find(*job.sha);
  if (!stored) return stored.error();
  if (*stored) {  // unchanged plan, unchanged inputs: its stored report stands
    ++ctx.summary.reused;
    if ((*stored)->error) {
      ++ctx.summary.failed;
      progress.failed(file, (*stored)->error->message);
    } else {
      progress.unchanged(file);
    }
    return Ok{};
  }
  auto doc = document_for(ctx, job, pool);
  if (!doc) {
    if (doc.error().kind == ErrorKind::database) return doc.error();
    ++ctx.summary.failed;
    progress.failed(file, doc.error().message);
    return store_failure_report(ctx, job, doc.error(), key, options);
  }
  ctx.summary.ocr_pages += doc->quality.ocr_pages;
  ++ctx.summary.analysed;
  progress.finished(file, doc->quality.pages, doc->quality.ocr_pages);
  return analyse_and_store(ctx, job, *doc, key, options);
}

Result<Manifest> load_manifest(const RunRequest& request, const std::vector<fs::path>& pdfs) {
  std::optional<fs::path> path = request.manifest;
  if (!path && !pdfs.empty() && fs::exists(pdfs.front().parent_path() / "ontvangst.csv"))
    path = pdfs.front().parent_path() / "ontvangst.csv";
  if (!path) return Manifest{};
  return analyse::read_manifest(*path);
}

std::vector<fs::path> pdfs_to_extract(const std::vector<Job>& jobs) {
  std::vector<fs::path> pdfs;
  for (const Job& job : jobs)
    if (job.extract) pdfs.push_back(job.pdf);
  return pdfs;
}

// The lock file of the shared OCR budget (extract::Options::ocr_slots_file), removed after the
// run. Without it (temp folder not writable) documents simply each use their own workers.
class OcrBudgetFile {
 public:
  explicit OcrBudgetFile(int slots) {
    if (slots <= 1) return;
    std::error_code ec;
    const fs::path dir = fs::temp_directory_path(ec);
    if (ec) return;
    remove_stale(dir);
    fs::path file = dir / (kPrefix + std::to_string(::getpid()));
    std::ofstream(file).put('\0');
    if (fs::exists(file, ec)) path_ = file;
  }
  OcrBudgetFile(const OcrBudgetFile&) = delete;
  OcrBudgetFile& operator=(const OcrBudgetFile&) = delete;
  ~OcrBudgetFile() {
    std::error_code ec;
    if (!path_.empty()) fs::remove(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  static constexpr const char* kPrefix = "opcheck-ocr-";

  // A run that was killed could not remove its file: remove those of processes that are gone.
  static void remove_stale(const fs::path& dir) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      const std::string name = entry.path().filename().string();
      if (!name.starts_with(kPrefix)) continue;
      const std::string digits = name.substr(std::string_view(kPrefix).size());
      if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) continue;
      if (::kill(static_cast<pid_t>(std::stol(digits)), 0) != 0 && errno == ESRCH) fs::remove(entry.path(), ec);
    }
  }

  fs::path path_;
};

Status run_jobs(Context& ctx, const std::vector<Job>& jobs) {
  auto to_extract = pdfs_to_extract(jobs);
  // Load the language data once, before any worker forks, so children inherit it.
  if (!to_extract.empty())
    if (auto warmed = extract::warm_up(); !warmed) return warmed.error();
  extract::Options options;
  options.threads = ctx.request.jobs;
  // --jobs is the number of pages OCR'd at once over the whole batch, not per document: without
  // a shared budget two scanned plans would each start `jobs` Tesseract workers.
  const OcrBudgetFile budget(ctx.request.jobs);
  options.ocr_slots_file = budget.path();
  options.ocr_slots = ctx.request.jobs;
  ExtractionPool pool(std::move(to_extract), ctx.request.jobs, options);
  Progress progress(static_cast<int>(jobs.size()), ctx.request.quiet);
  for (const Job& job : jobs) {
    ++ctx.summary.plans;
    if (auto ok = process(ctx, job, pool, progress); !ok) return ok;
  }
  progress.clear();
  return Ok{};
}

}  // namespace

Result<std::vector<fs::path>> collect_pdfs(const std::vector<fs::path>& inputs) {
  std::vector<fs::path> pdfs;
  for (const fs::path& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      for (const auto& entry : fs::directory_iterator(input, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".pdf") pdfs.push_back(entry.path());
    } else if (fs::exists(input, ec)) {
      pdfs.push_back(input);
    } else {
      return make_error(ErrorKind::io, input.string() + ": bestand of map bestaat niet.");
    }
  }
  std::sort(pdfs.begin(), pdfs.end());
  pdfs.erase(std::unique(pdfs.begin(), pdfs.end()), pdfs.end());
  return pdfs;
}

Result<RunSummary> run_batch(const RunRequest& request) {
  auto start = Clock::now();
  auto inputs = request.inputs.empty() ? std::vector<fs::path>{fs::path(kSourceDir) / "corpus" / "sample"} : request.inputs;
  auto pdfs = collect_pdfs(inputs);
  if (!pdfs) return pdfs.error();
  auto catalog = checklists::load_catalog(checklists::default_checklist_dir());
  if (!catalog) return catalog.error();
  if (!checklists::find_round(*catalog, request.round))
    return make_error(ErrorKind::usage, "onbekende ronde '" + request.round + "'; zie 'opcheck checklists'.");
  auto manifest = load_manifest(request, *pdfs);
  if (!manifest) return manifest.error();
  std::error_code ec;
  fs::create_directories(request.out, ec);
  if (ec) return make_error(ErrorKind::io, request.out.string() + ": map kan niet worden gemaakt (" + ec.message() + ").");
  auto store = Store::open(request.db.value_or(request.out / "opcheck.sqlite"));
  if (!store) return store.error();
  Context ctx{request, *catalog, *manifest, *store,
              build_identity() + "|" + folder_fingerprint(checklists::default_checklist_dir()), {}, {}};
  auto jobs = plan_jobs(ctx, *pdfs);
  if (!jobs) return jobs.error();
  if (auto ok = run_jobs(ctx, *jobs); !ok) return ok.error();
  auto outputs_start = Clock::now();
  auto written = write_round_outputs(*store, *catalog, {request.round, request.out, ctx.shas, true});
  if (!written) return written.error();
  ctx.summary.outputs_rewritten = *written;
  ctx.summary.output_seconds = seconds_since(outputs_start);
  ctx.summary.seconds = seconds_since(start);
  return ctx.summary;
}

}  // namespace opcheck::cli
