// The resolution a scanned page was captured at, read from the image that covers the page.
// Rendering a 200 dpi scan at 300 dpi invents no detail but gives Tesseract 2.25x the pixels
// to work through, so OCR renders such pages at their own resolution instead.
// poppler-cpp has no image API; this reads the PDF structure with qpdf from the same bytes.
#pragma once

#include <memory>
#include <string>

namespace opcheck::extract::detail {

class ScanResolution {
 public:
  // Never fails: a document qpdf cannot open simply reports no scans.
  // `bytes` must outlive this object.
  explicit ScanResolution(const std::string& bytes);
  ScanResolution(ScanResolution&&) noexcept;
  ScanResolution& operator=(ScanResolution&&) noexcept;
  ~ScanResolution();

  // Pixels per inch of the largest image on page `index` (0-based) if it covers most of the
  // page; 0 when the page has no such image.
  double page_scan_dpi(int index) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The resolution to render a page for OCR: the scan's own when it lies between the floor below
// which Tesseract needs upsampling and the requested resolution; otherwise the requested one.
int ocr_render_dpi(int requested_dpi, double scan_dpi);

}  // namespace opcheck::extract::detail
