// One corpus file: style choice, composition, two-pass layout (the second pass fills the table
// of contents), PDF output, then the broken-file transformations (truncation, qpdf encryption
// with static IDs and IVs so the bytes stay reproducible) and the gold file.
#include "corpus/generator/plan_writer.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "corpus/generator/document.h"
#include "corpus/generator/gold.h"
#include "corpus/generator/layout.h"
#include "corpus/generator/render.h"

namespace opcheck::corpus::detail {
namespace {

Style choose_style(const PlanSpec& s, const PlanFeatures& f, Rng& rng) {
  Style st;
  static const std::vector<std::string> fam{"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed"};
  static const std::vector<std::string> num{"dotted", "hoofdstuk", "bold", "caps"};
  static const std::vector<std::string> foot{"n", "pagina n", "n van m"};
  st.family = rng.pick(fam);
  st.numbering = rng.pick(num);
  st.footer_form = rng.pick(foot);
  st.body_size = s.layout == "two_column" ? 9.5 : 10.0 + rng.below(2) * 0.5;
  st.two_column = s.layout == "two_column";
  st.ligatures = f.ligatures;
  st.soft_hyphens = f.soft_hyphens;
  st.fullwidth = f.fullwidth;
  if (s.non_plan) st.header = s.swv_name;
  else st.header = rng.chance(0.5) ? s.swv_name + " - Ondersteuningsplan 2014-2018" : "Ondersteuningsplan 2014-2018 " + s.swv_code_written;
  return st;
}

Status write_bytes(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) return make_error(ErrorKind::io, "Kan " + p.string() + " niet schrijven.");
  return Ok{};
}

// Runs qpdf without a shell (paths may hold any character). Owner-password-only files get the
// restrictions "beveiligd" plans carry in practice: printing allowed, no changes, no copying;
// readers such as poppler still extract the text. AES-128 keys derive from the password and
// the (static) ID, so the output is reproducible; AES-256 would draw a random file key.
Status run_qpdf(const std::filesystem::path& in, const std::filesystem::path& out, bool user_password) {
  std::vector<std::string> args{"qpdf", "--static-id", "--static-aes-iv", "--encrypt", user_password ? "geheim" : "",
                                "eigenaar2014", "128", "--use-aes=y"};
  if (!user_password) args.insert(args.end(), {"--print=full", "--modify=none", "--extract=n"});
  args.insert(args.end(), {"--", in.string(), out.string()});
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int status = -1;
  const int rc = posix_spawnp(&pid, "qpdf", &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc == 0) waitpid(pid, &status, 0);
  if (rc != 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return make_error(ErrorKind::engine, "qpdf kon " + in.string() + " niet versleutelen (is qpdf geïnstalleerd?).");
  std::filesystem::remove(in);
  return Ok{};
}

// A syntactically valid PDF whose page tree is empty, with a correct xref table.
std::string zero_page_pdf() {
  std::string s = "%PDF-1.4\n";
  std::vector<size_t> off;
  off.push_back(s.size());
  s += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
  off.push_back(s.size());
  s += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
  const size_t xref = s.size();
  s += "xref\n0 3\n0000000000 65535 f \n";
  for (size_t o : off) {
    std::string n = std::to_string(o);
    s += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  s += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return s;
}

std::vector<Page> lay_out(const PlanSpec& s, const PhrasingLibrary& lib, const Style& st, Typesetter& ts, Rng& rng) {
  const auto blocks = s.non_plan ? compose_non_plan(s, st, rng) : compose_plan(s, lib, st, rng);
  auto pages = layout_blocks(blocks, st, ts, s.seed, {});
  pages = layout_blocks(blocks, st, ts, s.seed, heading_pages(pages));
  if (s.variant == "scanned" && pages.size() > 3) pages[static_cast<size_t>(rng.between(2, static_cast<int>(pages.size()) - 1))].rotate90 = true;
  return pages;
}

}  // namespace

Result<PlanStats> write_plan_files(const PlanSpec& s, const PhrasingLibrary& lib, const PlanFeatures& f,
                                   const std::filesystem::path& dir, std::uint64_t corpus_seed) {
  const auto pdf = dir / (s.stem + ".pdf");
  const auto gold_path = dir / (s.stem + ".gold.json");
  nlohmann::ordered_json gold;
  PlanStats stats;
  static const std::map<std::string, std::string> kErrors{{"truncated", "damaged_pdf"}, {"not_pdf", "not_pdf"},
      {"empty", "not_pdf"}, {"user_password", "encrypted"}, {"no_pages", "no_pages"}};
  if (s.broken == "empty" || s.broken == "not_pdf" || s.broken == "no_pages") {
    const std::string bytes = s.broken == "empty" ? "" : s.broken == "no_pages" ? zero_page_pdf()
        : "PK\x03\x04 Dit is een Word-document (ondersteuningsplan.docx) dat als PDF is opgeslagen.\n";
    if (auto st = write_bytes(pdf, bytes); !st) return st.error();
    gold = gold_for_broken(s, kErrors.at(s.broken), corpus_seed);
  } else {
    Rng rng(s.seed);
    const Style st = choose_style(s, f, rng);
    Typesetter ts(st.family);
    const auto pages = lay_out(s, lib, st, ts, rng);
    stats.pages = static_cast<int>(pages.size());
    for (const auto& p : pages) stats.scanned_pages += p.scanned ? 1 : 0;
    RenderOptions ro;
    ro.dpi = f.dpi;
    ro.title = s.non_plan ? s.swv_name : "Ondersteuningsplan " + s.swv_name;
    const bool encrypt = s.broken == "user_password" || s.broken == "owner_password";
    const auto target = encrypt ? dir / (s.stem + ".plain.tmp") : pdf;
    if (auto w = write_pdf(target, pages, st, ts, ro, s.seed); !w) return w.error();
    if (encrypt) {
      if (auto q = run_qpdf(target, pdf, s.broken == "user_password"); !q) return q.error();
    }
    if (s.broken == "truncated") std::filesystem::resize_file(pdf, std::filesystem::file_size(pdf) * 45 / 100);
    gold = s.broken.empty() || s.broken == "owner_password" ? gold_for_plan(s, pages, corpus_seed)
                                                           : gold_for_broken(s, kErrors.at(s.broken), corpus_seed);
  }
  if (auto st = write_bytes(gold_path, gold.dump(2) + "\n"); !st) return st.error();
  stats.variant = gold["variant"];
  return stats;
}

}  // namespace opcheck::corpus::detail
