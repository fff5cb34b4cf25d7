// plan_letter(): decides whether a plan gets a letter and gathers the template values: who it
// is addressed to, the plan and its receipt, and per shortfall the label, law reference, letter
// text, what was found (explanation and a short quote with its page) and what the law asks.
// The analyst's status counts; when it differs from the tool's, the tool's explanation and
// quotes are left out (they argue for the other status) and the analyst's note is used.
#include "cli/letter_model.h"

#include <array>

#include "cli/letter_paragraph.h"

namespace opcheck::cli {
namespace {

using json = nlohmann::json;

constexpr std::size_t kQuoteChars = 220;

const json& member(const json& object, const std::string& key) {
  static const json null_value;
  if (!object.is_object()) return null_value;
  auto it = object.find(key);
  return it == object.end() ? null_value : *it;
}

std::string text(const json& object, const std::string& key) {
  const json& value = member(object, key);
  return value.is_string() ? value.get<std::string>() : std::string();
}

std::string dutch_or_unknown(const std::string& iso) { return iso.empty() ? "onbekende datum" : dutch_date(iso); }

std::string gemeenten_words(const json& list) {
  std::vector<std::string> names;
  if (list.is_array())
    for (const auto& name : list)
      if (name.is_string()) names.push_back(name.get<std::string>());
  if (names.empty()) return "de gemeenten";
  std::string out = "de gemeenten ";
  for (std::size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " en " : ", ") + names[i];
  return out;
}

// Values the catalog's letter texts may use, as the analyser fills them (timeline.cpp).
std::map<std::string, std::string> known_values(const json& report, const checklists::Round* round) {
  const json& facts = member(report, "procedure_facts");
  const json& adoption = member(facts, "vaststelling");
  std::string by = text(adoption, "by");
  std::map<std::string, std::string> values{
      {"vaststelling", dutch_or_unknown(text(adoption, "date"))},
      {"opr_instemming", dutch_or_unknown(text(member(facts, "opr_instemming"), "date"))},
      {"oogo", dutch_or_unknown(text(member(facts, "oogo"), "date"))},
      {"ontvangst", dutch_or_unknown(text(member(report, "plan"), "received"))},
      {"orgaan", by.empty() ? "het bevoegde orgaan" : by},
      {"gemeenten", gemeenten_words(member(member(facts, "oogo"), "gemeenten"))}};
  if (round) {
    values["deadline"] = dutch_date(round->deadline.iso());
    values["ronde"] = round->label;
  }
  return values;
}

std::string shorten(const std::string& quote) {
  if (quote.size() <= kQuoteChars) return quote;
  std::size_t cut = quote.rfind(' ', kQuoteChars);
  if (cut == std::string::npos || cut < kQuoteChars / 2) {
    cut = kQuoteChars;
    while (cut > 0 && (static_cast<unsigned char>(quote[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  }
  return quote.substr(0, cut) + " …";
}

std::string quote_of(const json& finding) {
  const json& evidence = member(finding, "evidence");
  if (!evidence.is_array()) return "";
  for (const auto& e : evidence) {
    std::string quote = text(e, "quote");
    if (quote.empty()) continue;
    std::string where = member(e, "page").is_number_integer() ? "pagina " + std::to_string(member(e, "page").get<int>()) : "";
    std::string section = text(e, "section");
    if (!section.empty()) where += (where.empty() ? "" : ", ") + std::string("§ ") + section;
    return "“" + shorten(quote) + "”" + (where.empty() ? "" : " (" + where + ")");
  }
  return "";
}

std::string status_words(std::string status) {
  for (auto& c : status)
    if (c == '_') c = ' ';
  return status;
}

bool counts_for_letter(const json& finding, const checklists::Item& item, const checklists::Checklist& checklist) {
  if (checklist.advisory || item.advisory || member(finding, "advisory") == json(true)) return false;
  const std::string status = text(finding, "status");
  for (const auto& s : checklist.letter_statuses)
    if (s == status) return true;
  return false;
}

std::map<std::string, std::string> shortfall_values(const json& finding, const checklists::Item& item,
                                                    const std::map<std::string, std::string>& known) {
  const std::string status = text(finding, "status");
  const json& override_ = member(finding, "override");
  bool tool_status = !override_.is_object() || text(override_, "original_status") == status;
  auto values = known;
  values["label"] = item.label;
  std::string found = text(finding, "explanation");
  std::string quote = quote_of(finding);
  if (!tool_status) {
    std::string note = text(override_, "note");
    found = note.empty() ? "Bij beoordeling door de inspectie vastgesteld: " + status_words(status) + "." : note;
    quote.clear();
  }
  return {{"id", item.id},
          {"label", item.label},
          {"wet", item.law},
          {"status", status_words(status)},
          {"brieftekst", letter_paragraph(item, status, text(finding, "explanation"), tool_status, values)},
          {"bevinding", found},
          {"citaat", quote},
          {"verwachting", item.description}};
}

std::string sector_words(const std::string& sector) {
  if (sector == "po") return "primair onderwijs";
  if (sector == "vo") return "voortgezet onderwijs";
  return "";
}

std::string joined_errors(const json& report) {
  std::string out;
  const json& errors = member(report, "errors");
  if (errors.is_array())
    for (const auto& e : errors)
      if (e.is_string()) out += (out.empty() ? "" : " ") + e.get<std::string>();
  return out;
}

}  // namespace

std::string dutch_date(const std::string& iso) {
  static const std::array<const char*, 12> months{"januari", "februari", "maart", "april", "mei", "juni",
                                                  "juli", "augustus", "september", "oktober", "november", "december"};
  if (iso.size() < 7) return iso;
  int month = std::atoi(iso.substr(5, 2).c_str());
  if (month < 1 || month > 12) return iso;
  std::string words = std::string(months[static_cast<std::size_t>(month - 1)]) + " " + iso.substr(0, 4);
  if (iso.size() < 10) return words;
  return std::to_string(std::atoi(iso.substr(8, 2).c_str())) + " " + words;
}

PlanLetter plan_letter(const PlanOutput& plan, const checklists::Catalog& catalog) {
  const json& info = member(plan.report, "plan");
  PlanLetter letter;
  letter.file = text(info, "file").empty() ? plan.name : text(info, "file");
  std::string name = text(info, "swv_name"), code = text(info, "swv_code");
  letter.swv = name.empty() && code.empty() ? "samenwerkingsverband onbekend"
               : name.empty()               ? code
               : code.empty()               ? name
                                            : name + " (" + code + ")";
  const json& is_plan = member(info, "is_plan");
  if (!is_plan.is_boolean() || !is_plan.get<bool>()) {
    letter.kind = is_plan.is_boolean() ? LetterKind::not_a_plan : LetterKind::unreadable;
    letter.reason = joined_errors(plan.report);
    return letter;
  }
  const checklists::Round* round = checklists::find_round(catalog, text(info, "round"));
  auto known = known_values(plan.report, round);
  const json& findings = member(plan.report, "findings");
  for (const auto& finding : findings.is_array() ? findings : json::array()) {
    const auto* item = checklists::find_item(catalog, text(finding, "item"));
    const auto* checklist = item ? checklists::find_checklist(catalog, item->checklist) : nullptr;
    if (!item || !checklist || !counts_for_letter(finding, *item, *checklist)) continue;
    auto values = shortfall_values(finding, *item, known);
    values["nummer"] = std::to_string(letter.fields.shortfalls.size() + 1);
    letter.fields.shortfalls.push_back(std::move(values));
  }
  letter.kind = letter.fields.shortfalls.empty() ? LetterKind::no_shortfalls : LetterKind::letter;
  std::string received = text(info, "received");
  letter.fields.letter = {{"swv_naam", name.empty() ? "[naam samenwerkingsverband]" : name},
                          {"swv_code", code.empty() ? "[code samenwerkingsverband]" : code},
                          {"sector", sector_words(text(info, "sector"))},
                          {"bestand", letter.file},
                          {"ontvangen", received.empty() ? "[datum van ontvangst]" : dutch_date(received)},
                          {"ronde", round ? round->label : text(info, "round")},
                          {"deadline", known.count("deadline") ? known.at("deadline") : ""},
                          {"aantal", std::to_string(letter.fields.shortfalls.size())},
                          {"aantal_punten", std::to_string(letter.fields.shortfalls.size()) +
                                                (letter.fields.shortfalls.size() == 1 ? " punt" : " punten")}};
  return letter;
}

}  // namespace opcheck::cli
