// write_html(): the HTML outputs of a round — OUT/index.html and, per plan, a folder with
// report.html, a copy of the PDF and the evidence page thumbnails. Plans are handled in
// parallel (rendering thumbnails is the slow part). Only writing the pages can fail the call;
// a plan whose PDF cannot be rendered still gets its report, saying so.
#include <algorithm>
#include <atomic>
#include <fstream>
#include <thread>

#include "cli/file_write.h"
#include "cli/html_internal.h"

namespace opcheck::cli {
namespace {

namespace fs = std::filesystem;

Status write_plan(const PlanOutput& plan, const RoundOutputs& outputs) {
  fs::path dir = outputs.out / "plans" / plan.name;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return make_error(ErrorKind::io, dir.string() + ": map kan niet worden gemaakt (" + ec.message() + ").");
  std::string sha = html::text_of(plan.report.value("plan", html::json::object()), "sha256");
  html::Thumbs thumbs = html::make_thumbnails(plan.pdf, sha, dir, html::evidence_boxes(plan.report));
  return write_whole_file(dir / "report.html", html::plan_page(plan, outputs, thumbs));
}

unsigned thread_count(const RoundOutputs& outputs) {
  unsigned wanted = outputs.jobs > 0 ? outputs.jobs : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<std::size_t>(wanted, std::max<std::size_t>(outputs.plans.size(), 1)));
}

}  // namespace

Status write_html(const RoundOutputs& outputs) {
  for (const PlanOutput& plan : outputs.plans)
    if (plan.name.empty() || plan.name == "." || plan.name == ".." || plan.name.find('/') != std::string::npos)
      return make_error(ErrorKind::internal, "Ongeldige plannaam '" + plan.name + "' voor de HTML-rapporten.");
  std::vector<Status> results(outputs.plans.size(), Status(Ok{}));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < outputs.plans.size();) results[i] = write_plan(outputs.plans[i], outputs);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < thread_count(outputs); ++t) threads.emplace_back(work);
  work();
  for (auto& thread : threads) thread.join();
  for (const Status& result : results)
    if (!result) return result;
  return write_whole_file(outputs.out / "index.html", html::index_page(outputs));
}

}  // namespace opcheck::cli
