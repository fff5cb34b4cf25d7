// write_exports(): OUT/overzicht.xlsx (sheets "Overzicht" and "Toelichting"), OUT/overzicht.csv
// and OUT/expertanalyse.csv, all from the same tables (cli/export_table.h).
#include <fstream>

#include "cli/export_table.h"
#include "cli/export_xlsx.h"
#include "cli/file_write.h"
#include "cli/outputs.h"

namespace opcheck::cli {

namespace fs = std::filesystem;

Status write_exports(const RoundOutputs& outputs) {
  if (!outputs.catalog)
    return make_error(ErrorKind::internal, "Exports: geen checklists geladen (interne fout).");
  std::error_code ec;
  fs::create_directories(outputs.out, ec);
  if (ec) return make_error(ErrorKind::io, outputs.out.string() + ": map kan niet worden aangemaakt (" + ec.message() + ").");
  Table overview = overview_table(outputs);
  Table legend = legend_table(outputs);
  if (auto ok = write_whole_file(outputs.out / "overzicht.csv", to_csv(overview)); !ok) return ok;
  if (auto ok = write_whole_file(outputs.out / "expertanalyse.csv", to_csv(expert_table(outputs))); !ok) return ok;
  return write_xlsx(outputs.out / "overzicht.xlsx",
                    {{"Overzicht", &overview, true}, {"Toelichting", &legend, false}});
}

}  // namespace opcheck::cli
