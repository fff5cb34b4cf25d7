// Mapping of ErrorKind to exit codes; the only place that decides a process's exit status.
#include "cli/exit_codes.h"

namespace opcheck::cli {

int exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage: return kExitUsage;
    case ErrorKind::not_pdf:
    case ErrorKind::damaged_pdf:
    case ErrorKind::encrypted:
    case ErrorKind::no_pages: return kExitBadInput;
    case ErrorKind::limit: return kExitLimit;
    case ErrorKind::engine: return kExitEngine;
    case ErrorKind::io: return kExitIo;
    case ErrorKind::data: return kExitData;
    case ErrorKind::database: return kExitDatabase;
    case ErrorKind::internal: break;
  }
  return kExitInternal;
}

std::string exit_code_help() {
  return "Afsluitcodes:\n"
         "  0   alles gelukt\n"
         "  1   batch: één of meer bestanden konden niet worden verwerkt (zie de rapporten)\n"
         "  2   verkeerde opdrachtregel\n"
         "  3   het bestand is geen bruikbare PDF (leeg, geen PDF, beschadigd, met wachtwoord, zonder pagina's)\n"
         "  4   tijd-, geheugen- of groottelimiet overschreden\n"
         "  5   fout in Poppler, Tesseract, Hunspell of ICU\n"
         "  6   bestand of map niet te lezen of te schrijven\n"
         "  7   fout in een checklist-, sjabloon-, ontvangst- of gouden bestand\n"
         "  8   databasefout\n"
         "  9   eval: een drempelwaarde is niet gehaald\n"
         "  70  interne fout (meld dit aan de ontwikkelaars)\n";
}

}  // namespace opcheck::cli
