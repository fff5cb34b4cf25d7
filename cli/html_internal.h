// Internals shared by the HTML writers (html_*.cpp): how a status looks, Dutch dates, the page
// skeleton and assets, the matrix columns, page thumbnails. Not part of the cli interface;
// the tests include it to check the pieces directly.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checklists/checklists.h"
#include "cli/html_escape.h"
#include "cli/outputs.h"

namespace opcheck::cli::html {

using nlohmann::json;

// ---- statuses --------------------------------------------------------------------------

enum class Tone { good, partial, bad, unknown, neutral };

struct StatusLook {
  std::string symbol;  // readable without colour: ✔ ◐ ✖ ? ● ○
  std::string label;   // Dutch, "niet aangetoond"
  Tone tone = Tone::neutral;
  int rank = 5;        // sort order: worst first
};
StatusLook look_of(const std::string& status);
const char* tone_class(Tone tone);  // "st-good", ...
// <span class="badge st-…"><span aria-hidden="true">✖</span> ontbreekt</span>
std::string badge(const std::string& status);

// Shown but never counted: the finding, its item or its whole checklist is advisory.
bool is_advisory(const json& finding, const checklists::Catalog* catalog);
// A non-complete status (per the checklist's outcomes, else a fixed list); ignores advisory.
bool is_not_complete(const json& finding, const checklists::Catalog* catalog);
// Counted as a shortfall: not complete and not advisory.
bool is_shortfall(const json& finding, const checklists::Catalog* catalog);

// ---- small helpers ---------------------------------------------------------------------

// A string member as text; "" when missing, null or not a string.
std::string text_of(const json& object, const char* key);
// "12 maart 2014", "maart 2014", "2014" by precision ("day" | "month" | "year"; inferred
// from the length when empty). Unparseable input is returned unchanged.
std::string dutch_date(const std::string& iso, const std::string& precision = "");
// "2014-05-03T14:12:00Z" -> "3 mei 2014 14:12"; other text unchanged.
std::string dutch_timestamp(const std::string& iso);
std::string checklist_label(const std::string& id, const checklists::Catalog* catalog);
// The plan's status: "plan", "geen_plan" (is_plan false) or "onleesbaar" (is_plan null).
std::string plan_kind(const json& report);

// ---- page skeleton (html_assets.cpp) ---------------------------------------------------

extern const char* const kStyle;       // shared CSS
extern const char* const kIndexScript; // filters, sorting, URL state
extern const char* const kPlanScript;  // print helper
std::string page_start(const std::string& title);
std::string page_end(const char* script);

// ---- matrix (html_matrix.cpp) ----------------------------------------------------------

struct Column {
  std::string item, label, law;
  bool advisory = false;
};
struct ColumnGroup {
  std::string checklist, label;
  std::vector<Column> columns;
};
// The items found in any plan's findings, grouped per checklist in catalog order.
std::vector<ColumnGroup> matrix_columns(const RoundOutputs& outputs);
// One <table class="matrix"> of the plans (is_plan true) over the given groups.
std::string matrix_table(const RoundOutputs& outputs, const std::vector<ColumnGroup>& groups,
                         const std::string& id, const std::string& caption);

// ---- thumbnails (html_thumbnails.cpp, html_thumb_cache.cpp) ----------------------------

struct Thumb {
  std::string file;               // "pagina-12-<key>.jpg"
  double width_pt = 0, height_pt = 0;
};
struct Thumbs {
  std::map<int, Thumb> pages;     // 1-based page -> thumbnail
  bool pdf_copied = false;        // plan.pdf exists next to report.html
  std::vector<std::string> problems;  // Dutch, shown on the plan page
  int rendered = 0, reused = 0;   // pages rendered now / taken from an earlier run
};
using Box = std::vector<double>;  // x0, y0, x1, y1 in points, origin top-left
// Copies the PDF to dir/plan.pdf and renders every page in `boxes` to dir/pagina-<n>-<key>.jpg
// with its boxes highlighted. The key hashes the plan's content hash (`sha256`, from the
// report), the page and its boxes, so a thumbnail of an earlier run is reused only when it
// shows exactly this; dir/thumbs.json remembers the page sizes, images no longer used are
// removed. Problems (unreadable PDF, page out of range) are reported, not fatal.
Thumbs make_thumbnails(const std::filesystem::path& pdf, const std::string& sha256, const std::filesystem::path& dir,
                       const std::map<int, std::vector<Box>>& boxes);
// The evidence pages of a report (findings and procedure facts) with their boxes.
std::map<int, std::vector<Box>> evidence_boxes(const json& report);

// The cache behind make_thumbnails (html_thumb_cache.cpp).
struct ThumbCache {
  std::string plan;                    // the plan identity plan.pdf was copied for
  std::map<std::string, Thumb> files;  // file name -> thumbnail with its page size
};
// "pagina-<page>-<16 hex>.jpg" for this plan identity, page and boxes.
std::string thumb_file_name(const std::string& plan, int page, const std::vector<Box>& boxes);
// dir/thumbs.json; empty when missing or unreadable (everything is then rendered again).
ThumbCache read_thumb_cache(const std::filesystem::path& dir);
void write_thumb_cache(const std::filesystem::path& dir, const std::string& plan, const std::map<int, Thumb>& pages);
// Removes dir/pagina-*.jpg (and older .png) files that are not among `keep`.
void remove_stale_thumbs(const std::filesystem::path& dir, const std::map<int, Thumb>& keep);

// ---- pages -----------------------------------------------------------------------------

std::string index_page(const RoundOutputs& outputs);                                // html_index.cpp
std::string plan_page(const PlanOutput& plan, const RoundOutputs& outputs, const Thumbs& thumbs);  // html_plan.cpp
std::string timeline_section(const json& report, const checklists::Catalog* catalog, bool pdf_links);  // html_timeline.cpp
std::string evidence_list(const json& evidence, const Thumbs& thumbs);                 // html_evidence.cpp

}  // namespace opcheck::cli::html
