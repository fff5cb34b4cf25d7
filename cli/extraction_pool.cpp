// Worker threads only fork, wait and parse: the heavy work runs in the child processes.
#include "cli/extraction_pool.h"

namespace opcheck::cli {

ExtractionPool::ExtractionPool(std::vector<std::filesystem::path> pdfs, int workers, extract::Options options)
    : pdfs_(std::move(pdfs)), options_(std::move(options)), window_(static_cast<std::size_t>(workers) + 1),
      results_(pdfs_.size()) {
  auto count = std::min(static_cast<std::size_t>(std::max(workers, 1)), pdfs_.size());
  for (std::size_t i = 0; i < count; ++i) threads_.emplace_back([this] { work(); });
}

ExtractionPool::~ExtractionPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  for (auto& t : threads_) t.join();
}

void ExtractionPool::work() {
  for (;;) {
    std::size_t index = 0;
    {
      std::unique_lock lock(mutex_);
      // Stay within the window so finished documents do not pile up in memory.
      changed_.wait(lock, [&] { return stopping_ || next_ >= pdfs_.size() || next_ < taken_ + window_; });
      if (stopping_ || next_ >= pdfs_.size()) return;
      index = next_++;
    }
    auto result = extract::extract_isolated(pdfs_[index], options_);
    {
      std::lock_guard lock(mutex_);
      results_[index] = std::move(result);
    }
    changed_.notify_all();
  }
}

Result<extract::Document> ExtractionPool::take(std::size_t index) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return results_[index].has_value(); });
  auto result = std::move(*results_[index]);
  results_[index].reset();
  taken_ = index + 1;
  lock.unlock();
  changed_.notify_all();
  return result;
}

}  // namespace opcheck::cli
