// Public interface of the analyse stage: from an extracted document to a plan report —
// sections, a judgement per checklist item in force with evidence, procedure facts and
// the timeline rules — serialisable exactly as report.json (report-contract.md).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analyse/dates.h"
#include "checklists/checklists.h"
#include "extract/extract.h"
#include "opcheck/result.h"

namespace opcheck::analyse {

// ---- structure -------------------------------------------------------------------------

// Where a piece of block text sits: one source line of the document.
struct BlockLine {
  int page = 0;                 // 1-based
  extract::Box box;
  std::size_t begin = 0, end = 0;  // byte range of this line within Block::text
};

enum class BlockKind { paragraph, list_item, table_row };

// A paragraph, list item or table row: normalised text joined from its lines with spaces.
struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::string text;
  std::vector<BlockLine> lines;
  int page() const { return lines.empty() ? 0 : lines.front().page; }
};

struct Section {
  std::string number;           // "4.2", "3", "B" (Bijlage B), "" when unnumbered
  std::string title;            // heading text without the number ("Toewijzing van middelen")
  int level = 1;                // 1 = chapter; 0 for the front matter before the first heading
  int parent = -1;              // index into Structure::sections, -1 for top level
  int first_page = 0, last_page = 0;
  std::vector<Block> blocks;
  std::string label() const { return number.empty() ? title : number + " " + title; }
};

struct Structure {
  std::vector<Section> sections;    // document order; sections[0] is the front matter
  bool has_toc = false;             // a table of contents was found (and headings checked against it)
  std::vector<int> toc_pages;       // pages holding the table of contents (not body content)
};

Structure segment(const extract::Document& doc);

// ---- findings --------------------------------------------------------------------------

struct Evidence {
  int page = 0;
  std::string section;              // Section::label()
  std::string quote;                // literal normalised text from that page, at most ~300 chars
  std::optional<extract::Box> bbox; // points on that page; null for OCR text without boxes
};

// Builds evidence for the byte range [begin, end) of a block: the quote is trimmed to word
// boundaries and to ~300 characters, taken from the first page the range touches, and the
// box is the union of the boxes of the lines it covers on that page.
Evidence make_evidence(const Section& section, const Block& block, std::size_t begin, std::size_t end);

struct Finding {
  std::string checklist;            // inhoudseisen | procedure | parameter5 | waarderingskader
  std::string item;                 // contract ID
  std::string status;
  double confidence = 0;            // 0..1
  std::vector<Evidence> evidence;
  std::string explanation;          // Dutch
  bool advisory = false;            // shown, not counted, not in a letter
};

struct DateFact {
  std::optional<DateValue> date;
  std::string by;                   // vaststelling: the adopting body as named ("bestuur", ...)
  std::string outcome;              // oogo: overeenstemming | geen_overeenstemming | onbekend
  std::vector<std::string> gemeenten;  // oogo: municipalities named
  std::vector<Evidence> evidence;
};

struct ProcedureFacts {
  DateFact vaststelling;
  DateFact opr_instemming;
  DateFact oogo;
  bool is_concept = false;            // the document calls itself a concept / draft
};

struct PlanInfo {
  std::string file, sha256;
  std::optional<std::string> swv_code;   // normalised "PO 23-01"
  std::optional<std::string> swv_name;
  std::optional<std::string> sector;     // "po" | "vo"
  bool is_plan = true;
  int pages = 0;
  std::vector<int> ocr_pages;
  std::optional<std::string> received;   // YYYY-MM-DD from the intake manifest
  std::string round;
};

struct PlanReport {
  PlanInfo plan;
  ProcedureFacts facts;
  std::vector<Finding> findings;
  std::vector<std::string> errors;       // Dutch
};

struct AnalyseOptions {
  std::string round = "2014";
  std::optional<checklists::Date> received;
};

// The whole stage. Error only for programmer or data errors (unknown round); a document
// that is not a plan gives is_plan = false with an explanation in errors, not an Error.
Result<PlanReport> analyse_plan(const extract::Document& doc, const checklists::Catalog& catalog,
                                const AnalyseOptions& options);

// The report for a file that could not be extracted: plan fields known so far, the error.
PlanReport failed_report(const std::string& file, const std::string& sha256, const AnalyseOptions& options,
                         const Error& error);

// report.json exactly per report-contract.md (schema opcheck.report/1), pretty-printed.
std::string to_report_json(const PlanReport& report);

// ---- intake manifest -------------------------------------------------------------------

// ontvangst.csv (columns bestand,ontvangen; dates YYYY-MM-DD): file base name -> receipt date.
// Errors name the file and line.
Result<std::map<std::string, checklists::Date>> read_manifest(const std::filesystem::path& csv);

}  // namespace opcheck::analyse
