// Writing an output file whole, creating its folder, with a Dutch error naming the file:
// the one place every writer in cli/ goes through.
#pragma once

#include <filesystem>
#include <string>

#include "opcheck/result.h"

namespace opcheck::cli {

Status write_whole_file(const std::filesystem::path& path, const std::string& bytes);

}  // namespace opcheck::cli
