// The project's SQLite store: a versioned schema with migrations; plans keyed by the
// SHA-256 of their bytes, their pages and lines with boxes, and extraction failures.
// Every document is written in one transaction, so an interrupted run leaves no half plan.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/sqlite.h"
#include "extract/extract.h"

namespace opcheck::cli {

// The latest schema version; migrations bring older files up to it on open.
constexpr int kSchemaVersion = 5;

struct StoredPlan {
  long long id = 0;
  std::string sha256;
  std::string file;
  std::string pipeline_version;
  std::optional<Error> error;  // set when the file could not be extracted
};

struct FindingRow {
  std::string checklist, item, status;
  double confidence = 0;
  std::string explanation;
  std::string evidence_json;
};

class Store {
 public:
  static Result<Store> open(const std::filesystem::path& path);

  Result<std::optional<StoredPlan>> find(const std::string& sha256);
  // True when a stored result for these bytes was made by the current pipeline version.
  Result<bool> is_current(const std::string& sha256);
  // Replaces whatever was stored for doc.sha256, in one transaction.
  Status save_extraction(const extract::Document& doc, const std::filesystem::path& source);
  Status save_failure(const std::string& sha256, const std::filesystem::path& source, const Error& error);
  Result<extract::Document> load_document(const std::string& sha256);

  // The analysis of a plan for a round: the report.json text and one row per finding,
  // replacing an earlier analysis of the same plan and round in one transaction.
  // `input_key` names what the report was made from (see cli/fingerprint.h).
  Status save_report(const std::string& sha256, const std::string& round, const std::string& report_json,
                     const std::vector<FindingRow>& findings, const std::string& input_key = "");
  // True when a report for this plan and round was made from exactly `input_key`.
  Result<bool> has_report(const std::string& sha256, const std::string& round, const std::string& input_key);
  Result<std::optional<std::string>> load_report(const std::string& sha256, const std::string& round);

  // SHA-256 of a file, from the cache when its path, size and modification time are unchanged.
  Result<std::string> file_sha256(const std::filesystem::path& path);

  int schema_version();
  Database& database() { return db_; }

 private:
  explicit Store(Database db) : db_(std::move(db)) {}
  Status migrate();
  Result<long long> replace_plan_row(const std::string& sha256, const std::string& file, const Error* error);
  Status insert_pages(long long plan_id, const extract::Document& doc);
  Database db_;
};

}  // namespace opcheck::cli
