// load_catalog: reads every *.toml of the data folder, dispatches on its content ([checklist] or
// [[round]]), then checks what no single file can: every checklist present once, item IDs unique
// across files, round IDs unique. All problems are reported together, one per line.
#include <algorithm>
#include <map>

#include "checklists/detail/parsers.h"

namespace opcheck::checklists {
namespace {

using detail::Problems;

std::vector<std::filesystem::path> toml_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".toml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

void add_checklist_file(detail::ChecklistFile&& file, Catalog& catalog, Problems& problems) {
  if (file.checklist.id.empty() || !detail::find_known(file.checklist.id)) return;
  if (const Checklist* earlier = find_checklist(catalog, file.checklist.id)) {
    problems.add(file.checklist.pos.file, file.checklist.pos.line,
                 "checklist '" + file.checklist.id + "' is al gedefinieerd in " + earlier->pos.file.generic_string());
    return;
  }
  catalog.checklists.push_back(std::move(file.checklist));
  for (auto& item : file.items) catalog.items.push_back(std::move(item));
  for (auto& event : file.events) catalog.events.push_back(std::move(event));
}

void check_unique_ids(const Catalog& catalog, Problems& problems) {
  std::map<std::string, const SourcePos*> seen;
  for (const auto& item : catalog.items) {
    if (item.id.empty()) continue;
    auto [it, fresh] = seen.emplace(item.id, &item.pos);
    if (!fresh)
      problems.add(item.pos.file, item.pos.line, "ID '" + item.id + "' staat dubbel (eerder in " +
                                                     it->second->file.generic_string() + ", regel " +
                                                     std::to_string(it->second->line) + ")");
  }
  std::map<std::string, const SourcePos*> rounds;
  for (const auto& round : catalog.rounds) {
    if (round.id.empty()) continue;
    auto [it, fresh] = rounds.emplace(round.id, &round.pos);
    if (!fresh)
      problems.add(round.pos.file, round.pos.line, "ronde '" + round.id + "' staat dubbel (eerder in " +
                                                       it->second->file.generic_string() + ", regel " +
                                                       std::to_string(it->second->line) + ")");
  }
}

void check_complete(Catalog& catalog, const std::filesystem::path& dir, Problems& problems) {
  std::vector<Checklist> ordered;
  for (const auto& known : detail::known_checklists()) {
    if (const Checklist* found = find_checklist(catalog, known.id)) ordered.push_back(*found);
    else problems.add_general(dir, "checklist '" + known.id + "' ontbreekt (geen bestand met [checklist] id = \"" +
                                       known.id + "\")");
  }
  catalog.checklists = std::move(ordered);
  if (catalog.rounds.empty()) problems.add_general(dir, "geen rondes gevonden (rounds.toml met [[round]] ontbreekt)");
  const auto rank = [](const std::string& checklist) {
    const auto& all = detail::known_checklists();
    return std::find_if(all.begin(), all.end(), [&](const auto& k) { return k.id == checklist; }) - all.begin();
  };
  std::stable_sort(catalog.items.begin(), catalog.items.end(),
                   [&](const Item& a, const Item& b) { return rank(a.checklist) < rank(b.checklist); });
}

}  // namespace

Result<Catalog> load_catalog(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return make_error(ErrorKind::io, "map met checklists '" + dir.generic_string() +
                                         "' bestaat niet of is geen map (zet OPCHECK_CHECKLISTS of gebruik de standaardmap)");
  Catalog catalog;
  catalog.dir = dir;
  Problems problems;
  for (const auto& file : toml_files(dir)) {
    auto root = detail::parse_toml_file(file, problems);
    if (!root) continue;
    if (root->contains("checklist")) {
      add_checklist_file(detail::read_checklist_file(*root, file, problems), catalog, problems);
    } else if (root->contains("round")) {
      for (auto& round : detail::read_rounds_file(*root, file, problems)) catalog.rounds.push_back(std::move(round));
    } else {
      problems.add(file, 1, "bestand bevat geen [checklist] en geen [[round]]; hoort het in deze map?");
    }
  }
  check_unique_ids(catalog, problems);
  check_complete(catalog, dir, problems);
  if (!problems.empty()) return make_error(ErrorKind::data, "Fouten in de checklists:\n" + problems.joined());
  return catalog;
}

}  // namespace opcheck::checklists
