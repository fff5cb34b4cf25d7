// The thumbnail cache of a plan folder: file names that change whenever what they show could
// change (plan content, page, boxes, drawing style), and thumbs.json with each image's page size,
// so that an unchanged re-run neither renders nor even opens the PDF.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/html_internal.h"

namespace opcheck::cli::html {
namespace {

namespace fs = std::filesystem;

// Bump when the rendering or the highlight style changes: old thumbnails then stop matching.
constexpr const char* kRenderVersion = "thumb/2 72dpi jpeg";

std::uint64_t fnv1a(const std::string& text) {
  std::uint64_t hash = 1469598103934665603ull;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

std::string thumb_file_name(const std::string& plan, int page, const std::vector<Box>& boxes) {
  std::string key = std::string(kRenderVersion) + "|" + plan + "|" + std::to_string(page);
  for (const Box& box : boxes) {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "|%.2f,%.2f,%.2f,%.2f", box.size() > 0 ? box[0] : 0.0,
                  box.size() > 1 ? box[1] : 0.0, box.size() > 2 ? box[2] : 0.0, box.size() > 3 ? box[3] : 0.0);
    key += buffer;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
  return "pagina-" + std::to_string(page) + "-" + hex + ".jpg";
}

ThumbCache read_thumb_cache(const fs::path& dir) {
  ThumbCache cache;
  std::ifstream in(dir / "thumbs.json", std::ios::binary);
  if (!in) return cache;
  std::stringstream text;
  text << in.rdbuf();
  json data = json::parse(text.str(), nullptr, false);
  if (!data.is_object() || !data.contains("plan") || !data["plan"].is_string()) return cache;
  cache.plan = data["plan"].get<std::string>();
  const json files = data.value("thumbs", json::object());
  if (!files.is_object()) return cache;
  for (const auto& [name, size] : files.items())
    if (size.is_array() && size.size() == 2 && size[0].is_number() && size[1].is_number())
      cache.files[name] = Thumb{name, size[0].get<double>(), size[1].get<double>()};
  return cache;
}

void write_thumb_cache(const fs::path& dir, const std::string& plan, const std::map<int, Thumb>& pages) {
  json files = json::object();
  for (const auto& [page, thumb] : pages) files[thumb.file] = {thumb.width_pt, thumb.height_pt};
  json data = {{"plan", plan}, {"thumbs", files}};
  std::ofstream out(dir / "thumbs.json", std::ios::binary | std::ios::trunc);
  out << data.dump(1) << "\n";  // a failed write only costs a re-render next time
}

void remove_stale_thumbs(const fs::path& dir, const std::map<int, Thumb>& keep) {
  std::error_code ec;
  std::vector<fs::path> stale;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.starts_with("pagina-") || (!name.ends_with(".jpg") && !name.ends_with(".png"))) continue;
    bool used = false;
    for (const auto& [page, thumb] : keep) used = used || thumb.file == name;
    if (!used) stale.push_back(it->path());
  }
  for (const auto& path : stale) fs::remove(path, ec);
}

}  // namespace opcheck::cli::html
