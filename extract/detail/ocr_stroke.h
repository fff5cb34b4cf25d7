// Bold lines on scanned pages. Tesseract's LSTM engine reports no font weight, yet headings on
// scanned plans are mostly bold; the structure stage needs that to see unnumbered sub-headings.
// A bold face has thicker stems: the mean length of the horizontal runs of ink in a line,
// relative to the line's height, stands clearly above the page's usual value.
#pragma once

#include <vector>

struct Pix;

namespace opcheck::extract::detail {

struct PixelBox {
  int left = 0, top = 0, right = 0, bottom = 0;  // image pixels, right and bottom exclusive
};

// Mean horizontal run length of ink inside `box` of the binary image, divided by the box's
// height; 0 when the box holds no ink.
double stroke_ratio(Pix* binary, const PixelBox& box);

// Which lines are bold: a stroke ratio this much above the median of the page's lines.
// Pages with fewer than four measured lines have no usual value to compare with: none are bold.
std::vector<bool> bold_lines(const std::vector<double>& ratios);

}  // namespace opcheck::extract::detail
