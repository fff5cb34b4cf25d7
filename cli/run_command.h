// `opcheck run [INPUT …] [--manifest CSV] [--round R] [--out DIR] [--db FILE] [--jobs N]`:
// the whole round in one command — extract (incremental, isolated), analyse, store, and
// write each plan's report.json and extracted text; one bad file never stops the batch.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "opcheck/result.h"

namespace opcheck::cli {

struct RunRequest {
  std::vector<std::filesystem::path> inputs;      // files or folders; empty: the sample corpus
  std::optional<std::filesystem::path> manifest;  // default: ontvangst.csv next to the inputs
  std::string round = "2014";
  std::filesystem::path out = "opcheck-uitvoer";
  std::optional<std::filesystem::path> db;        // default: OUT/opcheck.sqlite
  int jobs = 1;
  bool force = false;
  bool quiet = false;
};

struct RunSummary {
  int plans = 0;          // PDF files seen
  int analysed = 0;       // reports written for readable files
  int failed = 0;         // files with an error report
  int reused = 0;         // unchanged files whose stored extraction was reused
  int ocr_pages = 0;
  bool outputs_rewritten = false;  // false: reports and overrides unchanged, outputs kept
  double seconds = 0;              // wall time of the whole run
  // Time per stage, summed over the parallel workers (so it may exceed the wall time).
  double text_seconds = 0, ocr_seconds = 0, analyse_seconds = 0, output_seconds = 0;
};

// Writes OUT/plans/<name>/report.json and OUT/plans/<name>/extract.txt per input PDF.
Result<RunSummary> run_batch(const RunRequest& request);

// The PDF files named by the inputs (folders searched one level deep, *.pdf), sorted.
Result<std::vector<std::filesystem::path>> collect_pdfs(const std::vector<std::filesystem::path>& inputs);

}  // namespace opcheck::cli
