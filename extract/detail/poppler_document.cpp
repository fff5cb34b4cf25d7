// poppler-cpp behind PdfDocument: classification of unreadable files, the text layer as
// words, and grayscale rendering with a size cap.
#include "extract/detail/poppler_document.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <cstring>

namespace opcheck::extract::detail {
namespace {

// Pages beyond this many pixels at the OCR resolution are refused rather than rendered:
// a hostile "absurdly large page" would otherwise exhaust memory.
constexpr double kMaxRenderPixels = 120e6;

std::string clean_font_name(const std::string& raw) {
  std::string name = raw;
  // Embedded subsets are named "ABCDEF+RealName": drop the random tag.
  if (name.size() > 7 && name[6] == '+') name = name.substr(7);
  std::string ascii;
  for (char c : name)
    if (static_cast<unsigned char>(c) >= 32 && static_cast<unsigned char>(c) < 127) ascii += c;
  return ascii;
}

std::string to_utf8(const poppler::ustring& text) {
  auto bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Poppler silently repairs a cut-off file and shows only the pages it still finds; a plan
// missing its end (often the signed appendices) must be reported, not judged as complete.
bool is_truncated(const std::string& bytes) {
  size_t tail = bytes.size() > 2048 ? bytes.size() - 2048 : 0;
  return bytes.find("%%EOF", tail) == std::string::npos;
}

Error classify_open_failure(const std::string& bytes, const std::string& file_name) {
  if (bytes.empty()) return make_error(ErrorKind::not_pdf, file_name + ": het bestand is leeg (0 bytes).");
  if (bytes.find("%PDF-") > 1024)
    return make_error(ErrorKind::not_pdf, file_name + ": dit is geen PDF-bestand (de PDF-kop ontbreekt).");
  return make_error(ErrorKind::damaged_pdf,
                    file_name + ": de PDF is beschadigd of onvolledig en kan niet worden gelezen. "
                                "Vraag het samenwerkingsverband om een nieuw exemplaar.");
}

}  // namespace

struct PdfDocument::Impl {
  std::string bytes;  // poppler reads from this buffer for the document's lifetime
  std::unique_ptr<poppler::document> doc;
};

PdfDocument::PdfDocument(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PdfDocument::PdfDocument(PdfDocument&&) noexcept = default;
PdfDocument& PdfDocument::operator=(PdfDocument&&) noexcept = default;
PdfDocument::~PdfDocument() = default;

void silence_poppler_messages() {
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
}

Result<PdfDocument> PdfDocument::open(std::string bytes, const std::string& file_name) {
  auto impl = std::make_unique<Impl>();
  impl->bytes = std::move(bytes);
  if (impl->bytes.empty() || impl->bytes.rfind("%PDF-", 1024) == std::string::npos)
    return classify_open_failure(impl->bytes, file_name);
  if (is_truncated(impl->bytes))
    return make_error(ErrorKind::damaged_pdf,
                      file_name + ": de PDF is afgebroken (het einde van het bestand ontbreekt); "
                                  "vraag het samenwerkingsverband om een volledig exemplaar.");
  impl->doc.reset(poppler::document::load_from_raw_data(impl->bytes.data(),
                                                        static_cast<int>(impl->bytes.size())));
  if (!impl->doc) return classify_open_failure(impl->bytes, file_name);
  if (impl->doc->is_locked())
    return make_error(ErrorKind::encrypted,
                      file_name + ": de PDF is beveiligd met een wachtwoord om te openen. "
                                  "Vraag het samenwerkingsverband om een exemplaar zonder wachtwoord.");
  if (impl->doc->pages() <= 0)
    return make_error(ErrorKind::no_pages, file_name + ": de PDF bevat geen pagina's.");
  return PdfDocument(std::move(impl));
}

int PdfDocument::page_count() const { return impl_->doc->pages(); }

std::pair<double, double> PdfDocument::page_size(int index) const {
  std::unique_ptr<poppler::page> page(impl_->doc->create_page(index));
  if (!page) return {0, 0};
  auto rect = page->page_rect(poppler::crop_box);
  return {rect.width(), rect.height()};
}

std::vector<RawWord> PdfDocument::words(int index) const {
  std::vector<RawWord> out;
  std::unique_ptr<poppler::page> page(impl_->doc->create_page(index));
  if (!page) return out;
  auto boxes = page->text_list(poppler::page::text_list_include_font);
  out.reserve(boxes.size());
  for (auto& tb : boxes) {
    auto r = tb.bbox();
    RawWord w;
    w.text = to_utf8(tb.text());
    w.box = Box{r.left(), r.top(), r.right(), r.bottom()};
    w.font_size = tb.has_font_info() ? tb.get_font_size() : r.height();
    if (tb.has_font_info()) w.font_name = clean_font_name(tb.get_font_name());
    w.space_after = tb.has_space_after();
    out.push_back(std::move(w));
  }
  return out;
}

Result<GrayImage> PdfDocument::render_gray(int index, int dpi) const {
  std::unique_ptr<poppler::page> page(impl_->doc->create_page(index));
  if (!page) return make_error(ErrorKind::damaged_pdf, "pagina " + std::to_string(index + 1) + " ontbreekt");
  auto rect = page->page_rect(poppler::crop_box);
  double pixels = rect.width() * dpi / 72.0 * rect.height() * dpi / 72.0;
  if (!(pixels > 0) || pixels > kMaxRenderPixels)
    return make_error(ErrorKind::limit, "pagina " + std::to_string(index + 1) +
                                            " is te groot om te lezen (" +
                                            std::to_string(static_cast<long>(rect.width())) + " x " +
                                            std::to_string(static_cast<long>(rect.height())) + " punten)");
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  poppler::image img = renderer.render_page(page.get(), dpi, dpi);
  if (!img.is_valid())
    return make_error(ErrorKind::engine, "pagina " + std::to_string(index + 1) + " kon niet worden weergegeven");
  GrayImage out;
  out.width = img.width();
  out.height = img.height();
  out.dpi = dpi;
  out.pixels.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height));
  const char* data = img.const_data();
  for (int y = 0; y < out.height; ++y)
    std::memcpy(out.pixels.data() + static_cast<size_t>(y) * static_cast<size_t>(out.width),
                data + static_cast<size_t>(y) * static_cast<size_t>(img.bytes_per_row()),
                static_cast<size_t>(out.width));
  return out;
}

}  // namespace opcheck::extract::detail
