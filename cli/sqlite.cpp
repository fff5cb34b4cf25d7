// SQLite C API behind Database/Statement/Transaction: WAL, a busy timeout so parallel
// readers wait instead of failing, and Dutch errors naming the database file.
#include "cli/sqlite.h"

#include <sqlite3.h>

namespace opcheck::cli {
namespace {

Error db_error(sqlite3* db, const std::string& what) {
  return make_error(ErrorKind::database, std::string("databasefout bij ") + what + ": " +
                                             (db ? sqlite3_errmsg(db) : "onbekend"));
}

}  // namespace

void Statement::finalize(sqlite3_stmt* stmt) { sqlite3_finalize(stmt); }

Statement& Statement::bind(int index, const std::string& value) {
  sqlite3_bind_text(stmt_.get(), index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int index, long long value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_.get(), index, value);
  return *this;
}
Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_.get(), index);
  return *this;
}

Result<bool> Statement::step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_error(db_, sqlite3_sql(stmt_.get()));
}

Status Statement::run() {
  for (;;) {
    auto row = step();
    if (!row) return row.error();
    if (!*row) break;
  }
  sqlite3_reset(stmt_.get());
  return Ok{};
}

std::string Statement::text(int column) const {
  auto* p = sqlite3_column_text(stmt_.get(), column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_.get(), column)))
           : std::string();
}
long long Statement::integer(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_.get(), column); }
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL; }

Database::Database(sqlite3* db, std::filesystem::path path) : db_(db, &close), path_(std::move(path)) {}
void Database::close(sqlite3* db) { sqlite3_close_v2(db); }

Result<Database> Database::open(const std::filesystem::path& path) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  Database db(raw, path);
  if (rc != SQLITE_OK)
    return make_error(ErrorKind::database, path.string() + ": database kan niet worden geopend (" +
                                               (raw ? sqlite3_errmsg(raw) : "geen geheugen") + ").");
  sqlite3_busy_timeout(raw, 10000);
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
    auto ok = db.exec(pragma);
    if (!ok) return make_error(ErrorKind::database, path.string() + ": " + ok.error().message);
  }
  return db;
}

Status Database::exec(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "onbekend";
    sqlite3_free(message);
    return make_error(ErrorKind::database, "databasefout: " + text);
  }
  return Ok{};
}

Result<Statement> Database::prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_.get(), sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
    return db_error(db_.get(), sql);
  return Statement(db_.get(), stmt);
}

long long Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_.get()); }

Result<std::unique_ptr<Transaction>> Transaction::begin(Database& db) {
  auto ok = db.exec("BEGIN IMMEDIATE");
  if (!ok) return ok.error();
  return std::unique_ptr<Transaction>(new Transaction(db));
}

Status Transaction::commit() {
  auto ok = db_.exec("COMMIT");
  if (ok) done_ = true;
  return ok;
}

Transaction::~Transaction() {
  if (!done_) (void)db_.exec("ROLLBACK");
}

}  // namespace opcheck::cli
