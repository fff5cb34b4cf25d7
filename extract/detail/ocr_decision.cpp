// Thresholds of the OCR decision and the text measures it rests on. The thresholds were set
// on the sample corpus: born-digital Dutch prose scores > 0.8 on the dictionary rate, broken
// font encodings < 0.3; a scanned letter page shows > 2 % ink outside any text box.
#include "extract/detail/ocr_decision.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdio>

#include "extract/detail/hunspell_nl.h"
#include "extract/detail/normalise.h"
#include "extract/detail/ocr_engine.h"

namespace opcheck::extract::detail {
namespace {

constexpr double kImageInkShare = 0.02;
constexpr int kMinTokensForGarbageTest = 15;
constexpr double kMinLetterShare = 0.5;
constexpr double kMinDictionaryRate = 0.35;
constexpr double kMinWordShapeRate = 0.8;

std::string percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", share * 100);
  return buf;
}

bool is_word_shaped(const std::string& token) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(token);
  int upper = 0, lower = 0, vowels = 0, length = 0;
  bool upper_after_lower = false;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c)) return false;
    ++length;
    if (u_isupper(c)) {
      if (length > 1 && lower > 0) upper_after_lower = true;
      ++upper;
    } else {
      ++lower;
    }
    UChar32 base = u_tolower(c);
    if (base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u' || base == 'y' || base > 0x7F) ++vowels;
  }
  return length > 0 && (vowels > 0 || length <= 3) && !upper_after_lower;
}

}  // namespace

OcrDecision decide_ocr(const PageSignals& s) {
  if (s.body_chars == 0 && (!s.image_ink || *s.image_ink > 0.001))
    return {true, "geen tekstlaag op deze pagina"};
  if (s.body_chars == 0) return {false, "lege pagina"};
  if (s.body_chars < kFewCharsForInkCheck && s.image_ink && *s.image_ink > kImageInkShare)
    return {true, "pagina is een afbeelding (scan) met weinig tekst (" + std::to_string(s.body_chars) +
                      " tekens, " + percent(*s.image_ink) + " inkt buiten de tekst)"};
  bool foreign_but_wordlike = s.word_shape_rate >= kMinWordShapeRate;
  if (s.word_tokens >= kMinTokensForGarbageTest &&
      (s.letter_share < kMinLetterShare || (s.dictionary_rate < kMinDictionaryRate && !foreign_but_wordlike)))
    return {true, "tekstlaag onleesbaar (" + percent(s.dictionary_rate) + " Nederlandse woorden, " +
                      percent(s.letter_share) + " letters)"};
  return {false, "tekstlaag bruikbaar (" + percent(s.dictionary_rate) + " Nederlandse woorden)"};
}

TextMeasures measure_text(const std::string& text, DutchDictionary& dictionary, int max_checked) {
  TextMeasures m;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  int letters = 0;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isspace(c)) continue;
    ++m.chars;
    if (u_isalpha(c)) ++letters;
  }
  m.letter_share = m.chars ? static_cast<double>(letters) / m.chars : 0;
  auto tokens = word_tokens(text);
  m.tokens = static_cast<int>(tokens.size());
  if (tokens.empty()) return m;
  size_t step = std::max<size_t>(1, tokens.size() / static_cast<size_t>(max_checked));
  int checked = 0, accepted = 0, shaped = 0;
  for (size_t i = 0; i < tokens.size(); i += step) {
    ++checked;
    if (dictionary.accepts(tokens[i])) ++accepted;
    if (is_word_shaped(tokens[i])) ++shaped;
  }
  m.dictionary_rate = static_cast<double>(accepted) / checked;
  m.word_shape_rate = static_cast<double>(shaped) / checked;
  return m;
}

double ink_outside(const GrayImage& image, const std::vector<Box>& text_boxes, double page_width_pt) {
  if (image.width == 0 || image.height == 0 || page_width_pt <= 0) return 0;
  std::vector<uint8_t> masked(image.pixels.size(), 0);
  double scale = image.width / page_width_pt;
  for (const Box& b : text_boxes) {
    int x0 = std::max(0, static_cast<int>(b.x0 * scale) - 1), x1 = std::min(image.width, static_cast<int>(b.x1 * scale) + 2);
    int y0 = std::max(0, static_cast<int>(b.y0 * scale) - 1), y1 = std::min(image.height, static_cast<int>(b.y1 * scale) + 2);
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) masked[static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x)] = 1;
  }
  size_t dark = 0;
  for (size_t i = 0; i < image.pixels.size(); ++i)
    if (!masked[i] && image.pixels[i] < 160) ++dark;
  return static_cast<double>(dark) / static_cast<double>(image.pixels.size());
}

}  // namespace opcheck::extract::detail
