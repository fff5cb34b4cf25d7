// Helpers shared by the tests: where the committed corpus lives, temp dirs, small files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace opcheck::test {

// The committed sample corpus (corpus/sample in the source tree).
std::filesystem::path sample_dir();
// A fresh, empty directory under the system temp dir, unique per call.
std::filesystem::path fresh_temp_dir(const std::string& tag);
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

// A minimal valid PDF with Helvetica text: one entry per page, lines split on '\n' (ASCII).
// Lets tests build exact inputs (bad pages, sizes) without the corpus generator.
std::string make_pdf(const std::vector<std::string>& pages, double width = 595, double height = 842);

// The gold files of the sample corpus with the given variant (born_digital, scanned, ...).
std::vector<std::filesystem::path> sample_gold_files(const std::string& variant);

// The opcheck program under test (env OPCHECK_BIN, set by ctest).
std::string opcheck_bin();

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};
// Runs a shell command and collects its exit code and output.
CommandResult run_command(const std::string& command);
// Single-quotes a path or word for the shell.
std::string shell_quote(const std::string& text);

}  // namespace opcheck::test
