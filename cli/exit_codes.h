// The one table from error kinds to the program's exit codes, documented in --help and README.
#pragma once

#include <string>

#include "opcheck/result.h"

namespace opcheck::cli {

enum ExitCode : int {
  kExitOk = 0,            // alles gelukt
  kExitSomeFailed = 1,    // batch: één of meer bestanden konden niet worden verwerkt
  kExitUsage = 2,         // verkeerde opdrachtregel
  kExitBadInput = 3,      // geen PDF, beschadigd, versleuteld of zonder pagina's
  kExitLimit = 4,         // tijd-, geheugen- of groottelimiet overschreden
  kExitEngine = 5,        // Poppler, Tesseract, Hunspell of ICU faalde
  kExitIo = 6,            // bestand of map niet te lezen of te schrijven
  kExitData = 7,          // fout in checklist-, sjabloon-, ontvangst- of gouden bestand
  kExitDatabase = 8,      // SQLite-fout
  kExitThreshold = 9,     // eval: een drempel is niet gehaald
  kExitInternal = 70,     // programmeerfout
};

int exit_code_for(ErrorKind kind);

// The Dutch table for --help and the README.
std::string exit_code_help();

}  // namespace opcheck::cli
