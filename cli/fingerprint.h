// Cheap identities that decide whether stored work can be reused: a report is redone when
// the program, the checklists, the round or the plan's receipt date changed; the outputs
// are rewritten only when the reports or overrides behind them changed.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace opcheck::cli {

// Identifies this build of opcheck (pipeline version plus the executable's size and time),
// so a rebuilt analysis never reuses a report made by the previous binary.
std::string build_identity();

// Hash of the contents of every file in the checklist folder.
std::string folder_fingerprint(const std::filesystem::path& dir);

// A short hex hash of any text.
std::string hash_text(std::string_view text);

}  // namespace opcheck::cli
