// Extracts a list of PDFs in parallel child processes (extract_isolated), at most a small
// window ahead of the consumer, so both cores stay busy while memory stays flat. The
// consumer takes the results in list order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "extract/extract.h"

namespace opcheck::cli {

class ExtractionPool {
 public:
  ExtractionPool(std::vector<std::filesystem::path> pdfs, int workers, extract::Options options);
  ~ExtractionPool();
  ExtractionPool(const ExtractionPool&) = delete;
  ExtractionPool& operator=(const ExtractionPool&) = delete;

  // Blocks until pdfs[index] is extracted; call with index 0, 1, 2, … in turn.
  Result<extract::Document> take(std::size_t index);

 private:
  void work();

  std::vector<std::filesystem::path> pdfs_;
  extract::Options options_;
  std::size_t window_;
  std::vector<std::optional<Result<extract::Document>>> results_;
  std::size_t next_ = 0;   // next index a worker starts
  std::size_t taken_ = 0;  // results handed to the consumer
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::thread> threads_;
};

}  // namespace opcheck::cli
