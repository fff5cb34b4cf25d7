// Storing, listing and applying analysts' overrides. The latest override per plan and item
// wins; earlier ones stay in the table as history.
#include "cli/overrides.h"

#include <set>

namespace opcheck::cli {
namespace {

const std::map<std::string, std::set<std::string>> kStatuses = {
    {"inhoudseisen", {"voldoet", "onvolledig", "ontbreekt"}},
    {"procedure", {"voldoet", "niet_voldaan", "niet_aangetoond"}},
    {"parameter5", {"ja", "deels", "nee", "onbekend"}},
    {"waarderingskader", {"aanwijzing", "geen_aanwijzing"}},
};

struct PlanRef {
  std::string file, sha256;
  nlohmann::json report;
};

Result<PlanRef> find_plan(Store& store, const std::string& plan, const std::string& round) {
  auto stmt = store.database().prepare(
      "SELECT p.file, p.sha256, r.report_json FROM plans p JOIN reports r ON r.plan_id = p.id "
      "WHERE r.round = ? AND (p.file = ? OR p.file = ? || '.pdf' OR p.sha256 LIKE ? || '%')");
  if (!stmt) return stmt.error();
  stmt->bind(1, round).bind(2, plan).bind(3, plan).bind(4, plan.size() >= 8 ? plan : std::string("-"));
  auto row = stmt->step();
  if (!row) return row.error();
  if (!*row)
    return make_error(ErrorKind::usage, "plan '" + plan + "' niet gevonden in de database voor ronde " + round +
                                            "; gebruik de bestandsnaam zoals in het overzicht.");
  return PlanRef{stmt->text(0), stmt->text(1), nlohmann::json::parse(stmt->text(2))};
}

const nlohmann::json* find_finding(const nlohmann::json& report, const std::string& item) {
  for (const auto& f : report.at("findings"))
    if (f.at("item") == item) return &f;
  return nullptr;
}

}  // namespace

Result<Override> add_override(Store& store, const std::string& plan, const std::string& round, const std::string& item,
                              const std::string& status, const std::string& note, const std::string& author) {
  auto ref = find_plan(store, plan, round);
  if (!ref) return ref.error();
  const auto* finding = find_finding(ref->report, item);
  if (!finding) return make_error(ErrorKind::usage, "item '" + item + "' komt niet voor in het rapport van " + ref->file + ".");
  const auto& allowed = kStatuses.at(finding->at("checklist").get<std::string>());
  if (!allowed.count(status)) {
    std::string list;
    for (const auto& s : allowed) list += (list.empty() ? "" : ", ") + s;
    return make_error(ErrorKind::usage, "status '" + status + "' past niet bij " + item + "; kies uit: " + list + ".");
  }
  auto stmt = store.database().prepare(
      "INSERT INTO overrides (plan_sha256, round, item, status, note, author) VALUES (?,?,?,?,?,?) RETURNING at");
  if (!stmt) return stmt.error();
  stmt->bind(1, ref->sha256).bind(2, round).bind(3, item).bind(4, status).bind(5, note).bind(6, author);
  auto row = stmt->step();
  if (!row) return row.error();
  return Override{ref->file, ref->sha256, round, item, status, note, author, stmt->text(0)};
}

Result<std::vector<Override>> list_overrides(Store& store, const std::string& round) {
  auto stmt = store.database().prepare(
      "SELECT COALESCE((SELECT file FROM plans WHERE sha256 = o.plan_sha256), '?'), o.plan_sha256, o.round, o.item, "
      "o.status, o.note, o.author, o.at FROM overrides o WHERE o.round = ? ORDER BY o.id");
  if (!stmt) return stmt.error();
  stmt->bind(1, round);
  std::vector<Override> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back({stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4), stmt->text(5),
                   stmt->text(6), stmt->text(7)});
  }
  return out;
}

void apply_overrides(nlohmann::json& report, const std::vector<Override>& overrides) {
  const std::string sha = report.at("plan").value("sha256", "");
  for (auto& finding : report.at("findings")) {
    const Override* latest = nullptr;
    for (const auto& o : overrides)
      if (o.plan_sha256 == sha && o.item == finding.at("item")) latest = &o;
    if (!latest) continue;
    std::string original = finding.at("override").is_object() ? finding["override"].value("original_status", "")
                                                              : finding.at("status").get<std::string>();
    finding["override"] = {{"status", latest->status}, {"note", latest->note}, {"by", latest->author},
                           {"at", latest->at}, {"original_status", original}};
    finding["status"] = latest->status;
  }
}

std::string format_overrides(const std::vector<Override>& overrides) {
  if (overrides.empty()) return "Geen correcties vastgelegd.\n";
  std::string out = "Correcties door analisten (de laatste per plan en item geldt):\n";
  for (const auto& o : overrides)
    out += o.at + "  " + o.plan_file + "  " + o.item + " -> " + o.status + "  door " + o.author + ": " + o.note + "\n";
  return out;
}

}  // namespace opcheck::cli
