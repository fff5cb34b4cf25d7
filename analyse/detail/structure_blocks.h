// Blocks of a section: paragraphs (joined across line, column and page breaks while the
// sentence runs on), list items with their wrapped lines, and table rows with cells kept
// apart by " | ".
#pragma once

#include <vector>

#include "analyse/analyse.h"
#include "analyse/detail/structure_rows.h"

namespace opcheck::analyse::detail {

struct RowRef {
  const PageRows* page = nullptr;
  std::size_t row = 0;
  const Row& get() const { return page->rows[row]; }
};

// Rows of one section in document order (headings and TOC rows already left out).
std::vector<Block> build_blocks(const std::vector<RowRef>& rows, const Typography& type);

// Whether a row opens a list item: a bullet glyph, "-", "*", "a)", "1)", "i." or "1." first.
bool starts_list_item(std::string_view text);

}  // namespace opcheck::analyse::detail
