// Stroke width from a binary page image (see ocr_stroke.h): horizontal runs of ink, measured
// over each line's box, compared with the page's median line.
#include "extract/detail/ocr_stroke.h"

#include <leptonica/allheaders.h>

#include <algorithm>

namespace opcheck::extract::detail {
namespace {

// Bold stems are markedly wider than regular ones, and a page's scan blurs both alike; 1.3 times
// the median line separates headings from running text on the sample's scans
// (tests/extract_ocr_bold_test.cpp).
constexpr double kBoldFactor = 1.3;
constexpr std::size_t kMinLines = 4;

}  // namespace

double stroke_ratio(Pix* binary, const PixelBox& box) {
  if (binary == nullptr || pixGetDepth(binary) != 1) return 0;
  const int width = static_cast<int>(pixGetWidth(binary)), height = static_cast<int>(pixGetHeight(binary));
  const int x0 = std::max(0, box.left), x1 = std::min(width, box.right);
  const int y0 = std::max(0, box.top), y1 = std::min(height, box.bottom);
  if (x1 <= x0 || y1 <= y0) return 0;
  l_uint32* data = pixGetData(binary);
  const int wpl = pixGetWpl(binary);
  long ink = 0, runs = 0;
  for (int y = y0; y < y1; ++y) {
    const l_uint32* row = data + static_cast<long>(y) * wpl;
    bool inside = false;
    for (int x = x0; x < x1; ++x) {
      const bool dark = GET_DATA_BIT(row, x) != 0;
      ink += dark;
      runs += dark && !inside;
      inside = dark;
    }
  }
  if (runs == 0) return 0;
  return static_cast<double>(ink) / static_cast<double>(runs) / static_cast<double>(y1 - y0);
}

std::vector<bool> bold_lines(const std::vector<double>& ratios) {
  std::vector<bool> bold(ratios.size(), false);
  std::vector<double> measured;
  for (double r : ratios)
    if (r > 0) measured.push_back(r);
  if (measured.size() < kMinLines) return bold;
  auto mid = measured.begin() + static_cast<long>(measured.size() / 2);
  std::nth_element(measured.begin(), mid, measured.end());
  const double usual = *mid;
  for (std::size_t i = 0; i < ratios.size(); ++i) bold[i] = ratios[i] > kBoldFactor * usual;
  return bold;
}

}  // namespace opcheck::extract::detail
