// Line breaking (with Dutch and compound hyphenation) and pagination of blocks into pages of
// positioned text runs, rules and signatures, plus the truth text of every page.
#pragma once

#include "corpus/generator/model.h"
#include "corpus/generator/typesetter.h"

namespace opcheck::corpus::detail {

constexpr double kPageW = 595.0, kPageH = 842.0;

// toc_pages: printed page of each level-1 heading (from a first pass); empty on the first pass.
std::vector<Page> layout_blocks(const std::vector<Block>& blocks, const Style& style, Typesetter& ts,
                                std::uint64_t seed, const std::vector<int>& toc_pages);
// Pages of the level-1 headings, in order, for the table of contents.
std::vector<int> heading_pages(const std::vector<Page>& pages);

}  // namespace opcheck::corpus::detail
