// judge_content() on the corpus phrasings placed alone in a plan skeleton, and on hand-built
// plan structures for the rules that matter most (negation, announcements, one-year budgets).
// Thresholds are asserted on the dev split only; held-out figures are printed as a summary so
// that nobody tunes to held-out errors.
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
  // As analyse_plan does: the same decompounding vocabulary whichever test runs first.
  static const bool prepared = (detail::prepare_vocabulary(loaded), true);
  (void)prepared;
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

// Item `id` judged with every item in force: the other items' headings shape its scope.
Finding judge_among_all(const std::string& id, const std::vector<Chapter>& chapters,
                        checklists::Sector sector = checklists::Sector::po) {
  const auto findings = detail::judge_content(make_structure(chapters), items(sector));
  const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.item == id; });
  EXPECT_NE(it, findings.end()) << id;
  return it == findings.end() ? Finding{} : *it;
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

// Gap detection (any status but the complete one is a gap) and exact status agreement.
struct Tally {
  std::string complete = "voldoet";
  std::map<std::string, std::map<std::string, std::map<std::string, int>>> confusion;  // item -> gold -> got
  int tp = 0, fp = 0, fn = 0, exact = 0, total = 0;
  void add(const std::string& item, const std::string& gold, const std::string& got) {
    ++confusion[item][gold][got];
    const bool gold_gap = gold != complete, got_gap = got != complete;
    tp += gold_gap && got_gap;
    fp += !gold_gap && got_gap;
    fn += gold_gap && !got_gap;
    exact += gold == got;
    ++total;
  }
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1; }
  double accuracy() const { return total ? double(exact) / total : 1; }
  // Held-out figures are printed as summary numbers only: never tune to held-out errors.
  void print(const std::string& title, bool details) const {
    std::cout << "== " << title << ": gap precision " << precision() << ", recall " << recall() << ", exact " << exact
              << "/" << total << "\n";
    if (!details) return;
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

struct Phrasing {
  std::string item, id, split, status;
  checklists::Sector sector = checklists::Sector::po;
  std::vector<Chapter> chapters;
};

// The phrasings of one phrasing file for `checklist`, each placed alone in a small plan
// skeleton. The item is given per file (corpus) or per phrasing (the fresh validation set).
void add_phrasings(const std::filesystem::path& path, const std::string& checklist, std::vector<Phrasing>& out,
                   const std::string& default_split = "dev") {
  const toml::table file = toml::parse_file(path.string());
  if (file["checklist"].value_or(std::string{}) != checklist) return;
  const auto* list = file["phrasing"].as_array();
  if (!list) return;
  for (const auto& node : *list) {
    const toml::table& p = *node.as_table();
    const std::string id = p["item"].value_or(file["item"].value_or(std::string{}));
    if (!checklists::find_item(catalog(), id)) continue;
    Phrasing phrasing{id, p["id"].value_or(std::string{}), p["set"].value_or(default_split),
                      p["status"].value_or(std::string{}), checklists::Sector::po, {}};
    phrasing.sector = *checklists::parse_sector((*p["sectors"].as_array())[0].value_or(std::string{"po"}));
    if (items(phrasing.sector, id).empty()) continue;  // not in force for the 2014 round
    std::string heading = fill_placeholders(p["heading"].value_or(std::string{}));
    if (heading.empty()) heading = "Passend onderwijs in de regio";
    phrasing.chapters = {
        {"Inleiding", {"Dit is het ondersteuningsplan van het samenwerkingsverband voor de komende vier jaar."}},
        {heading, phrasing_blocks(p)},
        {"Organisatie", {"Het bureau is gevestigd in Amersfoort en telt vijf medewerkers."}}};
    out.push_back(std::move(phrasing));
  }
}

// Every corpus phrasing of `checklist` plus the fresh validation set (tests/data).
std::vector<Phrasing> phrasings_of(const std::string& checklist) {
  std::vector<Phrasing> out;
  const auto dir = std::filesystem::path(kSourceDir) / "corpus" / "phrasings";
  if (std::filesystem::exists(dir))
    for (const auto& entry : std::filesystem::directory_iterator(dir))
      if (entry.path().extension() == ".toml" && entry.path().filename() != "procedure.toml")
        add_phrasings(entry.path(), checklist, out);
  // Validation sets written apart from development: fresh (lead), fresh2 to fresh20 (helpers who
  // never saw the cues or the corpus). The split is the file's prefix.
  for (const std::string split : {"fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                                   "fresh9", "fresh10", "fresh11", "fresh12", "fresh13",
                                   "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
                                   "fresh20"}) {
    const auto file = std::filesystem::path(kSourceDir) / "tests" / "data" / (split + "-" + checklist + ".toml");
    if (std::filesystem::exists(file)) add_phrasings(file, checklist, out, split);
  }
  return out;
}

bool margins_wanted() {
  const char* level = std::getenv("OPCHECK_EVAL_VERBOSE");
  return level && std::string(level) == "margins";
}

// Per-part cue strength of a dev phrasing (OPCHECK_EVAL_VERBOSE=margins): which complete
// answers pass with no room to spare, i.e. where the cue vocabulary is thin.
std::string margins(const Phrasing& p) {
  const auto structure = make_structure(p.chapters);
  const auto& item = detail::compiled_item(*items(p.sector, p.item).front().item);
  const auto plan = detail::build_plan_text(structure);
  std::vector<bool> home_any = detail::heading_matches(plan, item);
  const auto result = detail::score_item(plan, item, home_any);
  std::ostringstream out;
  out << "  MARGIN " << p.id;
  for (std::size_t i = 0; i < item.parts.size(); ++i)
    out << " " << item.parts[i].part->name << "=" << result.parts[i].strength << "/" << result.parts[i].distinct;
  out << "\n";
  return out.str();
}

// An item with no heading of its own in the plan, discussed in a subsection of another item's
// chapter: the subsection counts as the item's ground when its title names the topic in the
// words of the item's cues, and stays the chapter's (needing twice the strength) when it does not.
TEST(ContentJudge, SubsectionNamingTheTopicInsideAnotherChapterIsNeutralGround) {
  auto judged = [](const std::string& subsection_title) {
    Structure structure = make_structure({{"Inleiding", {"Dit is het ondersteuningsplan van het samenwerkingsverband."}},
                                          {"Ouders en school", {"Ouders zijn de eerste partner van de school. De school "
                                                                "betrekt ouders bij elk gesprek over hun kind."}}});
    Section sub{"2.1", subsection_title, 2, 2, 3, 3, {}};
    sub.blocks.push_back(make_block("Het dossier van een leerling is vertrouwelijk en wordt na vijf jaar vernietigd. "
                                    "Medewerkers hebben een geheimhoudingsplicht.", 3));
    structure.sections.push_back(sub);
    const auto findings = detail::judge_content(structure, items(checklists::Sector::po));
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [](const Finding& f) { return f.item == "IE-PERSOONSGEGEVENS"; });
    return it == findings.end() ? std::string("geen") : it->status;
  };
  EXPECT_NE(judged("Vertrouwelijk en zorgvuldig"), "ontbreekt");
  EXPECT_EQ(judged("Afspraken"), "ontbreekt");
}

// A part the plan itself puts off to later is not complete, however much else is said about it:
// principles and a chosen model do not make up for criteria "to be set in the autumn".
TEST(ContentJudge, APartThePlanDefersIsNotComplete) {
  auto judged = [](const std::string& last) {
    return judge_one("IE-MIDDELEN",
                     {{"Verdeling van de middelen",
                       {"De besturen kiezen voor een schoolmodel: elke school krijgt een vaste voet en een deel naar rato "
                        "van haar leerlingen. "
                        "De middelen worden naar de scholen gealloceerd, omdat daar de zorgplicht ligt. De toewijzingscommissie besluit over de toekenning van bovenschoolse "
                        "plaatsen; de scholen vragen die aan met het ontwikkelingsperspectief.",
                        last}}})
        .status;
  };
  EXPECT_EQ(judged("De verdeelsleutel waarmee de schoolbudgetten worden bepaald, wordt in het najaar van 2014 door het "
                   "bestuur vastgesteld."),
            "onvolledig");
  EXPECT_EQ(judged("De verdeelsleutel waarmee de schoolbudgetten worden bepaald, is in 2013 door het bestuur vastgesteld."),
            "voldoet");
}

// An optional part the plan itself puts off leaves the item incomplete; not naming it at all
// does not (the expert advice is extra to the TLV's procedure and criteria).
TEST(ContentJudge, AnOptionalPartThePlanDefersLeavesTheItemIncomplete) {
  auto judged = [](const std::string& last) {
    return judge_one("IE-TOELAATBAARHEID",
                     {{"Toelaatbaarheidsverklaringen",
                       {"Een leerling komt in aanmerking voor een TLV voor het sbo als hij op twee of meer vakgebieden een "
                        "leerachterstand van meer dan een jaar heeft. De school dient de aanvraag in bij het bureau van "
                        "het samenwerkingsverband, dat binnen zes weken een besluit neemt.",
                        last}}})
        .status;
  };
  EXPECT_EQ(judged("Hoe het advies van deskundigen wordt georganiseerd, werkt het bestuur uit in een notitie die in het "
                   "najaar van 2014 verschijnt."),
            "onvolledig");
  EXPECT_EQ(judged("De toelaatbaarheidsverklaring geldt voor de duur van twee schooljaren."), "voldoet");
}

// Back to regular education from the sbo or (v)so: a move between regular schools is another
// matter, and a list of steps below the paragraph that names the sbo carries its context.
TEST(ContentJudge, AReturnIsFromSpecialEducation) {
  const std::string steps = "1. De school bespreekt met de ouders of het kind naar een reguliere school kan.";
  auto judged = [&](const std::string& heading, const std::string& opening, const std::string& last) {
    return judge_one("IE-TERUGPLAATSING", {{heading, {opening, steps, last}}}).status;
  };
  EXPECT_EQ(judged("Terug naar een gewone school", "Zit uw kind op het sbo, dan kijkt de school elk half jaar of het kan.",
                   "2. De consulent zoekt met de ouders een gewone basisschool; de nieuwe school krijgt een jaar extra "
                   "begeleiding en na drie maanden volgt een tussenevaluatie."),
            "voldoet");
  EXPECT_EQ(judged("Overplaatsing tussen scholen", "Na een verhuizing kan een leerling overstappen naar een andere school.",
                   "2. De nieuwe reguliere school biedt een proefperiode van zes weken met een eindevaluatie."),
            "onvolledig");  // the topic's heading, but no return from special education
}

// One side of the budget as a section's title ("Verwachte inkomsten") is the budget's place: an
// income forecast without the costs touches the item.
TEST(ContentJudge, OneSideOfTheBudgetAsTitleIsTheBudgetsPlace) {
  const auto status = judge_among_all("IE-BEGROTING", {{"6.2 Verwachte inkomsten in de planperiode",
                                                        {"Voor de komende vier jaar verwachten wij deze normbedragen:",
                                                         "2014-2015 | 4.120.000", "2015-2016 | 4.080.000",
                                                         "De verdeling van de lasten volgt later."}}})
                          .status;
  EXPECT_EQ(status, "onvolledig");
}

// A map of the region's provisions with the way from one to the next is a coherent whole, also
// without the words "samenhangend" or "dekkend".
TEST(ContentJudge, ProvisionsLinkedByAgreementsOnMovingOnAreACoherentWhole) {
  const auto status =
      judge_one("IE-SAMENHANG",
                {{"Bijlage 4 Voorzieningenkaart",
                  {"De kaart laat zien welke ondersteuning er in de regio buiten de reguliere klas bestaat.",
                   "voorziening | voor wie | toegang",
                   "OPDC De Brug | leerlingen die dreigen vast te lopen | toewijzingscommissie",
                   "Vso De Kreek (cluster 4) | leerlingen die zijn aangewezen op speciaal onderwijs | "
                   "toelaatbaarheidsverklaring",
                   "Tussen deze voorzieningen gelden vaste doorstroomafspraken: bij plaatsing is altijd een "
                   "vervolgplek afgesproken."}}})
          .status;
  EXPECT_EQ(status, "voldoet");
}

// "... werken wij in het jaarplan 2015 uit": a later year's plan is a moment still to come, so the
// return policy it is to hold is not described yet.
TEST(ContentJudge, WorkDeferredToALaterYearsPlanIsNotDescribed) {
  const auto status = judge_one("IE-TERUGPLAATSING",
                                {{"5.5 Afloop van de verklaring",
                                  {"Een toelaatbaarheidsverklaring voor het sbo geldt twee jaar. Wil de school de "
                                   "plaatsing voortzetten, dan vraagt zij volgens de procedure een nieuwe verklaring aan.",
                                   "Een goed terugplaatsingsbeleid vraagt meer dan het bewaken van termijnen. Hoe "
                                   "leerlingen die terug kunnen naar een basisschool daarbij begeleid worden, en welke "
                                   "afspraken wij daarover met de reguliere scholen maken, werken wij in het jaarplan "
                                   "2015 uit."}}})
                          .status;
  EXPECT_NE(status, "voldoet");
}

// A budget written as one bullet per year is multi-year, also when its title says the amounts are
// in euros ("x € 1.000") and the bullets only give numbers.
TEST(ContentJudge, YearlyBulletsUnderATitleInEurosAreAMultiYearBudget) {
  const auto status = judge_one("IE-BEGROTING", {{"Samenvatting meerjarenraming (x \u20AC 1.000)",
                                                  {"- 2014: baten 4.830, lasten 4.790, saldo +40",
                                                   "- 2015: baten 4.760, lasten 4.745, saldo +15",
                                                   "- 2016: baten 4.690, lasten 4.700, saldo -10"}}})
                          .status;
  EXPECT_EQ(status, "voldoet");
}

// A quantitative target is a figure: "een daling van het aantal thuiszitters" without one is an
// aim still to be made concrete; the same targets with their percentages are complete.
TEST(ContentJudge, AQuantitativeTargetNeedsAFigure) {
  auto judged = [](const std::string& targets) {
    return judge_one("IE-RESULTATEN",
                     {{"Beoogde resultaten",
                       {"Wij willen dat leerlingen met een ondersteuningsbehoefte zoveel mogelijk in het regulier "
                        "onderwijs hun diploma halen en dat ouders tevreden zijn over de begeleiding.",
                        targets}}})
        .status;
  };
  EXPECT_EQ(judged("Wij streven naar een daling van het aantal leerlingen in het vso en naar een afname van het aantal "
                   "thuiszitters."),
            "onvolledig");
  EXPECT_EQ(judged("Wij streven naar een daling van het aantal leerlingen in het vso van 3,1% naar 2,5% en naar een "
                   "afname van het aantal thuiszitters tot nul."),
            "voldoet");
}

// Rules on pupils' data are told as prohibitions; in a chapter on parents they still describe
// how the data are used and protected.
TEST(ContentJudge, PrivacyRulesToldAsProhibitionsAreDescribed) {
  const auto status =
      judge_among_all("IE-PERSOONSGEGEVENS",
                      {{"Hoofdstuk 6 Ouders als partner",
                        {"Ouders worden vanaf het eerste gesprek over extra ondersteuning betrokken.",
                         "Zonder toestemming van de ouders deelt de school geen informatie over hun kind met het "
                         "samenwerkingsverband. Ouders hebben het recht het dossier in te zien en er een afschrift van "
                         "te krijgen. Het samenwerkingsverband bewaart dossiers niet langer dan twee jaar. Wie denkt "
                         "dat er niet zorgvuldig met de gegevens is omgegaan, kan zich wenden tot het College "
                         "bescherming persoonsgegevens."}}})
                          .status;
  EXPECT_EQ(status, "voldoet");
}

// Admission to lwoo and pro still ran through the RVC in 2014: its procedure and criteria are no
// admission procedure of the swv. The same steps told of the TLV for the vso are.
TEST(ContentJudge, AdmissionToPracticalEducationIsNoAdmissionToSpecialEducation) {
  auto judged = [](const std::string& heading, const std::string& subject) {
    return judge_one("IE-TOELAATBAARHEID",
                     {{heading,
                       {"Voor " + subject + " dient de school de aanvraag voor 1 maart in. De commissie toetst aan de "
                        "landelijke criteria (IQ, leerachterstand op ten minste twee domeinen) en beslist binnen zes "
                        "weken op advies van een orthopedagoog."}}},
                     checklists::Sector::vo)
        .status;
  };
  EXPECT_EQ(judged("Leerwegondersteuning en praktijkonderwijs", "toelating tot het praktijkonderwijs"), "ontbreekt");
  EXPECT_EQ(judged("Leerwegondersteuning en praktijkonderwijs", "een toelaatbaarheidsverklaring voor het vso"), "voldoet");
}

// A glossary defines the plan's words; its entries are no evidence of policy, however many cues
// they hold. The same lines under a heading of the plan's own do count.
TEST(ContentJudge, GlossaryEntriesAreNoEvidence) {
  const std::vector<std::string> lines = {
      "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden, vastgelegd in het "
      "schoolondersteuningsprofiel (SOP) van elke school, met de inzet van de intern begeleider.",
      "TLV: toelaatbaarheidsverklaring."};
  auto judged = [&](const std::string& heading) {
    return judge_one("IE-BASISONDERSTEUNING",
                     {{"Inleiding", {"Dit is het ondersteuningsplan van het samenwerkingsverband voor de komende vier jaar."}},
                      {"Organisatie", {"Het bureau is gevestigd in Amersfoort en telt vijf medewerkers."}},
                      {heading, lines}},
                     checklists::Sector::po)
        .status;
  };
  EXPECT_EQ(judged("Lijst van afkortingen"), "ontbreekt");
  EXPECT_EQ(judged("Begrippenlijst"), "ontbreekt");
  EXPECT_NE(judged("Werkwijze van de scholen"), "ontbreekt");
}

// Judges every phrasing of `checklist`; dev misses are printed with OPCHECK_EVAL_VERBOSE.
std::map<std::string, Tally> evaluate(const std::string& checklist, const std::string& complete) {
  std::map<std::string, Tally> by_split;
  for (const Phrasing& p : phrasings_of(checklist)) {
    Tally& tally = by_split[p.split];
    tally.complete = complete;
    const Finding finding = judge_one(p.item, p.chapters, p.sector);
    tally.add(p.item, p.status, finding.status);
    if (p.split == "dev" && margins_wanted()) std::cout << p.status << margins(p);
    if (p.split != "heldout" && finding.status != p.status && std::getenv("OPCHECK_EVAL_VERBOSE"))
      std::cout << "  MISS " << p.id << " gold " << p.status << " got " << finding.status << ": " << finding.explanation
                << "\n" << trace(p.item, p.chapters, p.sector);
  }
  return by_split;
}

// Each inhoudseisen phrasing, alone in a plan skeleton, must earn its own status. Asserted on
// the dev split (the one we tune on); the held-out split is reported as summary figures only.
TEST(ContentEval, PhrasingsOfTheSplitEarnTheirStatus) {
  auto tallies = evaluate("inhoudseisen", "voldoet");
  if (tallies.empty()) GTEST_SKIP() << "geen phrasings";
  tallies["dev"].print("inhoudseisen phrasings, dev", true);
  tallies["heldout"].print("inhoudseisen phrasings, heldout", false);
  tallies["fresh"].print("inhoudseisen phrasings, fresh (tests/data, lead)", true);
  tallies["fresh2"].print("inhoudseisen phrasings, fresh2 (tests/data, helper)", true);
  tallies["fresh3"].print("inhoudseisen phrasings, fresh3 (tests/data, helper)", true);
  tallies["fresh4"].print("inhoudseisen phrasings, fresh4 (tests/data, helper)", true);
  tallies["fresh5"].print("inhoudseisen phrasings, fresh5 (tests/data, helper)", true);
  tallies["fresh6"].print("inhoudseisen phrasings, fresh6 (tests/data, helper)", true);
  tallies["fresh7"].print("inhoudseisen phrasings, fresh7 (tests/data, helper)", true);
  tallies["fresh8"].print("inhoudseisen phrasings, fresh8 (tests/data, helper)", true);
  tallies["fresh9"].print("inhoudseisen phrasings, fresh9 (tests/data, helper)", true);
  tallies["fresh10"].print("inhoudseisen phrasings, fresh10 (tests/data, helper)", true);
  tallies["fresh11"].print("inhoudseisen phrasings, fresh11 (tests/data, helper)", true);
  tallies["fresh12"].print("inhoudseisen phrasings, fresh12 (tests/data, helper)", true);
  tallies["fresh13"].print("inhoudseisen phrasings, fresh13 (tests/data, helper)", true);
  tallies["fresh14"].print("inhoudseisen phrasings, fresh14 (tests/data, helper)", true);
  tallies["fresh15"].print("inhoudseisen phrasings, fresh15 (tests/data, helper)", true);
  tallies["fresh16"].print("inhoudseisen phrasings, fresh16 (tests/data, helper)", true);
  tallies["fresh17"].print("inhoudseisen phrasings, fresh17 (tests/data, helper)", true);
  tallies["fresh18"].print("inhoudseisen phrasings, fresh18 (tests/data, helper)", true);
  tallies["fresh19"].print("inhoudseisen phrasings, fresh19 (tests/data, helper; the two advisory items only)", true);
  tallies["fresh20"].print("inhoudseisen phrasings, fresh20 (tests/data, helper)", true);
  EXPECT_GE(tallies["dev"].total, 80);
  EXPECT_GE(tallies["dev"].precision(), 0.95);
  EXPECT_GE(tallies["dev"].recall(), 0.95);
  // 0.84 since session 8: the cue "meten" matched every "met" (Snowball stems both to "met"),
  // which had made one dev phrasing (alleen-kwalitatief-po-4) onvolledig by accident.
  EXPECT_GE(tallies["dev"].accuracy(), 0.84);
  // The validation sets written apart from development: regression floors (lead 13/14, helper
  // 50/70, second helper 45/71, third helper 31/44, fourth helper 33/50, fifth helper 38/60,
  // sixth helper 38/64, seventh helper 36/64 at first reading); raise them as the judge
  // improves, never lower them.
  EXPECT_GE(tallies["fresh"].exact, 13);
  EXPECT_GE(tallies["fresh2"].exact, 57);
  EXPECT_GE(tallies["fresh3"].exact, 59);
  EXPECT_GE(tallies["fresh4"].exact, 36);
  EXPECT_GE(tallies["fresh5"].exact, 43);
  EXPECT_GE(tallies["fresh6"].exact, 51);
  EXPECT_GE(tallies["fresh7"].exact, 50);
  EXPECT_GE(tallies["fresh8"].exact, 46);  // first reading (session 7): 36 of 64, gap precision 0.93, recall 0.63
  EXPECT_GE(tallies["fresh9"].exact, 55);  // first reading (session 8): 44 of 64, gap precision 0.76, recall 0.81
  EXPECT_GE(tallies["fresh10"].exact, 46);  // first reading (end of session 8): 42 of 64, gap precision 0.76, recall 0.81
  EXPECT_GE(tallies["fresh11"].exact, 40);  // first reading (session 9): 38 of 64, gap precision 0.88, recall 0.60
  EXPECT_GE(tallies["fresh12"].exact, 42);  // first reading (end of session 9): 37 of 64, gap precision 0.75, recall 0.60
  EXPECT_GE(tallies["fresh13"].exact, 53);  // first reading (session 10): 41 of 64, gap precision 0.79, recall 0.64
  EXPECT_GE(tallies["fresh14"].exact, 48);  // first reading (end of session 10): 42 of 64, gap precision 0.83, recall 0.67
  EXPECT_GE(tallies["fresh15"].exact, 43);  // first reading (session 11): 39 of 64, gap precision 0.86, recall 0.66
  EXPECT_GE(tallies["fresh16"].exact, 49);  // first reading (session 12): 43 of 64, gap precision 0.96, recall 0.65
  EXPECT_GE(tallies["fresh17"].exact, 52);  // first reading (session 12): 48 of 64, gap precision 0.96, recall 0.74
  EXPECT_GE(tallies["fresh20"].exact, 49);  // first reading (session 13, after its rules): 48 of 60, gap precision 0.86, recall 0.83
  EXPECT_GE(tallies["fresh19"].exact, 36);  // first reading (session 13): 34 of 48, gap precision 0.86, recall 0.89
  EXPECT_GE(tallies["fresh18"].exact, 49);  // first reading (session 13): 48 of 59 in force, gap precision 0.84, recall 0.97
}

// The parameter-5 answers (ja / deels / nee / onbekend) of each phrasing, same protocol.
TEST(ContentEval, ParameterFivePhrasingsEarnTheirAnswer) {
  auto tallies = evaluate("parameter5", "ja");
  if (tallies.empty()) GTEST_SKIP() << "geen phrasings";
  tallies["dev"].print("parameter5 phrasings, dev", true);
  tallies["heldout"].print("parameter5 phrasings, heldout", false);
  EXPECT_GE(tallies["dev"].total, 90);
  EXPECT_GE(tallies["dev"].accuracy(), 0.70);  // regression floor (71/99 on 2026-11-23); aim higher
}

// Under another item's heading a block needs strong cues of its own to count for an item, and
// one mention counts once however many cues match it: "speciaal basisonderwijs (sbo)" is one
// provision named, not the two cues "sbo" and "speciaal basisonderwijs" twice over. A TLV
// paragraph naming sbo and so does not describe the coherent offer of support.
TEST(ContentJudge, OneMentionMatchedByManyCuesCountsOnce) {
  const std::vector<Chapter> plan = {
      {"Toelaatbaarheidsverklaring",
       {"Voor een plaats in het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so) vraagt de school een "
        "toelaatbaarheidsverklaring aan. Eerst zet de school een arrangement in."}}};
  const Finding samenhang = judge_among_all("IE-SAMENHANG", plan);
  EXPECT_EQ(samenhang.status, "ontbreekt") << samenhang.explanation;
}

// "Beleid bij afloop van de toelaatbaarheid" is the return policy's own heading, though it
// names the admission item too: with the admission's heading alone the paragraphs lay in a
// foreign section, too weak for it, and the item was judged missing (generated dev plans).
TEST(ContentJudge, TheEndOfTheAdmissionIsTheReturnPolicysHeading) {
  const std::vector<Chapter> plan = {
      {"Beleid bij afloop van de toelaatbaarheid",
       {"Elke leerling in het speciaal basisonderwijs wordt periodiek bekeken op de mogelijkheid om terug te gaan naar "
        "een gewone basisschool.",
        "Is terugplaatsing niet mogelijk bij afloop van de TLV, dan vraagt de speciale school een herindicatie aan. Bij "
        "terugplaatsing volgt een overgangsperiode."}}};
  const Finding terugplaatsing = judge_among_all("IE-TERUGPLAATSING", plan);
  EXPECT_EQ(terugplaatsing.status, "voldoet") << terugplaatsing.explanation;
}

// A newsletter to the schools informs no parents: the channels of IE-OUDERS count only where
// parents are spoken of (checklist field context_cues). From the generated dev plans, where a
// filler paragraph about the office's newsletter made the item complete.
TEST(ContentJudge, ChannelsInformParentsOnlyWhereParentsAreSpokenOf) {
  const std::string office = "Het bureau verstuurt vier keer per jaar een digitale nieuwsbrief aan de scholen. De website van "
                             "het samenwerkingsverband bevat nieuwsberichten en een agenda.";
  EXPECT_EQ(judge_one("IE-OUDERS", {{"Communicatie", {office}}}).status, "ontbreekt");
  const Finding parents = judge_one(
      "IE-OUDERS", {{"Communicatie", {"Ouders ontvangen vier keer per jaar een digitale nieuwsbrief en vinden op de "
                                      "website van het samenwerkingsverband alle informatie over de ondersteuning."}}});
  EXPECT_EQ(parents.status, "voldoet") << parents.explanation;
  // Under a heading for parents the paragraph itself need not name them.
  EXPECT_EQ(judge_one("IE-OUDERS", {{"Informatie voor ouders", {"Op de website staat alle informatie; daarnaast verschijnt "
                                                                 "een nieuwsbrief en is er een informatieavond."}}})
                .status,
            "voldoet");
}

// A budget written as one bullet per year is a table written as bullets: its years count
// together. The same bullets without amounts are no budget at all.
TEST(ContentJudge, OneBulletPerYearWithAmountsIsAMultiYearBudget) {
  const std::vector<std::string> bullets = {
      "Voor de jaren van dit plan verwachten we de volgende baten en lasten van het samenwerkingsverband:",
      "\xE2\x80\xA2 2014-2015: baten \xE2\x82\xAC 3.920.000, lasten \xE2\x82\xAC 3.880.000;",
      "\xE2\x80\xA2 2015-2016: baten \xE2\x82\xAC 3.870.000, lasten \xE2\x82\xAC 3.860.000;",
      "\xE2\x80\xA2 2016-2017: baten \xE2\x82\xAC 3.810.000, lasten \xE2\x82\xAC 3.830.000."};
  const Finding listed = judge_one("IE-BEGROTING", {{"Financi\xC3\xABn in de komende jaren", bullets}});
  EXPECT_EQ(listed.status, "voldoet") << listed.explanation;
  EXPECT_NE(listed.explanation.find("2014-2016"), std::string::npos) << listed.explanation;
  std::vector<std::string> one_year = {bullets[0], bullets[1]};
  const Finding single = judge_one("IE-BEGROTING", {{"Financi\xC3\xABn in de komende jaren", one_year}});
  EXPECT_EQ(single.status, "onvolledig") << single.explanation;
}

// A table with a column per year is the budget itself, also under a title naming the same years.
TEST(ContentJudge, ATableOverTheYearsOfItsTitleIsAMultiYearBudget) {
  const Finding f = judge_one("IE-BEGROTING", {{"9.2 Meerjarenraming 2014-2015 tot en met 2016-2017",
                                                {"Bedragen in duizenden euro's, per schooljaar.", "Post | 2014-15 | 2015-16 | 2016-17",
                                                 "Rijksbijdrage lichte ondersteuning | 1.904 | 1.887 | 1.871",
                                                 "Bureau en bestuur | 295 | 290 | 290", "Saldo | 31 | 20 | 16"}}});
  EXPECT_EQ(f.status, "voldoet") << f.explanation;
}

// "met" is no evidence of measuring, though Snowball stems "meten" to "met" as well.
TEST(ContentJudge, TheWordMetIsNoMeasuring) {
  const Finding f = judge_one("IE-RESULTATEN", {{"Beoogde resultaten",
                                                 {"Wij willen dat leerlingen met extra ondersteuning met plezier naar school "
                                                  "gaan. In 2018 zit ten minste 95 procent van hen op een school met een "
                                                  "passend aanbod, en het aantal thuiszitters is gedaald naar maximaal drie. De gemeente "
                                                  "houdt een monitor bij."}}});
  EXPECT_EQ(f.status, "voldoet") << f.explanation;
  EXPECT_EQ(f.explanation.find("gemeten"), std::string::npos) << f.explanation;
  const Finding measured = judge_one("IE-RESULTATEN", {{"Beoogde resultaten",
                                                        {"Wij willen dat leerlingen met plezier naar school gaan. In 2018 zit "
                                                         "ten minste 95 procent op een gewone school. Wij meten en evalueren dat jaarlijks."}}});
  EXPECT_NE(measured.explanation.find("gemeten"), std::string::npos) << measured.explanation;
}

}  // namespace
}  // namespace opcheck::analyse
