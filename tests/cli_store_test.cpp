// The SQLite store behind `opcheck extract --db`: schema version, one transaction per
// document, unchanged files not redone, re-runs without duplicates, pipeline-version redo.
#include <gtest/gtest.h>

#include "cli/extract_command.h"
#include "cli/store.h"
#include "test_support.h"

namespace opcheck::cli {
namespace {

long long count(Store& store, const std::string& table) {
  auto stmt = store.database().prepare("SELECT COUNT(*) FROM " + table);
  EXPECT_TRUE(stmt.ok());
  EXPECT_TRUE(stmt->step().ok());
  return stmt->integer(0);
}

struct StoreFixture : ::testing::Test {
  std::filesystem::path dir = test::fresh_temp_dir("store");
  std::filesystem::path pdf = dir / "plan.pdf";
  std::filesystem::path db = dir / "opcheck.sqlite";
  void SetUp() override {
    test::write_file(pdf, test::make_pdf({"Het ondersteuningsplan van het samenwerkingsverband.\nTweede regel.\n",
                                          "Pagina twee van het plan.\n"}));
  }
  Result<ExtractOutcome> extract(bool force = false) {
    ExtractRequest req;
    req.pdf = pdf;
    req.db = db;
    req.force = force;
    req.options.allow_ocr = false;
    return run_extract(req);
  }
};

TEST_F(StoreFixture, StoresPlanPagesAndLinesWithBoxes) {
  auto first = extract();
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_FALSE(first->from_store);
  auto store = Store::open(db);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(store->schema_version(), kSchemaVersion);
  EXPECT_EQ(count(*store, "plans"), 1);
  EXPECT_EQ(count(*store, "pages"), 2);
  EXPECT_EQ(count(*store, "lines"), 3);
  auto stmt = store->database().prepare("SELECT text, x0, y1 FROM lines WHERE page = 1 AND line = 0");
  ASSERT_TRUE(stmt.ok());
  ASSERT_TRUE(*stmt->step());
  EXPECT_EQ(stmt->text(0), "Het ondersteuningsplan van het samenwerkingsverband.");
  EXPECT_NEAR(stmt->real(1), 72, 1);
}

TEST_F(StoreFixture, UnchangedFileIsReadFromTheStoreWithTheSameText) {
  auto first = extract();
  auto second = extract();
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_TRUE(second->from_store);
  EXPECT_EQ(extract::to_contract_text(second->document), extract::to_contract_text(first->document));
  EXPECT_EQ(extract::to_json_text(second->document).size() > 0, true);
}

TEST_F(StoreFixture, ForcedRerunLeavesNoDuplicates) {
  ASSERT_TRUE(extract().ok());
  auto again = extract(true);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->from_store);
  auto store = Store::open(db);
  EXPECT_EQ(count(*store, "plans"), 1);
  EXPECT_EQ(count(*store, "pages"), 2);
  EXPECT_EQ(count(*store, "lines"), 3);
}

TEST_F(StoreFixture, OtherPipelineVersionIsRedone) {
  ASSERT_TRUE(extract().ok());
  {
    auto store = Store::open(db);
    ASSERT_TRUE(store->database().exec("UPDATE plans SET pipeline_version = 'oud'").ok());
  }
  auto again = extract();
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->from_store);
}

TEST_F(StoreFixture, FailureIsStoredAndReportedAgainWithoutReprocessing) {
  test::write_file(pdf, "geen pdf");
  auto first = extract();
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.error().kind, ErrorKind::not_pdf);
  auto second = extract();
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().message, first.error().message);
  auto store = Store::open(db);
  EXPECT_EQ(count(*store, "plans"), 1);
  EXPECT_EQ(count(*store, "pages"), 0);
}

TEST_F(StoreFixture, InterruptedTransactionLeavesNothingBehind) {
  auto store = Store::open(db);
  ASSERT_TRUE(store.ok());
  {
    auto tx = Transaction::begin(store->database());
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(store->database().exec("INSERT INTO plans (sha256, file, source_path, pipeline_version) VALUES ('x','a.pdf','a.pdf','1')").ok());
  }  // destroyed without commit: as if the process died mid-document
  EXPECT_EQ(count(*store, "plans"), 0);
}

TEST(Store, RefusesDatabaseFromNewerVersion) {
  auto db = test::fresh_temp_dir("store-new") / "x.sqlite";
  {
    auto store = Store::open(db);
    ASSERT_TRUE(store->database().exec("PRAGMA user_version = 99").ok());
  }
  auto store = Store::open(db);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind, ErrorKind::database);
  EXPECT_NE(store.error().message.find("nieuwere versie"), std::string::npos);
}

}  // namespace
}  // namespace opcheck::cli
