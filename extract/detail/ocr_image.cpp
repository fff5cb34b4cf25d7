// Leptonica side of OCR: Pix ownership, GrayImage -> Pix, ink and skew measures, turning and
// deskewing, and the inverse mapping of recognised-image points back to the displayed page.
#include "extract/detail/ocr_image.h"

#include <leptonica/allheaders.h>

#include <cmath>
#include <cstring>
#include <numbers>

namespace opcheck::extract::detail {

namespace {

// Leptonica's own deskew uses the same floor: weaker peaks are noise, not text lines.
constexpr float kMinSkewConfidence = 3.0F;
// Below this Tesseract copes by itself and the resampling blur would cost more than it gains.
constexpr double kMinSkewDegrees = 0.3;
constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;

}  // namespace

void PixDeleter::operator()(Pix* pix) const { pixDestroy(&pix); }

PixPtr to_pix(const GrayImage& image) {
  PixPtr pix(pixCreate(image.width, image.height, 8));
  if (!pix) return pix;
  pixSetResolution(pix.get(), image.dpi, image.dpi);
  auto* data = reinterpret_cast<std::uint8_t*>(pixGetData(pix.get()));
  const auto stride = static_cast<std::size_t>(pixGetWpl(pix.get())) * 4;
  const auto row_bytes = static_cast<std::size_t>(image.width);
  for (std::size_t y = 0; y < static_cast<std::size_t>(image.height); ++y) {
    std::memcpy(data + y * stride, image.pixels.data() + y * row_bytes, row_bytes);
  }
  // Leptonica keeps bytes in native 32-bit words, most significant first: swap on little-endian.
  pixEndianByteSwap(pix.get());
  return pix;
}

InkAndSkew measure_ink_and_skew(Pix* gray) {
  InkAndSkew result;
  PixPtr binary(pixThresholdToBinary(gray, 128));
  if (!binary) return result;
  l_int32 dark = 0;
  if (pixCountPixels(binary.get(), &dark, nullptr) == 0) result.dark_pixels = dark;
  l_float32 angle = 0;
  l_float32 confidence = 0;
  if (pixFindSkew(binary.get(), &angle, &confidence) == 0 && confidence >= kMinSkewConfidence &&
      std::abs(angle) > kMinSkewDegrees) {
    result.skew_degrees = angle;
  }
  return result;
}

PixPtr turn_quarters(Pix* gray, int quarter_turns) {
  return PixPtr(pixRotateOrth(gray, ((quarter_turns % 4) + 4) % 4));
}

PixPtr rotate_small(Pix* gray, double degrees) {
  // width/height 0: no embedding, so the result keeps the size and the centre of the input.
  return PixPtr(pixRotate(gray, static_cast<l_float32>(degrees * kRadiansPerDegree),
                          L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
}

ImageFrame::Point ImageFrame::to_page_pixels(Point p) const {
  const bool sideways = quarter_turns % 2 != 0;
  const double turned_w = sideways ? page_height : page_width;
  const double turned_h = sideways ? page_width : page_height;
  if (deskew_degrees != 0) {
    // Undo the clockwise rotation about the centre (y points down, so this matrix turns back).
    const double a = -deskew_degrees * kRadiansPerDegree;
    const double cx = turned_w / 2;
    const double cy = turned_h / 2;
    const double dx = p.x - cx;
    const double dy = p.y - cy;
    p = {cx + dx * std::cos(a) - dy * std::sin(a), cy + dx * std::sin(a) + dy * std::cos(a)};
  }
  const double w = page_width;
  const double h = page_height;
  switch (((quarter_turns % 4) + 4) % 4) {
    case 1: return {p.y, h - p.x};
    case 2: return {w - p.x, h - p.y};
    case 3: return {w - p.y, p.x};
    default: return p;
  }
}

}  // namespace opcheck::extract::detail
