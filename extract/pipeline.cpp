// The extract pipeline as a list of named, timed steps: read → text layer → running lines →
// OCR decisions → OCR (parallel over pages) → running lines again → dehyphenate → quality.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "extract/detail/file_bytes.h"
#include "extract/detail/hunspell_nl.h"
#include "extract/detail/layout.h"
#include "extract/detail/normalise.h"
#include "extract/detail/ocr_decision.h"
#include "extract/detail/ocr_engine.h"
#include "extract/detail/ocr_repair.h"
#include "extract/detail/ocr_slots.h"
#include "extract/detail/poppler_document.h"
#include "extract/detail/scan_resolution.h"
#include "extract/extract.h"

namespace opcheck::extract {
namespace {

using detail::DutchDictionary;
using detail::PdfDocument;

constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;
constexpr int kInkCheckDpi = 24;

// Per page: did line i of the text layer end in a soft hyphen (a typesetter's break)?
using SoftHyphens = std::vector<std::vector<bool>>;

template <typename Fn>
auto timed(Document& doc, const char* step, Fn&& fn) {
  auto start = std::chrono::steady_clock::now();
  auto finish = [&] {
    doc.timings.push_back({step, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()});
  };
  if constexpr (std::is_void_v<decltype(fn())>) {
    fn();
    finish();
  } else {
    auto result = fn();
    finish();
    return result;
  }
}

void read_text_layer(const PdfDocument& pdf, Document& doc, SoftHyphens& soft) {
  int count = pdf.page_count();
  doc.pages.resize(static_cast<size_t>(count));
  soft.assign(static_cast<size_t>(count), {});
  for (int i = 0; i < count; ++i) {
    Page& page = doc.pages[static_cast<size_t>(i)];
    page.number = i + 1;
    std::tie(page.width, page.height) = pdf.page_size(i);
    page.lines = detail::build_lines(pdf.words(i), soft[static_cast<size_t>(i)]);
  }
}

std::vector<Box> line_boxes(const Page& page) {
  std::vector<Box> boxes;
  for (const Line& l : page.lines) boxes.push_back(l.box);
  return boxes;
}

// Ink per page (dark share outside the text layer, from a low-resolution render); -1 where it
// was not measured. OCR uses it to read the heaviest pages first.
using PageInk = std::vector<double>;

PageInk decide_pages(const PdfDocument& pdf, Document& doc, DutchDictionary& dict, const Options& options) {
  PageInk ink(doc.pages.size(), -1);
  for (Page& page : doc.pages) {
    auto measures = detail::measure_text(body_text(page), dict);
    detail::PageSignals signals{measures.chars, measures.tokens, measures.letter_share, measures.dictionary_rate,
                                measures.word_shape_rate, {}};
    if (measures.chars < detail::kFewCharsForInkCheck && options.allow_ocr) {
      auto image = pdf.render_gray(page.number - 1, kInkCheckDpi);
      if (image) signals.image_ink = detail::ink_outside(*image, line_boxes(page), page.width);
      ink[static_cast<size_t>(page.number - 1)] = signals.image_ink.value_or(-1);
    }
    page.decision = detail::decide_ocr(signals);
    if (options.force_ocr) page.decision = {true, "OCR op verzoek voor alle pagina's"};
    if (!options.allow_ocr && page.decision.needs_ocr) page.decision.reason += "; OCR staat uit";
  }
  return ink;
}

void apply_ocr_result(Page& page, detail::OcrPageResult&& result) {
  page.method = Method::ocr;
  page.rotation = result.rotation;
  page.skew = result.skew;
  page.quality.ocr_confidence = result.mean_confidence;
  page.lines = std::move(result.lines);
  for (Line& line : page.lines) {
    for (Word& w : line.words) w.text = detail::fold_characters(w.text);
    std::erase_if(line.words, [](const Word& w) { return w.text.empty(); });
    detail::refresh_line(line);
  }
  std::erase_if(page.lines, [](const Line& l) { return l.words.empty(); });
}

void ocr_one_page(const PdfDocument& pdf, const detail::ScanResolution& scans, detail::OcrEngine& engine,
                  Page& page, const Options& options) {
  const int dpi = detail::ocr_render_dpi(options.dpi, scans.page_scan_dpi(page.number - 1));
  auto image = pdf.render_gray(page.number - 1, dpi);
  if (!image) {
    page.warning = "OCR niet mogelijk: " + image.error().message;
    return;
  }
  auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(options.page_timeout);
  auto result = engine.read(*image, page.width, page.height, timeout);
  if (!result) {
    page.warning = "OCR afgebroken: " + result.error().message;
    return;
  }
  apply_ocr_result(page, std::move(result).value());
}

// One worker: its own Poppler document and Tesseract engine; pages taken from a shared counter.
void ocr_worker(const std::string& bytes, const std::string& file, std::vector<Page*>& todo,
                std::atomic<size_t>& next, const Options& options) {
  auto pdf = PdfDocument::open(bytes, file);
  const detail::ScanResolution scans(bytes);
  auto engine = options.ocr_engine ? options.ocr_engine() : detail::make_tesseract_engine("nld");
  for (size_t i = next++; i < todo.size(); i = next++) {
    if (!pdf || !engine) {
      todo[i]->warning = "OCR niet mogelijk: " + (!pdf ? pdf.error().message : engine.error().message);
      continue;
    }
    const detail::OcrSlot slot(options.ocr_slots_file, options.ocr_slots);
    ocr_one_page(*pdf, scans, **engine, *todo[i], options);
  }
}

void ocr_pages(const std::string& bytes, Document& doc, const Options& options, const PageInk& ink) {
  std::vector<Page*> todo;
  for (Page& page : doc.pages)
    if (page.decision.needs_ocr && options.allow_ocr) todo.push_back(&page);
  if (todo.empty()) return;
  // Heaviest pages first (unmeasured ones count as heavy): the light pages then fill the end,
  // so no worker sits idle long while another reads a full page alone.
  auto weight = [&](const Page* p) {
    const double w = ink[static_cast<size_t>(p->number - 1)];
    return w < 0 ? 1.0 : w;
  };
  std::stable_sort(todo.begin(), todo.end(), [&](const Page* a, const Page* b) { return weight(a) > weight(b); });
  std::atomic<size_t> next{0};
  size_t workers = std::min(todo.size(), static_cast<size_t>(std::max(1, options.threads)));
  std::vector<std::thread> threads;
  for (size_t w = 1; w < workers; ++w)
    threads.emplace_back([&] { ocr_worker(bytes, doc.file, todo, next, options); });
  ocr_worker(bytes, doc.file, todo, next, options);
  for (auto& t : threads) t.join();
}

// OCR confusions (I/l, rn/m, letters in dates, split words) repaired on OCR pages only: a
// text layer's words are exact. Runs after dehyphenation, on whole words: Tesseract also splits
// words broken at a line end ("samenwerking sver-" + "band").
void repair_ocr_pages(Document& doc, DutchDictionary& dict) {
  const detail::WordCheck is_word = [&dict](std::string_view w) { return dict.accepts(w); };
  const auto spelling = detail::spelling_of(doc.pages);
  for (Page& page : doc.pages)
    if (page.method == Method::ocr) detail::repair_ocr_lines(page.lines, is_word, &spelling);
}

// Dehyphenation runs over the body lines of the whole document in reading order, so a word
// broken over a page end is joined (on the page where it starts).
void finish_pages(Document& doc, SoftHyphens& soft, DutchDictionary& dict) {
  std::vector<Line*> body;
  std::vector<Line> body_copy;
  std::vector<bool> soft_body;
  for (Page& page : doc.pages) {
    auto& page_soft = soft[static_cast<size_t>(page.number - 1)];
    for (size_t i = 0; i < page.lines.size(); ++i) {
      if (page.lines[i].role != LineRole::body) continue;
      body.push_back(&page.lines[i]);
      body_copy.push_back(std::move(page.lines[i]));
      soft_body.push_back(page.method == Method::text && i < page_soft.size() && page_soft[i]);
    }
  }
  const auto vocabulary = detail::inner_words(body_copy);
  detail::join_hyphenated_lines(body_copy, soft_body, dict, &vocabulary);
  for (size_t i = 0; i < body.size(); ++i) {
    *body[i] = std::move(body_copy[i]);
    detail::refresh_line(*body[i]);
  }
  repair_ocr_pages(doc, dict);
  for (Page& page : doc.pages) {
    std::erase_if(page.lines, [](const Line& l) { return l.words.empty(); });
    auto measures = detail::measure_text(body_text(page), dict);
    page.quality.dictionary_rate = measures.dictionary_rate;
    page.quality.letter_share = measures.letter_share;
  }
}

void summarise(Document& doc) {
  DocumentQuality& q = doc.quality;
  q.pages = static_cast<int>(doc.pages.size());
  double rate_sum = 0, conf_sum = 0;
  for (const Page& page : doc.pages) {
    rate_sum += page.quality.dictionary_rate;
    if (page.method == Method::ocr) {
      ++q.ocr_pages;
      conf_sum += page.quality.ocr_confidence.value_or(0);
    }
  }
  q.dictionary_rate = q.pages ? rate_sum / q.pages : 0;
  if (q.ocr_pages) q.ocr_confidence = conf_sum / q.ocr_pages;
}

}  // namespace

Status warm_up() {
  detail::silence_poppler_messages();
  auto dict = DutchDictionary::shared();
  if (!dict) return dict.error();
  return Ok{};
}

bool is_dutch_word(std::string_view word) {
  auto dict = DutchDictionary::shared();
  return dict && (*dict)->accepts(word);
}

Result<Document> extract_in_process(const std::filesystem::path& pdf_path, const Options& options) {
  Document doc;
  doc.file = pdf_path.filename().string();
  auto warmed = warm_up();
  if (!warmed) return warmed.error();
  DutchDictionary& dict = **DutchDictionary::shared();
  auto bytes = timed(doc, "lezen", [&] { return detail::read_bytes(pdf_path, kMaxFileBytes); });
  if (!bytes) return bytes.error();
  doc.sha256 = detail::sha256_hex(*bytes);
  auto pdf = timed(doc, "openen", [&] { return PdfDocument::open(*bytes, doc.file); });
  if (!pdf) return pdf.error();
  SoftHyphens soft;
  timed(doc, "tekstlaag", [&] { read_text_layer(*pdf, doc, soft); });
  timed(doc, "kop_voet", [&] { detail::mark_running_lines(doc.pages); });
  const PageInk ink = timed(doc, "ocr_besluit", [&] { return decide_pages(*pdf, doc, dict, options); });
  timed(doc, "ocr", [&] { ocr_pages(*bytes, doc, options, ink); });
  timed(doc, "kop_voet", [&] { detail::mark_running_lines(doc.pages); });
  timed(doc, "normaliseren", [&] { finish_pages(doc, soft, dict); });
  summarise(doc);
  return doc;
}

}  // namespace opcheck::extract
