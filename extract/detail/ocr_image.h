// Leptonica side of OCR: owns Pix images (RAII), turns a GrayImage into a Pix, measures ink and
// skew, and turns or deskews a page image. ImageFrame remembers what was done to the page image
// so boxes found on the turned image can be mapped back onto the page as displayed.
#pragma once

#include <memory>

#include "extract/detail/ocr_engine.h"

struct Pix;

namespace opcheck::extract::detail {

struct PixDeleter {
  void operator()(Pix* pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// An 8 bpp Pix holding the image; null only if Leptonica cannot allocate it.
PixPtr to_pix(const GrayImage& image);

struct InkAndSkew {
  long dark_pixels = 0;  // below mid-grey
  // Skew of the text lines in degrees, positive when the image must be turned clockwise to level
  // them; 0 when there is no confident estimate (blank page, pictures, vertical text).
  double skew_degrees = 0;
};
// One binarisation serves both measures.
InkAndSkew measure_ink_and_skew(Pix* gray);

// The image turned `quarter_turns` x 90 degrees clockwise.
PixPtr turn_quarters(Pix* gray, int quarter_turns);

// The image turned `degrees` clockwise about its centre, same size, white brought in.
PixPtr rotate_small(Pix* gray, double degrees);

// What was done to the page image before recognition: first quarter turns (clockwise), then a
// small clockwise rotation about the centre of the turned image.
struct ImageFrame {
  int page_width = 0;   // page image as displayed, pixels
  int page_height = 0;
  int quarter_turns = 0;
  double deskew_degrees = 0;

  struct Point {
    double x = 0, y = 0;
  };
  // A point of the recognised image mapped back to the page image (pixels).
  Point to_page_pixels(Point recognised) const;
};

}  // namespace opcheck::extract::detail
