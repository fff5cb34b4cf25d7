// What `opcheck run` tells the analyst while it works: on a terminal one live line (plans
// done/total, pages OCR'd, current file, ETA); otherwise one plain log line per file.
#pragma once

#include <chrono>
#include <string>

namespace opcheck::cli {

class Progress {
 public:
  Progress(int total, bool quiet);
  void started(const std::string& file);
  void finished(const std::string& file, int pages, int ocr_pages);
  void unchanged(const std::string& file);
  void failed(const std::string& file, const std::string& message);
  void clear();  // removes the live line before the summary is printed

 private:
  std::string eta() const;
  void show_live(const std::string& file) const;

  int total_;
  int done_ = 0;
  int ocr_pages_ = 0;
  bool quiet_;
  bool live_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace opcheck::cli
