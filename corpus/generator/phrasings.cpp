// Loads corpus/phrasings/*.toml into a PhrasingLibrary and validates it: unknown items,
// statuses or sets are reported with file and phrasing id, so a typo never silently
// removes a phrasing from the corpus.
#include <algorithm>
#include <toml++/toml.h>

#include "corpus/generator/corpus.h"

namespace opcheck::corpus {
namespace {

std::vector<std::string> strings(const toml::node_view<const toml::node>& node) {
  std::vector<std::string> out;
  if (const auto* arr = node.as_array()) {
    for (const auto& el : *arr) {
      if (auto s = el.value<std::string>()) out.push_back(*s);
    }
  }
  return out;
}

std::vector<std::vector<std::string>> table_of(const toml::node_view<const toml::node>& node) {
  std::vector<std::vector<std::string>> out;
  if (const auto* arr = node.as_array()) {
    for (const auto& row : *arr) {
      std::vector<std::string> cells;
      if (const auto* r = row.as_array()) {
        for (const auto& c : *r) {
          if (auto s = c.value<std::string>()) cells.push_back(*s);
          else if (auto i = c.value<std::int64_t>()) cells.push_back(std::to_string(*i));
        }
      }
      out.push_back(cells);
    }
  }
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

Error bad(const std::filesystem::path& file, const std::string& what) {
  return make_error(ErrorKind::data, "Formuleringsbestand " + file.string() + ": " + what);
}

Result<Ok> read_item_file(const std::filesystem::path& file, const toml::table& t, PhrasingLibrary& lib) {
  const std::string item = t["item"].value_or(std::string{});
  const std::string checklist = t["checklist"].value_or(std::string{});
  const bool procedure = file.stem() == "procedure";
  if (!procedure && item.empty()) return bad(file, "het veld 'item' ontbreekt.");
  const auto* arr = t["phrasing"].as_array();
  if (!arr) return bad(file, "geen [[phrasing]]-blokken gevonden.");
  for (const auto& node : *arr) {
    const auto* pt = node.as_table();
    if (!pt) continue;
    const toml::node_view<const toml::node> p{pt};
    Phrasing ph;
    ph.id = p["id"].value_or(std::string{});
    ph.item = p["item"].value_or(item);
    ph.checklist = p["checklist"].value_or(procedure ? std::string("procedure") : checklist);
    ph.set = p["set"].value_or(std::string{});
    ph.status = p["status"].value_or(std::string{});
    ph.sectors = strings(p["sectors"]);
    if (ph.sectors.empty()) ph.sectors = {"po", "vo"};
    ph.heading = p["heading"].value_or(std::string{});
    ph.paragraphs = strings(p["paragraphs"]);
    ph.list = strings(p["list"]);
    ph.table = table_of(p["table"]);
    ph.event = p["event"].value_or(std::string{});
    ph.kind = p["kind"].value_or(std::string{});
    ph.outcome = p["outcome"].value_or(std::string{});
    ph.context = p["context"].value_or(std::string("body"));
    ph.events = strings(p["events"]);
    ph.date_forms = strings(p["date_forms"]);
    ph.pairs_with_oogo = strings(p["pairs_with_oogo"]);
    ph.rechtsvorm = p["rechtsvorm"].value_or(std::string{});
    if (ph.id.empty()) return bad(file, "een formulering zonder 'id'.");
    if (ph.set != "dev" && ph.set != "heldout") return bad(file, ph.id + ": 'set' moet dev of heldout zijn.");
    if (procedure) {
      if (ph.event != "vaststelling" && ph.event != "opr_instemming" && ph.event != "oogo")
        return bad(file, ph.id + ": onbekend 'event' '" + ph.event + "'.");
      static const std::vector<std::string> kinds{"done", "refused", "future", "not_yet", "no_agreement", "done_unknown_outcome"};
      if (!contains(kinds, ph.kind)) return bad(file, ph.id + ": onbekend 'kind' '" + ph.kind + "'.");
    } else if (!contains(statuses_of(ph.checklist), ph.status)) {
      return bad(file, ph.id + ": status '" + ph.status + "' past niet bij checklist '" + ph.checklist + "'.");
    }
    if (ph.paragraphs.empty()) return bad(file, ph.id + ": 'paragraphs' is leeg.");
    lib.phrasings.push_back(std::move(ph));
  }
  return Ok{};
}

Chapter chapter_of(const toml::table& ct) {
  const toml::node_view<const toml::node> c{static_cast<const toml::node&>(ct)};
  Chapter ch;
  ch.id = c["id"].value_or(std::string{});
  ch.kind = c["kind"].value_or(std::string{});
  ch.heading = c["heading"].value_or(std::string{});
  ch.sectors = strings(c["sectors"]);
  if (ch.sectors.empty()) ch.sectors = {"po", "vo"};
  ch.paragraphs = strings(c["paragraphs"]);
  ch.list = strings(c["list"]);
  ch.table = table_of(c["table"]);
  return ch;
}

void read_filler(const toml::table& t, PhrasingLibrary& lib) {
  if (const auto* arr = t["chapter"].as_array()) {
    for (const auto& n : *arr) {
      if (const auto* ct = n.as_table()) lib.filler.push_back(chapter_of(*ct));
    }
  }
  for (auto& s : strings(t["sentences"])) lib.filler_sentences.push_back(s);
}

void read_non_plan(const toml::table& t, PhrasingLibrary& lib) {
  const auto* arr = t["document"].as_array();
  if (!arr) return;
  for (const auto& n : *arr) {
    const auto* dt = n.as_table();
    if (!dt) continue;
    NonPlanDoc doc;
    doc.id = (*dt)["id"].value_or(std::string{});
    doc.kind = (*dt)["kind"].value_or(std::string{});
    doc.title = (*dt)["title"].value_or(std::string{});
    if (const auto* secs = (*dt)["section"].as_array()) {
      for (const auto& s : *secs) {
        if (const auto* st = s.as_table()) doc.sections.push_back(chapter_of(*st));
      }
    }
    lib.non_plans.push_back(std::move(doc));
  }
}

}  // namespace

Result<PhrasingLibrary> load_phrasings(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return make_error(ErrorKind::io, "Map met formuleringen niet gevonden: " + dir.string());
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".toml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());  // directory order is not stable across machines
  PhrasingLibrary lib;
  for (const auto& file : files) {
    toml::table t;
    try {
      t = toml::parse_file(file.string());
    } catch (const toml::parse_error& err) {
      return bad(file, "regel " + std::to_string(err.source().begin.line) + ": " + std::string(err.description()));
    }
    const auto stem = file.stem().string();
    if (stem == "filler") read_filler(t, lib);
    else if (stem == "non-plan") read_non_plan(t, lib);
    else if (auto st = read_item_file(file, t, lib); !st) return st.error();
  }
  return lib;
}

const std::vector<std::pair<std::string, std::string>>& items_in_force() {
  static const std::vector<std::pair<std::string, std::string>> items{
      {"inhoudseisen", "IE-SAMENHANG"},      {"inhoudseisen", "IE-BASISONDERSTEUNING"},
      {"inhoudseisen", "IE-MIDDELEN"},       {"inhoudseisen", "IE-BEGROTING"},
      {"inhoudseisen", "IE-TOELAATBAARHEID"}, {"inhoudseisen", "IE-TERUGPLAATSING"},
      {"inhoudseisen", "IE-OUDERS"},         {"inhoudseisen", "IE-RESULTATEN"},
      {"inhoudseisen", "IE-PERSOONSGEGEVENS"}, {"inhoudseisen", "IE-BEKOSTIGING-SO"},
      {"procedure", "N3-OPR"},               {"procedure", "N4-TIJDIG"},
      {"procedure", "N5-OOGO"},              {"parameter5", "P5-VERBINDING"},
      {"parameter5", "P5-VERDEELSTRUCTUUR"}, {"parameter5", "P5-DEKKEND"},
      {"parameter5", "P5-OOGO"},             {"parameter5", "P5-OVEREENSTEMMING"},
      {"parameter5", "P5-VERANTWOORDING"},   {"parameter5", "P5-TRANSPARANTIE"},
      {"parameter5", "P5-INTERN-TOEZICHT"},  {"parameter5", "P5-INBRENG"}};
  return items;
}

const std::vector<std::string>& statuses_of(const std::string& checklist) {
  static const std::vector<std::string> ie{"ontbreekt", "onvolledig", "voldoet"};
  static const std::vector<std::string> proc{"niet_aangetoond", "niet_voldaan", "voldoet"};
  static const std::vector<std::string> p5{"onbekend", "nee", "deels", "ja"};
  static const std::vector<std::string> none{};
  if (checklist == "inhoudseisen") return ie;
  if (checklist == "procedure") return proc;
  if (checklist == "parameter5") return p5;
  return none;
}

}  // namespace opcheck::corpus
