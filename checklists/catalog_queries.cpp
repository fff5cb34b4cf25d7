// Small value helpers (dates, sectors) and the look-ups over a loaded catalog: which round,
// which item, and which items are in force for a round and sector.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "checklists/checklists.h"
#include "opcheck/build_info.h"

namespace opcheck::checklists {

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::optional<Date> parse_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (size_t i = 0; i < text.size(); ++i)
    if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return std::nullopt;
  const Date date{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), std::stoi(text.substr(8, 2))};
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > kDays[date.month - 1]) return std::nullopt;
  const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  if (date.month == 2 && date.day == 29 && !leap) return std::nullopt;
  return date;
}

std::optional<Sector> parse_sector(const std::string& text) {
  if (text == "po") return Sector::po;
  if (text == "vo") return Sector::vo;
  return std::nullopt;
}

const char* sector_name(Sector sector) { return sector == Sector::po ? "po" : "vo"; }

std::filesystem::path default_checklist_dir() {
  if (const char* env = std::getenv("OPCHECK_CHECKLISTS"); env && *env) return env;
  return std::filesystem::path(kSourceDir) / "checklists" / "data";
}

const Round* find_round(const Catalog& catalog, const std::string& id) {
  for (const auto& round : catalog.rounds)
    if (round.id == id) return &round;
  return nullptr;
}

const Item* find_item(const Catalog& catalog, const std::string& id) {
  for (const auto& item : catalog.items)
    if (item.id == id) return &item;
  return nullptr;
}

const Checklist* find_checklist(const Catalog& catalog, const std::string& id) {
  for (const auto& checklist : catalog.checklists)
    if (checklist.id == id) return &checklist;
  return nullptr;
}

const Event* find_event(const Catalog& catalog, const std::string& name) {
  for (const auto& event : catalog.events)
    if (event.name == name) return &event;
  return nullptr;
}

bool in_force(const Item& item, const Date& reference_date) {
  if (item.valid_from && reference_date < *item.valid_from) return false;
  if (item.valid_to && !(reference_date < *item.valid_to)) return false;
  return true;
}

Result<std::vector<ItemInForce>> items_in_force(const Catalog& catalog, const std::string& round_id,
                                                std::optional<Sector> sector) {
  const Round* round = find_round(catalog, round_id);
  if (!round) {
    std::string known;
    for (const auto& r : catalog.rounds) known += (known.empty() ? "" : ", ") + r.id;
    return make_error(ErrorKind::data, "onbekende ronde '" + round_id + "' (bekend: " + known + ")");
  }
  std::vector<ItemInForce> out;
  for (const auto& item : catalog.items) {
    if (!in_force(item, round->reference_date)) continue;
    if (sector && std::find(item.sectors.begin(), item.sectors.end(), *sector) == item.sectors.end()) continue;
    const Checklist* checklist = find_checklist(catalog, item.checklist);
    out.push_back(ItemInForce{&item, item.advisory || (checklist && checklist->advisory)});
  }
  return out;
}

}  // namespace opcheck::checklists
