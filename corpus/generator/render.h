// Writes laid-out pages to a PDF: born-digital pages as vector text, scanned pages as degraded
// JPEG images (Leptonica), with running header and footer on every page but the title page.
#pragma once

#include <filesystem>

#include "corpus/generator/model.h"
#include "corpus/generator/typesetter.h"

namespace opcheck::corpus::detail {

struct RenderOptions {
  int dpi = 200;
  int jpeg_quality = 45;
  std::string title;      // PDF metadata
};

Status write_pdf(const std::filesystem::path& file, const std::vector<Page>& pages, const Style& style,
                 Typesetter& ts, const RenderOptions& opts, std::uint64_t seed);

}  // namespace opcheck::corpus::detail
