// The vocabulary every HTML page shares: how a status looks (symbol, Dutch word, tone), which
// findings count as shortfalls, Dutch dates that never claim more precision than they have.
#include <array>
#include <cstdio>
#include <set>

#include "cli/html_internal.h"

namespace opcheck::cli::html {
namespace {

const std::array<const char*, 12> kMonths = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                             "juli",    "augustus", "september", "oktober", "november", "december"};

// Parses the leading digits of `text` at [pos, pos + len); -1 when not all digits.
int number_at(const std::string& text, std::size_t pos, std::size_t len) {
  if (text.size() < pos + len) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + len; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

const checklists::Item* catalog_item(const json& finding, const checklists::Catalog* catalog) {
  return catalog ? checklists::find_item(*catalog, text_of(finding, "item")) : nullptr;
}

}  // namespace

StatusLook look_of(const std::string& status) {
  static const std::map<std::string, StatusLook> kLooks = {
      {"voldoet", {"\u2714", "voldoet", Tone::good, 4}},
      {"ja", {"\u2714", "ja", Tone::good, 4}},
      {"onvolledig", {"\u25D0", "onvolledig", Tone::partial, 2}},
      {"deels", {"\u25D0", "deels", Tone::partial, 2}},
      {"ontbreekt", {"\u2716", "ontbreekt", Tone::bad, 0}},
      {"niet_voldaan", {"\u2716", "niet voldaan", Tone::bad, 0}},
      {"nee", {"\u2716", "nee", Tone::bad, 0}},
      {"niet_aangetoond", {"?", "niet aangetoond", Tone::unknown, 1}},
      {"onbekend", {"?", "onbekend", Tone::unknown, 1}},
      {"aanwijzing", {"\u25CF", "aanwijzing", Tone::neutral, 3}},
      {"geen_aanwijzing", {"\u25CB", "geen aanwijzing", Tone::neutral, 3}},
  };
  if (auto it = kLooks.find(status); it != kLooks.end()) return it->second;
  return {"\u2022", status.empty() ? "onbekend" : status, Tone::unknown, 1};
}

const char* tone_class(Tone tone) {
  switch (tone) {
    case Tone::good: return "st-good";
    case Tone::partial: return "st-partial";
    case Tone::bad: return "st-bad";
    case Tone::unknown: return "st-unknown";
    case Tone::neutral: break;
  }
  return "st-neutral";
}

std::string badge(const std::string& status) {
  StatusLook look = look_of(status);
  return std::string("<span class=\"badge ") + tone_class(look.tone) + "\"><span aria-hidden=\"true\">" + look.symbol +
         "</span> " + escape(look.label) + "</span>";
}

bool is_advisory(const json& finding, const checklists::Catalog* catalog) {
  if (finding.value("advisory", false)) return true;
  if (const checklists::Item* item = catalog_item(finding, catalog)) {
    if (item->advisory) return true;
    const checklists::Checklist* list = checklists::find_checklist(*catalog, item->checklist);
    return list && list->advisory;
  }
  if (catalog) {
    const checklists::Checklist* list = checklists::find_checklist(*catalog, text_of(finding, "checklist"));
    return list && list->advisory;
  }
  return text_of(finding, "checklist") == "waarderingskader";
}

bool is_not_complete(const json& finding, const checklists::Catalog* catalog) {
  std::string status = text_of(finding, "status");
  if (catalog) {
    if (const auto* list = checklists::find_checklist(*catalog, text_of(finding, "checklist")))
      return !list->outcomes.complete.empty() && status != list->outcomes.complete;
  }
  static const std::set<std::string> kComplete = {"voldoet", "ja", "aanwijzing"};
  return kComplete.count(status) == 0;
}

bool is_shortfall(const json& finding, const checklists::Catalog* catalog) {
  return !is_advisory(finding, catalog) && is_not_complete(finding, catalog);
}

std::string text_of(const json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

std::string dutch_date(const std::string& iso, const std::string& precision) {
  int year = number_at(iso, 0, 4);
  int month = iso.size() >= 7 && iso[4] == '-' ? number_at(iso, 5, 2) : -1;
  int day = iso.size() >= 10 && iso[7] == '-' ? number_at(iso, 8, 2) : -1;
  std::string p = precision;
  if (p.empty()) p = iso.size() == 4 ? "year" : iso.size() == 7 ? "month" : "day";
  if (year < 0) return iso;
  if (p == "year") return std::to_string(year);
  if (month < 1 || month > 12) return iso;
  std::string month_year = std::string(kMonths[static_cast<std::size_t>(month - 1)]) + " " + std::to_string(year);
  if (p == "month") return month_year;
  if (day < 1 || day > 31) return iso;
  return std::to_string(day) + " " + month_year;
}

std::string dutch_timestamp(const std::string& iso) {
  if (iso.size() < 10) return iso;
  std::string date = dutch_date(iso.substr(0, 10), "day");
  if (date == iso.substr(0, 10)) return iso;
  if (iso.size() >= 16 && (iso[10] == 'T' || iso[10] == ' ') && number_at(iso, 11, 2) >= 0 && number_at(iso, 14, 2) >= 0)
    return date + " " + iso.substr(11, 5);
  return date;
}

std::string checklist_label(const std::string& id, const checklists::Catalog* catalog) {
  if (catalog)
    if (const auto* list = checklists::find_checklist(*catalog, id)) return list->label;
  static const std::map<std::string, std::string> kLabels = {
      {"inhoudseisen", "Wettelijke inhoudseisen"},
      {"procedure", "Procedure (naleving)"},
      {"parameter5", "Risicoanalyse parameter 5"},
      {"waarderingskader", "Waarderingskader"},
  };
  auto it = kLabels.find(id);
  return it == kLabels.end() ? id : it->second;
}

std::string plan_kind(const json& report) {
  const json plan = report.value("plan", json::object());
  auto it = plan.find("is_plan");
  if (it == plan.end() || it->is_null()) return "onleesbaar";
  return it->is_boolean() && it->get<bool>() ? "plan" : "geen_plan";
}

}  // namespace opcheck::cli::html
