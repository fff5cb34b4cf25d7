// `opcheck extract FILE.pdf [--format text|json] [--db FILE] [--force]`: one document through
// the extract stage, printed in the contract text format or as JSON, optionally stored.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "extract/extract.h"

namespace opcheck::cli {

struct ExtractRequest {
  std::filesystem::path pdf;
  std::string format = "text";  // text | json
  std::optional<std::filesystem::path> db;
  bool force = false;
  extract::Options options;
};

struct ExtractOutcome {
  extract::Document document;
  bool from_store = false;  // unchanged file: nothing was redone
};

// Extracts (in a child process) unless the store already holds a current result.
Result<ExtractOutcome> run_extract(const ExtractRequest& request);

std::string format_document(const extract::Document& doc, const std::string& format);

}  // namespace opcheck::cli
