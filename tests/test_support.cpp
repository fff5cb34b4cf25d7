// Shared test helpers (see test_support.h).
#include "test_support.h"

#include <atomic>
#include <fstream>
#include <sstream>
#include <unistd.h>

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

}  // namespace opcheck::test
