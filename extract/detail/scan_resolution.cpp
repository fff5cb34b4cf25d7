// qpdf behind ScanResolution: the page's content stream is followed for its transformation
// matrix (q, Q, cm) up to each image it draws (Do), which gives where the image lands in
// points; the image dictionary gives its size in pixels; together they give the resolution.
// Images are neither decoded nor rendered, so this costs well under a millisecond per page.
#include "extract/detail/scan_resolution.h"

// qpdf 11 warns unless told which of its PointerHolder transition stages the code uses; this
// file uses none of PointerHolder (level 4: std::shared_ptr only).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFMatrix.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <cmath>
#include <vector>

namespace opcheck::extract::detail {
namespace {

// An image covering less of the page is an illustration, not the scan of the page.
constexpr double kMinPageCoverage = 0.5;
// Below this Tesseract reads better from an upsampled image (x-height under ~20 px).
constexpr double kMinNativeDpi = 200;

// Follows the graphics state through one content stream and keeps the resolution of the
// image that covers the largest area.
class LargestImageFinder final : public QPDFObjectHandle::ParserCallbacks {
 public:
  explicit LargestImageFinder(QPDFObjectHandle xobjects) : xobjects_(std::move(xobjects)) {}

  void handleObject(QPDFObjectHandle object) override {
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    const std::string op = object.getOperatorValue();
    if (op == "q") saved_.push_back(ctm_);
    if (op == "Q" && !saved_.empty()) {
      ctm_ = saved_.back();
      saved_.pop_back();
    }
    if (op == "cm") concat_operands();
    if (op == "Do" && operands_.size() == 1 && operands_[0].isName()) draw(operands_[0].getName());
    operands_.clear();
  }
  void handleEOF() override {}

  double area_pt2 = 0;  // of the largest image drawn
  double dpi = 0;       // of that image

 private:
  void concat_operands() {
    if (operands_.size() != 6) return;
    double v[6];
    for (int i = 0; i < 6; ++i)
      if (!operands_[static_cast<size_t>(i)].getValueAsNumber(v[i])) return;
    ctm_.concat(QPDFMatrix(v[0], v[1], v[2], v[3], v[4], v[5]));
  }

  void draw(const std::string& name) {
    if (!xobjects_.isDictionary() || !xobjects_.hasKey(name)) return;
    QPDFObjectHandle image = xobjects_.getKey(name);
    if (!image.isStream()) return;
    QPDFObjectHandle dict = image.getDict();
    if (!dict.getKey("/Subtype").isNameAndEquals("/Image")) return;
    long long width_px = 0, height_px = 0;
    if (!dict.getKey("/Width").getValueAsInt(width_px) || !dict.getKey("/Height").getValueAsInt(height_px)) return;
    // The image fills the unit square: its sides land where the matrix sends the unit vectors.
    const double width_pt = std::hypot(ctm_.a, ctm_.b);
    const double height_pt = std::hypot(ctm_.c, ctm_.d);
    const double area = std::abs(ctm_.a * ctm_.d - ctm_.b * ctm_.c);
    if (width_pt <= 0 || height_pt <= 0 || area <= area_pt2) return;
    area_pt2 = area;
    dpi = std::min(static_cast<double>(width_px) * 72 / width_pt, static_cast<double>(height_px) * 72 / height_pt);
  }

  QPDFObjectHandle xobjects_;
  std::vector<QPDFObjectHandle> operands_;
  QPDFMatrix ctm_;
  std::vector<QPDFMatrix> saved_;
};

double box_area(QPDFObjectHandle box) {
  if (!box.isRectangle()) return 0;
  const auto r = box.getArrayAsRectangle();
  return std::abs((r.urx - r.llx) * (r.ury - r.lly));
}

}  // namespace

struct ScanResolution::Impl {
  QPDF pdf;
  std::vector<QPDFPageObjectHelper> pages;
};

ScanResolution::ScanResolution(const std::string& bytes) : impl_(std::make_unique<Impl>()) {
  try {
    impl_->pdf.setSuppressWarnings(true);
    impl_->pdf.processMemoryFile("plan", bytes.data(), bytes.size());
    impl_->pages = QPDFPageDocumentHelper(impl_->pdf).getAllPages();
  } catch (const std::exception&) {
    impl_->pages.clear();  // unreadable here: every page reports no scan
  }
}

ScanResolution::ScanResolution(ScanResolution&&) noexcept = default;
ScanResolution& ScanResolution::operator=(ScanResolution&&) noexcept = default;
ScanResolution::~ScanResolution() = default;

double ScanResolution::page_scan_dpi(int index) const {
  if (index < 0 || static_cast<size_t>(index) >= impl_->pages.size()) return 0;
  try {
    QPDFPageObjectHelper& page = impl_->pages[static_cast<size_t>(index)];
    LargestImageFinder finder(page.getAttribute("/Resources", false).getKeyIfDict("/XObject"));
    page.parseContents(&finder);
    const double page_area = box_area(page.getCropBox());
    if (page_area <= 0 || finder.area_pt2 < kMinPageCoverage * page_area) return 0;
    return finder.dpi;
  } catch (const std::exception&) {
    return 0;
  }
}

int ocr_render_dpi(int requested_dpi, double scan_dpi) {
  if (scan_dpi < kMinNativeDpi || scan_dpi >= requested_dpi) return requested_dpi;
  return static_cast<int>(std::lround(scan_dpi));
}

}  // namespace opcheck::extract::detail
