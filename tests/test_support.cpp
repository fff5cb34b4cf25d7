// Shared test helpers (see test_support.h).
#include "test_support.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "opcheck/build_info.h"

namespace opcheck::test {

std::filesystem::path sample_dir() { return std::filesystem::path(kSourceDir) / "corpus" / "sample"; }

std::filesystem::path fresh_temp_dir(const std::string& tag) {
  static std::atomic<int> counter{0};
  auto dir = std::filesystem::temp_directory_path() /
             ("opcheck-test-" + tag + "-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

namespace {

std::string escape_pdf_string(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string page_stream(const std::string& text, double height) {
  std::string stream = "BT /F1 12 Tf 16 TL 72 " + std::to_string(static_cast<int>(height - 72)) + " Td\n";
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) stream += "(" + escape_pdf_string(line) + ") Tj T*\n";
  return stream + "ET\n";
}

}  // namespace

std::string make_pdf(const std::vector<std::string>& pages, double width, double height) {
  std::vector<std::string> objects;
  std::string kids;
  const size_t first_page = 4;
  for (size_t i = 0; i < pages.size(); ++i) kids += std::to_string(first_page + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  for (size_t i = 0; i < pages.size(); ++i) {
    std::string box = "[0 0 " + std::to_string(width) + " " + std::to_string(height) + "]";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox " + box + " /Resources << /Font << /F1 3 0 R >> >> /Contents " +
                      std::to_string(first_page + 2 * i + 1) + " 0 R >>");
    std::string stream = page_stream(pages[i], height);
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", off);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::vector<std::filesystem::path> sample_gold_files(const std::string& variant) {
  std::vector<std::filesystem::path> out;
  if (!std::filesystem::exists(sample_dir())) return out;
  for (const auto& entry : std::filesystem::directory_iterator(sample_dir())) {
    auto name = entry.path().filename().string();
    if (name.size() < 10 || name.substr(name.size() - 10) != ".gold.json") continue;
    auto gold = nlohmann::json::parse(read_file(entry.path()), nullptr, false);
    if (!gold.is_discarded() && gold.value("variant", "") == variant) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string opcheck_bin() {
  const char* env = std::getenv("OPCHECK_BIN");
  return env && *env ? env : std::string(kSourceDir) + "/build/cli/opcheck";
}

CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace opcheck::test
