// Tests for read_manifest(): ontvangst.csv as corpus-format.md describes it, and the Dutch
// errors that name the file and line.
#include <gtest/gtest.h>

#include "analyse/analyse.h"
#include "test_support.h"

namespace opcheck::analyse {
namespace {

std::filesystem::path manifest_with(const std::string& content) {
  auto path = test::fresh_temp_dir("manifest") / "ontvangst.csv";
  test::write_file(path, content);
  return path;
}

TEST(Manifest, ReadsFileNamesAndDates) {
  auto m = read_manifest(manifest_with("bestand,ontvangen\npo-2301-rivierenland.pdf,2014-04-22\nvo-2305-x.pdf,2014-05-01\n"));
  ASSERT_TRUE(m.ok()) << m.error().message;
  ASSERT_EQ(m->size(), 2u);
  EXPECT_EQ(m->at("po-2301-rivierenland.pdf"), (checklists::Date{2014, 4, 22}));
  EXPECT_EQ(m->at("vo-2305-x.pdf"), (checklists::Date{2014, 5, 1}));
}

TEST(Manifest, AcceptsByteOrderMarkCrLfBlankLinesQuotesAndPaths) {
  auto m = read_manifest(manifest_with("\xEF\xBB\xBF" "bestand,ontvangen\r\n\r\n\"plan, versie 2.pdf\",2014-04-01\r\nmap/a.pdf , 2014-03-31 \r\n"));
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m->at("plan, versie 2.pdf"), (checklists::Date{2014, 4, 1}));
  EXPECT_EQ(m->at("a.pdf"), (checklists::Date{2014, 3, 31}));
}

TEST(Manifest, RejectsAnImpossibleDateNamingFileAndLine) {
  auto path = manifest_with("bestand,ontvangen\na.pdf,2014-04-22\nb.pdf,2014-02-30\n");
  auto m = read_manifest(path);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().kind, ErrorKind::data);
  EXPECT_EQ(m.error().message, "Intakebestand " + path.string() +
                                   ", regel 3: '2014-02-30' is geen geldige datum (verwacht JJJJ-MM-DD, bijvoorbeeld 2014-04-22).");
}

TEST(Manifest, RejectsAMissingHeader) {
  auto path = manifest_with("a.pdf,2014-04-22\n");
  auto m = read_manifest(path);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("regel 1: de eerste regel moet de kolomnamen 'bestand,ontvangen' bevatten"), std::string::npos);
}

TEST(Manifest, RejectsWrongFieldCountAndOpenQuote) {
  auto m = read_manifest(manifest_with("bestand,ontvangen\na.pdf,2014-04-22,extra\n"));
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("regel 2: verwacht 2 velden (bestand,ontvangen), gevonden 3."), std::string::npos);
  m = read_manifest(manifest_with("bestand,ontvangen\n\"a.pdf,2014-04-22\n"));
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("regel 2: een aanhalingsteken wordt niet gesloten."), std::string::npos);
}

TEST(Manifest, RejectsAFileListedTwiceWithDifferentDates) {
  auto m = read_manifest(manifest_with("bestand,ontvangen\na.pdf,2014-04-22\na.pdf,2014-04-23\n"));
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("regel 3: a.pdf staat al eerder in het bestand met een andere datum (2014-04-22)."),
            std::string::npos);
  EXPECT_TRUE(read_manifest(manifest_with("bestand,ontvangen\na.pdf,2014-04-22\na.pdf,2014-04-22\n")).ok());
}

TEST(Manifest, ReportsAMissingOrEmptyFile) {
  auto dir = test::fresh_temp_dir("manifest-missing");
  auto m = read_manifest(dir / "ontvangst.csv");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().kind, ErrorKind::io);
  EXPECT_NE(m.error().message.find((dir / "ontvangst.csv").string()), std::string::npos);
  m = read_manifest(manifest_with(""));
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("is leeg"), std::string::npos);
}

}  // namespace
}  // namespace opcheck::analyse
