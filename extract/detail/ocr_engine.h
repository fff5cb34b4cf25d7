// Tesseract (+ Leptonica) behind a small seam: a grayscale page image in, lines of words with
// boxes (in PDF points) and confidences out, read upright (OSD) and deskewed.
// One engine per worker thread; engines are not shared between threads.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extract/extract.h"

namespace opcheck::extract::detail {

// 8-bit grayscale, row-major, `width` bytes per row, 0 = black.
struct GrayImage {
  int width = 0;
  int height = 0;
  int dpi = 300;
  std::vector<std::uint8_t> pixels;
};

struct OcrPageResult {
  std::vector<Line> lines;     // raw (not yet normalised) text; boxes in PDF points of the page
  double mean_confidence = 0;  // 0..1 over words
  int rotation = 0;            // degrees the image was turned clockwise to read it upright
  double skew = 0;             // degrees of skew corrected
};

class OcrEngine {
 public:
  virtual ~OcrEngine() = default;
  // Reads one page image. page_width_pt/page_height_pt: the page size as displayed, used to map
  // pixel boxes to points. A deadline overrun is ErrorKind::limit (soft: page is skipped).
  virtual Result<OcrPageResult> read(const GrayImage& image, double page_width_pt,
                                     double page_height_pt, std::chrono::milliseconds timeout) = 0;
};

// Tesseract with the given language (Debian's tessdata); OpenMP inside Tesseract must be
// limited to one thread by the caller's environment (OMP_THREAD_LIMIT=1).
Result<std::unique_ptr<OcrEngine>> make_tesseract_engine(const std::string& language = "nld");

}  // namespace opcheck::extract::detail
