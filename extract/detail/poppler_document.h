// RAII wrapper around poppler-cpp: opens a PDF from bytes, reports why it cannot be read,
// lists the words of a page with boxes and fonts, and renders a page to grayscale pixels.
// Poppler types stay inside this file pair.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/detail/ocr_engine.h"
#include "extract/extract.h"

namespace opcheck::extract::detail {

// One word of the text layer, in poppler's reading order.
struct RawWord {
  std::string text;       // UTF-8, not yet normalised
  Box box;                // points, origin top-left
  double font_size = 0;
  std::string font_name;  // subset prefix removed, ASCII only
  bool space_after = false;
};

class PdfDocument {
 public:
  // `file_name` is only used in error messages.
  static Result<PdfDocument> open(std::string bytes, const std::string& file_name);

  PdfDocument(PdfDocument&&) noexcept;
  PdfDocument& operator=(PdfDocument&&) noexcept;
  ~PdfDocument();

  int page_count() const;
  // Width and height in points as the page is displayed.
  std::pair<double, double> page_size(int index) const;
  std::vector<RawWord> words(int index) const;
  // Renders at `dpi` in 8-bit gray; fails for absurd sizes (ErrorKind::limit).
  Result<GrayImage> render_gray(int index, int dpi) const;

 private:
  struct Impl;
  explicit PdfDocument(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Poppler prints its own warnings on stderr; route them away once per process.
void silence_poppler_messages();

}  // namespace opcheck::extract::detail
