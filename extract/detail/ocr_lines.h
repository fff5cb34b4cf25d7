// Reads Tesseract's result iterator into Lines of Words: UTF-8 text, boxes mapped from the
// recognised image back onto the page as displayed (PDF points), confidences 0..1, font sizes.
#pragma once

#include "extract/detail/ocr_engine.h"
#include "extract/detail/ocr_image.h"

namespace tesseract {
class TessBaseAPI;
}

namespace opcheck::extract::detail {

// Maps recognised-image pixels to page points.
struct PageMapping {
  ImageFrame frame;
  double points_per_pixel_x = 1;
  double points_per_pixel_y = 1;
};

struct CollectedText {
  std::vector<Line> lines;
  double mean_confidence = 0;  // over words; 0 when there are none
  int words = 0;
  int letters_and_digits = 0;  // in all words; compared with the ink on the page
  // Clockwise degrees Tesseract's own layout analysis turned most words (by count) to read them,
  // judged from the line baselines: it reads a page turned 90 degrees clockwise without help,
  // so that rotation is known without OSD.
  int block_rotation = 0;
};

// Call after a successful Recognize().
CollectedText collect_lines(tesseract::TessBaseAPI& api, const PageMapping& mapping);

}  // namespace opcheck::extract::detail
