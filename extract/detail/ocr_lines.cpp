// Reads Tesseract's result iterator into Lines of Words with boxes in page points (see
// ocr_lines.h). Tesseract owns the iterator's strings; they are copied and freed here.
#include "extract/detail/ocr_lines.h"

#include <leptonica/allheaders.h>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

#include "extract/detail/ocr_stroke.h"

namespace opcheck::extract::detail {

namespace {

// Tesseract's row height spans descender to ascender: close to one em in common text faces
// (11 pt Helvetica, rendered with its DejaVu Sans substitute, measures 11.0 pt).
constexpr double kEmPerRowHeight = 1.0;

struct DeleteText {
  void operator()(char* text) const { delete[] text; }
};

Box page_box(const tesseract::ResultIterator& it, tesseract::PageIteratorLevel level,
             const PageMapping& mapping) {
  int left = 0, top = 0, right = 0, bottom = 0;
  it.BoundingBox(level, &left, &top, &right, &bottom);
  // Map all four corners: after undoing a turn or a deskew any of them may be the extreme one.
  const std::array<ImageFrame::Point, 4> corners{{{double(left), double(top)},
                                                  {double(right), double(top)},
                                                  {double(left), double(bottom)},
                                                  {double(right), double(bottom)}}};
  Box box{1e300, 1e300, -1e300, -1e300};
  for (const auto& corner : corners) {
    const auto p = mapping.frame.to_page_pixels(corner);
    box.x0 = std::min(box.x0, p.x * mapping.points_per_pixel_x);
    box.x1 = std::max(box.x1, p.x * mapping.points_per_pixel_x);
    box.y0 = std::min(box.y0, p.y * mapping.points_per_pixel_y);
    box.y1 = std::max(box.y1, p.y * mapping.points_per_pixel_y);
  }
  return box;
}

Box unite(const Box& a, const Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

// Clockwise degrees that turn the current line's baseline into a left-to-right horizontal one.
// Tesseract reads a page of sideways text by turning it internally, yet reports its blocks as
// upright; the baseline, in image coordinates, still shows which way the text runs.
int line_rotation(const tesseract::ResultIterator& it) {
  int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  if (!it.Baseline(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2)) return 0;
  const int dx = x2 - x1;
  const int dy = y2 - y1;
  if (std::abs(dy) > std::abs(dx)) return dy > 0 ? 270 : 90;
  return dx < 0 ? 180 : 0;
}

std::size_t quarter_index(int degrees) { return static_cast<std::size_t>(degrees / 90); }

Line start_line(const tesseract::ResultIterator& it, const PageMapping& mapping) {
  Line line;
  float row_height = 0, descenders = 0, ascenders = 0;
  it.RowAttributes(&row_height, &descenders, &ascenders);
  // Sideways blocks measure their rows along the page's x axis; the scales agree in practice.
  const double scale = (mapping.points_per_pixel_x + mapping.points_per_pixel_y) / 2;
  line.font_size = row_height * scale * kEmPerRowHeight;
  return line;
}

int count_letters_and_digits(const std::string& text) {
  // Any byte of a multi-byte UTF-8 sequence counts once per sequence via its lead byte.
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0xC0;
  }));
}

PixelBox line_pixels(const tesseract::ResultIterator& it) {
  PixelBox box;
  it.BoundingBox(tesseract::RIL_TEXTLINE, &box.left, &box.top, &box.right, &box.bottom);
  return box;
}

// Marks the bold lines from the stroke width of their ink in Tesseract's binary image.
void mark_bold(tesseract::TessBaseAPI& api, const std::vector<PixelBox>& boxes, std::vector<Line>& lines) {
  Pix* binary = api.GetThresholdedImage();
  if (binary == nullptr) return;
  std::vector<double> ratios;
  for (const PixelBox& box : boxes) ratios.push_back(stroke_ratio(binary, box));
  pixDestroy(&binary);
  const auto bold = bold_lines(ratios);
  for (std::size_t i = 0; i < lines.size() && i < bold.size(); ++i) lines[i].bold = bold[i];
}

}  // namespace

CollectedText collect_lines(tesseract::TessBaseAPI& api, const PageMapping& mapping) {
  CollectedText out;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return out;
  std::vector<PixelBox> line_boxes;
  std::array<int, 4> words_by_rotation{};  // indexed by quarter turns
  int rotation = 0;
  double confidence_sum = 0;
  bool line_open = false;
  it->Begin();
  do {
    if (it->Empty(tesseract::RIL_WORD)) continue;
    std::unique_ptr<char[], DeleteText> text(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!text || text[0] == '\0') continue;
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || !line_open) {
      out.lines.push_back(start_line(*it, mapping));
      line_boxes.push_back(line_pixels(*it));
      rotation = line_rotation(*it);
      line_open = true;
    }
    Word word{text.get(), page_box(*it, tesseract::RIL_WORD, mapping),
              std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.0, 0.0, 1.0)};
    Line& line = out.lines.back();
    line.box = line.words.empty() ? word.box : unite(line.box, word.box);
    line.text += (line.text.empty() ? "" : " ") + word.text;
    confidence_sum += word.confidence;
    out.letters_and_digits += count_letters_and_digits(word.text);
    ++words_by_rotation[quarter_index(rotation)];
    line.words.push_back(std::move(word));
    ++out.words;
    if (it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD)) line_open = false;
  } while (it->Next(tesseract::RIL_WORD));
  if (out.words > 0) out.mean_confidence = confidence_sum / out.words;
  mark_bold(api, line_boxes, out.lines);
  const auto most = std::max_element(words_by_rotation.begin(), words_by_rotation.end());
  out.block_rotation = static_cast<int>(most - words_by_rotation.begin()) * 90;
  return out;
}

}  // namespace opcheck::extract::detail
