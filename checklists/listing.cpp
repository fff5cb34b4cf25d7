// format_listing: the Dutch table `opcheck checklists` prints, one row per item, with its
// checklist, label, sectors, validity dates and whether it is advisory (never counted).
#include <algorithm>
#include <array>
#include <sstream>

#include "checklists/checklists.h"

namespace opcheck::checklists {
namespace {

using Row = std::array<std::string, 7>;

// Display width of UTF-8 text: code points, which is right for the Latin text used here.
size_t width(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(),
                                           [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string sectors_text(const std::vector<Sector>& sectors) {
  std::string out;
  for (Sector sector : sectors) out += (out.empty() ? "" : ", ") + std::string(sector_name(sector));
  return out;
}

Row row_for(const Item& item, bool advisory) {
  return {item.id,
          item.checklist,
          item.label,
          sectors_text(item.sectors),
          item.valid_from ? item.valid_from->iso() : "-",
          item.valid_to ? item.valid_to->iso() : "-",
          advisory ? "adviserend" : ""};
}

std::string render(const std::vector<Row>& rows) {
  std::array<size_t, 7> widths{};
  for (const auto& row : rows)
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], width(row[i]));
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(widths[i] - width(row[i]) + 2, ' ');
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string format_listing(const Catalog& catalog, const std::optional<Round>& round) {
  std::vector<Row> rows = {Row{"ID", "Checklist", "Omschrijving", "Sectoren", "Geldig vanaf", "Geldig tot", "Advies"}};
  size_t advisory_count = 0;
  for (const auto& item : catalog.items) {
    if (round && !in_force(item, round->reference_date)) continue;
    const Checklist* checklist = find_checklist(catalog, item.checklist);
    const bool advisory = item.advisory || (checklist && checklist->advisory);
    advisory_count += advisory ? 1 : 0;
    rows.push_back(row_for(item, advisory));
  }
  std::ostringstream out;
  out << "Checklists uit " << catalog.dir.generic_string() << "\n";
  if (round)
    out << "Ronde " << round->id << ": " << round->label << " (uiterste datum " << round->deadline.iso()
        << ", peildatum " << round->reference_date.iso() << ")\n";
  out << rows.size() - 1 << (round ? " onderdelen in werking" : " onderdelen") << ", waarvan " << advisory_count
      << " adviserend (getoond, niet meegeteld en niet in een brief).\n\n";
  out << render(rows);
  return out.str();
}

}  // namespace opcheck::checklists
