// The Tesseract OcrEngine: one initialised TessBaseAPI per worker, reused page after page.
// Each page is deskewed and recognised once; only a result that looks wrong (low confidence or
// too few letters for the ink on the page) pays for orientation detection and a second pass.
#include "extract/detail/ocr_engine.h"

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <mutex>

#include "extract/detail/ocr_image.h"
#include "extract/detail/ocr_lines.h"

namespace opcheck::extract::detail {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kDebianTessdata = "/usr/share/tesseract-ocr/5/tessdata";

// A result below this mean word confidence may be a page read sideways or upside down.
constexpr double kSuspectConfidence = 0.60;
// Dark pixels per recognised letter at 300 dpi is about 150-250 for body text; far fewer
// letters than the ink suggests means text was missed (e.g. an upside-down page).
constexpr double kInkPerLetterAt300Dpi = 400;
constexpr double kMinLetterShareOfInk = 0.25;
// Pages with less ink than this (at 300 dpi) hold too little text to judge or orient.
constexpr long kMinInkToJudge = 20'000;
// OSD confidence below which its answer is noise; clean text pages score 12-15.
constexpr float kMinOrientationConfidence = 2.0F;

// Tesseract keeps some parameters (debug_file among them) in process-wide globals that Init and
// SetVariable write: engines made on several worker threads at once must take turns.
std::mutex& init_mutex() {
  static std::mutex mutex;
  return mutex;
}

// Silences Tesseract's progress chatter ("Detected N diacritics") that would flood the batch
// log. The parameter is global, so it is written once, before any engine recognises a page.
void silence_tesseract_once(tesseract::TessBaseAPI& api) {
  static std::once_flag once;
  std::call_once(once, [&api] { api.SetVariable("debug_file", "/dev/null"); });
}

const char* tessdata_dir() {
  // TESSDATA_PREFIX lets tests and installs point elsewhere, as it does for the tesseract CLI.
  const char* env = std::getenv("TESSDATA_PREFIX");
  return env != nullptr && *env != '\0' ? env : kDebianTessdata;
}

Error timeout_error(std::chrono::milliseconds timeout) {
  const auto ms = timeout.count();
  const std::string limit =
      ms < 1000 ? std::to_string(ms) + " ms" : std::to_string((ms + 500) / 1000) + " seconden";
  return make_error(ErrorKind::limit, "OCR van de pagina duurde langer dan de tijdslimiet van " +
                                          limit + "; de pagina is overgeslagen");
}

struct Attempt {
  OcrPageResult result;
  long ink = 0;
  int letters_and_digits = 0;
};

class TesseractEngine final : public OcrEngine {
 public:
  Status init(const std::string& language);
  Result<OcrPageResult> read(const GrayImage& image, double page_width_pt, double page_height_pt,
                             std::chrono::milliseconds timeout) override;

 private:
  struct PageContext {
    const GrayImage* image = nullptr;
    double page_width_pt = 0, page_height_pt = 0;
    Clock::time_point deadline;
    std::chrono::milliseconds timeout{0};
  };

  Result<Attempt> recognise(Pix* turned, int quarter_turns, const PageContext& page);
  int detect_quarter_turns(Pix* gray, int dpi);
  static bool looks_wrong(const Attempt& attempt, int dpi);

  tesseract::TessBaseAPI api_;
  std::unique_ptr<tesseract::TessBaseAPI> osd_;  // loaded on the first page that needs it
  bool osd_failed_ = false;
};

Status TesseractEngine::init(const std::string& language) {
  const std::lock_guard lock(init_mutex());
  if (api_.Init(tessdata_dir(), language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return make_error(ErrorKind::engine, "Tesseract kon de taaldata '" + language + "' niet laden uit " +
                                             tessdata_dir() + "; is tesseract-ocr-" + language +
                                             " geïnstalleerd?");
  }
  api_.SetPageSegMode(tesseract::PSM_AUTO);
  silence_tesseract_once(api_);
  return Ok{};
}

Result<OcrPageResult> TesseractEngine::read(const GrayImage& image, double page_width_pt,
                                            double page_height_pt,
                                            std::chrono::milliseconds timeout) {
  const PageContext page{&image, page_width_pt, page_height_pt, Clock::now() + timeout, timeout};
  if (image.width <= 0 || image.height <= 0 || image.dpi <= 0 || page_width_pt <= 0 ||
      page_height_pt <= 0 ||
      image.pixels.size() != static_cast<std::size_t>(image.width) * image.height) {
    return make_error(ErrorKind::internal, "OCR kreeg een onjuist paginabeeld (" +
                                               std::to_string(image.width) + "x" +
                                               std::to_string(image.height) + " pixels, " +
                                               std::to_string(image.dpi) + " dpi)");
  }
  PixPtr pix = to_pix(image);
  if (!pix) return make_error(ErrorKind::limit, "Geen geheugen voor het paginabeeld van de OCR");
  auto first = recognise(pix.get(), 0, page);
  if (!first) return first.error();
  if (!looks_wrong(*first, image.dpi)) return std::move(first->result);
  if (Clock::now() >= page.deadline) return timeout_error(timeout);
  const int turns = detect_quarter_turns(pix.get(), image.dpi);
  if (turns == 0) return std::move(first->result);
  PixPtr turned = turn_quarters(pix.get(), turns);
  if (!turned) return make_error(ErrorKind::limit, "Geen geheugen om het paginabeeld te draaien");
  auto second = recognise(turned.get(), turns, page);
  if (!second) return second.error();
  const bool second_better = second->result.mean_confidence > first->result.mean_confidence;
  return std::move(second_better ? second->result : first->result);
}

Result<Attempt> TesseractEngine::recognise(Pix* turned, int quarter_turns, const PageContext& page) {
  Attempt attempt;
  const InkAndSkew measure = measure_ink_and_skew(turned);
  attempt.ink = measure.dark_pixels;
  PixPtr deskewed;
  if (measure.skew_degrees != 0) deskewed = rotate_small(turned, measure.skew_degrees);
  Pix* input = deskewed ? deskewed.get() : turned;

  const auto remaining =
      std::chrono::duration_cast<std::chrono::milliseconds>(page.deadline - Clock::now()).count();
  if (remaining <= 0) return timeout_error(page.timeout);
  api_.SetImage(input);
  api_.SetSourceResolution(page.image->dpi);
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(static_cast<std::int32_t>(
      std::min<long long>(remaining, std::numeric_limits<std::int32_t>::max())));
  const int status = api_.Recognize(&monitor);
  if (monitor.deadline_exceeded() || Clock::now() >= page.deadline) {
    api_.Clear();
    return timeout_error(page.timeout);
  }
  if (status != 0) {
    api_.Clear();
    return make_error(ErrorKind::engine, "Tesseract kon de pagina niet lezen");
  }
  const ImageFrame frame{page.image->width, page.image->height, quarter_turns,
                         measure.skew_degrees};
  const PageMapping mapping{frame, page.page_width_pt / page.image->width,
                            page.page_height_pt / page.image->height};
  CollectedText text = collect_lines(api_, mapping);
  api_.Clear();  // frees the page, keeps the loaded model for the next one
  attempt.letters_and_digits = text.letters_and_digits;
  attempt.result.lines = std::move(text.lines);
  attempt.result.mean_confidence = text.mean_confidence;
  attempt.result.rotation = (quarter_turns * 90 + text.block_rotation) % 360;
  attempt.result.skew = measure.skew_degrees;
  return attempt;
}

bool TesseractEngine::looks_wrong(const Attempt& attempt, int dpi) {
  const double to_300 = (300.0 / dpi) * (300.0 / dpi);
  const double ink_300 = static_cast<double>(attempt.ink) * to_300;
  if (ink_300 < kMinInkToJudge) return false;
  if (attempt.result.mean_confidence < kSuspectConfidence) return true;
  const double expected_letters = ink_300 / kInkPerLetterAt300Dpi;
  return attempt.letters_and_digits < kMinLetterShareOfInk * expected_letters;
}

// Clockwise quarter turns that put the text upright according to OSD; 0 when OSD is unsure
// or unavailable (then the first reading stands).
int TesseractEngine::detect_quarter_turns(Pix* gray, int dpi) {
  if (osd_failed_) return 0;
  if (!osd_) {
    const std::lock_guard lock(init_mutex());
    osd_ = std::make_unique<tesseract::TessBaseAPI>();
    if (osd_->Init(tessdata_dir(), "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
      osd_failed_ = true;  // no osd.traineddata: pages are read as they come
      return 0;
    }
    osd_->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  }
  osd_->SetImage(gray);
  osd_->SetSourceResolution(dpi);
  int orientation_degrees = 0;
  float orientation_confidence = 0;
  const bool found = osd_->DetectOrientationScript(&orientation_degrees, &orientation_confidence,
                                                   nullptr, nullptr);
  osd_->Clear();
  if (!found || orientation_confidence < kMinOrientationConfidence) return 0;
  // OSD reports how far the image was turned clockwise; turning back is the rest of the circle.
  return (4 - orientation_degrees / 90) % 4;
}

}  // namespace

Result<std::unique_ptr<OcrEngine>> make_tesseract_engine(const std::string& language) {
  auto engine = std::make_unique<TesseractEngine>();
  if (auto status = engine->init(language); !status) return status.error();
  return std::unique_ptr<OcrEngine>(std::move(engine));
}

}  // namespace opcheck::extract::detail
