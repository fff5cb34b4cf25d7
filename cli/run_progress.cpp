// Progress display of a batch on stderr (stdout is kept for the final summary).
#include "cli/run_progress.h"

#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace opcheck::cli {

Progress::Progress(int total, bool quiet) : total_(total), quiet_(quiet), live_(isatty(STDERR_FILENO) != 0) {}

std::string Progress::eta() const {
  if (done_ == 0) return "onbekend";
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  auto seconds = static_cast<long>(elapsed / done_ * (total_ - done_) + 0.5);
  char text[32];
  if (seconds >= 60) std::snprintf(text, sizeof text, "%ld min %02ld s", seconds / 60, seconds % 60);
  else std::snprintf(text, sizeof text, "%ld s", seconds);
  return text;
}

void Progress::show_live(const std::string& file) const {
  std::cerr << "\r\033[K[" << done_ << "/" << total_ << " plannen] " << ocr_pages_ << " pagina's met OCR, nog " << eta()
            << " — " << file << std::flush;
}

void Progress::started(const std::string& file) {
  if (!quiet_ && live_) show_live(file);
}

void Progress::finished(const std::string& file, int pages, int ocr_pages) {
  ++done_;
  ocr_pages_ += ocr_pages;
  if (quiet_) return;
  if (live_) return show_live(file);
  std::cerr << "[" << done_ << "/" << total_ << "] " << file << ": " << pages << " pagina's, waarvan " << ocr_pages
            << " met OCR; nog " << eta() << "\n";
}

void Progress::unchanged(const std::string& file) {
  ++done_;
  if (quiet_) return;
  if (live_) return show_live(file);
  std::cerr << "[" << done_ << "/" << total_ << "] " << file << ": ongewijzigd, eerder rapport gebruikt\n";
}

void Progress::failed(const std::string& file, const std::string& message) {
  ++done_;
  if (quiet_) return;
  if (live_) std::cerr << "\r\033[K";
  std::cerr << "[" << done_ << "/" << total_ << "] " << file << ": FOUT — " << message << "\n";
  if (live_) show_live(file);
}

void Progress::clear() {
  if (!quiet_ && live_) std::cerr << "\r\033[K" << std::flush;
}

}  // namespace opcheck::cli
