// RAII wrapper around libstemmer's Snowball Dutch stemmer, with a cache: plans repeat the same
// few thousand word forms, so each form is stemmed once per process.
// Not thread-safe: one instance per thread (the analyse stage runs on one thread per plan).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace opcheck::analyse::detail {

class DutchStemmer {
 public:
  DutchStemmer();
  ~DutchStemmer();
  DutchStemmer(const DutchStemmer&) = delete;
  DutchStemmer& operator=(const DutchStemmer&) = delete;

  // Stem of a lowercase, diacritic-folded word; the word itself when the stemmer is missing.
  const std::string& stem(std::string_view folded_word);

 private:
  sb_stemmer* engine_ = nullptr;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace opcheck::analyse::detail
