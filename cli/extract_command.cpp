// The extract command: hash the input, reuse a current stored result, otherwise extract in
// a child process and store the document (or the failure) in one transaction.
#include "cli/extract_command.h"

#include "cli/store.h"

namespace opcheck::cli {

std::string format_document(const extract::Document& doc, const std::string& format) {
  return format == "json" ? extract::to_json_text(doc, true) + "\n" : extract::to_contract_text(doc);
}

Result<ExtractOutcome> run_extract(const ExtractRequest& request) {
  if (!request.db) {
    auto doc = extract::extract_isolated(request.pdf, request.options);
    if (!doc) return doc.error();
    return ExtractOutcome{std::move(*doc), false};
  }
  auto store = Store::open(*request.db);
  if (!store) return store.error();
  auto sha = extract::file_sha256(request.pdf);
  if (!sha) return sha.error();
  auto current = store->is_current(*sha);
  if (!current) return current.error();
  if (*current && !request.force) {
    auto stored = store->find(*sha);
    if (stored && stored->has_value() && (*stored)->error) return *(*stored)->error;
    auto doc = store->load_document(*sha);
    if (!doc) return doc.error();
    return ExtractOutcome{std::move(*doc), true};
  }
  auto doc = extract::extract_isolated(request.pdf, request.options);
  if (!doc) {
    if (auto ok = store->save_failure(*sha, request.pdf, doc.error()); !ok) return ok.error();
    return doc.error();
  }
  if (auto ok = store->save_extraction(*doc, request.pdf); !ok) return ok.error();
  return ExtractOutcome{std::move(*doc), false};
}

}  // namespace opcheck::cli
