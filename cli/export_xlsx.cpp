// libxlsxwriter behind one function: the workbook is created, filled and closed here, and
// every lxw_error becomes a Dutch io error naming the file. Cell text is cleaned of control
// characters XML cannot hold and cut to Excel's 32767-character cell limit.
#include "cli/export_xlsx.h"

#include <charconv>

#include <xlsxwriter.h>

namespace opcheck::cli {
namespace {

constexpr std::size_t kMaxCellChars = 32767;

std::string clean_cell(const std::string& value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\n' && c != '\t') continue;
    out += c;
  }
  if (out.size() > kMaxCellChars) {
    std::size_t cut = kMaxCellChars;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    out.resize(cut);
  }
  return out;
}

bool parse_number(const std::string& value, double& number) {
  if (value.empty()) return false;
  const char* end = value.data() + value.size();
  auto [ptr, ec] = std::from_chars(value.data(), end, number);
  return ec == std::errc() && ptr == end;
}

Error xlsx_error(const std::filesystem::path& path, lxw_error code) {
  return make_error(ErrorKind::io, path.string() + ": Excel-bestand kan niet worden geschreven (" +
                                       lxw_strerror(code) + ").");
}

lxw_error fill_sheet(lxw_workbook* workbook, lxw_worksheet* sheet, const Sheet& spec) {
  const Table& table = *spec.table;
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_bg_color(header, 0xD9E1F2);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    auto col = static_cast<lxw_col_t>(c);
    if (auto e = worksheet_set_column(sheet, col, col, table.columns[c].width, nullptr)) return e;
    if (auto e = worksheet_write_string(sheet, 0, col, clean_cell(table.columns[c].name).c_str(), header)) return e;
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < table.rows[r].size() && c < table.columns.size(); ++c) {
      const std::string& value = table.rows[r][c];
      auto col = static_cast<lxw_col_t>(c);
      double number = 0;
      lxw_error e = LXW_NO_ERROR;
      if (value.empty()) continue;
      if (table.columns[c].numeric && parse_number(value, number))
        e = worksheet_write_number(sheet, row, col, number, nullptr);
      else
        e = worksheet_write_string(sheet, row, col, clean_cell(value).c_str(), nullptr);
      if (e) return e;
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  if (spec.autofilter && !table.columns.empty())
    return worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                static_cast<lxw_col_t>(table.columns.size() - 1));
  return LXW_NO_ERROR;
}

}  // namespace

Status write_xlsx(const std::filesystem::path& path, const std::vector<Sheet>& sheets) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) return make_error(ErrorKind::io, path.string() + ": Excel-bestand kan niet worden aangemaakt.");
  lxw_error failure = LXW_NO_ERROR;
  for (const auto& spec : sheets) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, spec.name.c_str());
    if (!sheet) {
      failure = LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
      break;
    }
    if ((failure = fill_sheet(workbook, sheet, spec))) break;
  }
  // workbook_close writes the file and frees the workbook; it must run on every path.
  lxw_error closed = workbook_close(workbook);
  if (failure) return xlsx_error(path, failure);
  if (closed) return xlsx_error(path, closed);
  return Ok{};
}

}  // namespace opcheck::cli
