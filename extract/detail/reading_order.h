// Reading order of a text-layer page from word geometry alone: two-column bodies are read
// column by column (with lines that cross the gutter, such as full-width headings, in their
// place), everything else by recursive whitespace cuts, so table rows are read cell by cell.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/extract.h"

namespace opcheck::extract::detail {

struct WordGeometry {
  Box box;
  double font_size = 0;
};

// Lines in reading order, each a list of indices into `words` from left to right.
std::vector<std::vector<std::size_t>> reading_order(const std::vector<WordGeometry>& words);

}  // namespace opcheck::extract::detail
