// OFD byte-range locks behind OcrSlot. Polling with a short sleep keeps it simple: a page takes
// around a second, so 10 ms of latency is noise, and no slot is ever waited on while another
// is free.
#include "extract/detail/ocr_slots.h"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <thread>

namespace opcheck::extract::detail {
namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(10);

bool lock_byte(int fd, int slot, short type) {
  struct flock lock {};
  lock.l_type = type;
  lock.l_whence = SEEK_SET;
  lock.l_start = slot;
  lock.l_len = 1;
  return fcntl(fd, F_OFD_SETLK, &lock) == 0;
}

}  // namespace

OcrSlot::OcrSlot(const std::filesystem::path& file, int slots) {
  if (file.empty() || slots <= 0) return;
  // Its own open file description per holder: OFD locks then exclude other threads too.
  fd_ = ::open(file.c_str(), O_RDWR | O_CLOEXEC);
  if (fd_ < 0) return;
  for (;;) {
    for (int s = 0; s < slots; ++s)
      if (lock_byte(fd_, s, F_WRLCK)) {
        slot_ = s;
        return;
      }
    std::this_thread::sleep_for(kPollInterval);
  }
}

OcrSlot::~OcrSlot() {
  if (slot_ >= 0) lock_byte(fd_, slot_, F_UNLCK);
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace opcheck::extract::detail
