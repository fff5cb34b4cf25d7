// opcheck: entry point. Makes sure Tesseract's OpenMP runs single-threaded (we parallelise
// over pages ourselves; its own threading is several times slower on small machines), then
// hands over to the command-line application.
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "cli/app.h"

int main(int argc, char** argv) {
  // libgomp reads OMP_THREAD_LIMIT when it is loaded, before main: set it and start again.
  const char* limit = std::getenv("OMP_THREAD_LIMIT");
  if (limit == nullptr || std::strcmp(limit, "1") != 0) {
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);  // on failure, carry on with the default threading
  }
  return opcheck::cli::run_app(argc, argv);
}
