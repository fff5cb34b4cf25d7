// File reading and hashing (OpenSSL's SHA-256) for the extract stage.
#include "extract/detail/file_bytes.h"
#include "extract/extract.h"

#include <openssl/evp.h>

#include <fstream>
#include <iterator>

namespace opcheck::extract::detail {

Result<std::string> read_bytes(const std::filesystem::path& path, std::size_t max_bytes) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return make_error(ErrorKind::io, path.string() + ": bestand niet gevonden of geen gewoon bestand.");
  auto size = std::filesystem::file_size(path, ec);
  if (ec) return make_error(ErrorKind::io, path.string() + ": bestand kan niet worden gelezen (" + ec.message() + ").");
  if (size > max_bytes)
    return make_error(ErrorKind::limit, path.string() + ": bestand is te groot (" +
                                            std::to_string(size / (1024 * 1024)) + " MB).");
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorKind::io, path.string() + ": bestand kan niet worden geopend.");
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<size_t>(in.gcount()) != size)
    return make_error(ErrorKind::io, path.string() + ": bestand kon niet volledig worden gelezen.");
  return bytes;
}

std::string sha256_hex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

}  // namespace opcheck::extract::detail

namespace opcheck::extract {

Result<std::string> file_sha256(const std::filesystem::path& path) {
  auto bytes = detail::read_bytes(path, std::size_t{1} << 30);
  if (!bytes) return bytes.error();
  return detail::sha256_hex(*bytes);
}

}  // namespace opcheck::extract
