// The `{{naam}}` / `{{#tekortkomingen}}` template language: checking a template with messages
// that point at the line or paragraph, and expanding it for one letter.
#include "cli/letter_template.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "opcheck/build_info.h"

namespace opcheck::cli {
namespace {

struct Token {
  std::string name;  // without braces; "#x" / "/x" for block markers
};

// The `{{...}}` tokens of a unit; nullopt when a `{{` is not closed.
std::optional<std::vector<Token>> tokens_of(const std::string& text) {
  std::vector<Token> tokens;
  for (std::size_t pos = text.find("{{"); pos != std::string::npos; pos = text.find("{{", pos)) {
    std::size_t end = text.find("}}", pos + 2);
    if (end == std::string::npos) return std::nullopt;
    std::string name = text.substr(pos + 2, end - pos - 2);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    tokens.push_back({name});
    pos = end + 2;
  }
  return tokens;
}

std::string trimmed(const std::string& text) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

enum class Marker { none, open, close };
Marker marker_of(const std::string& text) {
  std::string t = trimmed(text);
  if (t == std::string("{{#") + kShortfallBlock + "}}") return Marker::open;
  if (t == std::string("{{/") + kShortfallBlock + "}}") return Marker::close;
  return Marker::none;
}

bool contains(const std::vector<std::string>& list, const std::string& name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// Fills the unit; `dropped` when it had placeholders and every one of them came out empty.
FilledUnit fill_unit(std::size_t index, const std::string& text, const std::map<std::string, std::string>& values,
                     const std::function<std::string(const std::string&)>& escape, bool& dropped) {
  FilledUnit filled{index, false, ""};
  bool any_value = false;
  std::size_t at = 0;
  for (std::size_t pos = text.find("{{"); pos != std::string::npos; pos = text.find("{{", at)) {
    std::size_t end = text.find("}}", pos + 2);
    if (end == std::string::npos) break;
    std::string name = trimmed(text.substr(pos + 2, end - pos - 2));
    auto it = values.find(name);
    std::string value = it == values.end() ? std::string() : it->second;
    any_value = any_value || !value.empty();
    filled.text += text.substr(at, pos - at) + escape(value);
    filled.templated = true;
    at = end + 2;
  }
  filled.text += text.substr(at);
  dropped = filled.templated && !any_value;
  return filled;
}

}  // namespace

const std::vector<std::string>& letter_placeholders() {
  static const std::vector<std::string> names{"swv_naam", "swv_code", "sector", "bestand", "ontvangen",
                                              "ronde", "deadline", "aantal", "aantal_punten"};
  return names;
}

const std::vector<std::string>& shortfall_placeholders() {
  static const std::vector<std::string> names{"nummer", "id", "label", "wet", "status", "brieftekst",
                                              "bevinding", "citaat", "verwachting"};
  return names;
}

Status check_template(const std::vector<TemplateUnit>& units, const std::string& file) {
  std::vector<std::string> problems;
  bool in_block = false;
  for (const auto& unit : units) {
    auto problem = [&](const std::string& what) { problems.push_back(file + ", " + unit.where + ": " + what); };
    auto tokens = tokens_of(unit.text);
    if (!tokens) {
      problem("'{{' zonder afsluitende '}}'.");
      continue;
    }
    Marker marker = marker_of(unit.text);
    if (marker == Marker::open && in_block) problem("blok {{#tekortkomingen}} opent binnen een ander blok.");
    if (marker == Marker::close && !in_block) problem("{{/tekortkomingen}} zonder voorafgaand {{#tekortkomingen}}.");
    if (marker != Marker::none) {
      in_block = marker == Marker::open;
      continue;
    }
    for (const auto& token : *tokens) {
      if (!token.name.empty() && (token.name[0] == '#' || token.name[0] == '/'))
        problem("blokmarkering {{" + token.name + "}} moet alleen op een eigen regel of alinea staan.");
      else if (contains(shortfall_placeholders(), token.name) && !in_block)
        problem("{{" + token.name + "}} mag alleen binnen {{#tekortkomingen}} … {{/tekortkomingen}} staan.");
      else if (!contains(letter_placeholders(), token.name) && !contains(shortfall_placeholders(), token.name))
        problem("onbekende invulplaats {{" + token.name + "}}.");
    }
  }
  if (in_block) problems.push_back(file + ": {{#tekortkomingen}} wordt niet afgesloten met {{/tekortkomingen}}.");
  if (problems.empty()) return Ok{};
  std::string message = "Fout in briefsjabloon:";
  for (const auto& p : problems) message += "\n" + p;
  return make_error(ErrorKind::data, message);
}

std::vector<FilledUnit> expand_template(const std::vector<TemplateUnit>& units, const LetterFields& fields,
                                        const std::function<std::string(const std::string&)>& escape) {
  std::vector<FilledUnit> out;
  auto emit = [&](std::size_t index, const std::map<std::string, std::string>& values) {
    bool dropped = false;
    FilledUnit filled = fill_unit(index, units[index].text, values, escape, dropped);
    if (!dropped) out.push_back(std::move(filled));
  };
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (marker_of(units[i].text) != Marker::open) {
      emit(i, fields.letter);
      continue;
    }
    std::size_t end = i + 1;
    while (end < units.size() && marker_of(units[end].text) != Marker::close) ++end;
    for (const auto& shortfall : fields.shortfalls) {
      auto values = fields.letter;
      for (const auto& [key, value] : shortfall) values[key] = value;
      for (std::size_t j = i + 1; j < end; ++j) emit(j, values);
    }
    i = end;  // skip the closing marker too
  }
  return out;
}

std::filesystem::path letter_template_dir() {
  const char* env = std::getenv("OPCHECK_TEMPLATES");
  if (env && *env) return env;
  return std::filesystem::path(kSourceDir) / "cli" / "templates";
}

}  // namespace opcheck::cli
