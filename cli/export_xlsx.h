// The one wrapper around libxlsxwriter: writes Tables as worksheets of an .xlsx workbook.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "cli/export_table.h"

namespace opcheck::cli {

struct Sheet {
  std::string name;       // at most 31 characters, no []:*?/\ (Excel's rules)
  const Table* table = nullptr;
  bool autofilter = true;
};

// Each sheet: a bold header row frozen in place, column widths from the table, numeric columns
// as numbers, and (when asked) an autofilter over header and rows.
Status write_xlsx(const std::filesystem::path& path, const std::vector<Sheet>& sheets);

}  // namespace opcheck::cli
