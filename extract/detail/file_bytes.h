// Reading an input file whole, with its SHA-256, and the errors a missing file gives.
#pragma once

#include <filesystem>
#include <string>

#include "opcheck/result.h"

namespace opcheck::extract::detail {

// Refuses files above `max_bytes` (ErrorKind::limit) rather than reading them into memory.
Result<std::string> read_bytes(const std::filesystem::path& path, std::size_t max_bytes);
std::string sha256_hex(const std::string& bytes);

}  // namespace opcheck::extract::detail
