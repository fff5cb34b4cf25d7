// RAII wrapper around the SQLite C API: a connection, prepared statements with typed binds,
// and transactions that roll back unless committed. Errors come back as values.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "opcheck/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace opcheck::cli {

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt, &finalize) {}
  Statement& bind(int index, const std::string& value);
  Statement& bind(int index, const char* value) { return bind(index, std::string(value)); }
  Statement& bind(int index, long long value);
  Statement& bind(int index, int value) { return bind(index, static_cast<long long>(value)); }
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }
  // Runs to the next row: true if a row is available, false when done; errors as values.
  Result<bool> step();
  Status run();  // steps to completion, for statements without rows
  std::string text(int column) const;
  long long integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  static void finalize(sqlite3_stmt* stmt);
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, void (*)(sqlite3_stmt*)> stmt_;
};

class Database {
 public:
  static Result<Database> open(const std::filesystem::path& path);
  Status exec(const std::string& sql);
  Result<Statement> prepare(const std::string& sql);
  long long last_insert_id() const;
  const std::filesystem::path& path() const { return path_; }

 private:
  Database(sqlite3* db, std::filesystem::path path);
  static void close(sqlite3* db);
  std::unique_ptr<sqlite3, void (*)(sqlite3*)> db_;
  std::filesystem::path path_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Transaction {
 public:
  static Result<std::unique_ptr<Transaction>> begin(Database& db);
  Status commit();
  ~Transaction();

 private:
  explicit Transaction(Database& db) : db_(db) {}
  Database& db_;
  bool done_ = false;
};

}  // namespace opcheck::cli
