// See file_write.h.
#include "cli/file_write.h"

#include <fstream>

namespace opcheck::cli {

Status write_whole_file(const std::filesystem::path& path, const std::string& bytes) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec)
    return make_error(ErrorKind::io, path.parent_path().string() + ": map kan niet worden gemaakt (" + ec.message() + ").");
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  out.close();
  if (!out) return make_error(ErrorKind::io, path.string() + ": kan niet worden geschreven (schijf vol of geen schrijfrechten?).");
  return Ok{};
}

}  // namespace opcheck::cli
