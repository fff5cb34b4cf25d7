// read_manifest(): the intake manifest ontvangst.csv (bestand,ontvangen) that tells when the
// inspectorate received each plan. Strict: a bad date, a missing column or a file listed twice
// with different dates is an error naming file and line, because a wrong receipt date
// silently changes N4.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "analyse/analyse.h"

namespace opcheck::analyse {
namespace {

std::string trim(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// Fields of one CSV line; double quotes may enclose a field holding commas ("" is a quote).
std::optional<std::vector<std::string>> split_csv(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') fields.back() += '"', ++i;
    else if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) fields.emplace_back();
    else fields.back() += c;
  }
  if (quoted) return std::nullopt;
  for (auto& f : fields) f = trim(f);
  return fields;
}

Error bad(const std::filesystem::path& csv, int line, const std::string& what) {
  return make_error(ErrorKind::data, "Intakebestand " + csv.string() + ", regel " + std::to_string(line) + ": " + what);
}

}  // namespace

Result<std::map<std::string, checklists::Date>> read_manifest(const std::filesystem::path& csv) {
  std::ifstream in(csv, std::ios::binary);
  if (!in) return make_error(ErrorKind::io, "Intakebestand " + csv.string() + " kan niet worden gelezen (bestaat het?).");
  std::map<std::string, checklists::Date> out;
  std::string line;
  int number = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // UTF-8 byte order mark
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty()) continue;
    auto fields = split_csv(line);
    if (!fields) return bad(csv, number, "een aanhalingsteken wordt niet gesloten.");
    if (!header) {
      if (fields->size() < 2 || (*fields)[0] != "bestand" || (*fields)[1] != "ontvangen")
        return bad(csv, number, "de eerste regel moet de kolomnamen 'bestand,ontvangen' bevatten, gevonden: '" + line + "'.");
      header = true;
      continue;
    }
    if (fields->size() != 2) return bad(csv, number, "verwacht 2 velden (bestand,ontvangen), gevonden " + std::to_string(fields->size()) + ".");
    std::string name = std::filesystem::path((*fields)[0]).filename().string();
    if (name.empty()) return bad(csv, number, "de bestandsnaam ontbreekt.");
    auto date = checklists::parse_date((*fields)[1]);
    if (!date) return bad(csv, number, "'" + (*fields)[1] + "' is geen geldige datum (verwacht JJJJ-MM-DD, bijvoorbeeld 2014-04-22).");
    auto [it, added] = out.emplace(name, *date);
    if (!added && it->second != *date)
      return bad(csv, number, name + " staat al eerder in het bestand met een andere datum (" + it->second.iso() + ").");
  }
  if (!header) return make_error(ErrorKind::data, "Intakebestand " + csv.string() + " is leeg: de kolomnamen 'bestand,ontvangen' ontbreken.");
  return out;
}

}  // namespace opcheck::analyse
