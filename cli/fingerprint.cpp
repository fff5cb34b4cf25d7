// std::hash is enough here: these keys detect change, they do not defend against forgery.
#include "cli/fingerprint.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "opcheck/build_info.h"

namespace opcheck::cli {

namespace fs = std::filesystem;

std::string hash_text(std::string_view text) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016zx", std::hash<std::string_view>{}(text));
  return hex;
}

std::string build_identity() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  std::string id = std::string(kPipelineVersion) + "/" + kVersion;
  if (ec) return id;
  auto size = fs::file_size(exe, ec);
  auto time = fs::last_write_time(exe, ec).time_since_epoch().count();
  return id + "/" + std::to_string(size) + "/" + std::to_string(time);
}

std::string folder_fingerprint(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::string all;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    all += file.filename().string() + '\0' + text.str() + '\0';
  }
  return hash_text(all);
}

}  // namespace opcheck::cli
