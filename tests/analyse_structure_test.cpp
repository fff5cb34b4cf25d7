// Blocks and headings built from real pages (tests/data): where a paragraph ends, and which
// lines of a scanned page are headings.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "analyse/analyse.h"
#include "extract/extract.h"
#include "opcheck/build_info.h"

namespace opcheck::analyse {
namespace {

std::vector<std::string> block_texts(const std::string& pdf) {
  extract::Options options;
  options.allow_ocr = false;  // text layers only here
  auto doc = extract::extract_in_process(std::filesystem::path(kSourceDir) / "tests" / "data" / pdf, options);
  EXPECT_TRUE(doc.ok()) << pdf;
  std::vector<std::string> texts;
  if (!doc.ok()) return texts;
  for (const auto& section : segment(doc.value()).sections)
    for (const auto& block : section.blocks) texts.push_back(block.text);
  return texts;
}

TEST(StructureBlocks, WidelySpacedLetterheadIsNotPartOfTheLetterBody) {
  // A consent letter cut from a generated plan (opcheck-corpus --plans 120 --seed 41,
  // West-Friesland page 50): the letterhead's lines are set 21.6 pt apart, the body 13.5 pt,
  // and the letterhead's lines are the page's most common pitch. Merged into one block, the
  // body's "vergadering van heden" was not read as a letter's sentence and lost its date.
  const auto texts = block_texts("letter-spaced-letterhead.pdf");
  std::size_t body = texts.size();
  for (std::size_t i = 0; i < texts.size(); ++i)
    if (texts[i].starts_with("Op grond van artikel 14a")) body = i;
  ASSERT_LT(body, texts.size()) << "the body does not start a block";
  ASSERT_GT(body, 0U);
  ASSERT_LT(body + 1, texts.size());
  EXPECT_TRUE(texts[body - 1].ends_with("Geachte leden van het bestuur,")) << texts[body - 1];
  EXPECT_TRUE(texts[body].ends_with("Wij wensen u veel succes met de uitvoering.")) << texts[body];
  EXPECT_EQ(texts[body + 1], "Hoogachtend,");
}

// A scanned page (sample vo-2306-twente-noord page 7, real OCR): its unnumbered sub-headings
// are known by their bold face, so their text lies in sections of their own. Before, only the
// larger chapter titles were headings and "Terugplaatsing" lay under the admission chapter.
TEST(StructureHeadings, BoldSubHeadingsOfAScannedPageOpenSections) {
  auto doc = extract::extract_in_process(std::filesystem::path(kSourceDir) / "tests" / "data" / "scanned-subheadings.pdf",
                                         extract::Options{});
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> titles;
  for (const auto& section : segment(doc.value()).sections) titles.push_back(section.title);
  for (const char* title : {"Toelating tot het voortgezet speciaal onderwijs", "Terugplaatsing",
                            "Aangepaste hulpmiddelen en voorzieningen"})
    EXPECT_NE(std::find(titles.begin(), titles.end(), title), titles.end()) << title;
}

}  // namespace
}  // namespace opcheck::analyse
