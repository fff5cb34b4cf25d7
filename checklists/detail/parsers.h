// Internal to the checklists stage: turn parsed TOML documents into catalog structs, recording
// every problem with file and line. Cross-file checks (duplicate IDs, missing checklists) are
// done by the loader after all files are read.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "checklists/checklists.h"
#include "checklists/detail/table_reader.h"

namespace opcheck::checklists::detail {

// What the code knows about a checklist; the data may not redefine it (report contract).
struct KnownChecklist {
  std::string id;
  std::string id_pattern;                // ECMAScript regex every item ID must match
  std::string id_example;
  std::vector<std::string> statuses;     // exactly these, in this order
};
const std::vector<KnownChecklist>& known_checklists();
const KnownChecklist* find_known(const std::string& id);

// What an item reader needs from its checklist's header.
struct ChecklistDefaults {
  const Checklist* checklist = nullptr;
  const KnownChecklist* known = nullptr;
  std::vector<std::string> negative_cues;              // merged into every item
  std::map<std::string, std::string> explanations;     // status -> default template
  std::vector<Event> events;                           // procedure only
};

struct ChecklistFile {
  Checklist checklist;
  std::vector<Item> items;
  std::vector<Event> events;
};

ChecklistFile read_checklist_file(const toml::table& root, const std::filesystem::path& file, Problems& problems);
std::vector<Round> read_rounds_file(const toml::table& root, const std::filesystem::path& file, Problems& problems);
Item read_item(const toml::table& table, const ChecklistDefaults& defaults, const std::filesystem::path& file,
               Problems& problems);

// Checks a Dutch text template's {placeholders}; records a problem for unknown or unbalanced ones.
void check_template(TableReader& reader, std::string_view key, const std::string& text);

}  // namespace opcheck::checklists::detail
