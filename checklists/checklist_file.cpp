// Reads one checklist file ([checklist] header, [[event]]s for procedure, [[item]]s) and the
// rounds file. The four checklists, their ID shapes and status words are fixed here because the
// report contract and the analyser's rules depend on them; everything else is data.
#include <algorithm>
#include <set>

#include "checklists/detail/parsers.h"

namespace opcheck::checklists::detail {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string joined(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& s : list) out += (out.empty() ? "" : ", ") + s;
  return out;
}

void read_statuses(TableReader& reader, const KnownChecklist& known, Checklist& checklist) {
  checklist.statuses = reader.texts("statuses", true);
  if (!checklist.statuses.empty() && checklist.statuses != known.statuses)
    reader.problem(reader.line_of("statuses"), "statuses van " + known.id + " liggen vast in het rapportformaat: [" +
                                                   joined(known.statuses) + "]");
  checklist.statuses = known.statuses;
  checklist.letter_statuses = reader.texts("letter_statuses", false);
  for (const auto& status : checklist.letter_statuses)
    if (!contains(known.statuses, status))
      reader.problem(reader.line_of("letter_statuses"), "onbekende status '" + status + "' in letter_statuses");
  const toml::table* outcomes = reader.table("outcomes", true);
  if (!outcomes) return;
  TableReader sub(*outcomes, reader.file(), reader.problems(), "[checklist.outcomes]");
  const auto read = [&](std::string_view key, std::string& into) {
    into = sub.text(key, true);
    if (!into.empty() && !contains(known.statuses, into))
      sub.problem(sub.line_of(key), "onbekende status '" + into + "' (toegestaan: " + joined(known.statuses) + ")");
  };
  read("complete", checklist.outcomes.complete);
  read("partial", checklist.outcomes.partial);
  read("absent", checklist.outcomes.absent);
  read("contrary", checklist.outcomes.contrary);
  sub.finish();
}

std::map<std::string, std::string> read_default_explanations(TableReader& reader, const Checklist& checklist) {
  std::map<std::string, std::string> out;
  const toml::table* table = reader.table("explanation", false);
  if (!table) return out;
  TableReader sub(*table, reader.file(), reader.problems(), "[checklist.explanation]");
  for (const auto& status : sub.all_keys()) {
    if (!contains(checklist.statuses, status)) {
      sub.problem(sub.line_of(status), "'" + status + "' is geen status van checklist " + checklist.id);
      continue;
    }
    out[status] = sub.text(status, true);
    check_template(sub, status, out[status]);
  }
  return out;
}

// Returns false when the header is unusable (no or unknown id): the items cannot be judged then.
bool read_header(const toml::table& root, const std::filesystem::path& file, Problems& problems,
                 ChecklistFile& out, ChecklistDefaults& defaults) {
  TableReader top(root, file, problems);
  const toml::table* header = top.table("checklist", true);
  if (!header) return false;
  TableReader reader(*header, file, problems, "[checklist]");
  Checklist& checklist = out.checklist;
  checklist.pos = SourcePos{file, reader.line()};
  checklist.id = reader.text("id", true);
  defaults.known = find_known(checklist.id);
  if (!defaults.known) {
    std::vector<std::string> names;
    for (const auto& known : known_checklists()) names.push_back(known.id);
    std::string message = "onbekende checklist '" + checklist.id + "' (toegestaan: " + joined(names) + ")";
    if (auto guess = suggest(checklist.id, names); !guess.empty()) message += " (bedoeld: '" + guess + "'?)";
    reader.problem(reader.line_of("id"), message);
    return false;
  }
  checklist.label = reader.text("label", true);
  checklist.source = reader.text("source", true);
  checklist.advisory = reader.flag("advisory", false);
  read_statuses(reader, *defaults.known, checklist);
  defaults.negative_cues = reader.cues("negative_cues", false);
  defaults.explanations = read_default_explanations(reader, checklist);
  reader.finish();
  return true;
}

// A list naming a role of some of the event's cues: each entry must be one of `cues` itself
// (`where` names those lists in the message).
std::vector<std::string> role_cues(TableReader& reader, std::string_view key, const std::vector<std::string>& cues,
                                   std::string_view where = "cues") {
  std::vector<std::string> out = reader.cues(key, false);
  for (const std::string& cue : out)
    if (!contains(cues, cue))
      reader.problem(reader.line_of(key),
                     "'" + cue + "' in " + std::string(key) + " staat niet in " + std::string(where));
  return out;
}

Event read_event(const toml::table& table, const std::filesystem::path& file, Problems& problems) {
  static const std::vector<std::string> names = {"vaststelling", "opr_instemming", "oogo"};
  Event event;
  TableReader reader(table, file, problems, "gebeurtenis '" + table["name"].value_or(std::string{}) + "'");
  event.pos = SourcePos{file, reader.line()};
  event.name = reader.text("name", true);
  if (!event.name.empty() && !contains(names, event.name)) {
    std::string message = "onbekende gebeurtenis '" + event.name + "' (toegestaan: " + joined(names) + ")";
    if (auto guess = suggest(event.name, names); !guess.empty()) message += " (bedoeld: '" + guess + "'?)";
    reader.problem(reader.line_of("name"), message);
  }
  event.label = reader.text("label", true);
  event.description = reader.text("description", true);
  event.cues = reader.cues("cues", true);
  event.negative_cues = reader.cues("negative_cues", false);
  event.refusal_cues = reader.cues("refusal_cues", false);
  event.agreement_cues = reader.cues("agreement_cues", false);
  event.disagreement_cues = reader.cues("disagreement_cues", false);
  event.body_cues = reader.cues("body_cues", false);
  event.strong_cues = role_cues(reader, "strong_cues", event.cues);
  event.with_body_cues = role_cues(reader, "with_body_cues", event.cues);
  event.body_and_plan_cues = role_cues(reader, "body_and_plan_cues", event.cues);
  event.form_label_cues = role_cues(reader, "form_label_cues", event.cues);
  event.adjective_cues = role_cues(reader, "adjective_cues", event.cues);
  // Unlike the other roles, these may be refusals or requests too ("niet ingestemd", "ter instemming").
  std::vector<std::string> all = event.cues;
  all.insert(all.end(), event.negative_cues.begin(), event.negative_cues.end());
  all.insert(all.end(), event.refusal_cues.begin(), event.refusal_cues.end());
  event.unnamed_body_cues = role_cues(reader, "unnamed_body_cues", all, "cues, negative_cues of refusal_cues");
  reader.finish();
  return event;
}

bool valid_school_year(const std::string& text) {
  if (text.size() != 9 || text[4] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 7, 8})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  return std::stoi(text.substr(5)) == std::stoi(text.substr(0, 4)) + 1;
}

}  // namespace

const std::vector<KnownChecklist>& known_checklists() {
  static const std::vector<KnownChecklist> list = {
      {"inhoudseisen", "^IE-[A-Z0-9]+(-[A-Z0-9]+)*$", "IE-NAAM", {"voldoet", "onvolledig", "ontbreekt"}},
      {"procedure", "^N[0-9]+-[A-Z0-9]+(-[A-Z0-9]+)*$", "N3-NAAM", {"voldoet", "niet_voldaan", "niet_aangetoond"}},
      {"parameter5", "^P5-[A-Z0-9]+(-[A-Z0-9]+)*$", "P5-NAAM", {"ja", "deels", "nee", "onbekend"}},
      {"waarderingskader", "^WK-[1-9]\\.[1-9]$", "WK-1.1", {"aanwijzing", "geen_aanwijzing"}},
  };
  return list;
}

const KnownChecklist* find_known(const std::string& id) {
  for (const auto& known : known_checklists())
    if (known.id == id) return &known;
  return nullptr;
}

ChecklistFile read_checklist_file(const toml::table& root, const std::filesystem::path& file, Problems& problems) {
  ChecklistFile out;
  ChecklistDefaults defaults;
  TableReader top(root, file, problems);
  top.table("checklist", false);  // read by read_header; marked known here
  if (!read_header(root, file, problems, out, defaults)) return out;
  defaults.checklist = &out.checklist;
  if (out.checklist.id == "procedure") {
    for (const toml::table* table : top.tables("event", true)) out.events.push_back(read_event(*table, file, problems));
    std::set<std::string> names;
    for (const auto& event : out.events)
      if (!event.name.empty() && !names.insert(event.name).second)
        problems.add(file, event.pos.line, "gebeurtenis '" + event.name + "' staat dubbel");
    defaults.events = out.events;
  }
  for (const toml::table* table : top.tables("item", true)) out.items.push_back(read_item(*table, defaults, file, problems));
  top.finish();
  return out;
}

std::vector<Round> read_rounds_file(const toml::table& root, const std::filesystem::path& file, Problems& problems) {
  std::vector<Round> rounds;
  TableReader top(root, file, problems);
  for (const toml::table* table : top.tables("round", true)) {
    TableReader reader(*table, file, problems, "ronde '" + (*table)["id"].value_or(std::string{}) + "'");
    Round round;
    round.pos = SourcePos{file, reader.line()};
    round.id = reader.text("id", true);
    round.label = reader.text("label", true);
    const auto deadline = reader.date("deadline", true);
    const auto reference = reader.date("reference_date", true);
    round.first_school_year = reader.text("first_school_year", true);
    reader.finish();
    if (deadline) round.deadline = *deadline;
    if (reference) round.reference_date = *reference;
    if (!round.first_school_year.empty() && !valid_school_year(round.first_school_year))
      reader.problem(reader.line_of("first_school_year"),
                     "schooljaar '" + round.first_school_year + "' heeft niet de vorm JJJJ-JJJJ (bijv. 2014-2015)");
    rounds.push_back(round);
  }
  top.finish();
  return rounds;
}

}  // namespace opcheck::checklists::detail
