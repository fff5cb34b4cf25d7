// Text measurement and drawing with pango on cairo. One Typesetter per thread: it owns its own
// pango font map and context (pango objects are not shared across threads).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "corpus/generator/model.h"

typedef struct _cairo cairo_t;
typedef struct _PangoContext PangoContext;
typedef struct _PangoFontMap PangoFontMap;

namespace opcheck::corpus::detail {

// A drawn character with the text the PDF text layer records for it: usually the same, but a
// full-width digit is drawn as an ASCII digit, and a soft hyphen rides on its neighbour.
struct Unit { std::string vis, act; };

class Typesetter {
 public:
  explicit Typesetter(std::string family);
  ~Typesetter();
  Typesetter(const Typesetter&) = delete;
  Typesetter& operator=(const Typesetter&) = delete;

  double width(const std::string& visible, double size, bool bold);
  // Draws one line: glyphs of run.visible, text layer run.actual (cluster-mapped by run.units).
  void draw(cairo_t* cr, const TextRun& run);

 private:
  std::string family_;
  PangoFontMap* map_ = nullptr;
  PangoContext* ctx_ = nullptr;
  std::map<std::string, double> cache_;
};

TextRun make_run(const std::vector<Unit>& units, double x, double y, double size, bool bold);
std::vector<Unit> plain_units(const std::string& text);

}  // namespace opcheck::corpus::detail
