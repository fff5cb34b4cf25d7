// Writing and reading extracted documents in the store. A plan's rows are replaced as a
// whole inside one transaction: re-runs never duplicate pages or lines.
#include "cli/store.h"

#include <nlohmann/json.hpp>

#include "opcheck/build_info.h"

namespace opcheck::cli {
namespace {

using extract::Document;
using extract::Line;
using extract::LineRole;
using extract::Page;


std::string words_json(const Line& line) {
  nlohmann::json words = nlohmann::json::array();
  for (const auto& w : line.words) words.push_back({w.text, w.box.x0, w.box.y0, w.box.x1, w.box.y1, w.confidence});
  return words.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string timings_json(const Document& doc) {
  nlohmann::json t = nlohmann::json::object();
  for (const auto& step : doc.timings) t[step.step] = t.value(step.step, 0.0) + step.seconds;
  return t.dump();
}

Status insert_lines(Database& db, long long plan_id, const Page& page) {
  auto stmt = db.prepare(
      "INSERT INTO lines (plan_id, page, line, role, text, x0, y0, x1, y1, font_size, font, bold, words) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!stmt) return stmt.error();
  int index = 0;
  for (const Line& l : page.lines) {
    stmt->bind(1, plan_id).bind(2, page.number).bind(3, index++).bind(4, extract::role_name(l.role)).bind(5, l.text);
    stmt->bind(6, l.box.x0).bind(7, l.box.y0).bind(8, l.box.x1).bind(9, l.box.y1);
    stmt->bind(10, l.font_size).bind(11, l.font_name).bind(12, l.bold ? 1 : 0).bind(13, words_json(l));
    if (auto ok = stmt->run(); !ok) return ok;
  }
  return Ok{};
}

}  // namespace

Result<std::optional<StoredPlan>> Store::find(const std::string& sha256) {
  auto stmt = db_.prepare("SELECT id, sha256, file, pipeline_version, error_kind, error_message FROM plans WHERE sha256 = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, sha256);
  auto row = stmt->step();
  if (!row) return row.error();
  if (!*row) return std::optional<StoredPlan>{};
  StoredPlan plan{stmt->integer(0), stmt->text(1), stmt->text(2), stmt->text(3), std::nullopt};
  if (!stmt->is_null(4)) plan.error = Error{static_cast<ErrorKind>(stmt->integer(4)), stmt->text(5)};
  return std::optional<StoredPlan>{plan};
}

Result<bool> Store::is_current(const std::string& sha256) {
  auto plan = find(sha256);
  if (!plan) return plan.error();
  return plan->has_value() && (*plan)->pipeline_version == kPipelineVersion;
}

Result<long long> Store::replace_plan_row(const std::string& sha256, const std::string& source, const Error* error) {
  if (auto ok = db_.prepare("DELETE FROM plans WHERE sha256 = ?"); !ok) return ok.error();
  else if (auto run = ok->bind(1, sha256).run(); !run) return run.error();
  auto stmt = db_.prepare("INSERT INTO plans (sha256, file, source_path, pipeline_version, error_kind, error_message) VALUES (?,?,?,?,?,?)");
  if (!stmt) return stmt.error();
  stmt->bind(1, sha256).bind(2, std::filesystem::path(source).filename().string()).bind(3, source).bind(4, kPipelineVersion);
  if (error) stmt->bind(5, static_cast<int>(error->kind)).bind(6, error->message);
  else stmt->bind_null(5).bind_null(6);
  if (auto ok = stmt->run(); !ok) return ok.error();
  return db_.last_insert_id();
}

Status Store::insert_pages(long long plan_id, const Document& doc) {
  auto stmt = db_.prepare(
      "INSERT INTO pages (plan_id, page, width, height, method, needs_ocr, ocr_reason, rotation, skew, "
      "dictionary_rate, letter_share, ocr_confidence, warning, body_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!stmt) return stmt.error();
  for (const Page& p : doc.pages) {
    stmt->bind(1, plan_id).bind(2, p.number).bind(3, p.width).bind(4, p.height);
    stmt->bind(5, p.method == extract::Method::ocr ? "ocr" : "text").bind(6, p.decision.needs_ocr ? 1 : 0);
    stmt->bind(7, p.decision.reason).bind(8, p.rotation).bind(9, p.skew).bind(10, p.quality.dictionary_rate);
    stmt->bind(11, p.quality.letter_share).bind(12, p.quality.ocr_confidence).bind(13, p.warning);
    stmt->bind(14, extract::body_text(p));
    if (auto ok = stmt->run(); !ok) return ok;
    if (auto ok = insert_lines(db_, plan_id, p); !ok) return ok;
  }
  return Ok{};
}

Status Store::save_extraction(const Document& doc, const std::filesystem::path& source) {
  auto tx = Transaction::begin(db_);
  if (!tx) return tx.error();
  auto id = replace_plan_row(doc.sha256, source.string(), nullptr);
  if (!id) return id.error();
  if (auto ok = insert_pages(*id, doc); !ok) return ok;
  auto stmt = db_.prepare("UPDATE plans SET pages = ?, ocr_pages = ?, dictionary_rate = ?, ocr_confidence = ?, timings = ? WHERE id = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, doc.quality.pages).bind(2, doc.quality.ocr_pages).bind(3, doc.quality.dictionary_rate);
  stmt->bind(4, doc.quality.ocr_confidence).bind(5, timings_json(doc)).bind(6, *id);
  if (auto ok = stmt->run(); !ok) return ok;
  return (*tx)->commit();
}

Status Store::save_failure(const std::string& sha256, const std::filesystem::path& source, const Error& error) {
  auto tx = Transaction::begin(db_);
  if (!tx) return tx.error();
  auto id = replace_plan_row(sha256, source.string(), &error);
  if (!id) return id.error();
  return (*tx)->commit();
}

Result<Document> Store::load_document(const std::string& sha256) {
  auto plan = find(sha256);
  if (!plan) return plan.error();
  if (!plan->has_value()) return make_error(ErrorKind::database, "plan " + sha256 + " staat niet in de database");
  Document doc;
  doc.file = (*plan)->file;
  doc.sha256 = sha256;
  auto pages = db_.prepare(
      "SELECT page, width, height, method, needs_ocr, ocr_reason, rotation, skew, dictionary_rate, letter_share, "
      "ocr_confidence, warning FROM pages WHERE plan_id = ? ORDER BY page");
  auto lines = db_.prepare(
      "SELECT page, role, text, x0, y0, x1, y1, font_size, font, bold, words FROM lines WHERE plan_id = ? ORDER BY page, line");
  if (!pages) return pages.error();
  if (!lines) return lines.error();
  pages->bind(1, (*plan)->id);
  while (auto row = pages->step()) {
    if (!*row) break;
    Page p;
    p.number = static_cast<int>(pages->integer(0));
    p.width = pages->real(1);
    p.height = pages->real(2);
    p.method = pages->text(3) == "ocr" ? extract::Method::ocr : extract::Method::text;
    p.decision = {pages->integer(4) != 0, pages->text(5)};
    p.rotation = static_cast<int>(pages->integer(6));
    p.skew = pages->real(7);
    p.quality.dictionary_rate = pages->real(8);
    p.quality.letter_share = pages->real(9);
    if (!pages->is_null(10)) p.quality.ocr_confidence = pages->real(10);
    if (!pages->is_null(11)) p.warning = pages->text(11);
    doc.pages.push_back(std::move(p));
  }
  lines->bind(1, (*plan)->id);
  while (auto row = lines->step()) {
    if (!*row) break;
    Line l;
    l.role = extract::role_from(lines->text(1));
    l.text = lines->text(2);
    l.box = {lines->real(3), lines->real(4), lines->real(5), lines->real(6)};
    l.font_size = lines->real(7);
    l.font_name = lines->text(8);
    l.bold = lines->integer(9) != 0;
    for (const auto& w : nlohmann::json::parse(lines->text(10)))
      l.words.push_back({w[0], {w[1], w[2], w[3], w[4]}, w[5]});
    doc.pages[static_cast<size_t>(lines->integer(0) - 1)].lines.push_back(std::move(l));
  }
  return doc;
}

Status Store::save_report(const std::string& sha256, const std::string& round, const std::string& report_json,
                          const std::vector<FindingRow>& findings, const std::string& input_key) {
  auto plan = find(sha256);
  if (!plan) return plan.error();
  if (!plan->has_value()) return make_error(ErrorKind::database, "plan " + sha256 + " staat niet in de database");
  long long id = (*plan)->id;
  auto tx = Transaction::begin(db_);
  if (!tx) return tx.error();
  auto del = db_.prepare("DELETE FROM reports WHERE plan_id = ? AND round = ?");
  auto ins = db_.prepare("INSERT INTO reports (plan_id, round, pipeline_version, report_json, input_key) VALUES (?,?,?,?,?)");
  auto row = db_.prepare("INSERT INTO findings (plan_id, round, checklist, item, status, confidence, explanation, evidence) VALUES (?,?,?,?,?,?,?,?)");
  if (!del) return del.error();
  if (!ins) return ins.error();
  if (!row) return row.error();
  if (auto ok = del->bind(1, id).bind(2, round).run(); !ok) return ok;
  if (auto ok = ins->bind(1, id).bind(2, round).bind(3, kPipelineVersion).bind(4, report_json).bind(5, input_key).run(); !ok) return ok;
  for (const FindingRow& f : findings) {
    row->bind(1, id).bind(2, round).bind(3, f.checklist).bind(4, f.item).bind(5, f.status);
    row->bind(6, f.confidence).bind(7, f.explanation).bind(8, f.evidence_json);
    if (auto ok = row->run(); !ok) return ok;
  }
  return (*tx)->commit();
}

Result<std::optional<std::string>> Store::load_report(const std::string& sha256, const std::string& round) {
  auto stmt = db_.prepare(
      "SELECT r.report_json FROM reports r JOIN plans p ON p.id = r.plan_id "
      "WHERE p.sha256 = ? AND r.round = ? AND r.pipeline_version = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, sha256).bind(2, round).bind(3, kPipelineVersion);
  auto row = stmt->step();
  if (!row) return row.error();
  if (!*row) return std::optional<std::string>{};
  return std::optional<std::string>{stmt->text(0)};
}

Result<std::string> Store::file_sha256(const std::filesystem::path& path) {
  std::error_code ec;
  auto size = static_cast<long long>(std::filesystem::file_size(path, ec));
  if (ec) return extract::file_sha256(path);  // let the extract stage word the error
  auto mtime = static_cast<long long>(std::filesystem::last_write_time(path, ec).time_since_epoch().count());
  std::string key = std::filesystem::absolute(path).lexically_normal().string();
  auto get = db_.prepare("SELECT sha256 FROM file_hashes WHERE path = ? AND size = ? AND mtime_ns = ?");
  if (!get) return get.error();
  get->bind(1, key).bind(2, size).bind(3, mtime);
  if (auto row = get->step(); row && *row) return get->text(0);
  auto sha = extract::file_sha256(path);
  if (!sha) return sha;
  auto put = db_.prepare("INSERT OR REPLACE INTO file_hashes (path, size, mtime_ns, sha256) VALUES (?,?,?,?)");
  if (!put) return put.error();
  if (auto ok = put->bind(1, key).bind(2, size).bind(3, mtime).bind(4, *sha).run(); !ok) return ok.error();
  return sha;
}

Result<bool> Store::has_report(const std::string& sha256, const std::string& round, const std::string& input_key) {
  auto stmt = db_.prepare(
      "SELECT 1 FROM reports r JOIN plans p ON p.id = r.plan_id WHERE p.sha256 = ? AND r.round = ? AND r.input_key = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, sha256).bind(2, round).bind(3, input_key);
  auto row = stmt->step();
  if (!row) return row.error();
  return *row;
}

}  // namespace opcheck::cli
