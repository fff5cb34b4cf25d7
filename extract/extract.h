// Public interface of the extract stage: a PDF file in, pages of normalised UTF-8 text out,
// every line and word with its box on the page and how it was obtained (text layer or OCR).
// Plain value structs only; no Poppler, Tesseract, ICU or Hunspell type crosses this header.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <mutex>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "opcheck/result.h"

namespace opcheck::extract {

// A rectangle in PDF points, origin at the top-left of the (unrotated, as displayed) page.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct Word {
  std::string text;        // normalised
  Box box;
  double confidence = 1;   // 0..1; 1 for text-layer words
};

enum class LineRole { body, header, footer, page_number };
// The stored and JSON name of a role ("tekst", "kop", "voet", "paginanummer") and back.
const char* role_name(LineRole role);
LineRole role_from(const std::string& name);

struct Line {
  std::string text;        // normalised, words joined by single spaces
  Box box;
  double font_size = 0;    // points; estimated from the box height for OCR lines
  std::string font_name;   // empty for OCR lines
  bool bold = false;
  LineRole role = LineRole::body;
  std::vector<Word> words;
};

enum class Method { text, ocr };

// Why a page was (or was not) OCR'd; the reason is Dutch and shown in logs and reports.
struct OcrDecision {
  bool needs_ocr = false;
  std::string reason;
};

struct PageQuality {
  double dictionary_rate = 0;                 // share of word tokens Hunspell-nl accepts
  double letter_share = 0;                    // share of letters among non-space characters
  std::optional<double> ocr_confidence;       // mean word confidence 0..1, OCR pages only
};

struct Page {
  int number = 0;          // 1-based
  double width = 0, height = 0;  // points, as displayed
  Method method = Method::text;
  OcrDecision decision;
  int rotation = 0;        // degrees the OCR image was turned to read it upright (0, 90, 180, 270)
  double skew = 0;         // degrees of skew corrected before OCR
  PageQuality quality;
  std::vector<Line> lines; // reading order; includes header/footer lines with their role
  std::optional<std::string> warning;  // soft failure on this page (e.g. OCR timed out), Dutch
};

struct DocumentQuality {
  int pages = 0;
  int ocr_pages = 0;
  double dictionary_rate = 0;                 // over all body words
  std::optional<double> ocr_confidence;       // mean over OCR pages
};

// Wall time of one named pipeline step, for logs and the per-stage time split.
struct StepTime {
  std::string step;
  double seconds = 0;
};

struct Document {
  std::string file;        // base name
  std::string sha256;      // of the input bytes
  std::vector<Page> pages;
  DocumentQuality quality;
  std::vector<StepTime> timings;
};

namespace detail {
class OcrEngine;
}
// Makes one OCR engine per worker. Empty: Tesseract with Dutch. Tests plug in fakes here to
// drive the timeout and crash paths through the same seam production uses.
using OcrEngineFactory = std::function<Result<std::unique_ptr<detail::OcrEngine>>()>;

struct Options {
  int threads = 1;                                  // OCR workers within one document
  int dpi = 300;  // OCR render resolution; scans captured at 200 dpi up to this are read at their own
  std::chrono::seconds page_timeout{120};           // per OCR page; soft failure
  std::chrono::seconds document_timeout{1800};      // whole document in the child process
  std::size_t memory_limit_bytes = std::size_t{3} << 30;  // address-space cap of the child
  bool force_ocr = false;                           // OCR every page (tests, benchmarks)
  bool allow_ocr = true;                            // false: text layer only
  OcrEngineFactory ocr_engine;                      // empty: Tesseract nld
  // Shared OCR budget across documents extracted at once: a file whose first `ocr_slots` bytes
  // are slots, each locked by the worker reading a page (see detail/ocr_slots.h). Empty: no
  // budget beyond `threads` per document.
  std::filesystem::path ocr_slots_file;
  int ocr_slots = 0;
};

// Body text of a page: body lines joined by '\n' (headers, footers, page numbers left out).
std::string body_text(const Page& page);

// The contract format of report-contract.md: every page's body text, pages separated by '\f'.
std::string to_contract_text(const Document& doc);

// Extracts in this process. Hostile input may crash the process: prefer extract_isolated.
Result<Document> extract_in_process(const std::filesystem::path& pdf, const Options& options);

// Extracts in a child process with time and memory limits, so a library crash or hang on one
// file becomes an Error for that file only. It forks: may be called from several threads at
// once, provided other threads hold fork_gate() while they run library code with internal
// locks (ICU, Hunspell, SQLite), so no child starts life with such a lock taken.
Result<Document> extract_isolated(const std::filesystem::path& pdf, const Options& options);
std::mutex& fork_gate();

// The document as JSON (pages with method, quality, lines with boxes); the format of
// `opcheck extract --format json` and of the child process's answer.
std::string to_json_text(const Document& doc, bool pretty = false);
Result<Document> document_from_json(const std::string& json);

// Word and sentence segments of a normalised text by ICU's break iterators (Dutch rules),
// as byte ranges into `text`.
struct Span {
  std::size_t begin = 0, end = 0;
};
std::vector<Span> split_words(std::string_view text);
std::vector<Span> split_sentences(std::string_view text);

// SHA-256 (hex) of a file's bytes: the key under which a plan is stored.
Result<std::string> file_sha256(const std::filesystem::path& path);

// Whether Hunspell-nl accepts `word` (cached). For the analyse stage's decompounding.
// Not thread-safe: call from one thread. False when the dictionary is missing.
bool is_dutch_word(std::string_view word);

// The repair the pipeline applies to OCR'd pages (detail/ocr_repair.h), on a passage of text
// with '\n' between lines: words broken at a line end joined first, as the pipeline's
// dehyphenation does ("instem-\nming"), then per line, words split on single spaces, each
// repaired alone ("2O14" -> "2014", "0PR" -> "OPR", "vastgesteId" -> "vastgesteld"). No word
// boxes here, so words split by a stray space are not joined.
// Uses the shared dictionary: call from one thread.
std::string repair_ocr_text(std::string_view text);

// Loads the language data (Hunspell-nl) once; call before forking workers so children share it.
Status warm_up();

}  // namespace opcheck::extract
