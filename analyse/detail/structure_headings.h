// Heading recognition for segment(): heading numbering ("4.2", "Hoofdstuk 3", "Bijlage B"),
// the table of contents (found, its pages, its entries) and the decision which rows are
// headings, at which level, by numbering, typography and the TOC.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/detail/structure_rows.h"

namespace opcheck::analyse::detail {

enum class NumberKind { none, dotted, chapter_word, appendix, roman };

struct Numbering {
  NumberKind kind = NumberKind::none;
  std::string number;  // "4.2", "3", "B"; "" when none
  std::string title;   // the rest of the line, separators stripped; the whole line when none
  int depth = 0;       // components of a dotted number; 1 for the word forms
};
Numbering parse_numbering(std::string_view text);

struct TocEntry {
  std::string number;  // as printed, may be ""
  std::string key;     // match_key of the title
  int page = 0;        // page number printed in the TOC
};

struct Toc {
  bool found = false;
  std::vector<int> pages;             // 1-based
  int first_row = 0;                  // rows of pages.front() before this one are not TOC
  std::vector<TocEntry> entries;
  bool lists_sections = false;        // some entry has a dotted number of depth >= 2
};
// A row that reads like a TOC entry: a title followed by a page number (dot leaders optional).
std::optional<TocEntry> parse_toc_entry(const Row& row);
Toc find_toc(const std::vector<PageRows>& pages);

// "Lijst van afkortingen", "Begrippenlijst", "Verklarende woordenlijst": a glossary defines the
// words of the plan; it reports no act and describes no policy.
bool is_glossary_title(const std::string& title);
bool in_toc(const Toc& toc, int page, std::size_t row);

struct Heading {
  std::size_t page_index = 0, row_index = 0;  // first row, in the build_rows() vectors
  std::size_t row_count = 1;                  // a heading wrapped over lines spans rows
  Numbering numbering;
  int level = 1;
  bool listed_in_toc = false;
};
std::vector<Heading> find_headings(const std::vector<PageRows>& pages, const Typography& type, const Toc& toc);

}  // namespace opcheck::analyse::detail
