// Tests of the real checklist data in checklists/data: exactly the contract IDs, the 2014 round's
// selection per sector, the part rules the analyser relies on, look-ups and the listing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "checklists/checklists.h"
#include "opcheck/build_info.h"
#include "test_support.h"

namespace opcheck::checklists {
namespace {

std::filesystem::path real_dir() { return std::filesystem::path(kSourceDir) / "checklists" / "data"; }

const Catalog& real_catalog() {
  static const Catalog catalog = [] {
    auto loaded = load_catalog(real_dir());
    if (!loaded) ADD_FAILURE() << loaded.error().message;
    return loaded ? std::move(loaded).value() : Catalog{};
  }();
  return catalog;
}

std::vector<std::string> ids_of(const std::vector<ItemInForce>& items) {
  std::vector<std::string> out;
  for (const auto& entry : items) out.push_back(entry.item->id);
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// checklist-ids.md sections 1-4, in order. The IDs are a public contract.
const std::vector<std::string> kContractIds = {
    "IE-SAMENHANG", "IE-BASISONDERSTEUNING", "IE-MIDDELEN", "IE-BEGROTING", "IE-TOELAATBAARHEID",
    "IE-TERUGPLAATSING", "IE-OUDERS", "IE-RESULTATEN", "IE-PERSOONSGEGEVENS", "IE-BEKOSTIGING-SO", "IE-LWOO-PRO",
    "N3-OPR", "N4-TIJDIG", "N5-OOGO",
    "P5-VERBINDING", "P5-VERDEELSTRUCTUUR", "P5-DEKKEND", "P5-OOGO", "P5-OVEREENSTEMMING", "P5-VERANTWOORDING",
    "P5-TRANSPARANTIE", "P5-INTERN-TOEZICHT", "P5-INBRENG",
    "WK-1.1", "WK-1.2", "WK-1.3", "WK-1.4", "WK-1.5", "WK-1.6",
    "WK-2.1", "WK-2.2", "WK-2.3", "WK-2.4", "WK-2.5", "WK-2.6",
    "WK-3.1", "WK-3.2", "WK-3.3", "WK-3.4", "WK-3.5", "WK-3.6",
};

TEST(ChecklistCatalog, RealDataLoadsWithExactlyTheContractIdsInOrder) {
  const Catalog& catalog = real_catalog();
  std::vector<std::string> ids;
  for (const auto& item : catalog.items) ids.push_back(item.id);
  EXPECT_EQ(ids, kContractIds);
  ASSERT_EQ(catalog.checklists.size(), 4u);
  EXPECT_EQ(catalog.checklists[0].id, "inhoudseisen");
  EXPECT_EQ(catalog.checklists[3].id, "waarderingskader");
  EXPECT_EQ(catalog.events.size(), 3u);
}

TEST(ChecklistCatalog, Round2014ForPoExcludesLwooProAndMarksPersoonsgegevensAdvisory) {
  auto items = items_in_force(real_catalog(), "2014", Sector::po);
  ASSERT_TRUE(items) << items.error().message;
  const auto ids = ids_of(*items);
  EXPECT_FALSE(contains(ids, "IE-LWOO-PRO"));
  EXPECT_EQ(ids.size(), kContractIds.size() - 1);
  for (const auto& entry : *items) {
    const bool expect_advisory = entry.item->id == "IE-PERSOONSGEGEVENS" || entry.item->id == "IE-BEKOSTIGING-SO" ||
                                 entry.item->checklist == "waarderingskader";
    EXPECT_EQ(entry.advisory, expect_advisory) << entry.item->id;
  }
}

TEST(ChecklistCatalog, Round2014ForVoAlsoExcludesLwooProWhichStartsIn2016) {
  auto items = items_in_force(real_catalog(), "2014", Sector::vo);
  ASSERT_TRUE(items);
  EXPECT_FALSE(contains(ids_of(*items), "IE-LWOO-PRO"));
  const Item* lwoo = find_item(real_catalog(), "IE-LWOO-PRO");
  ASSERT_NE(lwoo, nullptr);
  EXPECT_EQ(lwoo->valid_from->iso(), "2016-01-01");
  EXPECT_TRUE(in_force(*lwoo, Date{2016, 1, 1}));
  EXPECT_FALSE(in_force(*lwoo, Date{2015, 12, 31}));
}

TEST(ChecklistCatalog, A2016RoundSelectsLwooProForVoOnly) {
  const auto dir = test::fresh_temp_dir("checklists-2016");
  for (const auto& entry : std::filesystem::directory_iterator(real_dir()))
    std::filesystem::copy_file(entry.path(), dir / entry.path().filename());
  test::write_file(dir / "rounds-extra.toml",
                   "[[round]]\nid = \"2016\"\nlabel = \"Aangepaste plannen lwoo/pro\"\ndeadline = 2016-05-01\n"
                   "reference_date = 2016-01-01\nfirst_school_year = \"2016-2017\"\n");
  auto catalog = load_catalog(dir);
  ASSERT_TRUE(catalog) << catalog.error().message;
  auto vo = items_in_force(*catalog, "2016", Sector::vo);
  auto po = items_in_force(*catalog, "2016", Sector::po);
  ASSERT_TRUE(vo && po);
  EXPECT_TRUE(contains(ids_of(*vo), "IE-LWOO-PRO"));
  EXPECT_FALSE(contains(ids_of(*po), "IE-LWOO-PRO"));
}

TEST(ChecklistCatalog, UnknownSectorSelectsItemsOfEverySector) {
  auto items = items_in_force(real_catalog(), "2014", std::nullopt);
  ASSERT_TRUE(items);
  EXPECT_EQ(items->size(), kContractIds.size() - 1);  // only IE-LWOO-PRO is out, by date
}

TEST(ChecklistCatalog, UnknownRoundIsADataErrorNamingTheKnownRounds) {
  auto items = items_in_force(real_catalog(), "2013", Sector::po);
  ASSERT_FALSE(items);
  EXPECT_EQ(items.error().kind, ErrorKind::data);
  EXPECT_EQ(items.error().message, "onbekende ronde '2013' (bekend: 2014)");
}

TEST(ChecklistCatalog, Round2014HasDeadlineFirstOfMay) {
  const Round* round = find_round(real_catalog(), "2014");
  ASSERT_NE(round, nullptr);
  EXPECT_EQ(round->deadline.iso(), "2014-05-01");
  EXPECT_EQ(round->reference_date.iso(), "2014-05-01");
  EXPECT_EQ(find_round(real_catalog(), "2018"), nullptr);
}

TEST(ChecklistCatalog, ToelaatbaarheidNeedsBothProcedureAndCriteria) {
  const Item* item = find_item(real_catalog(), "IE-TOELAATBAARHEID");
  ASSERT_NE(item, nullptr);
  std::vector<std::string> required;
  for (const auto& part : item->parts)
    if (part.required) required.push_back(part.name);
  EXPECT_EQ(required, (std::vector<std::string>{"procedure", "criteria"}));
  EXPECT_EQ(item->parts[1].if_missing, "Wel een procedure voor toelaatbaarheid, maar geen criteria gevonden.");
  EXPECT_TRUE(contains(item->parts[0].cues, "CvT"));
  EXPECT_TRUE(contains(item->parts[0].cues, "PCL"));
  EXPECT_EQ(item->law, "art. 18a lid 8 WPO / art. 17a lid 8 WVO");
}

TEST(ChecklistCatalog, BegrotingRequiresAMultiYearPart) {
  const Item* item = find_item(real_catalog(), "IE-BEGROTING");
  ASSERT_NE(item, nullptr);
  const auto part = std::find_if(item->parts.begin(), item->parts.end(), [](const Part& p) { return p.multi_year; });
  ASSERT_NE(part, item->parts.end());
  EXPECT_TRUE(part->required);
  EXPECT_EQ(part->min_years, 2);
  EXPECT_EQ(item->explanations.at("onvolledig"), "Alleen een begroting voor {jaren} gevonden; geen meerjarenbegroting.");
}

TEST(ChecklistCatalog, ReturnToRegularSchoolsIsSpokenOfWithSpecialEducation) {
  const Item* item = find_item(real_catalog(), "IE-TERUGPLAATSING");
  ASSERT_NE(item, nullptr);
  const Part& subject = item->parts.front();
  EXPECT_EQ(subject.name, "onderwerp");
  EXPECT_TRUE(subject.context_in_section);
  EXPECT_NE(std::find(subject.context_cues.begin(), subject.context_cues.end(), "sbo"), subject.context_cues.end());
}

TEST(ChecklistCatalog, QuantitativeResultsNeedAFigure) {
  const Item* item = find_item(real_catalog(), "IE-RESULTATEN");
  ASSERT_NE(item, nullptr);
  for (const Part& part : item->parts) EXPECT_EQ(part.needs_figure, part.name == "kwantitatief") << part.name;
}

// Rules on personal data are prohibitions ("geen gegevens zonder toestemming"): only that part
// lets a negation next to its cues state it.
TEST(ChecklistCatalog, OnlyThePrivacyRulesReadANegationAsStated) {
  for (const Item& item : real_catalog().items)
    for (const Part& part : item.parts)
      EXPECT_EQ(part.negation_states, item.id == "IE-PERSOONSGEGEVENS" && part.name == "privacy")
          << item.id << " " << part.name;
}

TEST(ChecklistCatalog, ChecklistNegativeCuesAreMergedIntoEveryItem) {
  for (const auto& id : {"IE-SAMENHANG", "IE-RESULTATEN"}) {
    const Item* item = find_item(real_catalog(), id);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(contains(item->negative_cues, "nog niet")) << id;
    EXPECT_TRUE(contains(item->negative_cues, "wordt later uitgewerkt")) << id;
  }
}

TEST(ChecklistCatalog, ProcedureItemsNameTheirEventsAndCases) {
  const Item* n3 = find_item(real_catalog(), "N3-OPR");
  ASSERT_NE(n3, nullptr);
  EXPECT_EQ(n3->events, (std::vector<std::string>{"opr_instemming", "vaststelling"}));
  EXPECT_EQ(n3->law, "art. 18a lid 7–9 WPO / art. 17a lid 7–9 WVO; art. 14a WMS; toezichtkader N3");
  const auto late = std::find_if(n3->cases.begin(), n3->cases.end(),
                                 [](const Case& c) { return c.name == "instemming_na_vaststelling"; });
  ASSERT_NE(late, n3->cases.end());
  EXPECT_EQ(late->status, "niet_voldaan");
  const Event* oogo = find_event(real_catalog(), "oogo");
  ASSERT_NE(oogo, nullptr);
  EXPECT_TRUE(contains(oogo->cues, "oogo"));  // lower case: matches "OOGO", "Oogo" and "oogo"
  EXPECT_TRUE(contains(oogo->disagreement_cues, "geen overeenstemming"));
}

TEST(ChecklistCatalog, EveryNonAdvisoryLegalItemHasLetterTextsAndEveryItemAllExplanations) {
  for (const auto& item : real_catalog().items) {
    const Checklist* checklist = find_checklist(real_catalog(), item.checklist);
    ASSERT_NE(checklist, nullptr);
    EXPECT_EQ(item.explanations.size(), checklist->statuses.size()) << item.id;
    if (item.advisory) continue;
    for (const auto& status : checklist->letter_statuses) EXPECT_EQ(item.letter.count(status), 1u) << item.id;
  }
}

TEST(ChecklistCatalog, ListingFor2014ShowsHeadingAndAdvisoryMarks) {
  const Round* round = find_round(real_catalog(), "2014");
  ASSERT_NE(round, nullptr);
  const std::string listing = format_listing(real_catalog(), *round);
  EXPECT_NE(listing.find("Ronde 2014: Eerste ondersteuningsplannen passend onderwijs (uiterste datum 2014-05-01, "
                         "peildatum 2014-05-01)"),
            std::string::npos);
  EXPECT_NE(listing.find("40 onderdelen in werking, waarvan 20 adviserend"), std::string::npos) << listing;
  EXPECT_EQ(listing.find("IE-LWOO-PRO"), std::string::npos);
  const auto row = listing.find("IE-PERSOONSGEGEVENS");
  ASSERT_NE(row, std::string::npos);
  const std::string line = listing.substr(row, listing.find('\n', row) - row);
  EXPECT_NE(line.find("po, vo"), std::string::npos);
  EXPECT_EQ(line.substr(line.size() - 10), "adviserend");
}

TEST(ChecklistCatalog, ListingWithoutRoundShowsEveryItemWithItsDates) {
  const std::string listing = format_listing(real_catalog());
  EXPECT_NE(listing.find("41 onderdelen, waarvan 20 adviserend"), std::string::npos) << listing;
  const auto row = listing.find("IE-LWOO-PRO");
  ASSERT_NE(row, std::string::npos);
  const std::string line = listing.substr(row, listing.find('\n', row) - row);
  EXPECT_NE(line.find("2016-01-01"), std::string::npos);
  EXPECT_EQ(line.find("adviserend"), std::string::npos);
}

TEST(ChecklistCatalog, DefaultDirHonoursEnvironment) {
  ::unsetenv("OPCHECK_CHECKLISTS");
  EXPECT_EQ(default_checklist_dir(), real_dir());
  ::setenv("OPCHECK_CHECKLISTS", "/tmp/eigen-checklists", 1);
  EXPECT_EQ(default_checklist_dir(), std::filesystem::path("/tmp/eigen-checklists"));
  ::setenv("OPCHECK_CHECKLISTS", "", 1);
  EXPECT_EQ(default_checklist_dir(), real_dir());
  ::unsetenv("OPCHECK_CHECKLISTS");
}

TEST(ChecklistDates, ParsesStrictIsoDatesOnly) {
  EXPECT_EQ(parse_date("2014-05-01")->iso(), "2014-05-01");
  EXPECT_EQ(parse_date("2016-02-29")->iso(), "2016-02-29");
  EXPECT_FALSE(parse_date("2015-02-29"));
  EXPECT_FALSE(parse_date("2014-13-01"));
  EXPECT_FALSE(parse_date("1-5-2014"));
  EXPECT_FALSE(parse_date("2014-04-31"));
}

}  // namespace
}  // namespace opcheck::checklists
