// Internal to the checklists stage: typed, validating access to one toml++ table. Every getter
// records its key as known, so finish() can report the keys nobody asked for (typos) with a
// suggestion. Problems are collected as Dutch lines "<file>, regel <n>: <problem>".
#pragma once

#define TOML_HEADER_ONLY 0  // the implementation is compiled once, in table_reader.cpp
#include <toml++/toml.h>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checklists/checklists.h"

namespace opcheck::checklists::detail {

class Problems {
 public:
  void add(const std::filesystem::path& file, int line, const std::string& message);
  void add_general(const std::filesystem::path& where, const std::string& message);
  bool empty() const { return lines_.empty(); }
  std::string joined() const;

 private:
  std::vector<std::string> lines_;
};

// Reads and parses one TOML file; nullopt (problem recorded) when unreadable or invalid TOML.
std::optional<toml::table> parse_toml_file(const std::filesystem::path& file, Problems& problems);

// The closest of `candidates` to `word` when it is a plausible typo, else empty.
std::string suggest(std::string_view word, const std::vector<std::string>& candidates);

class TableReader {
 public:
  // `context` (e.g. "item IE-BEGROTING") is appended to messages to locate nested tables.
  TableReader(const toml::table& table, const std::filesystem::path& file, Problems& problems,
              std::string context = {});

  std::string text(std::string_view key, bool required);
  std::vector<std::string> texts(std::string_view key, bool required);
  // Like texts() but each entry must be a well-formed cue and the list free of duplicates.
  std::vector<std::string> cues(std::string_view key, bool required);
  bool flag(std::string_view key, bool fallback);
  // Range is [min, max], or (min, max] when min_exclusive.
  double number(std::string_view key, double fallback, double min, double max, bool min_exclusive);
  int integer(std::string_view key, int fallback, int min, int max);
  std::optional<Date> date(std::string_view key, bool required);
  const toml::table* table(std::string_view key, bool required);
  std::vector<const toml::table*> tables(std::string_view key, bool required);  // [[key]]
  // Every key of the table, marked known; for tables whose keys are data (status -> text).
  std::vector<std::string> all_keys();

  int line() const;                          // the table's own line
  int line_of(std::string_view key) const;   // the key's line, else the table's
  const std::filesystem::path& file() const { return file_; }
  const std::string& context() const { return context_; }
  Problems& problems() { return problems_; }
  void problem(int line, const std::string& message);
  // Reports every key no getter asked for.
  void finish();

 private:
  const toml::node* get(std::string_view key, bool required);
  void type_problem(std::string_view key, const char* expected);

  const toml::table& table_;
  std::filesystem::path file_;
  Problems& problems_;
  std::string context_;
  std::set<std::string, std::less<>> known_;
};

}  // namespace opcheck::checklists::detail
