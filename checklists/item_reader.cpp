// Reads one [[item]] of a checklist file: identity, validity dates, cues, parts, cases and the
// Dutch explanation and letter texts, validating each field against its checklist's rules.
#include <algorithm>
#include <regex>
#include <set>

#include "checklists/detail/parsers.h"

namespace opcheck::checklists::detail {
namespace {

// Placeholders the analyser fills in (documented in README.md, "Tekstsjablonen").
const std::vector<std::string>& known_placeholders() {
  static const std::vector<std::string> names = {
      "label", "gevonden", "ontbrekend", "jaren", "vaststelling", "opr_instemming",
      "oogo", "ontvangst", "deadline", "orgaan", "gemeenten", "ronde"};
  return names;
}

bool is_snake_case(const std::string& name) {
  static const std::regex pattern("^[a-z][a-z0-9_]*$");
  return std::regex_match(name, pattern);
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

void merge_cues(std::vector<std::string>& into, const std::vector<std::string>& extra) {
  std::set<std::string> seen;
  for (const auto& cue : into) seen.insert(lower(cue));
  for (const auto& cue : extra)
    if (seen.insert(lower(cue)).second) into.push_back(cue);
}

std::vector<Sector> read_sectors(TableReader& reader) {
  std::vector<Sector> out;
  for (const auto& name : reader.texts("sectors", true)) {
    const auto sector = parse_sector(name);
    if (!sector) {
      std::string message = "onbekende sector '" + name + "' (toegestaan: po, vo)";
      reader.problem(reader.line_of("sectors"), message);
    } else if (std::find(out.begin(), out.end(), *sector) != out.end()) {
      reader.problem(reader.line_of("sectors"), "sector '" + name + "' staat dubbel");
    } else {
      out.push_back(*sector);
    }
  }
  return out;
}

std::string peek_name(const toml::table& table) { return table["name"].value_or(std::string{}); }

Part read_part(const toml::table& table, const std::string& item_id, TableReader& parent) {
  Part part;
  TableReader reader(table, parent.file(), parent.problems(), "onderdeel '" + peek_name(table) + "' van " + item_id);
  part.name = reader.text("name", true);
  if (!part.name.empty() && !is_snake_case(part.name))
    reader.problem(reader.line_of("name"), "naam '" + part.name + "' moet snake_case zijn (a-z, 0-9, _)");
  part.description = reader.text("description", true);
  part.required = reader.flag("required", true);
  part.weight = reader.number("weight", 1.0, 0.0, 1.0, true);
  part.cues = reader.cues("cues", true);
  part.context_cues = reader.cues("context_cues", false);
  part.context_in_section = reader.flag("context_in_section", false);
  if (part.context_in_section && part.context_cues.empty())
    reader.problem(reader.line_of("context_in_section"), "context_in_section heeft alleen zin met context_cues");
  part.min_hits = reader.integer("min_hits", 1, 1, 20);
  if (!part.cues.empty() && part.min_hits > static_cast<int>(part.cues.size()))
    reader.problem(reader.line_of("min_hits"), "min_hits (" + std::to_string(part.min_hits) +
                                                   ") is groter dan het aantal zoektermen");
  part.needs_figure = reader.flag("needs_figure", false);
  part.negation_states = reader.flag("negation_states", false);
  part.multi_year = reader.flag("multi_year", false);
  part.min_years = reader.integer("min_years", 2, 2, 10);
  if (!part.multi_year && table.contains("min_years"))
    reader.problem(reader.line_of("min_years"), "min_years heeft alleen zin met multi_year = true");
  part.if_missing = reader.text("if_missing", true);
  check_template(reader, "if_missing", part.if_missing);
  reader.finish();
  return part;
}

Case read_case(const toml::table& table, const Checklist& checklist, const std::string& item_id,
               TableReader& parent) {
  Case c;
  TableReader reader(table, parent.file(), parent.problems(), "geval '" + peek_name(table) + "' van " + item_id);
  c.name = reader.text("name", true);
  if (!c.name.empty() && !is_snake_case(c.name))
    reader.problem(reader.line_of("name"), "naam '" + c.name + "' moet snake_case zijn (a-z, 0-9, _)");
  c.status = reader.text("status", true);
  if (!c.status.empty() && !contains(checklist.statuses, c.status))
    reader.problem(reader.line_of("status"), "onbekende status '" + c.status + "' voor checklist " + checklist.id);
  c.explanation = reader.text("explanation", true);
  check_template(reader, "explanation", c.explanation);
  c.letter = reader.text("letter", false);
  check_template(reader, "letter", c.letter);
  reader.finish();
  return c;
}

// A status -> text table ([item.explanation], [item.letter]); keys must be in `allowed`.
std::map<std::string, std::string> read_status_texts(TableReader& parent, std::string_view key,
                                                     const std::vector<std::string>& allowed) {
  std::map<std::string, std::string> out;
  const toml::table* table = parent.table(key, false);
  if (!table) return out;
  TableReader reader(*table, parent.file(), parent.problems(), parent.context());
  for (const auto& status : reader.all_keys()) {
    if (!contains(allowed, status)) {
      std::string message = "'" + status + "' in [item." + std::string(key) + "] is geen toegestane status";
      if (auto guess = suggest(status, allowed); !guess.empty()) message += " (bedoeld: '" + guess + "'?)";
      reader.problem(reader.line_of(status), message);
      continue;
    }
    out[status] = reader.text(status, true);
    check_template(reader, status, out[status]);
  }
  return out;
}

void read_identity(TableReader& reader, const ChecklistDefaults& defaults, Item& item) {
  item.id = reader.text("id", true);
  if (!item.id.empty() && !std::regex_match(item.id, std::regex(defaults.known->id_pattern)))
    reader.problem(reader.line_of("id"), "ID '" + item.id + "' past niet bij checklist " + defaults.checklist->id +
                                             " (vorm: " + defaults.known->id_example + ")");
  item.checklist = defaults.checklist->id;
  item.label = reader.text("label", true);
  item.description = reader.text("description", true);
  item.law = reader.text("law", true);
  item.sectors = read_sectors(reader);
  item.valid_from = reader.date("valid_from", false);
  item.valid_to = reader.date("valid_to", false);
  if (item.valid_from && item.valid_to && !(*item.valid_from < *item.valid_to))
    reader.problem(reader.line_of("valid_to"), "valid_from (" + item.valid_from->iso() + ") ligt niet vóór valid_to (" +
                                                   item.valid_to->iso() + ")");
  item.advisory = reader.flag("advisory", false) || defaults.checklist->advisory;
  item.advisory_reason = reader.text("advisory_reason", false);
  if (item.advisory && !defaults.checklist->advisory && item.advisory_reason.empty())
    reader.problem(reader.line(), "advisory = true vraagt om een advisory_reason (waarom adviserend?)");
}

// "streven naar" announces most content, but an aim is what IE-RESULTATEN asks for: an item
// names the checklist's negative cues that do not apply to it.
void drop_negative_exceptions(TableReader& reader, Item& item) {
  for (const auto& cue : reader.cues("negative_exceptions", false)) {
    const auto it = std::find_if(item.negative_cues.begin(), item.negative_cues.end(),
                                 [&](const std::string& c) { return lower(c) == lower(cue); });
    if (it == item.negative_cues.end())
      reader.problem(reader.line_of("negative_exceptions"),
                     "uitzondering '" + cue + "' staat niet tussen de negatieve zoektermen (negative_cues) van de checklist");
    else
      item.negative_cues.erase(it);
  }
}

void read_evidence(const toml::table& table, TableReader& reader, const ChecklistDefaults& defaults, Item& item) {
  const bool procedure = !defaults.events.empty() || defaults.checklist->id == "procedure";
  item.heading_cues = reader.cues("heading_cues", !procedure);
  item.negative_cues = reader.cues("negative_cues", false);
  merge_cues(item.negative_cues, defaults.negative_cues);
  drop_negative_exceptions(reader, item);
  item.contrary_cues = reader.cues("contrary_cues", false);
  if (procedure) {
    item.events = reader.texts("events", true);
    for (const auto& name : item.events)
      if (std::none_of(defaults.events.begin(), defaults.events.end(), [&](const Event& e) { return e.name == name; }))
        reader.problem(reader.line_of("events"), "onbekende gebeurtenis '" + name + "' (niet gedefinieerd in [[event]])");
    return;
  }
  for (const toml::table* part : reader.tables("part", true)) item.parts.push_back(read_part(*part, item.id, reader));
  std::set<std::string> names;
  for (const auto& part : item.parts)
    if (!part.name.empty() && !names.insert(part.name).second)
      reader.problem(reader.line(), "onderdeel '" + part.name + "' staat dubbel");
  item.min_score = reader.number("min_score", 1.0, 0.0, 1.0, false);
  if (!table.contains("min_score")) reader.problem(reader.line(), "verplicht veld 'min_score' ontbreekt");
  const bool any_required = std::any_of(item.parts.begin(), item.parts.end(), [](const Part& p) { return p.required; });
  if (!item.parts.empty() && !any_required && item.min_score <= 0.0)
    reader.problem(reader.line_of("min_score"), "zonder verplicht onderdeel moet min_score groter dan 0 zijn");
}

void read_texts(TableReader& reader, const ChecklistDefaults& defaults, Item& item) {
  const Checklist& checklist = *defaults.checklist;
  item.explanations = read_status_texts(reader, "explanation", checklist.statuses);
  for (const auto& [status, text] : defaults.explanations) item.explanations.emplace(status, text);
  for (const auto& status : checklist.statuses)
    if (!item.explanations.count(status))
      reader.problem(reader.line(), "geen toelichting voor status '" + status +
                                        "' (in [item.explanation] of [checklist.explanation])");
  item.letter = read_status_texts(reader, "letter", checklist.letter_statuses);
  if (!item.advisory)
    for (const auto& status : checklist.letter_statuses)
      if (!item.letter.count(status))
        reader.problem(reader.line(), "geen brieftekst voor status '" + status + "' (in [item.letter])");
  std::set<std::string> names;
  for (const toml::table* table : reader.tables("case", false)) {
    item.cases.push_back(read_case(*table, checklist, item.id, reader));
    if (!item.cases.back().name.empty() && !names.insert(item.cases.back().name).second)
      reader.problem(reader.line(), "geval '" + item.cases.back().name + "' staat dubbel");
  }
}

}  // namespace

Item read_item(const toml::table& table, const ChecklistDefaults& defaults, const std::filesystem::path& file,
               Problems& problems) {
  Item item;
  TableReader reader(table, file, problems, "item " + table["id"].value_or(std::string("?")));
  item.pos = SourcePos{file, reader.line()};
  read_identity(reader, defaults, item);
  read_evidence(table, reader, defaults, item);
  read_texts(reader, defaults, item);
  reader.finish();
  return item;
}

void check_template(TableReader& reader, std::string_view key, const std::string& text) {
  size_t at = 0;
  while ((at = text.find_first_of("{}", at)) != std::string::npos) {
    const size_t close = text.find('}', at);
    if (text[at] == '}' || close == std::string::npos) {
      reader.problem(reader.line_of(key), "losse accolade in tekst '" + std::string(key) + "'");
      return;
    }
    const std::string name = text.substr(at + 1, close - at - 1);
    if (!contains(known_placeholders(), name)) {
      std::string message = "onbekende invulplaats '{" + name + "}' in tekst '" + std::string(key) + "'";
      if (auto guess = suggest(name, known_placeholders()); !guess.empty()) message += " (bedoeld: '{" + guess + "}'?)";
      reader.problem(reader.line_of(key), message);
    }
    at = close + 1;
  }
}

}  // namespace opcheck::checklists::detail
