// segment(): a document's body text as a tree of sections holding blocks. The steps live in
// detail/structure_*: rows and typography, the table of contents, headings, blocks. This file
// puts them together: front matter, one section per heading, parents and page ranges.
#include "analyse/analyse.h"
#include "analyse/detail/structure_blocks.h"
#include "analyse/detail/structure_headings.h"

namespace opcheck::analyse {
namespace {

using detail::Heading;
using detail::PageRows;
using detail::RowRef;

// What the front matter (title page, preface before the first heading) is called in labels.
constexpr const char* kFrontMatterTitle = "Voorwerk";

Section make_section(const std::vector<PageRows>& pages, const Heading& h) {
  const PageRows& page = pages[h.page_index];
  Section s;
  s.level = h.level;
  s.first_page = s.last_page = page.page;
  std::string title = h.numbering.title;
  for (std::size_t k = 1; k < h.row_count; ++k) title += " " + page.rows[h.row_index + k].text;
  s.title = title;
  s.number = h.numbering.number;
  if (s.title.empty()) s.title = h.numbering.kind == detail::NumberKind::appendix ? "Bijlage" : "Hoofdstuk";
  return s;
}

// Parent: the nearest earlier section of a lower level; the front matter is nobody's parent.
void link_parents(std::vector<Section>& sections) {
  std::vector<int> stack;
  for (std::size_t i = 1; i < sections.size(); ++i) {
    while (!stack.empty() && sections[static_cast<std::size_t>(stack.back())].level >= sections[i].level) stack.pop_back();
    sections[i].parent = stack.empty() ? -1 : stack.back();
    stack.push_back(static_cast<int>(i));
  }
}

// A section's pages run from its heading to its last content, its subsections' included.
void close_page_ranges(std::vector<Section>& sections) {
  for (Section& s : sections)
    for (const Block& b : s.blocks)
      for (const BlockLine& l : b.lines) s.last_page = std::max(s.last_page, l.page);
  for (std::size_t i = sections.size(); i-- > 1;) {
    int parent = sections[i].parent;
    if (parent >= 0) {
      Section& p = sections[static_cast<std::size_t>(parent)];
      p.last_page = std::max(p.last_page, sections[i].last_page);
    }
  }
}

}  // namespace

Structure segment(const extract::Document& doc) {
  auto pages = detail::build_rows(doc);
  auto type = detail::measure_typography(pages);
  auto toc = detail::find_toc(pages);
  auto headings = detail::find_headings(pages, type, toc);

  Structure out;
  out.has_toc = toc.found;
  out.toc_pages = toc.pages;
  Section front;
  front.title = kFrontMatterTitle;
  front.level = 0;
  front.first_page = front.last_page = pages.empty() ? 0 : pages.front().page;
  out.sections.push_back(front);

  std::vector<std::vector<RowRef>> rows_of(headings.size() + 1);
  std::size_t next = 0;  // index of the next heading to meet
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t r = 0; r < pages[p].rows.size(); ++r) {
      if (next < headings.size() && headings[next].page_index == p && headings[next].row_index == r) {
        out.sections.push_back(make_section(pages, headings[next]));
        r += headings[next].row_count - 1;
        ++next;
        continue;
      }
      if (detail::in_toc(toc, pages[p].page, r)) continue;
      rows_of[next].push_back(RowRef{&pages[p], r});
    }
  }
  for (std::size_t i = 0; i < out.sections.size(); ++i) out.sections[i].blocks = detail::build_blocks(rows_of[i], type);
  link_parents(out.sections);
  close_page_ranges(out.sections);
  return out;
}

}  // namespace opcheck::analyse
