// `opcheck search "query" [--sector po|vo]`: full-text search over the text of all stored
// plans (SQLite FTS5, diacritics folded), with plan, page and a highlighted snippet.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/store.h"

namespace opcheck::cli {

struct SearchHit {
  std::string file;
  int page = 0;
  std::string snippet;  // matches wrapped in the given markers
};

// Words of `query` must all occur (any order); "quoted phrases" stay phrases. Diacritics and
// case are ignored (continuüm = continuum).
Result<std::vector<SearchHit>> search_pages(Store& store, const std::string& query, const std::optional<std::string>& sector,
                                            const std::string& open_mark = "[", const std::string& close_mark = "]",
                                            int limit = 50);

}  // namespace opcheck::cli
