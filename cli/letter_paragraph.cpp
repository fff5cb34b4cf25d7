// Choosing and filling a shortfall's letter text. The report does not carry the procedure case
// nor the values behind {ontbrekend}/{jaren}, so they are recovered by matching the finding's
// explanation against the explanation templates it was filled from: the literal text around
// each placeholder pins down its value.
#include "cli/letter_paragraph.h"

#include <optional>
#include <regex>
#include <vector>

namespace opcheck::cli {
namespace {

using Values = std::map<std::string, std::string>;

std::string fill(std::string text, const Values& values) {
  for (const auto& [key, value] : values) {
    const std::string token = "{" + key + "}";
    for (std::size_t pos = 0; (pos = text.find(token, pos)) != std::string::npos; pos += value.size())
      text.replace(pos, token.size(), value);
  }
  return text;
}

std::string regex_escape(const std::string& text) {
  static const std::string special = "\\^$.|?*+()[]{}/";
  std::string out;
  for (char c : text) {
    if (special.find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

// The values of the placeholders left in `pattern` (known values already filled in) when the
// explanation was made from it; nullopt when it was not. Notes the analyser appends after the
// template text are allowed (prefix match as a second try).
std::optional<Values> recover(const std::string& pattern, const std::string& explanation) {
  std::vector<std::string> names;
  std::string greedy, lazy;
  std::size_t at = 0;
  for (std::size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{', at)) {
    std::size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    std::string literal = regex_escape(pattern.substr(at, open - at));
    names.push_back(pattern.substr(open + 1, close - open - 1));
    greedy += literal + "([\\s\\S]+)";
    lazy += literal + "([\\s\\S]+?)";
    at = close + 1;
  }
  greedy += regex_escape(pattern.substr(at));
  lazy += regex_escape(pattern.substr(at));
  try {
    std::smatch match;
    bool found = std::regex_match(explanation, match, std::regex(greedy)) ||
                 std::regex_search(explanation, match, std::regex(lazy), std::regex_constants::match_continuous);
    if (!found) return std::nullopt;
    Values values;
    for (std::size_t i = 0; i < names.size(); ++i) values[names[i]] = match[i + 1].str();
    return values;
  } catch (const std::regex_error&) {
    return std::nullopt;  // a pathological template: fall back to the status text
  }
}

struct Choice {
  std::string letter;  // the text to fill
  Values values;       // recovered from the explanation
};

std::optional<Choice> match_template(const std::string& explanation_template, const std::string& letter,
                                     const std::string& explanation, const Values& known) {
  // The analyser drops " door {orgaan}" when the adopting body is unknown; try both forms.
  std::vector<std::string> forms{explanation_template};
  if (auto pos = explanation_template.find(" door {orgaan}"); pos != std::string::npos)
    forms.push_back(std::string(explanation_template).erase(pos, 14));
  for (const auto& form : forms)
    if (auto values = recover(fill(form, known), explanation)) return Choice{letter, *values};
  return std::nullopt;
}

std::string unfilled_to_markers(std::string text) {
  for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 1, close - open - 1);
    text.replace(open, close - open + 1, "[in te vullen: " + name + "]");
  }
  return text;
}

}  // namespace

std::string letter_paragraph(const checklists::Item& item, const std::string& status, const std::string& explanation,
                             bool tool_status, const Values& known) {
  auto it = item.letter.find(status);
  std::string status_letter = it == item.letter.end() ? std::string() : it->second;
  std::optional<Choice> choice;
  if (tool_status) {
    for (const auto& c : item.cases) {
      if (c.status != status || choice) continue;
      choice = match_template(c.explanation, c.letter.empty() ? status_letter : c.letter, explanation, known);
    }
    auto own = item.explanations.find(status);
    if (!choice && own != item.explanations.end()) choice = match_template(own->second, status_letter, explanation, known);
  }
  Values values = known;
  if (choice)
    for (const auto& [key, value] : choice->values) values.emplace(key, value);
  std::string text = choice ? choice->letter : status_letter;
  if (text.empty()) text = explanation;  // the catalog requires letter texts; never leave a shortfall blank
  return unfilled_to_markers(fill(text, values));
}

}  // namespace opcheck::cli
