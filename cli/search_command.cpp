// FTS5 search over stored page texts. The user's words are quoted before they reach FTS5,
// so characters like '-' or ':' in a query never become FTS syntax errors.
#include "cli/search_command.h"

#include <sstream>

namespace opcheck::cli {
namespace {

std::string quote_term(const std::string& term) {
  std::string out = "\"";
  for (char c : term) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// "ouders informeren" website -> "ouders informeren" "website"
std::string to_fts_query(const std::string& query) {
  std::string out, current;
  bool in_phrase = false;
  auto flush = [&] {
    if (!current.empty()) out += (out.empty() ? "" : " ") + quote_term(current);
    current.clear();
  };
  for (char c : query) {
    if (c == '"') {
      flush();
      in_phrase = !in_phrase;
    } else if (std::isspace(static_cast<unsigned char>(c)) && !in_phrase) {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return out;
}

}  // namespace

Result<std::vector<SearchHit>> search_pages(Store& store, const std::string& query, const std::optional<std::string>& sector,
                                            const std::string& open_mark, const std::string& close_mark, int limit) {
  std::string fts = to_fts_query(query);
  if (fts.empty()) return make_error(ErrorKind::usage, "lege zoekvraag.");
  std::string sql =
      "SELECT p.file, s.page, snippet(page_search, 0, ?, ?, '…', 16) FROM page_search s JOIN plans p ON p.id = s.plan_id "
      "WHERE page_search MATCH ?";
  if (sector)
    sql += " AND (SELECT json_extract(r.report_json, '$.plan.sector') FROM reports r WHERE r.plan_id = p.id LIMIT 1) = ?";
  sql += " ORDER BY rank LIMIT ?";
  auto stmt = store.database().prepare(sql);
  if (!stmt) return stmt.error();
  stmt->bind(1, open_mark).bind(2, close_mark).bind(3, fts);
  int next = 4;
  if (sector) stmt->bind(next++, *sector);
  stmt->bind(next, limit);
  std::vector<SearchHit> hits;
  for (;;) {
    auto row = stmt->step();
    if (!row) return make_error(ErrorKind::usage, "zoekvraag '" + query + "' kan niet worden uitgevoerd: " + row.error().message);
    if (!*row) break;
    hits.push_back({stmt->text(0), static_cast<int>(stmt->integer(1)), stmt->text(2)});
  }
  return hits;
}

}  // namespace opcheck::cli
