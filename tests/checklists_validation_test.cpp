// Tests of load_catalog's validation: a minimal valid data set is written to a temp dir, one
// file is broken in one place, and the Dutch error must name that file, the line and the problem.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "checklists/checklists.h"
#include "test_support.h"

namespace opcheck::checklists {
namespace {

using Files = std::map<std::string, std::string>;

const char* kInhoudseisen = R"([checklist]
id = "inhoudseisen"
label = "Wettelijke inhoudseisen"
source = "art. 18a lid 8 WPO"
statuses = ["voldoet", "onvolledig", "ontbreekt"]
letter_statuses = ["onvolledig", "ontbreekt"]

[checklist.outcomes]
complete = "voldoet"
partial = "onvolledig"
absent = "ontbreekt"
contrary = "ontbreekt"

[checklist.explanation]
voldoet = "{label}: gevonden ({gevonden})."
onvolledig = "{label}: niet gevonden: {ontbrekend}."
ontbreekt = "{label}: niet gevonden."

[[item]]
id = "IE-TOETS"
label = "Toets"
description = "Een toetseis."
law = "art. 18a lid 8 WPO"
sectors = ["po", "vo"]
valid_from = 2014-01-01
heading_cues = ["toets"]
min_score = 1.0

  [[item.part]]
  name = "procedure"
  description = "een procedure"
  weight = 1.0
  cues = ["procedure", "TLV"]
  if_missing = "Geen procedure."

  [item.letter]
  onvolledig = "Deels."
  ontbreekt = "Niet."
)";

const char* kProcedure = R"([checklist]
id = "procedure"
label = "Procedure"
source = "toezichtkader"
statuses = ["voldoet", "niet_voldaan", "niet_aangetoond"]

[checklist.outcomes]
complete = "voldoet"
partial = "niet_aangetoond"
absent = "niet_aangetoond"
contrary = "niet_voldaan"

[[event]]
name = "vaststelling"
label = "Vaststelling"
description = "Het plan wordt vastgesteld."
cues = ["vastgesteld"]

[[item]]
id = "N4-TIJDIG"
label = "Tijdig"
description = "Tijdig vastgesteld."
law = "toezichtkader N4"
sectors = ["po"]
events = ["vaststelling"]

  [item.explanation]
  voldoet = "Vastgesteld op {vaststelling}."
  niet_voldaan = "Te laat."
  niet_aangetoond = "Onbekend."
)";

const char* kParameter5 = R"([checklist]
id = "parameter5"
label = "Parameter 5"
source = "toezichtkader"
statuses = ["ja", "deels", "nee", "onbekend"]

[checklist.outcomes]
complete = "ja"
partial = "deels"
absent = "onbekend"
contrary = "nee"

[checklist.explanation]
ja = "Ja."
deels = "Deels."
nee = "Nee."
onbekend = "Onbekend."

[[item]]
id = "P5-TOETS"
label = "Toets"
description = "Een toetsvraag."
law = "parameter 5"
sectors = ["vo"]
heading_cues = ["toets"]
min_score = 1.0

  [[item.part]]
  name = "deel"
  description = "een deel"
  cues = ["deel"]
  if_missing = "Geen deel."
)";

const char* kWaarderingskader = R"([checklist]
id = "waarderingskader"
label = "Waarderingskader"
source = "bijlage I"
advisory = true
statuses = ["aanwijzing", "geen_aanwijzing"]

[checklist.outcomes]
complete = "aanwijzing"
partial = "aanwijzing"
absent = "geen_aanwijzing"
contrary = "geen_aanwijzing"

[checklist.explanation]
aanwijzing = "Aanwijzing."
geen_aanwijzing = "Geen aanwijzing."

[[item]]
id = "WK-1.1"
label = "Voorzieningen"
description = "Indicator 1.1."
law = "bijlage I, 1.1"
sectors = ["po", "vo"]
heading_cues = ["aanbod"]
min_score = 0.5

  [[item.part]]
  name = "aanbod"
  description = "een aanbod"
  cues = ["dekkend aanbod"]
  if_missing = "Geen aanbod."
)";

const char* kRounds = R"([[round]]
id = "2014"
label = "Eerste plannen"
deadline = 2014-05-01
reference_date = 2014-05-01
first_school_year = "2014-2015"
)";

Files valid_files() {
  return {{"inhoudseisen.toml", kInhoudseisen}, {"procedure.toml", kProcedure}, {"parameter5.toml", kParameter5},
          {"waarderingskader.toml", kWaarderingskader}, {"rounds.toml", kRounds}};
}

// Replaces the first occurrence of `from` (which must exist) in the named file.
void edit(Files& files, const std::string& name, const std::string& from, const std::string& to) {
  std::string& text = files.at(name);
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

// 1-based line of the first line containing `needle`.
int line_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

struct Loaded {
  std::filesystem::path dir;
  Result<Catalog> result;
};

Loaded load(const Files& files) {
  const auto dir = test::fresh_temp_dir("checklists-validation");
  for (const auto& [name, text] : files) test::write_file(dir / name, text);
  return {dir, load_catalog(dir)};
}

// The message must contain "<dir>/<file>, regel <line>: <problem>".
void expect_problem(const Files& files, const std::string& file, int line, const std::string& problem) {
  const Loaded loaded = load(files);
  ASSERT_FALSE(loaded.result) << "expected an error about: " << problem;
  EXPECT_EQ(loaded.result.error().kind, ErrorKind::data);
  const std::string expected =
      (loaded.dir / file).generic_string() + ", regel " + std::to_string(line) + ": " + problem;
  EXPECT_NE(loaded.result.error().message.find(expected), std::string::npos)
      << "expected: " << expected << "\nactual:\n" << loaded.result.error().message;
}

TEST(ChecklistValidation, MinimalValidDataLoads) {
  const Loaded loaded = load(valid_files());
  ASSERT_TRUE(loaded.result) << loaded.result.error().message;
  EXPECT_EQ(loaded.result->items.size(), 4u);
  EXPECT_EQ(loaded.result->items[0].parts[0].cues, (std::vector<std::string>{"procedure", "TLV"}));
  EXPECT_TRUE(loaded.result->items[0].parts[0].required);  // default
}

TEST(ChecklistValidation, UnknownKeyNamesLineAndSuggestsTheRealKey) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "cues = [\"procedure\", \"TLV\"]", "cue = [\"procedure\", \"TLV\"]");
  expect_problem(files, "inhoudseisen.toml", line_of(files["inhoudseisen.toml"], "cue = "),
                 "onbekend veld 'cue' (bedoeld: 'cues'?) in onderdeel 'procedure' van IE-TOETS");
}

TEST(ChecklistValidation, MissingRequiredKeyNamesTheTableLine) {
  Files files = valid_files();
  edit(files, "parameter5.toml", "law = \"parameter 5\"\n", "");
  expect_problem(files, "parameter5.toml", line_of(files["parameter5.toml"], "[[item]]"),
                 "verplicht veld 'law' ontbreekt in item P5-TOETS");
}

TEST(ChecklistValidation, DuplicateIdAcrossItemsPointsToBothPlaces) {
  Files files = valid_files();
  files["inhoudseisen.toml"] += R"(
[[item]]
id = "IE-TOETS"
label = "Nog een toets"
description = "Dubbel."
law = "art. 18a lid 8 WPO"
sectors = ["po"]
heading_cues = ["toets"]
min_score = 1.0

  [[item.part]]
  name = "deel"
  description = "een deel"
  cues = ["deel"]
  if_missing = "Geen deel."

  [item.letter]
  onvolledig = "Deels."
  ontbreekt = "Niet."
)";
  const std::string& text = files["inhoudseisen.toml"];
  const int second = line_of(text, "Nog een toets") - 2;  // its [[item]] line
  const Loaded loaded = load(files);
  ASSERT_FALSE(loaded.result);
  const std::string path = (loaded.dir / "inhoudseisen.toml").generic_string();
  EXPECT_NE(loaded.result.error().message.find(path + ", regel " + std::to_string(second) +
                                               ": ID 'IE-TOETS' staat dubbel (eerder in " + path + ", regel " +
                                               std::to_string(line_of(text, "[[item]]")) + ")"),
            std::string::npos)
      << loaded.result.error().message;
}

TEST(ChecklistValidation, IdNotMatchingTheChecklistPattern) {
  Files files = valid_files();
  edit(files, "waarderingskader.toml", "id = \"WK-1.1\"", "id = \"WK-11\"");
  expect_problem(files, "waarderingskader.toml", line_of(files["waarderingskader.toml"], "WK-11"),
                 "ID 'WK-11' past niet bij checklist waarderingskader (vorm: WK-1.1) in item WK-11");
}

TEST(ChecklistValidation, UnknownChecklistSuggestsTheNearestOne) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "id = \"inhoudseisen\"", "id = \"inhoudseis\"");
  expect_problem(files, "inhoudseisen.toml", 2,
                 "onbekende checklist 'inhoudseis' (toegestaan: inhoudseisen, procedure, parameter5, waarderingskader) "
                 "(bedoeld: 'inhoudseisen'?) in [checklist]");
}

TEST(ChecklistValidation, ImpossibleQuotedDate) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "valid_from = 2014-01-01", "valid_from = \"2014-13-01\"");
  expect_problem(files, "inhoudseisen.toml", line_of(files["inhoudseisen.toml"], "valid_from"),
                 "ongeldige datum '2014-13-01' in veld 'valid_from' (verwacht JJJJ-MM-DD, bijvoorbeeld 2014-05-01) "
                 "in item IE-TOETS");
}

TEST(ChecklistValidation, ImpossibleBareDateIsATomlErrorOnItsLine) {
  Files files = valid_files();
  edit(files, "rounds.toml", "deadline = 2014-05-01", "deadline = 2014-02-30");
  const Loaded loaded = load(files);
  ASSERT_FALSE(loaded.result);
  const std::string expected =
      (loaded.dir / "rounds.toml").generic_string() + ", regel 4: geen geldige TOML (";
  EXPECT_NE(loaded.result.error().message.find(expected), std::string::npos) << loaded.result.error().message;
}

TEST(ChecklistValidation, ValidFromAfterValidTo) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "valid_from = 2014-01-01", "valid_from = 2016-01-01\nvalid_to = 2015-08-01");
  expect_problem(files, "inhoudseisen.toml", line_of(files["inhoudseisen.toml"], "valid_to"),
                 "valid_from (2016-01-01) ligt niet vóór valid_to (2015-08-01) in item IE-TOETS");
}

TEST(ChecklistValidation, EmptyCueList) {
  Files files = valid_files();
  edit(files, "parameter5.toml", "cues = [\"deel\"]", "cues = []");
  expect_problem(files, "parameter5.toml", line_of(files["parameter5.toml"], "cues = []"),
                 "lijst 'cues' is leeg in onderdeel 'deel' van P5-TOETS");
}

TEST(ChecklistValidation, EmptyAndDuplicateCues) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "cues = [\"procedure\", \"TLV\"]", "cues = [\n  \"procedure\",\n  \"\",\n  \"Procedure\",\n]");
  const std::string& text = files["inhoudseisen.toml"];
  expect_problem(files, "inhoudseisen.toml", line_of(text, "\"\","), "lege zoekterm in onderdeel 'procedure' van IE-TOETS");
  expect_problem(files, "inhoudseisen.toml", line_of(text, "\"Procedure\""),
                 "zoekterm 'Procedure' staat dubbel in 'cues' in onderdeel 'procedure' van IE-TOETS");
}

// An item may set aside a checklist-wide negative cue ("streven naar" is what a results item
// asks for); one that is not a negative cue at all is a typing error.
TEST(ChecklistValidation, NegativeExceptionsSetAsideACheckListCue) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "letter_statuses = [\"onvolledig\", \"ontbreekt\"]\n",
       "letter_statuses = [\"onvolledig\", \"ontbreekt\"]\nnegative_cues = [\"nog niet\", \"streven naar\"]\n");
  edit(files, "inhoudseisen.toml", "heading_cues = [\"toets\"]\n",
       "heading_cues = [\"toets\"]\nnegative_exceptions = [\"Streven naar\"]\n");
  const Loaded loaded = load(files);
  ASSERT_TRUE(loaded.result) << loaded.result.error().message;
  EXPECT_EQ(loaded.result->items[0].negative_cues, (std::vector<std::string>{"nog niet"}));
  edit(files, "inhoudseisen.toml", "negative_exceptions = [\"Streven naar\"]", "negative_exceptions = [\"streven\"]");
  expect_problem(files, "inhoudseisen.toml", line_of(files["inhoudseisen.toml"], "negative_exceptions"),
                 "uitzondering 'streven' staat niet tussen de negatieve zoektermen (negative_cues) van de checklist");
}

TEST(ChecklistValidation, MisplacedWildcardInCue) {
  Files files = valid_files();
  edit(files, "waarderingskader.toml", "cues = [\"dekkend aanbod\"]", "cues = [\"dekkend*aanbod\"]");
  expect_problem(files, "waarderingskader.toml", line_of(files["waarderingskader.toml"], "dekkend*aanbod"),
                 "zoekterm 'dekkend*aanbod': '*' mag alleen aan het begin of eind staan in onderdeel 'aanbod' van WK-1.1");
}

TEST(ChecklistValidation, WeightOutOfRange) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "weight = 1.0", "weight = 1.5");
  expect_problem(files, "inhoudseisen.toml", line_of(files["inhoudseisen.toml"], "weight"),
                 "veld 'weight' moet groter dan 0 en hoogstens 1 zijn, niet 1.5 in onderdeel 'procedure' van IE-TOETS");
}

TEST(ChecklistValidation, ZeroWeightIsOutOfRange) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "weight = 1.0", "weight = 0");
  expect_problem(files, "inhoudseisen.toml", line_of(files["inhoudseisen.toml"], "weight"),
                 "veld 'weight' moet groter dan 0 en hoogstens 1 zijn, niet 0 in onderdeel 'procedure' van IE-TOETS");
}

TEST(ChecklistValidation, ContextInSectionNeedsContextCues) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "weight = 1.0", "weight = 1.0\ncontext_in_section = true");
  const auto& text = files["inhoudseisen.toml"];
  expect_problem(files, "inhoudseisen.toml", line_of(text, "context_in_section"),
                 "context_in_section heeft alleen zin met context_cues");
}

TEST(ChecklistValidation, MinScoreOutOfRange) {
  Files files = valid_files();
  edit(files, "parameter5.toml", "min_score = 1.0", "min_score = 2");
  expect_problem(files, "parameter5.toml", line_of(files["parameter5.toml"], "min_score"),
                 "veld 'min_score' moet minstens 0 en hoogstens 1 zijn, niet 2 in item P5-TOETS");
}

TEST(ChecklistValidation, UnknownSector) {
  Files files = valid_files();
  edit(files, "parameter5.toml", "sectors = [\"vo\"]", "sectors = [\"vo\", \"mbo\"]");
  expect_problem(files, "parameter5.toml", line_of(files["parameter5.toml"], "sectors"),
                 "onbekende sector 'mbo' (toegestaan: po, vo) in item P5-TOETS");
}

TEST(ChecklistValidation, UnknownStatusInExplanation) {
  Files files = valid_files();
  edit(files, "procedure.toml", "  niet_voldaan = \"Te laat.\"", "  niet_voldaan = \"Te laat.\"\n  voldoen = \"x\"");
  expect_problem(files, "procedure.toml", line_of(files["procedure.toml"], "voldoen = \"x\""),
                 "'voldoen' in [item.explanation] is geen toegestane status (bedoeld: 'voldoet'?) in item N4-TIJDIG");
}

TEST(ChecklistValidation, UnknownPlaceholderInTemplate) {
  Files files = valid_files();
  edit(files, "procedure.toml", "{vaststelling}", "{vastelling}");
  expect_problem(files, "procedure.toml", line_of(files["procedure.toml"], "{vastelling}"),
                 "onbekende invulplaats '{vastelling}' in tekst 'voldoet' (bedoeld: '{vaststelling}'?) in item N4-TIJDIG");
}

TEST(ChecklistValidation, UnknownEventReference) {
  Files files = valid_files();
  edit(files, "procedure.toml", "events = [\"vaststelling\"]", "events = [\"vaststelling\", \"oogo\"]");
  expect_problem(files, "procedure.toml", line_of(files["procedure.toml"], "events ="),
                 "onbekende gebeurtenis 'oogo' (niet gedefinieerd in [[event]]) in item N4-TIJDIG");
}

// The words that name the event without its body may come from any of its cue lists (a refusal
// "niet ingestemd" too), but from none other.
TEST(ChecklistValidation, UnnamedBodyCuesComeFromAnyOfTheEventsLists) {
  Files files = valid_files();
  edit(files, "procedure.toml", "cues = [\"vastgesteld\"]",
       "cues = [\"vastgesteld\"]\nrefusal_cues = [\"niet vastgesteld\"]\nunnamed_body_cues = [\"niet vastgesteld\", \"vastgesteld\"]");
  const Loaded loaded = load(files);
  ASSERT_TRUE(loaded.result) << loaded.result.error().message;
  EXPECT_EQ(loaded.result->events[0].unnamed_body_cues, (std::vector<std::string>{"niet vastgesteld", "vastgesteld"}));
  edit(files, "procedure.toml", "unnamed_body_cues = [\"niet vastgesteld\", \"vastgesteld\"]", "unnamed_body_cues = [\"bekrachtigd\"]");
  expect_problem(files, "procedure.toml", line_of(files["procedure.toml"], "unnamed_body_cues"),
                 "'bekrachtigd' in unnamed_body_cues staat niet in cues, negative_cues of refusal_cues in gebeurtenis "
                 "'vaststelling'");
}

TEST(ChecklistValidation, CueRoleOutsideTheEventsCues) {
  Files files = valid_files();
  edit(files, "procedure.toml", "cues = [\"vastgesteld\"]", "cues = [\"vastgesteld\"]\nstrong_cues = [\"bekrachtigd\"]");
  expect_problem(files, "procedure.toml", line_of(files["procedure.toml"], "strong_cues"),
                 "'bekrachtigd' in strong_cues staat niet in cues in gebeurtenis 'vaststelling'");
}

TEST(ChecklistValidation, MissingLetterTextForLegalItem) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "  ontbreekt = \"Niet.\"\n", "");
  expect_problem(files, "inhoudseisen.toml", line_of(files["inhoudseisen.toml"], "[[item]]"),
                 "geen brieftekst voor status 'ontbreekt' (in [item.letter]) in item IE-TOETS");
}

TEST(ChecklistValidation, ChangedStatusesAreRejected) {
  Files files = valid_files();
  edit(files, "parameter5.toml", "\"ja\", \"deels\", \"nee\", \"onbekend\"", "\"ja\", \"nee\"");
  expect_problem(files, "parameter5.toml", line_of(files["parameter5.toml"], "statuses"),
                 "statuses van parameter5 liggen vast in het rapportformaat: [ja, deels, nee, onbekend] in [checklist]");
}

TEST(ChecklistValidation, WrongTypeIsNamed) {
  Files files = valid_files();
  edit(files, "waarderingskader.toml", "advisory = true", "advisory = \"ja\"");
  expect_problem(files, "waarderingskader.toml", line_of(files["waarderingskader.toml"], "advisory"),
                 "veld 'advisory' moet true of false zijn in [checklist]");
}

TEST(ChecklistValidation, InvalidTomlSyntaxGivesItsLine) {
  Files files = valid_files();
  edit(files, "parameter5.toml", "label = \"Toets\"", "label = \"Toets");
  const Loaded loaded = load(files);
  ASSERT_FALSE(loaded.result);
  const std::string expected = (loaded.dir / "parameter5.toml").generic_string() + ", regel " +
                               std::to_string(line_of(files["parameter5.toml"], "label = \"Toets")) +
                               ": geen geldige TOML (";
  EXPECT_NE(loaded.result.error().message.find(expected), std::string::npos) << loaded.result.error().message;
}

TEST(ChecklistValidation, MissingChecklistFileIsNamed) {
  Files files = valid_files();
  files.erase("procedure.toml");
  const Loaded loaded = load(files);
  ASSERT_FALSE(loaded.result);
  EXPECT_NE(loaded.result.error().message.find(
                loaded.dir.generic_string() +
                ": checklist 'procedure' ontbreekt (geen bestand met [checklist] id = \"procedure\")"),
            std::string::npos)
      << loaded.result.error().message;
}

TEST(ChecklistValidation, DuplicateRoundAndBadSchoolYear) {
  Files files = valid_files();
  files["rounds.toml"] += "\n[[round]]\nid = \"2014\"\nlabel = \"Nog eens\"\ndeadline = 2014-05-01\n"
                          "reference_date = 2014-05-01\nfirst_school_year = \"2014-2016\"\n";
  const std::string& text = files["rounds.toml"];
  const int second = line_of(text, "Nog eens") - 2;
  expect_problem(files, "rounds.toml", second + 5,
                 "schooljaar '2014-2016' heeft niet de vorm JJJJ-JJJJ (bijv. 2014-2015) in ronde '2014'");
  const Loaded loaded = load(files);
  const std::string path = (loaded.dir / "rounds.toml").generic_string();
  EXPECT_NE(loaded.result.error().message.find(path + ", regel " + std::to_string(second) +
                                               ": ronde '2014' staat dubbel (eerder in " + path + ", regel 1)"),
            std::string::npos)
      << loaded.result.error().message;
}

TEST(ChecklistValidation, EveryProblemIsReportedNotJustTheFirst) {
  Files files = valid_files();
  edit(files, "parameter5.toml", "sectors = [\"vo\"]", "sectors = [\"mbo\"]");
  edit(files, "waarderingskader.toml", "min_score = 0.5", "min_score = -1");
  const Loaded loaded = load(files);
  ASSERT_FALSE(loaded.result);
  const std::string& message = loaded.result.error().message;
  EXPECT_EQ(message.rfind("Fouten in de checklists:\n", 0), 0u);
  EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 2) << message;
}

TEST(ChecklistValidation, QuotedIsoDateIsAccepted) {
  Files files = valid_files();
  edit(files, "inhoudseisen.toml", "valid_from = 2014-01-01", "valid_from = \"2014-01-01\"");
  const Loaded loaded = load(files);
  ASSERT_TRUE(loaded.result) << loaded.result.error().message;
  EXPECT_EQ(loaded.result->items[0].valid_from->iso(), "2014-01-01");
}

TEST(ChecklistValidation, AdvisoryItemNeedsAReason) {
  Files files = valid_files();
  edit(files, "parameter5.toml", "sectors = [\"vo\"]", "sectors = [\"vo\"]\nadvisory = true");
  expect_problem(files, "parameter5.toml", line_of(files["parameter5.toml"], "[[item]]"),
                 "advisory = true vraagt om een advisory_reason (waarom adviserend?) in item P5-TOETS");
}

TEST(ChecklistValidation, MisspelledTopLevelTableIsReported) {
  Files files = valid_files();
  edit(files, "waarderingskader.toml", "[[item]]", "[[items]]");
  expect_problem(files, "waarderingskader.toml", line_of(files["waarderingskader.toml"], "[[items]]"),
                 "onbekend veld 'items' (bedoeld: 'item'?)");
}

TEST(ChecklistValidation, MissingDirectoryIsAnIoError) {
  auto result = load_catalog("/nonexistent/opcheck-checklists");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::io);
  EXPECT_EQ(result.error().message.rfind("map met checklists '/nonexistent/opcheck-checklists' bestaat niet", 0), 0u);
}

}  // namespace
}  // namespace opcheck::checklists
