// Validating access to toml++ tables for the checklist loader (see detail/table_reader.h).
// This file also compiles toml++'s implementation once (TOML_IMPLEMENTATION), so the other
// translation units include only its declarations.
#define TOML_IMPLEMENTATION
#include "checklists/detail/table_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace opcheck::checklists::detail {
namespace {

int line_of_node(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Why a cue is malformed, or empty when it is fine. Syntax: see README.md ("Zoektermen").
std::string cue_problem(const std::string& cue) {
  if (cue.find_first_not_of(" \t") == std::string::npos) return "lege zoekterm";
  if (cue.front() == ' ' || cue.back() == ' ') return "zoekterm '" + cue + "' begint of eindigt met een spatie";
  if (cue.find("  ") != std::string::npos) return "zoekterm '" + cue + "' bevat een dubbele spatie";
  const auto star = cue.find('*', 1);
  if (star != std::string::npos && star != cue.size() - 1)
    return "zoekterm '" + cue + "': '*' mag alleen aan het begin of eind staan";
  if (cue.find_first_not_of("* ") == std::string::npos) return "zoekterm '" + cue + "' bevat geen letters";
  return {};
}

}  // namespace

void Problems::add(const std::filesystem::path& file, int line, const std::string& message) {
  lines_.push_back(file.generic_string() + ", regel " + std::to_string(line) + ": " + message);
}

void Problems::add_general(const std::filesystem::path& where, const std::string& message) {
  lines_.push_back(where.generic_string() + ": " + message);
}

std::string Problems::joined() const {
  std::string out;
  for (const auto& line : lines_) out += (out.empty() ? "" : "\n") + line;
  return out;
}

std::optional<toml::table> parse_toml_file(const std::filesystem::path& file, Problems& problems) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    problems.add(file, 0, "bestand kan niet worden gelezen");
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  try {
    return toml::parse(bytes.str(), file.generic_string());
  } catch (const toml::parse_error& error) {
    problems.add(file, static_cast<int>(error.source().begin.line),
                 "geen geldige TOML (" + std::string(error.description()) + ")");
    return std::nullopt;
  }
}

std::string suggest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    const size_t distance = edit_distance(ascii_lower(word), ascii_lower(candidate));
    if (distance < best_distance) best = candidate, best_distance = distance;
  }
  return best;
}

TableReader::TableReader(const toml::table& table, const std::filesystem::path& file, Problems& problems,
                         std::string context)
    : table_(table), file_(file), problems_(problems), context_(std::move(context)) {}

void TableReader::problem(int line, const std::string& message) {
  problems_.add(file_, line, context_.empty() ? message : message + " in " + context_);
}

int TableReader::line() const { return line_of_node(table_); }

int TableReader::line_of(std::string_view key) const {
  for (auto&& [k, v] : table_)
    if (k.str() == key) return static_cast<int>(k.source().begin.line);
  return line();
}

const toml::node* TableReader::get(std::string_view key, bool required) {
  known_.emplace(key);
  const toml::node* node = table_.get(key);
  if (!node && required) problem(line(), "verplicht veld '" + std::string(key) + "' ontbreekt");
  return node;
}

void TableReader::type_problem(std::string_view key, const char* expected) {
  problem(line_of(key), "veld '" + std::string(key) + "' moet " + expected + " zijn");
}

std::string TableReader::text(std::string_view key, bool required) {
  const toml::node* node = get(key, required);
  if (!node) return {};
  const auto* value = node->as_string();
  if (!value) {
    type_problem(key, "tekst tussen aanhalingstekens");
    return {};
  }
  std::string out = value->get();
  if (out.find_first_not_of(" \t\n") == std::string::npos)
    problem(line_of(key), "veld '" + std::string(key) + "' is leeg");
  return out;
}

std::vector<std::string> TableReader::texts(std::string_view key, bool required) {
  std::vector<std::string> out;
  const toml::node* node = get(key, required);
  if (!node) return out;
  const auto* array = node->as_array();
  if (!array) {
    type_problem(key, "een lijst van teksten, zoals [\"a\", \"b\"],");
    return out;
  }
  for (const auto& element : *array) {
    const auto* value = element.as_string();
    if (!value) {
      problem(line_of_node(element), "lijst '" + std::string(key) + "' mag alleen teksten bevatten");
      continue;
    }
    out.push_back(value->get());
  }
  if (out.empty() && required) problem(line_of(key), "lijst '" + std::string(key) + "' is leeg");
  return out;
}

std::vector<std::string> TableReader::cues(std::string_view key, bool required) {
  std::vector<std::string> out = texts(key, required);
  const toml::node* node = table_.get(key);
  if (node && node->is_array() && out.empty() && !required)
    problem(line_of(key), "lijst '" + std::string(key) + "' is leeg (laat het veld weg als er niets is)");
  std::set<std::string> seen;
  for (size_t i = 0; i < out.size(); ++i) {
    const int at = node && node->as_array() ? line_of_node(*node->as_array()->get(i)) : line_of(key);
    if (auto why = cue_problem(out[i]); !why.empty()) problem(at, why);
    else if (!seen.insert(ascii_lower(out[i])).second)
      problem(at, "zoekterm '" + out[i] + "' staat dubbel in '" + std::string(key) + "'");
  }
  return out;
}

bool TableReader::flag(std::string_view key, bool fallback) {
  const toml::node* node = get(key, false);
  if (!node) return fallback;
  if (const auto* value = node->as_boolean()) return value->get();
  type_problem(key, "true of false");
  return fallback;
}

double TableReader::number(std::string_view key, double fallback, double min, double max, bool min_exclusive) {
  const toml::node* node = get(key, false);
  if (!node) return fallback;
  const std::optional<double> value = node->value<double>();
  if (!value || !(node->is_number())) {
    type_problem(key, "een getal");
    return fallback;
  }
  const bool below = min_exclusive ? *value <= min : *value < min;
  if (below || *value > max) {
    std::ostringstream message;
    message << "veld '" << key << "' moet " << (min_exclusive ? "groter dan " : "minstens ") << min
            << " en hoogstens " << max << " zijn, niet " << *value;
    problem(line_of(key), message.str());
    return fallback;
  }
  return *value;
}

int TableReader::integer(std::string_view key, int fallback, int min, int max) {
  const toml::node* node = get(key, false);
  if (!node) return fallback;
  const auto* value = node->as_integer();
  if (!value) {
    type_problem(key, "een geheel getal");
    return fallback;
  }
  if (value->get() < min || value->get() > max) {
    problem(line_of(key), "veld '" + std::string(key) + "' moet tussen " + std::to_string(min) + " en " +
                              std::to_string(max) + " liggen, niet " + std::to_string(value->get()));
    return fallback;
  }
  return static_cast<int>(value->get());
}

std::optional<Date> TableReader::date(std::string_view key, bool required) {
  const toml::node* node = get(key, required);
  if (!node) return std::nullopt;
  if (const auto* value = node->as_date()) {
    const toml::date& d = value->get();
    return Date{d.year, d.month, d.day};
  }
  if (const auto* value = node->as_string()) {
    if (auto parsed = parse_date(value->get())) return parsed;
    problem(line_of(key), "ongeldige datum '" + value->get() + "' in veld '" + std::string(key) +
                              "' (verwacht JJJJ-MM-DD, bijvoorbeeld 2014-05-01)");
    return std::nullopt;
  }
  type_problem(key, "een datum JJJJ-MM-DD (zonder tijd)");
  return std::nullopt;
}

const toml::table* TableReader::table(std::string_view key, bool required) {
  const toml::node* node = get(key, required);
  if (!node) return nullptr;
  if (const auto* sub = node->as_table()) return sub;
  type_problem(key, "een tabel");
  return nullptr;
}

std::vector<const toml::table*> TableReader::tables(std::string_view key, bool required) {
  std::vector<const toml::table*> out;
  const toml::node* node = get(key, required);
  if (!node) return out;
  const auto* array = node->as_array();
  if (!array || !array->is_array_of_tables()) {
    type_problem(key, "een reeks tabellen [[...]]");
    return out;
  }
  for (const auto& element : *array) out.push_back(element.as_table());
  return out;
}

std::vector<std::string> TableReader::all_keys() {
  std::vector<std::string> out;
  for (auto&& [k, v] : table_) {
    known_.emplace(k.str());
    out.emplace_back(k.str());
  }
  return out;
}

void TableReader::finish() {
  const std::vector<std::string> candidates(known_.begin(), known_.end());
  for (auto&& [k, v] : table_) {
    if (known_.count(k.str())) continue;
    std::string message = "onbekend veld '" + std::string(k.str()) + "'";
    if (auto guess = suggest(k.str(), candidates); !guess.empty()) message += " (bedoeld: '" + guess + "'?)";
    problem(static_cast<int>(k.source().begin.line), message);
  }
}

}  // namespace opcheck::checklists::detail
