// Page thumbnails for the plan reports: copies the plan's PDF next to its report, renders each
// page that holds evidence with poppler-cpp and paints the evidence boxes on it, saved as JPEG
// by Poppler itself (no other image library). Poppler objects live only inside this file.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <mutex>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include "cli/html_internal.h"

namespace opcheck::cli::html {
namespace {

namespace fs = std::filesystem;

constexpr double kDpi = 72;        // readable thumbnail, small file
constexpr int kMaxSide = 1600;     // pixels; posters and absurd pages are scaled down
constexpr double kFillAlpha = 0.35;
constexpr int kBorder = 2;         // pixels

void ignore_poppler_message(const std::string&, void*) {}

// Poppler prints parse warnings on stderr by default; they mean nothing to an analyst here.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
}

struct Rgb {
  double r, g, b;
};

// argb32 pixels are native-endian 32-bit words 0xAARRGGBB.
void paint(poppler::image& img, int x, int y, Rgb colour, double alpha) {
  if (x < 0 || y < 0 || x >= img.width() || y >= img.height()) return;
  auto* row = reinterpret_cast<std::uint32_t*>(img.data() + static_cast<std::ptrdiff_t>(y) * img.bytes_per_row());
  std::uint32_t p = row[x];
  auto blend = [alpha](std::uint32_t channel, double target) {
    return static_cast<std::uint32_t>(std::lround(channel * (1 - alpha) + target * alpha)) & 0xFFu;
  };
  row[x] = 0xFF000000u | blend((p >> 16) & 0xFFu, colour.r) << 16 | blend((p >> 8) & 0xFFu, colour.g) << 8 |
           blend(p & 0xFFu, colour.b);
}

// A yellow translucent fill with an orange border, so that the box is visible in grey print too.
void highlight(poppler::image& img, const Box& box, double scale) {
  if (box.size() != 4) return;
  int x0 = static_cast<int>(std::floor(std::min(box[0], box[2]) * scale)) - 2;
  int y0 = static_cast<int>(std::floor(std::min(box[1], box[3]) * scale)) - 2;
  int x1 = static_cast<int>(std::ceil(std::max(box[0], box[2]) * scale)) + 2;
  int y1 = static_cast<int>(std::ceil(std::max(box[1], box[3]) * scale)) + 2;
  x0 = std::max(x0, 0), y0 = std::max(y0, 0);
  x1 = std::min(x1, img.width() - 1), y1 = std::min(y1, img.height() - 1);
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      bool edge = x < x0 + kBorder || x > x1 - kBorder || y < y0 + kBorder || y > y1 - kBorder;
      if (edge) paint(img, x, y, {230, 110, 0}, 1.0);
      else paint(img, x, y, {255, 214, 0}, kFillAlpha);
    }
}

std::string render_page(poppler::document& doc, int number, const std::vector<Box>& boxes, const fs::path& file,
                        Thumb& thumb) {
  std::unique_ptr<poppler::page> page(doc.create_page(number - 1));
  if (!page) return "pagina " + std::to_string(number) + " bestaat niet in de PDF";
  poppler::rectf rect = page->page_rect(poppler::crop_box);
  if (rect.width() <= 0 || rect.height() <= 0) return "pagina " + std::to_string(number) + " heeft geen afmetingen";
  double dpi = std::min(kDpi, kMaxSide * 72.0 / std::max(rect.width(), rect.height()));
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  poppler::image img = renderer.render_page(page.get(), dpi, dpi);
  if (!img.is_valid() || img.format() != poppler::image::format_argb32)
    return "pagina " + std::to_string(number) + " kon niet worden weergegeven";
  // The renderer applies the page's /Rotate; the image's size is the page as displayed.
  double scale = dpi / 72.0;
  thumb.width_pt = img.width() / scale;
  thumb.height_pt = img.height() / scale;
  for (const Box& box : boxes) highlight(img, box, scale);
  // JPEG, not PNG: encoding is about six times faster and files a third of the size, which
  // matters for a round of 152 plans; at thumbnail size the artefacts are harmless.
  if (!img.save(file.string(), "jpeg")) return file.string() + " kan niet worden geschreven";
  thumb.file = file.filename().string();
  return "";
}

// plan.pdf is copied again only when it was copied for another plan identity or its size differs.
bool copy_pdf(const fs::path& pdf, const fs::path& target, bool same_plan, Thumbs& out) {
  std::error_code ec;
  if (pdf.empty() || !fs::is_regular_file(pdf, ec)) {
    out.problems.push_back("Het PDF-bestand " + pdf.string() + " is niet gevonden; pagina's en links ontbreken.");
    return false;
  }
  if (fs::exists(target, ec) && fs::equivalent(pdf, target, ec)) return true;
  if (same_plan && fs::is_regular_file(target, ec) && fs::file_size(target, ec) == fs::file_size(pdf, ec)) return true;
  fs::copy_file(pdf, target, fs::copy_options::overwrite_existing, ec);
  if (ec) out.problems.push_back("Het PDF-bestand kon niet naar " + target.string() + " worden gekopieerd (" + ec.message() + ").");
  return !ec;
}

// The report's content hash; without one, the file's size and modification time stand in.
std::string plan_identity(const fs::path& pdf, const std::string& sha256) {
  if (!sha256.empty()) return sha256;
  std::error_code ec;
  auto size = fs::file_size(pdf, ec);
  auto time = fs::last_write_time(pdf, ec).time_since_epoch().count();
  return "bestand:" + std::to_string(ec ? 0 : size) + ":" + std::to_string(time);
}

void render_pages(const fs::path& copy, const std::string& plan, const fs::path& dir,
                  const std::map<int, std::vector<Box>>& todo, Thumbs& out) {
  silence_poppler();
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(copy.string()));
  if (!doc || doc->is_locked()) {
    out.problems.push_back("De pagina's van " + copy.parent_path().filename().string() +
                           " konden niet worden weergegeven (PDF onleesbaar of beveiligd).");
    return;
  }
  for (const auto& [number, page_boxes] : todo) {
    Thumb thumb;
    std::string problem = number >= 1 && number <= doc->pages()
                              ? render_page(*doc, number, page_boxes, dir / thumb_file_name(plan, number, page_boxes), thumb)
                              : "pagina " + std::to_string(number) + " bestaat niet in de PDF";
    if (!problem.empty()) {
      out.problems.push_back("Paginaweergave: " + problem + ".");
      continue;
    }
    out.pages[number] = thumb;
    ++out.rendered;
  }
}

}  // namespace

Thumbs make_thumbnails(const fs::path& pdf, const std::string& sha256, const fs::path& dir,
                       const std::map<int, std::vector<Box>>& boxes) {
  Thumbs out;
  const std::string plan = plan_identity(pdf, sha256);
  const ThumbCache cache = read_thumb_cache(dir);
  const bool same_plan = cache.plan == plan;
  out.pdf_copied = copy_pdf(pdf, dir / "plan.pdf", same_plan, out);
  std::map<int, std::vector<Box>> todo;
  if (out.pdf_copied)
    for (const auto& [number, page_boxes] : boxes) {
      std::string file = thumb_file_name(plan, number, page_boxes);
      auto hit = same_plan ? cache.files.find(file) : cache.files.end();
      std::error_code ec;
      if (hit != cache.files.end() && fs::is_regular_file(dir / file, ec)) {
        out.pages[number] = hit->second;
        ++out.reused;
      } else {
        todo[number] = page_boxes;
      }
    }
  if (!todo.empty()) render_pages(dir / "plan.pdf", plan, dir, todo, out);
  remove_stale_thumbs(dir, out.pages);
  write_thumb_cache(dir, plan, out.pages);
  return out;
}

std::map<int, std::vector<Box>> evidence_boxes(const json& report) {
  std::map<int, std::vector<Box>> out;
  auto add = [&out](const json& list) {
    if (!list.is_array()) return;
    for (const json& e : list) {
      if (!e.is_object() || !e.contains("page") || !e["page"].is_number_integer()) continue;
      auto& boxes = out[e["page"].get<int>()];
      const json& b = e.contains("bbox") ? e["bbox"] : json();
      if (b.is_array() && b.size() == 4 && std::all_of(b.begin(), b.end(), [](const json& v) { return v.is_number(); }))
        boxes.push_back(b.get<Box>());
    }
  };
  for (const json& f : report.value("findings", json::array()))
    if (f.is_object()) add(f.value("evidence", json::array()));
  const json facts = report.value("procedure_facts", json::object());
  if (facts.is_object())
    for (const auto& [name, fact] : facts.items())
      if (fact.is_object()) add(fact.value("evidence", json::array()));
  return out;
}

}  // namespace opcheck::cli::html
