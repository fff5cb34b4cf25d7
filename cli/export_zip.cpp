// libzip behind RAII: every zip_t* and zip_file_t* is closed on every path, and each libzip
// failure becomes a Dutch io/data error naming the archive. No libzip type leaves this file.
#include "cli/export_zip.h"

#include <memory>

#include <zip.h>

namespace opcheck::cli {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }  // only reached on failure paths
};
struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;
using File = std::unique_ptr<zip_file_t, FileCloser>;

Error zip_failure(ErrorKind kind, const std::filesystem::path& path, const std::string& what, zip_t* archive) {
  std::string cause = archive ? zip_strerror(archive) : "onbekende oorzaak";
  return make_error(kind, path.string() + ": " + what + " (" + cause + ").");
}

Result<std::string> read_entry(zip_t* archive, zip_uint64_t index, const std::filesystem::path& path) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
    return zip_failure(ErrorKind::data, path, "onderdeel niet te lezen", archive);
  File file(zip_fopen_index(archive, index, 0));
  if (!file) return zip_failure(ErrorKind::data, path, "onderdeel niet te openen", archive);
  std::string data(static_cast<std::size_t>(stat.size), '\0');
  zip_int64_t got = data.empty() ? 0 : zip_fread(file.get(), data.data(), stat.size);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
    return zip_failure(ErrorKind::data, path, "onderdeel onvolledig gelezen", archive);
  return data;
}

}  // namespace

Result<std::vector<ZipEntry>> read_zip(const std::filesystem::path& path) {
  int code = 0;
  Archive archive(zip_open(path.c_str(), ZIP_RDONLY, &code));
  if (!archive) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string cause = zip_error_strerror(&error);
    zip_error_fini(&error);
    return make_error(ErrorKind::data, path.string() + ": geen leesbaar zip-bestand (" + cause + ").");
  }
  std::vector<ZipEntry> entries;
  zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), 0);
    if (!name) return zip_failure(ErrorKind::data, path, "naam van onderdeel onleesbaar", archive.get());
    std::string entry_name = name;
    if (!entry_name.empty() && entry_name.back() == '/') continue;
    auto data = read_entry(archive.get(), static_cast<zip_uint64_t>(i), path);
    if (!data) return data.error();
    entries.push_back({entry_name, std::move(*data)});
  }
  return entries;
}

Status write_zip(const std::filesystem::path& path, const std::vector<ZipEntry>& entries) {
  int code = 0;
  Archive archive(zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code));
  if (!archive) return make_error(ErrorKind::io, path.string() + ": kan niet worden aangemaakt.");
  for (const auto& entry : entries) {
    // The buffer must outlive zip_close: `entries` does, and libzip reads it only then.
    zip_source_t* source = zip_source_buffer(archive.get(), entry.data.data(), entry.data.size(), 0);
    if (!source) return zip_failure(ErrorKind::io, path, "kan " + entry.name + " niet toevoegen", archive.get());
    if (zip_file_add(archive.get(), entry.name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      zip_source_free(source);
      return zip_failure(ErrorKind::io, path, "kan " + entry.name + " niet toevoegen", archive.get());
    }
  }
  if (zip_close(archive.get()) != 0) return zip_failure(ErrorKind::io, path, "kan niet worden geschreven", archive.get());
  archive.release();  // zip_close freed it
  return Ok{};
}

}  // namespace opcheck::cli
