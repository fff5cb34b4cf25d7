// RAII wrapper around Hunspell with the Dutch dictionary (hunspell-nl). Answers "is this a
// Dutch word?" with a cache, because the same words recur on every page of a plan.
// Not thread-safe: use from one thread (normalisation runs on the document's main thread).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "opcheck/result.h"

class Hunspell;

namespace opcheck::extract::detail {

class DutchDictionary {
 public:
  // The process-wide instance; loaded on first use (about 0.2 s). Error if hunspell-nl is missing.
  static Result<DutchDictionary*> shared();

  bool accepts(std::string_view word);

  ~DutchDictionary();

 private:
  explicit DutchDictionary(std::unique_ptr<Hunspell> engine);
  std::unique_ptr<Hunspell> engine_;
  std::unordered_map<std::string, bool> cache_;
};

}  // namespace opcheck::extract::detail
