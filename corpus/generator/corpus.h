// Public interface of the sample-plan generator: load the phrasing data, generate the
// committed sample or a scale corpus into a folder (NAME.pdf + NAME.gold.json + ontvangst.csv).
// Everything is deterministic: the same options give the same bytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "opcheck/result.h"

namespace opcheck::corpus {

// One text fragment from corpus/phrasings/*.toml (see docs/corpus-format.md).
struct Phrasing {
  std::string id, item, checklist, set, status;
  std::vector<std::string> sectors;
  std::string heading;
  std::vector<std::string> paragraphs;
  std::vector<std::string> list;                       // optional bullet list
  std::vector<std::vector<std::string>> table;         // optional; first row is the header
  std::string event, kind, outcome;                    // procedure.toml only
  std::string context = "body";                        // body | letter | adoption_page
  std::vector<std::string> events;                     // combined statements: every event stated
  std::vector<std::string> date_forms;                 // lang numeriek kort afgekort dd maand
  std::vector<std::string> pairs_with_oogo;            // P5-OOGO/-OVEREENSTEMMING: compatible oogo kinds
  std::string rechtsvorm;                              // "" | stichting | vereniging
};

// A neutral chapter every plan has (filler.toml) or a non-plan document (non-plan.toml).
struct Chapter {
  std::string id, kind, heading;
  std::vector<std::string> sectors;
  std::vector<std::string> paragraphs;
  std::vector<std::string> list;
  std::vector<std::vector<std::string>> table;
};

struct NonPlanDoc {
  std::string id, kind, title;
  std::vector<Chapter> sections;
};

struct PhrasingLibrary {
  std::vector<Phrasing> phrasings;      // every item file plus procedure.toml
  std::vector<Chapter> filler;
  std::vector<std::string> filler_sentences;  // neutral sentences to pad plans in scale mode
  std::vector<NonPlanDoc> non_plans;
};

// Reads every *.toml in `dir`. Errors name the file and the problem (Dutch).
Result<PhrasingLibrary> load_phrasings(const std::filesystem::path& dir);

struct GenerateOptions {
  std::filesystem::path out_dir;
  std::uint64_t seed = 7;
  int plans = 152;
  double scanned_share = 0.2;  // scale mode: share of all plan pages that are images (see corpus/README.md)
  int threads = 2;
  int padding_min = 30, padding_max = 75;  // scale mode: filler paragraphs per filler chapter (30–60 pages)
};

struct GenerateSummary {
  int files = 0;
  std::map<std::string, int> by_variant;
  int pages = 0, scanned_pages = 0;        // over all files that are not broken
  std::vector<std::string> missing_items;  // items with no phrasing for some status (coverage gaps)
};

// The committed sample: about 20 hand-picked plan recipes covering every item status,
// split, sector, layout and variant.
Result<GenerateSummary> generate_sample(const PhrasingLibrary& lib, const GenerateOptions& opts);
// Scale mode: `opts.plans` random plans (30–60 pages), `opts.threads` workers.
Result<GenerateSummary> generate_scale(const PhrasingLibrary& lib, const GenerateOptions& opts);

// The items judged for the 2014 round, per checklist, in report order.
const std::vector<std::pair<std::string, std::string>>& items_in_force();
// Allowed statuses of a checklist; the first one is the status of an absent item.
const std::vector<std::string>& statuses_of(const std::string& checklist);

}  // namespace opcheck::corpus
