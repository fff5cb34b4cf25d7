// Date order across precisions, Dutch date words, templates, and the OOGO correction of the
// parameter-5 findings (contract in procedure_timeline.h).
#include "analyse/detail/procedure_timeline.h"

#include <array>
#include <utility>

#include "analyse/detail/procedure_state.h"

namespace opcheck::analyse::detail {
namespace {

// The first and last day a date may mean, as yyyymmdd numbers.
std::pair<int, int> day_range(const DateValue& v) {
  int base = v.year * 10000;
  switch (v.precision) {
    case Precision::day: return {base + v.month * 100 + v.day, base + v.month * 100 + v.day};
    case Precision::month: return {base + v.month * 100 + 1, base + v.month * 100 + 31};
    case Precision::year: return {base + 101, base + 1231};
  }
  return {base, base};
}

Finding* find_item(std::vector<Finding>& findings, const std::string& id) {
  for (Finding& f : findings)
    if (f.item == id) return &f;
  return nullptr;
}

void overrule(Finding& f, const std::string& status, const DateFact& fact, const std::string& why) {
  f.explanation = why + " (Het taaloordeel was '" + f.status + "'" +
                  (f.explanation.empty() ? "" : ": " + f.explanation) + ")";
  f.status = status;
  f.confidence = std::max(f.confidence, 0.8);
  for (const Evidence& e : fact.evidence) f.evidence.push_back(e);
}

std::string when(const DateFact& fact) { return fact.date ? " op " + dutch_date(*fact.date) : ""; }

}  // namespace

Order compare_dates(const DateValue& a, const DateValue& b) {
  if (a.year == 0 || b.year == 0) return Order::unknown;
  auto [a_lo, a_hi] = day_range(a);
  auto [b_lo, b_hi] = day_range(b);
  if (a_hi < b_lo) return Order::before;
  if (a_lo > b_hi) return Order::after;
  if (a_lo == a_hi && b_lo == b_hi && a_lo == b_lo) return Order::same;
  return Order::unknown;
}

DateValue from_checklist_date(const checklists::Date& date) { return {date.year, date.month, date.day, Precision::day}; }

std::string dutch_date(const DateValue& v) {
  static const std::array<const char*, 12> months{"januari", "februari", "maart", "april", "mei", "juni",
                                                  "juli", "augustus", "september", "oktober", "november", "december"};
  std::string year = v.year ? " " + std::to_string(v.year) : "";
  if (v.precision == Precision::year || v.month < 1 || v.month > 12) return std::to_string(v.year);
  std::string month = months[static_cast<std::size_t>(v.month - 1)];
  if (v.precision == Precision::month) return month + year;
  return std::to_string(v.day) + " " + month + year;
}

std::string fill_template(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [key, value] : values) {
    const std::string token = "{" + key + "}";
    for (std::size_t pos = 0; (pos = text.find(token, pos)) != std::string::npos; pos += value.size())
      text.replace(pos, token.size(), value);
  }
  return text;
}

void refine_oogo_findings(std::vector<Finding>& findings, const ProcedureFacts& facts) {
  const DateFact& oogo = facts.oogo;
  FactState state = state_of(oogo);
  if (Finding* f = find_item(findings, "P5-OOGO")) {
    if (state == FactState::happened && (f->status == "nee" || f->status == "onbekend"))
      overrule(*f, "ja", oogo, "Het plan vermeldt dat OOGO met de gemeenten heeft plaatsgevonden" + when(oogo) + ".");
    else if (state == FactState::announced && f->status == "onbekend")
      overrule(*f, "nee", oogo, "Het plan vermeldt alleen een gepland of toekomstig OOGO met de gemeenten.");
  }
  if (Finding* f = find_item(findings, "P5-OVEREENSTEMMING"); f && state == FactState::happened) {
    if (oogo.outcome == "overeenstemming" && (f->status == "nee" || f->status == "onbekend"))
      overrule(*f, "ja", oogo, "Het OOGO" + when(oogo) + " heeft tot overeenstemming met de gemeenten geleid.");
    else if (oogo.outcome == "geen_overeenstemming" && f->status != "nee")
      overrule(*f, "nee", oogo, "Het OOGO" + when(oogo) + " heeft niet tot overeenstemming met de gemeenten geleid.");
  }
}

}  // namespace opcheck::analyse::detail
