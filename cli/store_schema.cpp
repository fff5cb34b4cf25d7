// Schema migrations of the store, applied in order inside one transaction each. A migration
// is never edited once released: add a new one and bump kSchemaVersion.
#include <array>

#include "cli/store.h"

namespace opcheck::cli {
namespace {

constexpr std::array<const char*, kSchemaVersion> kMigrations = {
    // 1: plans, pages, lines.
    R"sql(
CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,
  source_path TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  extracted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  pages INTEGER NOT NULL DEFAULT 0,
  ocr_pages INTEGER NOT NULL DEFAULT 0,
  dictionary_rate REAL,
  ocr_confidence REAL,
  timings TEXT,
  error_kind INTEGER,
  error_message TEXT
);
CREATE TABLE pages (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  page INTEGER NOT NULL,
  width REAL NOT NULL, height REAL NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('text','ocr')),
  needs_ocr INTEGER NOT NULL, ocr_reason TEXT NOT NULL,
  rotation INTEGER NOT NULL, skew REAL NOT NULL,
  dictionary_rate REAL NOT NULL, letter_share REAL NOT NULL, ocr_confidence REAL,
  warning TEXT,
  body_text TEXT NOT NULL,
  PRIMARY KEY (plan_id, page)
);
CREATE TABLE lines (
  plan_id INTEGER NOT NULL, page INTEGER NOT NULL, line INTEGER NOT NULL,
  role TEXT NOT NULL, text TEXT NOT NULL,
  x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
  font_size REAL NOT NULL, font TEXT NOT NULL, bold INTEGER NOT NULL,
  words TEXT NOT NULL,  -- JSON: [[text, x0, y0, x1, y1, confidence], ...]
  PRIMARY KEY (plan_id, page, line),
  FOREIGN KEY (plan_id, page) REFERENCES pages(plan_id, page) ON DELETE CASCADE
);
)sql",
    // 2: analyses per round and their findings.
    R"sql(
CREATE TABLE reports (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  round TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  analysed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  report_json TEXT NOT NULL,
  PRIMARY KEY (plan_id, round)
);
CREATE TABLE findings (
  plan_id INTEGER NOT NULL, round TEXT NOT NULL,
  checklist TEXT NOT NULL, item TEXT NOT NULL, status TEXT NOT NULL,
  confidence REAL NOT NULL, explanation TEXT NOT NULL, evidence TEXT NOT NULL,
  PRIMARY KEY (plan_id, round, item),
  FOREIGN KEY (plan_id, round) REFERENCES reports(plan_id, round) ON DELETE CASCADE
);
)sql",
    // 3: analysts' overrides (the tool's own judgement stays in findings) and full-text search.
    R"sql(
CREATE TABLE overrides (
  id INTEGER PRIMARY KEY,
  plan_sha256 TEXT NOT NULL,
  round TEXT NOT NULL,
  item TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  author TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX overrides_by_plan ON overrides(plan_sha256, round, item);
CREATE VIRTUAL TABLE page_search USING fts5(
  text, plan_id UNINDEXED, page UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
-- rowid = plan_id * 100000 + page, so a page's entry is deleted by key, not by a scan.
INSERT INTO page_search (rowid, text, plan_id, page) SELECT plan_id * 100000 + page, body_text, plan_id, page FROM pages;
CREATE TRIGGER pages_search_insert AFTER INSERT ON pages BEGIN
  INSERT INTO page_search (rowid, text, plan_id, page) VALUES (new.plan_id * 100000 + new.page, new.body_text, new.plan_id, new.page);
END;
CREATE TRIGGER pages_search_delete AFTER DELETE ON pages BEGIN
  DELETE FROM page_search WHERE rowid = old.plan_id * 100000 + old.page;
END;
)sql",
    // 4: what a report was made from (build, checklists, round, receipt date), so an unchanged
    // plan is not analysed again.
    R"sql(
ALTER TABLE reports ADD COLUMN input_key TEXT NOT NULL DEFAULT '';
)sql",
    // 5: the hash of each input file by path, size and modification time, so an unchanged
    // re-run does not read every PDF again to hash it.
    R"sql(
CREATE TABLE file_hashes (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ns INTEGER NOT NULL,
  sha256 TEXT NOT NULL
);
)sql",
};

}  // namespace

int Store::schema_version() {
  auto stmt = db_.prepare("PRAGMA user_version");
  if (!stmt || !stmt->step().ok()) return -1;
  return static_cast<int>(stmt->integer(0));
}

Status Store::migrate() {
  int version = schema_version();
  if (version > kSchemaVersion)
    return make_error(ErrorKind::database, db_.path().string() + ": de database is gemaakt door een nieuwere versie van opcheck (schema " +
                                               std::to_string(version) + "); werk opcheck bij.");
  for (int v = version; v < kSchemaVersion; ++v) {
    auto tx = Transaction::begin(db_);
    if (!tx) return tx.error();
    if (auto ok = db_.exec(kMigrations[static_cast<size_t>(v)]); !ok) return ok.error();
    if (auto ok = db_.exec("PRAGMA user_version = " + std::to_string(v + 1)); !ok) return ok.error();
    if (auto ok = (*tx)->commit(); !ok) return ok.error();
  }
  return Ok{};
}

Result<Store> Store::open(const std::filesystem::path& path) {
  auto db = Database::open(path);
  if (!db) return db.error();
  Store store(std::move(*db));
  if (auto ok = store.migrate(); !ok)
    return make_error(ErrorKind::database, path.string() + ": " + ok.error().message);
  return store;
}

}  // namespace opcheck::cli
