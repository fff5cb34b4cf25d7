// judge_content() on hand-built plan structures (one case per item and status), on the corpus
// phrasings placed alone in a plan skeleton, and end to end on the born-digital sample plans.
// Evaluation uses the split in OPCHECK_EVAL_SPLIT (default "dev"): tune on dev, measure held-out
// once at the end.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>
#include <toml++/toml.h>

#include "analyse/detail/internal.h"
#include "analyse/detail/passage_score.h"
#include "opcheck/build_info.h"
#include "test_support.h"

namespace opcheck::analyse {
namespace {

using Chapter = std::pair<std::string, std::vector<std::string>>;  // title, paragraphs ("|" = table row cells)

Block make_block(const std::string& text, int page) {
  Block block;
  block.kind = text.find(" | ") != std::string::npos ? BlockKind::table_row : BlockKind::paragraph;
  block.text = text;
  if (block.kind == BlockKind::table_row)
    for (std::size_t at; (at = block.text.find(" | ")) != std::string::npos;) block.text.replace(at, 3, " ");
  block.lines.push_back(BlockLine{page, extract::Box{50, 100, 500, 112}, 0, block.text.size()});
  return block;
}

Structure make_structure(const std::vector<Chapter>& chapters) {
  Structure structure;
  structure.sections.push_back(Section{"", "", 0, -1, 1, 1, {}});
  int page = 1;
  for (const auto& [title, paragraphs] : chapters) {
    ++page;
    Section section{std::to_string(structure.sections.size()), title, 1, -1, page, page, {}};
    for (const auto& text : paragraphs) section.blocks.push_back(make_block(text, page));
    structure.sections.push_back(section);
  }
  return structure;
}

const checklists::Catalog& catalog() {
  static const checklists::Catalog loaded = [] {
    auto result = checklists::load_catalog(checklists::default_checklist_dir());
    if (!result) throw std::runtime_error(result.error().message);
    return *result;
  }();
  return loaded;
}

std::vector<checklists::ItemInForce> items(checklists::Sector sector, const std::string& only = "") {
  auto all = checklists::items_in_force(catalog(), "2014", sector);
  std::vector<checklists::ItemInForce> out;
  for (const auto& item : *all)
    if (only.empty() || item.item->id == only) out.push_back(item);
  return out;
}

Finding judge_one(const std::string& id, const std::vector<Chapter>& chapters,
                  checklists::Sector sector = checklists::Sector::po) {
  auto findings = detail::judge_content(make_structure(chapters), items(sector, id));
  return findings.empty() ? Finding{} : findings.front();
}

// Every cue match of item `id` in the chapters (OPCHECK_EVAL_VERBOSE=2).
std::string trace(const std::string& id, const std::vector<Chapter>& chapters, checklists::Sector sector) {
  const char* level = std::getenv("OPCHECK_EVAL_VERBOSE");
  if (!level || std::string(level) != "2") return "";
  const auto structure = make_structure(chapters);
  const auto& item = detail::compiled_item(*items(sector, id).front().item);
  const auto plan = detail::build_plan_text(structure);
  return detail::trace_item(plan, item, detail::heading_matches(plan, item));
}

// ---- evaluation helpers ------------------------------------------------------------------

std::string eval_split() {
  const char* split = std::getenv("OPCHECK_EVAL_SPLIT");
  return split && *split ? split : "dev";
}

struct Tally {
  std::map<std::string, std::map<std::string, std::map<std::string, int>>> confusion;  // item -> gold -> got
  int tp = 0, fp = 0, fn = 0, exact = 0, total = 0;
  void add(const std::string& item, const std::string& gold, const std::string& got) {
    ++confusion[item][gold][got];
    const bool gold_gap = gold != "voldoet", got_gap = got != "voldoet";
    tp += gold_gap && got_gap;
    fp += !gold_gap && got_gap;
    fn += gold_gap && !got_gap;
    exact += gold == got;
    ++total;
  }
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1; }
  void print(const std::string& title) const {
    std::cout << "== " << title << " (split " << eval_split() << "): gap precision " << precision() << ", recall "
              << recall() << ", exact " << exact << "/" << total << "\n";
    for (const auto& [item, rows] : confusion)
      for (const auto& [gold, cols] : rows) {
        std::cout << "  " << item << " gold " << gold << " ->";
        for (const auto& [got, n] : cols) std::cout << " " << got << ":" << n;
        std::cout << "\n";
      }
  }
};

std::string fill_placeholders(std::string text) {
  static const std::vector<std::pair<std::string, std::string>> values = {
      {"{swv_naam}", "Samenwerkingsverband Passend Onderwijs Eemland"}, {"{swv_code}", "PO 24-01"},
      {"{sector_naam}", "primair onderwijs"}, {"{regio}", "Eemland"}, {"{gemeenten}", "Amersfoort, Baarn en Soest"},
      {"{jaar1}", "2014"}, {"{jaar2}", "2015"}, {"{jaar3}", "2016"}, {"{jaar4}", "2017"}};
  for (const auto& [key, value] : values)
    for (std::size_t at; (at = text.find(key)) != std::string::npos;) text.replace(at, key.size(), value);
  return text;
}

std::vector<std::string> phrasing_blocks(const toml::table& phrasing) {
  std::vector<std::string> out;
  if (const auto* paragraphs = phrasing["paragraphs"].as_array())
    for (const auto& p : *paragraphs) out.push_back(fill_placeholders(p.value_or(std::string{})));
  if (const auto* table = phrasing["table"].as_array())
    for (const auto& row : *table) {
      std::string text;
      for (const auto& cell : *row.as_array()) text += (text.empty() ? "" : " | ") + fill_placeholders(cell.value_or(std::string{}));
      out.push_back(text + (row.as_array()->size() == 1 ? " | " : ""));
    }
  return out;
}

}  // namespace

namespace {

// Each inhoudseisen phrasing of the split, alone in a small plan skeleton, judged for its item.
TEST(ContentEval, PhrasingsOfTheSplitEarnTheirStatus) {
  const auto dir = std::filesystem::path(kSourceDir) / "corpus" / "phrasings";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "geen phrasings";
  Tally tally;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".toml" || entry.path().filename() == "procedure.toml") continue;
    toml::table file;
    try {
      file = toml::parse_file(entry.path().string());
    } catch (const toml::parse_error& e) {
      ADD_FAILURE() << entry.path() << ": " << e.what();
      continue;
    }
    if (file["checklist"].value_or(std::string{}) != "inhoudseisen") continue;
    const std::string id = file["item"].value_or(std::string{});
    const auto* phrasings = file["phrasing"].as_array();
    if (!phrasings || !checklists::find_item(catalog(), id)) continue;
    for (const auto& node : *phrasings) {
      const toml::table& p = *node.as_table();
      if (p["set"].value_or(std::string{}) != eval_split()) continue;
      const std::string sector_name = (*p["sectors"].as_array())[0].value_or(std::string{"po"});
      const auto sector = *checklists::parse_sector(sector_name);
      std::string heading = fill_placeholders(p["heading"].value_or(std::string{}));
      if (heading.empty()) heading = "Passend onderwijs in de regio";
      const std::vector<Chapter> chapters = {
          {"Inleiding", {"Dit is het ondersteuningsplan van het samenwerkingsverband voor de komende vier jaar."}},
          {heading, phrasing_blocks(p)},
          {"Organisatie", {"Het bureau is gevestigd in Amersfoort en telt vijf medewerkers."}}};
      if (sector == checklists::Sector::po || !items(sector, id).empty()) {
        const Finding finding = judge_one(id, chapters, sector);
        tally.add(id, p["status"].value_or(std::string{}), finding.status);
        if (finding.status != p["status"].value_or(std::string{}) && std::getenv("OPCHECK_EVAL_VERBOSE"))
          std::cout << "  MISS " << p["id"].value_or(std::string{}) << " gold " << p["status"].value_or(std::string{})
                    << " got " << finding.status << ": " << finding.explanation << "\n"
                    << trace(id, chapters, sector);
      }
    }
  }
  tally.print("phrasings");
  if (eval_split() == "dev") {
    EXPECT_GE(tally.precision(), 0.9);
    EXPECT_GE(tally.recall(), 0.9);
  }
}

}  // namespace
}  // namespace opcheck::analyse
