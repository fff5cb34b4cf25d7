// The words that split a plan's compounds come from the cues of every content item
// (prepare_vocabulary), so a judgement never depends on which items, of which sector, a run has
// compiled before it. A program of its own: the vocabulary is shared by the whole process.
#include <gtest/gtest.h>

#include <stdexcept>

#include "analyse/detail/internal.h"
#include "analyse/detail/passage_score.h"

namespace opcheck::analyse {
namespace {

Structure quality_chapter() {
  Structure structure;
  Section section{"12", "Kwaliteitszorg", 1, -1, 1, 1, {}};
  for (const char* text :
       {"Het samenwerkingsverband legt jaarlijks verantwoording af over het gevoerde beleid en de besteding van "
        "de middelen. Het bestuursverslag en de jaarrekening worden voor 1 juli vastgesteld.",
        "De jaarrekening wordt gecontroleerd door een registeraccountant, die het bestuur en de toezichthouder "
        "schriftelijk rapporteert over zijn bevindingen.",
        "Het managementstatuut en het treasurystatuut zijn op de website gepubliceerd."}) {
    Block block;
    block.text = text;
    block.lines.push_back(BlockLine{1, extract::Box{50, 100, 500, 112}, 0, block.text.size()});
    section.blocks.push_back(block);
  }
  structure.sections.push_back(section);
  return structure;
}

Finding judge_results(const checklists::Catalog& catalog) {
  auto items = checklists::items_in_force(catalog, "2014", checklists::Sector::po);
  if (!items) throw std::runtime_error(items.error().message);
  std::vector<checklists::ItemInForce> only;
  for (const auto& item : *items)
    if (item.item->id == "IE-RESULTATEN") only.push_back(item);
  const auto findings = detail::judge_content(quality_chapter(), only);
  return findings.empty() ? Finding{} : findings.front();
}

TEST(Vocabulary, AJudgementDoesNotDependOnTheItemsCompiledBeforeIt) {
  auto catalog = checklists::load_catalog(checklists::default_checklist_dir());
  ASSERT_TRUE(catalog) << catalog.error().message;
  detail::prepare_vocabulary(*catalog);
  const Finding first = judge_results(*catalog);
  // Other plans of the run (vo ones too) compile the other items.
  for (const auto& item : catalog->items) detail::compiled_item(item);
  const Finding later = judge_results(*catalog);
  EXPECT_EQ(first.status, later.status);
  EXPECT_EQ(first.explanation, later.explanation);
}

}  // namespace
}  // namespace opcheck::analyse
