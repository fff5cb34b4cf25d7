// Tests of the Tesseract OCR engine (extract/detail/ocr_engine.h) on real page images: a small
// hand-written PDF with known Dutch text in Helvetica, rendered at 300 dpi with poppler-cpp,
// upright, turned by /Rotate, and skewed by a rotated text matrix.
#include <gtest/gtest.h>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <numbers>
#include <sstream>
#include <thread>

#include "extract/detail/ocr_engine.h"

namespace opcheck::extract::detail {
namespace {

using namespace std::chrono_literals;

// 11 pt Helvetica, 14 pt leading, first baseline at y = 770 of an A4 page (595 x 842 pt).
const std::vector<std::string> kLines = {
    "Het samenwerkingsverband passend onderwijs stelt ten minste eens in de",
    "vier jaar een ondersteuningsplan vast. In dit plan staat hoe de scholen",
    "samen zorgen voor een dekkend geheel van ondersteuning, zodat iedere",
    "leerling een passende plek krijgt. Het bestuur legt het ontwerp voor aan",
    "de ondersteuningsplanraad, die instemming moet geven voordat het plan",
    "wordt vastgesteld. Daarnaast voert het samenwerkingsverband op",
    "overeenstemming gericht overleg met de gemeenten in de regio.",
    "Het plan beschrijft de basisondersteuning die elke school biedt, de",
    "procedure voor toelaatbaarheidsverklaringen en de verdeling van middelen.",
    "Ouders worden tijdig ge\u00efnformeerd over de mogelijkheden van extra",
    "ondersteuning en over de wijze waarop zij bezwaar kunnen maken.",
    "De inspectie van het onderwijs beoordeelt of het plan voldoet aan de",
    "wettelijke eisen en of de kwaliteitszorg op orde is. Zij kijkt daarbij",
    "naar de doelen, de resultaten en de verantwoording over de besteding van",
    "de ondersteuningsmiddelen in het afgelopen schooljaar.",
    "Thuiszitters verdienen bijzondere aandacht: het samenwerkingsverband",
    "houdt bij hoeveel leerlingen langer dan vier weken verzuimen en welke",
    "afspraken met leerplicht zijn gemaakt om hen weer naar school te leiden.",
};
constexpr double kPageWidth = 595;
constexpr double kPageHeight = 842;
constexpr double kLeft = 72;
constexpr double kFirstBaseline = 770;  // PDF y, origin bottom-left
constexpr double kLeading = 14;
constexpr double kFontSize = 11;
constexpr double kHetWidth = (722 + 556 + 278) / 1000.0 * kFontSize;  // Helvetica advance widths
constexpr double kCapHeight = 0.718 * kFontSize;
constexpr int kDpi = 300;

struct PageSpec {
  int rotate = 0;            // /Rotate of the page
  double text_degrees = 0;   // text matrix turned counter-clockwise about the page origin
  bool blank = false;
};

// A UTF-8 line as a PDF literal string in WinAnsiEncoding (Latin-1 for the letters used here).
std::string pdf_string(const std::string& utf8) {
  std::string out = "(";
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0xC0) {  // two-byte sequence: U+0080..U+07FF
      const int code = ((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F);
      char octal[8];
      std::snprintf(octal, sizeof octal, "\\%03o", code);
      out += octal;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + ")";
}

std::string content_stream(const PageSpec& spec) {
  if (spec.blank) return "";
  std::ostringstream out;
  const double a = spec.text_degrees * std::numbers::pi / 180;
  out << "q " << std::cos(a) << ' ' << std::sin(a) << ' ' << -std::sin(a) << ' ' << std::cos(a)
      << " 0 0 cm\nBT /F1 " << kFontSize << " Tf " << kLeading << " TL " << kLeft << ' '
      << kFirstBaseline << " Td\n";
  for (const auto& line : kLines) out << pdf_string(line) << " Tj T*\n";
  out << "ET Q\n";
  return out.str();
}

std::string make_pdf(const std::vector<PageSpec>& pages) {
  std::vector<std::string> objects;
  std::string kids;
  for (std::size_t i = 0; i < pages.size(); ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) +
                    " >>");
  objects.push_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  for (std::size_t i = 0; i < pages.size(); ++i) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate " +
                      std::to_string(pages[i].rotate) +
                      " /Resources << /Font << /F1 3 0 R >> >> /Contents " +
                      std::to_string(5 + 2 * i) + " 0 R >>");
    const std::string stream = content_stream(pages[i]);
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                      "\nendstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const auto offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

GrayImage render(const PageSpec& spec) {
  const std::string pdf = make_pdf({spec});
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  EXPECT_TRUE(doc);
  std::unique_ptr<poppler::page> page(doc->create_page(0));
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image rendered = renderer.render_page(page.get(), kDpi, kDpi);
  GrayImage image;
  image.width = rendered.width();
  image.height = rendered.height();
  image.dpi = kDpi;
  image.pixels.resize(static_cast<std::size_t>(image.width) * image.height);
  for (int y = 0; y < image.height; ++y) {
    std::memcpy(image.pixels.data() + static_cast<std::size_t>(y) * image.width,
                rendered.const_data() + static_cast<std::ptrdiff_t>(y) * rendered.bytes_per_row(),
                static_cast<std::size_t>(image.width));
  }
  return image;
}

std::vector<std::string> split_words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// 1 - (word-level edit distance / reference words).
double word_accuracy(const std::vector<Line>& lines) {
  std::string reference, read;
  for (const auto& line : kLines) reference += line + "\n";
  for (const auto& line : lines) read += line.text + "\n";
  const auto ref = split_words(reference);
  const auto hyp = split_words(read);
  std::vector<std::size_t> previous(hyp.size() + 1), current(hyp.size() + 1);
  for (std::size_t j = 0; j <= hyp.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= ref.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= hyp.size(); ++j) {
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (ref[i - 1] == hyp[j - 1] ? 0 : 1)});
    }
    std::swap(previous, current);
  }
  return 1.0 - static_cast<double>(previous[hyp.size()]) / static_cast<double>(ref.size());
}

const Word* find_word(const OcrPageResult& result, const std::string& text) {
  for (const auto& line : result.lines) {
    for (const auto& word : line.words) {
      if (word.text == text) return &word;
    }
  }
  return nullptr;
}

class TesseractEngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto made = make_tesseract_engine("nld");
    ASSERT_TRUE(made) << made.error().message;
    engine_ = std::move(made.value()).release();
  }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }

  // Reads a rendered page once per spec (several tests look at the same reading); the page
  // size as displayed follows from the image size.
  static const OcrPageResult& read_page(const PageSpec& spec) {
    const auto key = std::to_string(spec.rotate) + "/" + std::to_string(spec.text_degrees) + "/" +
                     std::to_string(spec.blank);
    if (auto found = readings_.find(key); found != readings_.end()) return found->second;
    const GrayImage image = render(spec);
    auto result = engine_->read(image, image.width * 72.0 / kDpi, image.height * 72.0 / kDpi, 60s);
    EXPECT_TRUE(result) << result.error().message;
    return readings_[key] = result ? std::move(result).value() : OcrPageResult{};
  }

  static OcrEngine* engine_;
  static std::map<std::string, OcrPageResult> readings_;
};

OcrEngine* TesseractEngineTest::engine_ = nullptr;
std::map<std::string, OcrPageResult> TesseractEngineTest::readings_;

TEST_F(TesseractEngineTest, ReadsUprightPageWithKnownText) {
  const auto& result = read_page({});
  EXPECT_GE(word_accuracy(result.lines), 0.97);
  EXPECT_EQ(result.lines.size(), kLines.size());
  EXPECT_EQ(result.rotation, 0);
  EXPECT_EQ(result.skew, 0);
  ASSERT_FALSE(result.lines.empty());
  EXPECT_NEAR(result.lines.front().font_size, kFontSize, 1.0);
}

TEST_F(TesseractEngineTest, ReportsConfidencesBetweenZeroAndOne) {
  const auto& result = read_page({});
  ASSERT_FALSE(result.lines.empty());
  for (const auto& line : result.lines) {
    for (const auto& word : line.words) {
      EXPECT_GE(word.confidence, 0.0) << word.text;
      EXPECT_LE(word.confidence, 1.0) << word.text;
    }
  }
  EXPECT_GT(result.mean_confidence, 0.8);
  EXPECT_LE(result.mean_confidence, 1.0);
}

TEST_F(TesseractEngineTest, PlacesWordBoxesWhereTheWordsArePrinted) {
  const auto& result = read_page({});
  ASSERT_FALSE(result.lines.empty());
  const Word& het = result.lines.front().words.front();
  EXPECT_EQ(het.text, "Het");
  const double baseline = kPageHeight - kFirstBaseline;  // from the top
  EXPECT_NEAR(het.box.x0, kLeft, 2.0);
  EXPECT_NEAR(het.box.x1, kLeft + kHetWidth, 2.0);
  EXPECT_NEAR(het.box.y0, baseline - kCapHeight, 2.0);
  EXPECT_NEAR(het.box.y1, baseline, 2.0);
  // "afspraken" opens the last line; its 'p' hangs below the baseline.
  const Word* afspraken = find_word(result, "afspraken");
  ASSERT_NE(afspraken, nullptr);
  const double last_baseline = baseline + kLeading * static_cast<double>(kLines.size() - 1);
  EXPECT_NEAR(afspraken->box.x0, kLeft, 2.0);
  EXPECT_NEAR(afspraken->box.y1, last_baseline + 0.21 * kFontSize, 2.0);
  const Line& last = result.lines.back();
  EXPECT_NEAR(last.box.x0, kLeft, 2.0);
  EXPECT_LT(last.box.x1, kPageWidth - kLeft + 10);
}

TEST_F(TesseractEngineTest, ReadsPageTurnedQuarterClockwiseUpright) {
  const auto& result = read_page({.rotate = 90});
  EXPECT_EQ(result.rotation, 270);
  EXPECT_GE(word_accuracy(result.lines), 0.95);
  // On the displayed (landscape) page the text runs top to bottom near the right-hand side.
  const Word* het = find_word(result, "Het");
  ASSERT_NE(het, nullptr);
  EXPECT_NEAR(het->box.x0, kFirstBaseline, 2.0);
  EXPECT_NEAR(het->box.x1, kFirstBaseline + kCapHeight, 2.0);
  EXPECT_NEAR(het->box.y0, kLeft, 2.0);
  EXPECT_NEAR(het->box.y1, kLeft + kHetWidth, 2.0);
}

TEST_F(TesseractEngineTest, ReadsUpsideDownPageUpright) {
  const auto& result = read_page({.rotate = 180});
  EXPECT_EQ(result.rotation, 180);
  EXPECT_GE(word_accuracy(result.lines), 0.95);
  const Word* het = find_word(result, "Het");
  ASSERT_NE(het, nullptr);
  EXPECT_NEAR(het->box.x1, kPageWidth - kLeft, 2.0);
  EXPECT_NEAR(het->box.x0, kPageWidth - kLeft - kHetWidth, 2.0);
  EXPECT_NEAR(het->box.y0, kFirstBaseline, 2.0);
  EXPECT_NEAR(het->box.y1, kFirstBaseline + kCapHeight, 2.0);
}

TEST_F(TesseractEngineTest, ReadsPageTurnedQuarterCounterClockwiseUpright) {
  const auto& result = read_page({.rotate = 270});
  EXPECT_EQ(result.rotation, 90);
  EXPECT_GE(word_accuracy(result.lines), 0.95);
  const Word* het = find_word(result, "Het");
  ASSERT_NE(het, nullptr);
  EXPECT_NEAR(het->box.x1, kPageHeight - kFirstBaseline, 2.0);
  EXPECT_NEAR(het->box.y1, kPageWidth - kLeft, 2.0);
}

TEST_F(TesseractEngineTest, DeskewsPageSkewedByOneAndAHalfDegrees) {
  // Text turned 1.5 degrees counter-clockwise must be turned 1.5 degrees clockwise to level it.
  const auto& result = read_page({.text_degrees = 1.5});
  EXPECT_NEAR(result.skew, 1.5, 0.5);
  EXPECT_EQ(result.rotation, 0);
  EXPECT_GE(word_accuracy(result.lines), 0.97);
  // The box still points at the skewed print on the page as displayed.
  const double a = 1.5 * std::numbers::pi / 180;
  const double start_x = kLeft * std::cos(a) - kFirstBaseline * std::sin(a);
  const double start_y = kPageHeight - (kLeft * std::sin(a) + kFirstBaseline * std::cos(a));
  const Word* het = find_word(result, "Het");
  ASSERT_NE(het, nullptr);
  EXPECT_NEAR(het->box.x0, start_x, 2.5);
  EXPECT_NEAR(het->box.y1, start_y, 2.5);
}

TEST_F(TesseractEngineTest, ReadsBlankPageAsNoLines) {
  const auto& result = read_page({.blank = true});
  EXPECT_TRUE(result.lines.empty());
  EXPECT_EQ(result.mean_confidence, 0);
  EXPECT_EQ(result.rotation, 0);
}

TEST_F(TesseractEngineTest, ReportsLimitWhenDeadlinePasses) {
  const GrayImage image = render({});
  const auto result = engine_->read(image, kPageWidth, kPageHeight, 1ms);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::limit);
  EXPECT_NE(result.error().message.find("tijdslimiet"), std::string::npos);
}

TEST_F(TesseractEngineTest, ReadsNextPageNormallyAfterATimeout) {
  const GrayImage image = render({});
  ASSERT_FALSE(engine_->read(image, kPageWidth, kPageHeight, 1ms));
  const auto result = engine_->read(image, kPageWidth, kPageHeight, 60s);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_GE(word_accuracy(result->lines), 0.97);
}

TEST_F(TesseractEngineTest, RejectsImageWhosePixelsDoNotMatchItsSize) {
  GrayImage image;
  image.width = 100;
  image.height = 100;
  image.pixels.assign(50, 255);
  const auto result = engine_->read(image, kPageWidth, kPageHeight, 60s);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::internal);
}

std::string joined_text(const std::vector<Line>& lines) {
  std::string text;
  for (const auto& line : lines) text += line.text + "\n";
  return text;
}

TEST(TesseractEngine, EnginesMadeOnTwoThreadsReadTheSamePageIdentically) {
  const GrayImage image = render({});
  std::string texts[2];
  std::string errors[2];
  std::vector<std::thread> workers;
  for (int w = 0; w < 2; ++w) {
    workers.emplace_back([&, w] {
      auto engine = make_tesseract_engine("nld");
      if (!engine) {
        errors[w] = engine.error().message;
        return;
      }
      auto result = (*engine)->read(image, kPageWidth, kPageHeight, 60s);
      if (result) texts[w] = joined_text(result->lines);
      else errors[w] = result.error().message;
    });
  }
  for (auto& worker : workers) worker.join();
  EXPECT_EQ(errors[0], "");
  EXPECT_EQ(errors[1], "");
  EXPECT_FALSE(texts[0].empty());
  EXPECT_EQ(texts[0], texts[1]);
}

TEST(TesseractEngine, FailsWithEngineErrorForUnknownLanguage) {
  const auto made = make_tesseract_engine("xx_onbekend");
  ASSERT_FALSE(made);
  EXPECT_EQ(made.error().kind, ErrorKind::engine);
  EXPECT_NE(made.error().message.find("xx_onbekend"), std::string::npos);
}

}  // namespace
}  // namespace opcheck::extract::detail
