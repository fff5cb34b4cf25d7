// The per-page OCR decision as a pure function of measured page signals, with a Dutch reason
// for the log and the report. Unit-tested without any engine.
#pragma once

#include <optional>

#include "extract/extract.h"

namespace opcheck::extract::detail {

struct PageSignals {
  int body_chars = 0;                 // non-space characters in body lines of the text layer
  int word_tokens = 0;                // ICU word tokens in the body
  double letter_share = 0;            // letters among non-space body characters
  double dictionary_rate = 0;         // share of sampled tokens Hunspell-nl accepts
  double word_shape_rate = 1;         // share of sampled tokens shaped like words (see measure_text)
  std::optional<double> image_ink;    // dark share of the page outside text boxes (low-res render)
};

// Below this many body characters a page may be a scan with a typed footer: measure its ink.
constexpr int kFewCharsForInkCheck = 400;

OcrDecision decide_ocr(const PageSignals& signals);

// Text-quality measures of a body text.
struct TextMeasures {
  int chars = 0;
  int tokens = 0;
  double letter_share = 0;
  double dictionary_rate = 0;
  // Share of sampled tokens that look like words of any language: letters with a vowel, and
  // lower, Capitalised or ALL-CAPS. Keeps English or Frisian pages from being OCR'd.
  double word_shape_rate = 0;
};

class DutchDictionary;
// Samples at most `max_checked` tokens (spread over the text) for the dictionary rate.
TextMeasures measure_text(const std::string& text, DutchDictionary& dictionary, int max_checked = 80);

// Share of dark pixels (below mid-gray) in `image`, ignoring the rectangles of `text_boxes`
// (in points; the image spans the page of `page_width_pt`).
double ink_outside(const struct GrayImage& image, const std::vector<Box>& text_boxes, double page_width_pt);

}  // namespace opcheck::extract::detail
