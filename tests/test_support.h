// Helpers shared by the tests: where the committed corpus lives, temp dirs, small files.
#pragma once

#include <filesystem>
#include <string>

namespace opcheck::test {

// The committed sample corpus (corpus/sample in the source tree).
std::filesystem::path sample_dir();
// A fresh, empty directory under the system temp dir, unique per call.
std::filesystem::path fresh_temp_dir(const std::string& tag);
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

}  // namespace opcheck::test
