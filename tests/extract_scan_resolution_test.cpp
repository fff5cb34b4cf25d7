// ScanResolution on the committed sample: scanned pages report the resolution they were
// captured at (pdfimages agrees), text pages and illustrations report none, and the OCR
// render resolution follows the scan only between the floor and the requested resolution.
#include <gtest/gtest.h>

#include "extract/detail/scan_resolution.h"
#include "test_support.h"

namespace opcheck::extract::detail {
namespace {

double scan_dpi_of(const std::string& plan, int page_number) {
  const std::string bytes = test::read_file(test::sample_dir() / plan);
  return ScanResolution(bytes).page_scan_dpi(page_number - 1);
}

TEST(ScanResolution, ReadsTheCaptureResolutionOfAFullyScannedPlan) {
  EXPECT_NEAR(scan_dpi_of("vo-2306-twente-noord.pdf", 1), 200, 1);
  EXPECT_NEAR(scan_dpi_of("po-2401-zaanstreek.pdf", 5), 200, 1);
}

TEST(ScanResolution, ReadsAScanPlacedSidewaysOnItsPage) {
  // Page 12 of this plan holds a 2338 x 1652 image: the scan was turned a quarter.
  EXPECT_NEAR(scan_dpi_of("vo-2306-twente-noord.pdf", 12), 200, 1);
}

TEST(ScanResolution, ReadsEachScannedAppendixOfMixedPlansAtItsOwnResolution) {
  EXPECT_NEAR(scan_dpi_of("po-2201-eemland.pdf", 13), 300, 1);
  EXPECT_NEAR(scan_dpi_of("po-2301-west-friesland.pdf", 12), 240, 1);
  EXPECT_NEAR(scan_dpi_of("vo-2206-noord-limburg.pdf", 14), 250, 1);
}

TEST(ScanResolution, ReportsNoScanOnABornDigitalPage) {
  EXPECT_EQ(scan_dpi_of("po-2201-eemland.pdf", 2), 0);
  EXPECT_EQ(scan_dpi_of("po-2001-rivierenland.pdf", 1), 0);
}

TEST(ScanResolution, ReportsNoScanForPagesOutsideTheDocumentOrUnreadableBytes) {
  EXPECT_EQ(scan_dpi_of("vo-2306-twente-noord.pdf", 99), 0);
  EXPECT_EQ(ScanResolution("geen pdf").page_scan_dpi(0), 0);
  EXPECT_EQ(ScanResolution(std::string()).page_scan_dpi(0), 0);
}

TEST(ScanResolution, RendersForOcrAtTheScansOwnResolutionOnlyWithinTheUsefulRange) {
  EXPECT_EQ(ocr_render_dpi(300, 0), 300);       // no scan: the requested resolution
  EXPECT_EQ(ocr_render_dpi(300, 200), 200);     // no detail is gained by upsampling
  EXPECT_EQ(ocr_render_dpi(300, 240.4), 240);
  EXPECT_EQ(ocr_render_dpi(300, 150), 300);     // too coarse: Tesseract reads better upsampled
  EXPECT_EQ(ocr_render_dpi(300, 600), 300);     // finer than needed: downsampled as before
}

}  // namespace
}  // namespace opcheck::extract::detail
