// Loading a round's reports from SQLite and handing them, with overrides applied, to the
// writers of cli/outputs.h.
#include "cli/round_outputs.h"

#include <fstream>

#include "cli/file_write.h"
#include "cli/fingerprint.h"
#include "cli/outputs.h"
#include "cli/overrides.h"

namespace opcheck::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFingerprintFile = ".opcheck-uitvoer";

Result<std::vector<PlanOutput>> load_plans(Store& store, const RoundOutputRequest& request) {
  auto stmt = store.database().prepare(
      "SELECT p.file, p.source_path, p.sha256, r.report_json FROM reports r JOIN plans p ON p.id = r.plan_id "
      "WHERE r.round = ? ORDER BY p.file");
  if (!stmt) return stmt.error();
  stmt->bind(1, request.round);
  auto overrides = list_overrides(store, request.round);
  if (!overrides) return overrides.error();
  std::vector<PlanOutput> plans;
  for (;;) {
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) break;
    if (request.only_sha256 && !request.only_sha256->count(stmt->text(2))) continue;
    PlanOutput plan{fs::path(stmt->text(0)).stem().string(), stmt->text(1), nlohmann::json::parse(stmt->text(3))};
    apply_overrides(plan.report, *overrides);
    plans.push_back(std::move(plan));
  }
  return plans;
}

Status write_plan_files(Store& store, const RoundOutputRequest& request, const PlanOutput& plan) {
  fs::path dir = request.out / "plans" / plan.name;
  if (auto ok = write_whole_file(dir / "report.json", plan.report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"); !ok)
    return ok;
  if (!request.write_extract_text) return Ok{};
  auto doc = store.load_document(plan.report.at("plan").value("sha256", ""));
  return write_whole_file(dir / "extract.txt", doc ? extract::to_contract_text(*doc) : std::string());
}

// What the outputs are made of; equal fingerprints mean equal outputs.
std::string outputs_fingerprint(const std::vector<PlanOutput>& plans, const RoundOutputRequest& request) {
  std::string all = build_identity() + "|" + request.round + "|" + (request.write_extract_text ? "t" : "-");
  for (const auto& plan : plans) all += "|" + plan.name + "|" + plan.pdf.string() + "|" + plan.report.dump();
  return hash_text(all);
}

bool outputs_current(const RoundOutputRequest& request, const std::string& fingerprint) {
  std::ifstream in(request.out / kFingerprintFile);
  std::string stored;
  std::getline(in, stored);
  return stored == fingerprint && fs::exists(request.out / "index.html");
}

Status write_all(Store& store, const checklists::Catalog& catalog, const RoundOutputRequest& request,
                 std::vector<PlanOutput> plans) {
  for (const auto& plan : plans)
    if (auto ok = write_plan_files(store, request, plan); !ok) return ok;
  RoundOutputs outputs{request.round, std::move(plans), &catalog, request.out};
  if (auto ok = write_html(outputs); !ok) return ok;
  if (auto ok = write_exports(outputs); !ok) return ok;
  return write_letters(outputs);
}

}  // namespace

Result<bool> write_round_outputs(Store& store, const checklists::Catalog& catalog, const RoundOutputRequest& request) {
  auto plans = load_plans(store, request);
  if (!plans) return plans.error();
  std::string fingerprint = outputs_fingerprint(*plans, request);
  if (!request.always && outputs_current(request, fingerprint)) return false;
  std::error_code ec;
  fs::remove(request.out / kFingerprintFile, ec);  // an interrupted write must not look current
  if (auto ok = write_all(store, catalog, request, std::move(*plans)); !ok) return ok.error();
  if (auto ok = write_whole_file(request.out / kFingerprintFile, fingerprint + "\n"); !ok) return ok.error();
  return true;
}

}  // namespace opcheck::cli
