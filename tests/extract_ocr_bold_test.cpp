// Bold lines on a scanned page, read with real OCR: a page of the scanned sample plan
// vo-2306-twente-noord (page 7) cut out as tests/data/scanned-subheadings.pdf.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "extract/extract.h"
#include "opcheck/build_info.h"

namespace opcheck::extract {
namespace {

const Page& scanned_page() {
  static const Document doc = [] {
    Options options;
    auto result = extract_in_process(std::filesystem::path(kSourceDir) / "tests" / "data" / "scanned-subheadings.pdf", options);
    EXPECT_TRUE(result.ok());
    return result.ok() ? std::move(result).value() : Document{};
  }();
  EXPECT_EQ(doc.pages.size(), 1U);
  static const Page empty;
  return doc.pages.empty() ? empty : doc.pages.front();
}

bool is_bold(const std::string& text) {
  for (const Line& line : scanned_page().lines)
    if (line.text == text) return line.bold;
  ADD_FAILURE() << "no line '" << text << "'";
  return false;
}

TEST(OcrBold, SubHeadingsOfAScannedPageAreBold) {
  ASSERT_EQ(scanned_page().method, Method::ocr);
  EXPECT_TRUE(is_bold("Terugplaatsing"));
  EXPECT_TRUE(is_bold("Aangepaste hulpmiddelen en voorzieningen"));
  EXPECT_TRUE(is_bold("Toelating tot het voortgezet speciaal onderwijs"));
}

TEST(OcrBold, RunningTextOfAScannedPageIsNotBold) {
  int long_lines = 0, bold = 0;
  for (const Line& line : scanned_page().lines) {
    if (line.words.size() < 8) continue;
    ++long_lines;
    bold += line.bold;
  }
  EXPECT_GE(long_lines, 20);
  EXPECT_EQ(bold, 0);
}

}  // namespace
}  // namespace opcheck::extract
