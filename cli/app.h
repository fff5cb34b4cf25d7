// The opcheck command-line application: option parsing (Dutch help), dispatch to commands,
// and the mapping of results to exit codes.
#pragma once

namespace opcheck::cli {

int run_app(int argc, char** argv);

}  // namespace opcheck::cli
