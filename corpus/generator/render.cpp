// PDF output with fixed metadata so the same seed gives the same bytes. Scanned pages are
// drawn on an image surface, degraded (rotation, blur, specks; one page may be turned 90°)
// and embedded as JPEG through cairo's mime-data path, which keeps the files small.
#include "corpus/generator/render.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <leptonica/allheaders.h>

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "corpus/generator/layout.h"

namespace opcheck::corpus::detail {
namespace {

void draw_content(cairo_t* cr, const Page& page, const Style& st, Typesetter& ts, int number, int total) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  for (const auto& run : page.runs) ts.draw(cr, run);
  for (const auto& r : page.rules) {
    cairo_set_line_width(cr, r.width);
    cairo_move_to(cr, r.x0, r.y0);
    cairo_line_to(cr, r.x1, r.y1);
    cairo_stroke(cr);
  }
  cairo_set_source_rgb(cr, 0.05, 0.1, 0.45);  // ink
  for (const auto& s : page.scribbles) {
    cairo_set_line_width(cr, 1.2);
    cairo_move_to(cr, s[0].first, s[0].second);
    for (size_t i = 1; i + 1 < s.size(); i += 2)
      cairo_curve_to(cr, s[i].first, s[i].second, s[i].first + 4, s[i + 1].second, s[i + 1].first, s[i + 1].second);
    cairo_stroke(cr);
  }
  if (page.title) return;
  cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
  ts.draw(cr, make_run(plain_units(st.header), 70, 50, 8, false));
  cairo_set_line_width(cr, 0.4);
  cairo_move_to(cr, 70, 55);
  cairo_line_to(cr, 525, 55);
  cairo_stroke(cr);
  std::string foot = std::to_string(number);
  if (st.footer_form == "pagina n") foot = "Pagina " + foot;
  else if (st.footer_form == "n van m") foot = "Pagina " + foot + " van " + std::to_string(total);
  const double w = ts.width(foot, 8, false);
  ts.draw(cr, make_run(plain_units(foot), st.footer_form == "n" ? kPageW / 2 - w / 2 : 525 - w, 805, 8, false));
}

// Speckle noise and a light blur, like a cheap office scanner.
void degrade(PIX*& pix, Rng& rng, bool rotate90) {
  const double angle = (rng.uniform() * 3.0 - 1.5) * M_PI / 180.0;
  PIX* rot = pixRotate(pix, static_cast<float>(angle), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0);
  pixDestroy(&pix);
  pix = rot;
  if (rng.chance(0.6)) {
    PIX* blur = pixBlockconv(pix, 1, 1);
    pixDestroy(&pix);
    pix = blur;
  }
  const int w = static_cast<int>(pixGetWidth(pix)), h = static_cast<int>(pixGetHeight(pix));
  for (int i = w * h / 6000; i > 0; --i)
    pixSetPixel(pix, static_cast<l_int32>(rng.below(w)), static_cast<l_int32>(rng.below(h)), static_cast<l_uint32>(rng.between(40, 160)));
  if (rotate90) {
    PIX* r = pixRotate90(pix, 1);
    pixDestroy(&pix);
    pix = r;
  }
}

struct Scan { cairo_surface_t* surface; double width_pt, height_pt; };

// Renders the page at `dpi`, degrades it and returns it as JPEG data on a 1×1 image surface:
// cairo's PDF backend embeds the JPEG as is, and a full-size surface would only be copied
// (copy-on-write snapshot when it is destroyed) without ever being read.
Scan scan_page(const Page& page, const Style& st, Typesetter& ts, int number, int total,
               const RenderOptions& o, Rng& rng) {
  const double scale = o.dpi / 72.0;
  const int w = static_cast<int>(kPageW * scale), h = static_cast<int>(kPageH * scale);
  cairo_surface_t* img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  cairo_t* cr = cairo_create(img);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  draw_content(cr, page, st, ts, number, total);
  cairo_destroy(cr);
  cairo_surface_flush(img);
  PIX* pix = pixCreate(w, h, 8);
  const unsigned char* data = cairo_image_surface_get_data(img);
  const int stride = cairo_image_surface_get_stride(img);
  for (int y = 0; y < h; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
    l_uint32* line = pixGetData(pix) + y * pixGetWpl(pix);
    for (int x = 0; x < w; ++x) {
      const std::uint32_t p = row[x];
      SET_DATA_BYTE(line, x, static_cast<l_uint8>((((p >> 16) & 255) * 30 + ((p >> 8) & 255) * 59 + (p & 255) * 11) / 100));
    }
  }
  cairo_surface_destroy(img);
  degrade(pix, rng, page.rotate90);
  l_uint8* jpeg = nullptr;
  size_t size = 0;
  pixWriteMemJpeg(&jpeg, &size, pix, o.jpeg_quality, 0);
  const Scan out{cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1), pixGetWidth(pix) * 72.0 / o.dpi,
                 pixGetHeight(pix) * 72.0 / o.dpi};
  pixDestroy(&pix);
  auto* copy = static_cast<unsigned char*>(std::malloc(size));
  std::memcpy(copy, jpeg, size);
  lept_free(jpeg);
  cairo_surface_set_mime_data(out.surface, CAIRO_MIME_TYPE_JPEG, copy, size, std::free, copy);
  return out;
}

}  // namespace

Status write_pdf(const std::filesystem::path& file, const std::vector<Page>& pages, const Style& st, Typesetter& ts,
                 const RenderOptions& o, std::uint64_t seed) {
  cairo_surface_t* surface = cairo_pdf_surface_create(file.c_str(), kPageW, kPageH);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
    return make_error(ErrorKind::io, "Kan " + file.string() + " niet schrijven.");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2014-04-14T10:00:00");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "2014-04-14T10:00:00");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, o.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Microsoft Word 2010");
  cairo_t* cr = cairo_create(surface);
  Rng rng(seed ^ 0x5CA7ULL);
  const int total = static_cast<int>(pages.size());
  for (int i = 0; i < total; ++i) {
    const Page& p = pages[static_cast<size_t>(i)];
    const bool landscape = p.scanned && p.rotate90;
    cairo_pdf_surface_set_size(surface, landscape ? kPageH : kPageW, landscape ? kPageW : kPageH);
    if (p.scanned) {
      const Scan img = scan_page(p, st, ts, i + 1, total, o, rng);
      cairo_save(cr);
      cairo_scale(cr, img.width_pt, img.height_pt);
      cairo_set_source_surface(cr, img.surface, 0, 0);
      cairo_paint(cr);
      cairo_restore(cr);
      cairo_surface_destroy(img.surface);
    } else {
      draw_content(cr, p, st, ts, i + 1, total);
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const auto status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return make_error(ErrorKind::io, "Fout bij schrijven van " + file.string() + ".");
  return Ok{};
}

}  // namespace opcheck::corpus::detail
