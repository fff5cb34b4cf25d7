// Snowball Dutch through libstemmer; owns the sb_stemmer and the per-process stem cache.
#include "analyse/detail/match_stemmer.h"

#include <libstemmer.h>

namespace opcheck::analyse::detail {

DutchStemmer::DutchStemmer() : engine_(sb_stemmer_new("dutch", "UTF_8")) {}

DutchStemmer::~DutchStemmer() {
  if (engine_) sb_stemmer_delete(engine_);
}

const std::string& DutchStemmer::stem(std::string_view folded_word) {
  std::string key(folded_word);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  std::string out = key;
  if (engine_) {
    const auto* symbols = reinterpret_cast<const sb_symbol*>(key.data());
    const sb_symbol* stemmed = sb_stemmer_stem(engine_, symbols, static_cast<int>(key.size()));
    if (stemmed) out.assign(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(engine_)));
  }
  return cache_.emplace(std::move(key), std::move(out)).first->second;
}

}  // namespace opcheck::analyse::detail
