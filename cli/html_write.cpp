// write_html(): the HTML outputs of a round — OUT/index.html and, per plan, a folder with
// report.html, a copy of the PDF and the evidence page thumbnails. Only writing the pages can
// fail the call; a plan whose PDF cannot be rendered still gets its report, saying so.
#include <fstream>

#include "cli/html_internal.h"

namespace opcheck::cli {
namespace {

namespace fs = std::filesystem;

Status write_page(const fs::path& path, const std::string& html) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return make_error(ErrorKind::io, path.parent_path().string() + ": map kan niet worden gemaakt (" + ec.message() + ").");
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << html;
  out.close();
  if (!out) return make_error(ErrorKind::io, path.string() + ": kan niet worden geschreven (schijf vol of geen schrijfrechten?).");
  return Ok{};
}

}  // namespace

Status write_html(const RoundOutputs& outputs) {
  for (const PlanOutput& plan : outputs.plans) {
    if (plan.name.empty() || plan.name == "." || plan.name == ".." || plan.name.find('/') != std::string::npos)
      return make_error(ErrorKind::internal, "Ongeldige plannaam '" + plan.name + "' voor de HTML-rapporten.");
    fs::path dir = outputs.out / "plans" / plan.name;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return make_error(ErrorKind::io, dir.string() + ": map kan niet worden gemaakt (" + ec.message() + ").");
    html::Thumbs thumbs = html::make_thumbnails(plan.pdf, dir, html::evidence_boxes(plan.report));
    if (auto ok = write_page(dir / "report.html", html::plan_page(plan, outputs, thumbs)); !ok) return ok;
  }
  return write_page(outputs.out / "index.html", html::index_page(outputs));
}

}  // namespace opcheck::cli
