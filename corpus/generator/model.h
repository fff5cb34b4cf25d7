// Internal model of the generator: a plan's chosen facts (PlanSpec), its document as a list
// of blocks, and the laid-out pages. Shared by the generator's .cpp files only.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "corpus/generator/corpus.h"

namespace opcheck::corpus::detail {

// Deterministic, platform-independent random numbers (splitmix64): std distributions differ
// between standard libraries, and the corpus must be byte-identical everywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL) {}
  std::uint64_t next();
  int below(int n);                     // 0..n-1
  int between(int lo, int hi);          // lo..hi inclusive
  bool chance(double p);
  double uniform();                     // [0,1)
  template <typename T> const T& pick(const std::vector<T>& v) { return v[static_cast<size_t>(below(static_cast<int>(v.size())))]; }
 private:
  std::uint64_t state_;
};

struct Date { int y = 0, m = 0, d = 0; };
int day_number(const Date& d);          // days since 2000-01-01, for ordering
Date add_days(const Date& d, int days);
std::string iso(const Date& d, const std::string& precision);

// One procedure event as the plan states it.
struct EventFact {
  std::string kind;                     // "" (not mentioned), done, refused, future, not_yet, no_agreement, done_unknown_outcome
  Date date;
  std::string precision = "day";        // day | month
  std::string written;                  // the date as written in the text
  std::string by;                       // vaststelling: adopting body
  std::string outcome;                  // oogo: overeenstemming | geen_overeenstemming | onbekend
  const Phrasing* phrasing = nullptr;
  bool counts() const { return kind == "done" || kind == "no_agreement" || kind == "refused" || kind == "done_unknown_outcome"; }
};

struct PlanSpec {
  std::string stem;                     // file name without .pdf
  std::string split = "dev", variant = "born_digital", layout = "single", sector = "po";
  std::string broken;                   // "" or truncated | not_pdf | empty | user_password | owner_password | no_pages
  std::string scenario = "ok";          // procedure timeline scenario
  std::string swv_name, swv_code, swv_code_written, regio;
  std::vector<std::string> gemeenten;
  bool draft = false, scale = false;  // draft: "CONCEPT" on the title page
  std::uint64_t seed = 0;
  int padding = 0;                      // extra filler paragraphs (scale mode)
  std::string received;                 // ISO date or "" when unknown
  EventFact vaststelling, opr, oogo;
  std::vector<std::string> item_ids, item_status;             // parallel, items_in_force order
  std::vector<std::vector<const Phrasing*>> item_phrasings;   // phrasings placed per item
  const NonPlanDoc* non_plan = nullptr;
};

enum class BlockKind { title_page, toc, heading, paragraph, bullet, table, page_break, signature, letterhead };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::string text;                     // truth text (placeholders filled)
  int level = 1;                        // headings: 1 chapter, 2 section
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> tags;        // item IDs this block is evidence for
  bool scanned = false;                 // drawn on a scanned (image) page
  bool keep_whole = false;              // never split over pages
};

inline Block make_block(BlockKind kind, std::string text = {}, int level = 1, std::vector<std::string> tags = {}) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  b.level = level;
  b.tags = std::move(tags);
  return b;
}

struct TextRun {                        // one drawn line (or cell line)
  double x = 0, y = 0, size = 10;       // y is the baseline
  bool bold = false, italic = false;
  std::string visible, actual;          // glyphs drawn / text layer; see layout.cpp
  std::vector<std::pair<int, int>> units;  // (visible byte length, actual byte length) per cluster unit
};

struct Rule { double x0, y0, x1, y1, width; };

struct Page {
  std::vector<TextRun> runs;
  std::vector<Rule> rules;
  std::vector<std::vector<std::pair<double, double>>> scribbles;  // signatures
  std::vector<std::string> body;        // truth lines
  std::set<std::string> tags;
  bool scanned = false, title = false, rotate90 = false;
  int h1 = 0;                           // level-1 headings starting on this page (for the TOC)
};

struct Style {
  std::string family = "DejaVu Sans";
  double body_size = 10, leading = 1.35;
  std::string numbering = "dotted";     // dotted | hoofdstuk | bold | caps
  bool two_column = false, ligatures = false, soft_hyphens = false, fullwidth = false;
  std::string header, footer_form;      // running header text; footer form "n" | "pagina n" | "n van m"
};

}  // namespace opcheck::corpus::detail
