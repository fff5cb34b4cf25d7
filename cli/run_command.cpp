// The batch driver: per PDF, reuse or redo the extraction (child process), analyse it, store
// the report in SQLite and write its files. Progress goes to stderr: a live line on a
// terminal, plain log lines otherwise.
#include "cli/run_command.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <iostream>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "analyse/analyse.h"
#include "checklists/checklists.h"
#include "cli/round_outputs.h"
#include "cli/store.h"
#include "opcheck/build_info.h"

namespace opcheck::cli {
namespace {

namespace fs = std::filesystem;
using Manifest = std::map<std::string, checklists::Date>;

struct Context {
  const RunRequest& request;
  const checklists::Catalog& catalog;
  const Manifest& manifest;
  Store& store;
  RunSummary summary;
  std::set<std::string> shas;  // the plans of this run, for its outputs
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  bool live = isatty(STDERR_FILENO) != 0;
};

Status write_text(const fs::path& path, const std::string& text) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) return make_error(ErrorKind::io, path.string() + ": kan niet worden geschreven.");
  return Ok{};
}

std::vector<FindingRow> finding_rows(const std::string& report_json) {
  std::vector<FindingRow> rows;
  auto report = nlohmann::json::parse(report_json);
  for (const auto& f : report.at("findings"))
    rows.push_back({f.at("checklist"), f.at("item"), f.at("status"), f.at("confidence"), f.at("explanation"),
                    f.at("evidence").dump()});
  return rows;
}

void show_progress(Context& ctx, int index, int total, const fs::path& pdf) {
  if (ctx.request.quiet) return;
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - ctx.start).count();
  double eta = index > 0 ? elapsed / index * (total - index) : 0;
  char line[512];
  std::snprintf(line, sizeof line, "[%d/%d] %d OCR-pagina's, nog ca. %.0f s — %s", index, total,
                ctx.summary.ocr_pages, eta, pdf.filename().c_str());
  if (ctx.live) std::cerr << "\r\033[K" << line << std::flush;
  else std::cerr << line << "\n";
}

// The stored extraction when current, else a new one in a child process (stored as well).
Result<extract::Document> obtain_document(Context& ctx, const fs::path& pdf, const std::string& sha) {
  auto current = ctx.store.is_current(sha);
  if (!current) return current.error();
  if (*current && !ctx.request.force) {
    auto stored = ctx.store.find(sha);
    if (stored && stored->has_value() && (*stored)->error) return *(*stored)->error;
    ++ctx.summary.reused;
    return ctx.store.load_document(sha);
  }
  extract::Options options;
  options.threads = ctx.request.jobs;
  auto doc = extract::extract_isolated(pdf, options);
  if (!doc) {
    if (auto ok = ctx.store.save_failure(sha, pdf, doc.error()); !ok) return ok.error();
    return doc.error();
  }
  if (auto ok = ctx.store.save_extraction(*doc, pdf); !ok) return ok.error();
  return doc;
}

analyse::AnalyseOptions analyse_options(const Context& ctx, const fs::path& pdf) {
  analyse::AnalyseOptions options;
  options.round = ctx.request.round;
  if (auto it = ctx.manifest.find(pdf.filename().string()); it != ctx.manifest.end()) options.received = it->second;
  return options;
}

Status process_one(Context& ctx, const fs::path& pdf) {
  fs::path dir = ctx.request.out / "plans" / pdf.stem();
  auto options = analyse_options(ctx, pdf);
  auto sha = extract::file_sha256(pdf);
  if (!sha) {  // unreadable: nothing to key it by in the store, so its report goes straight out
    ++ctx.summary.failed;
    auto report = analyse::failed_report(pdf.filename().string(), "", options, sha.error());
    return write_text(dir / "report.json", analyse::to_report_json(report));
  }
  ctx.shas.insert(*sha);
  auto doc = obtain_document(ctx, pdf, *sha);
  if (!doc) {
    ++ctx.summary.failed;
    if (!ctx.request.quiet && !ctx.live) std::cerr << "  fout: " << doc.error().message << "\n";
    auto report = analyse::failed_report(pdf.filename().string(), *sha, options, doc.error());
    if (auto ok = write_text(dir / "extract.txt", ""); !ok) return ok;
    return ctx.store.save_report(*sha, ctx.request.round, analyse::to_report_json(report), {});
  }
  ctx.summary.ocr_pages += doc->quality.ocr_pages;
  auto report = analyse::analyse_plan(*doc, ctx.catalog, options);
  if (!report) return report.error();
  std::string json = analyse::to_report_json(*report);
  if (auto ok = ctx.store.save_report(*sha, ctx.request.round, json, finding_rows(json)); !ok) return ok;
  ++ctx.summary.analysed;
  return write_text(dir / "extract.txt", extract::to_contract_text(*doc));
}

Result<Manifest> load_manifest(const RunRequest& request, const std::vector<fs::path>& pdfs) {
  std::optional<fs::path> path = request.manifest;
  if (!path && !pdfs.empty() && fs::exists(pdfs.front().parent_path() / "ontvangst.csv"))
    path = pdfs.front().parent_path() / "ontvangst.csv";
  if (!path) return Manifest{};
  return analyse::read_manifest(*path);
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
  return pdfs;
}

Result<RunSummary> run_batch(const RunRequest& request) {
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
  Context ctx{request, *catalog, *manifest, *store, {}, {}};
  int total = static_cast<int>(pdfs->size());
  for (int i = 0; i < total; ++i) {
    show_progress(ctx, i, total, (*pdfs)[static_cast<size_t>(i)]);
    ++ctx.summary.plans;
    if (auto ok = process_one(ctx, (*pdfs)[static_cast<size_t>(i)]); !ok) return ok.error();
  }
  if (ctx.live && !request.quiet) std::cerr << "\r\033[K";
  if (auto ok = write_round_outputs(*store, *catalog, {request.round, request.out, ctx.shas, false}); !ok) return ok.error();
  ctx.summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - ctx.start).count();
  return ctx.summary;
}

}  // namespace opcheck::cli
