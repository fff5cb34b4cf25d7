// The one wrapper around libzip: reading every entry of a zip file and writing a new one from
// named byte strings. Used for the .docx letters (OOXML packages) and their template, and by
// tests to look inside the .xlsx/.docx files the exports write.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "opcheck/result.h"

namespace opcheck::cli {

struct ZipEntry {
  std::string name;  // path inside the archive, '/'-separated
  std::string data;
};

// Every file entry in archive order (directory entries skipped).
Result<std::vector<ZipEntry>> read_zip(const std::filesystem::path& path);
// Writes (replacing) `path` with the entries in the given order, deflate-compressed.
Status write_zip(const std::filesystem::path& path, const std::vector<ZipEntry>& entries);

}  // namespace opcheck::cli
