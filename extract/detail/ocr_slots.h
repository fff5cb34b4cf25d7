// A budget of OCR pages read at the same time, shared by every worker of every document in a
// batch (threads and child processes alike): N one-byte slots of a file, each held with an
// open-file-description lock while a page is read. The kernel drops such a lock when its
// holder closes the file or dies, so a child killed on a time limit never keeps a slot.
#pragma once

#include <filesystem>

namespace opcheck::extract::detail {

class OcrSlot {
 public:
  // Waits until one of the `slots` slots of `file` is free and holds it. With an empty path,
  // zero slots or a file that cannot be opened, holds nothing and returns at once: the budget
  // is a speed measure, never a reason to fail.
  OcrSlot(const std::filesystem::path& file, int slots);
  OcrSlot(const OcrSlot&) = delete;
  OcrSlot& operator=(const OcrSlot&) = delete;
  ~OcrSlot();  // frees the slot

  bool held() const { return slot_ >= 0; }

 private:
  int fd_ = -1;
  int slot_ = -1;
};

}  // namespace opcheck::extract::detail
