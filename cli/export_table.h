// The export tables as plain rows of text, built once from the round's reports and written both
// as CSV and as XLSX, so the two always hold the same columns and values. The column names are
// part of the export contract: other programs read overzicht.csv and expertanalyse.csv.
#pragma once

#include <string>
#include <vector>

#include "cli/outputs.h"

namespace opcheck::cli {

struct Column {
  std::string name;
  double width = 12;     // Excel column width in characters
  bool numeric = false;  // written as a number in the XLSX (text in CSV anyway)
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;  // each row has columns.size() cells
};

// One row per plan (PlanOutput order): file, identity, pages, one column per item of
// inhoudseisen/procedure/parameter5 (catalog order; an override as "status (analist; tool:
// original)"), the procedure facts and the errors.
Table overview_table(const RoundOutputs& outputs);
// One row per ondersteuningsplan (non-plans and unreadable files left out), sorted by swv code:
// identity, the parameter-5 answers, the procedure statuses and facts with their precision.
Table expert_table(const RoundOutputs& outputs);
// Each item's ID, checklist, Dutch label, law reference, sectors and advisory state in the round.
Table legend_table(const RoundOutputs& outputs);

// RFC 4180 with ';' as separator and a UTF-8 byte order mark, lines ending in CRLF. Why: Excel
// with Dutch regional settings splits CSV on ';' (the list separator, since ',' is the decimal
// mark) and reads UTF-8 only when the BOM is present; otherwise "ü" and "ë" come out garbled.
std::string to_csv(const Table& table);

// "3, 47-48": ascending 1-based pages, consecutive runs as ranges.
std::string page_ranges(std::vector<int> pages);

}  // namespace opcheck::cli
