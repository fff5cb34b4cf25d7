// Pango shaping plus cairo_show_text_glyphs, so the text layer can differ from the glyphs in
// the controlled ways real PDFs show (full-width digits, soft hyphens at line ends) while the
// glyph positions stay exactly pango's. Hinting is off so widths match on PDF and image surfaces.
#include "corpus/generator/typesetter.h"

#include <cairo.h>
#include <pango/pangocairo.h>

namespace opcheck::corpus::detail {
namespace {

size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

PangoLayout* line_layout(PangoContext* ctx, const std::string& family, const std::string& text, double size, bool bold) {
  PangoLayout* layout = pango_layout_new(ctx);
  PangoFontDescription* fd = pango_font_description_new();
  pango_font_description_set_family(fd, family.c_str());
  pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
  pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout, fd);
  pango_font_description_free(fd);
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  return layout;
}

}  // namespace

Typesetter::Typesetter(std::string family) : family_(std::move(family)) {
  map_ = pango_cairo_font_map_new();
  ctx_ = pango_font_map_create_context(map_);
  cairo_font_options_t* fo = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(ctx_, fo);
  cairo_font_options_destroy(fo);
  pango_cairo_context_set_resolution(ctx_, 72.0);
}

Typesetter::~Typesetter() {
  g_object_unref(ctx_);
  g_object_unref(map_);
}

double Typesetter::width(const std::string& visible, double size, bool bold) {
  const std::string key = visible + '\x01' + std::to_string(size) + (bold ? "b" : "r");
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  PangoLayout* layout = line_layout(ctx_, family_, visible, size, bold);
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  g_object_unref(layout);
  const double w = static_cast<double>(logical.width) / PANGO_SCALE;
  cache_.emplace(key, w);
  return w;
}

void Typesetter::draw(cairo_t* cr, const TextRun& run) {
  if (run.visible.empty()) return;
  // unit_of[byte] = index of the unit that owns that visible byte.
  std::vector<size_t> unit_of(run.visible.size() + 1, run.units.size());
  std::vector<size_t> act_start(run.units.size() + 1, 0);
  for (size_t u = 0, vb = 0; u < run.units.size(); ++u) {
    for (int k = 0; k < run.units[u].first; ++k) unit_of[vb++] = u;
    act_start[u + 1] = act_start[u] + static_cast<size_t>(run.units[u].second);
  }
  PangoLayout* layout = line_layout(ctx_, family_, run.visible, run.size, run.bold);
  PangoLayoutLine* line = pango_layout_get_line_readonly(layout, 0);
  double x = run.x;
  for (GSList* l = line->runs; l; l = l->next) {
    auto* gi = static_cast<PangoGlyphItem*>(l->data);
    PangoGlyphString* gs = gi->glyphs;
    cairo_scaled_font_t* sf = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(gi->item->analysis.font));
    std::vector<cairo_glyph_t> glyphs;
    std::vector<cairo_text_cluster_t> clusters;
    std::string text;
    const int item_end = gi->item->offset + gi->item->length;
    for (int i = 0; i < gs->num_glyphs;) {
      const int start = gi->item->offset + gs->log_clusters[i];
      int j = i;
      while (j < gs->num_glyphs && gs->log_clusters[j] == gs->log_clusters[i]) {
        const auto& g = gs->glyphs[j];
        if (!(g.glyph & PANGO_GLYPH_UNKNOWN_FLAG) && g.glyph != PANGO_GLYPH_EMPTY)
          glyphs.push_back({g.glyph, x + g.geometry.x_offset / double(PANGO_SCALE), run.y + g.geometry.y_offset / double(PANGO_SCALE)});
        x += g.geometry.width / double(PANGO_SCALE);
        ++j;
      }
      const int end = j < gs->num_glyphs ? gi->item->offset + gs->log_clusters[j] : item_end;
      const size_t u0 = unit_of[static_cast<size_t>(start)], u1 = unit_of[static_cast<size_t>(end)];
      const std::string part = run.actual.substr(act_start[u0], act_start[u1] - act_start[u0]);
      const int n_glyphs = static_cast<int>(glyphs.size()) - [&] { int s = 0; for (auto& c : clusters) s += c.num_glyphs; return s; }();
      if (!part.empty() || n_glyphs > 0) {
        if (part.empty() && !clusters.empty()) clusters.back().num_glyphs += n_glyphs;
        else clusters.push_back({static_cast<int>(part.size()), n_glyphs});
        text += part;
      }
      i = j;
    }
    if (!glyphs.empty()) {
      cairo_set_scaled_font(cr, sf);
      cairo_show_text_glyphs(cr, text.data(), static_cast<int>(text.size()), glyphs.data(), static_cast<int>(glyphs.size()),
                             clusters.data(), static_cast<int>(clusters.size()), static_cast<cairo_text_cluster_flags_t>(0));
    }
  }
  g_object_unref(layout);
}

std::vector<Unit> plain_units(const std::string& text) {
  std::vector<Unit> out;
  for (size_t i = 0; i < text.size();) {
    const size_t n = utf8_len(static_cast<unsigned char>(text[i]));
    out.push_back({text.substr(i, n), text.substr(i, n)});
    i += n;
  }
  return out;
}

TextRun make_run(const std::vector<Unit>& units, double x, double y, double size, bool bold) {
  TextRun r;
  r.x = x;
  r.y = y;
  r.size = size;
  r.bold = bold;
  for (const auto& u : units) {
    r.visible += u.vis;
    r.actual += u.act;
    r.units.push_back({static_cast<int>(u.vis.size()), static_cast<int>(u.act.size())});
  }
  return r;
}

}  // namespace opcheck::corpus::detail
