// Builds one file of the corpus (plan, non-plan or broken file) with its gold file.
#pragma once

#include <filesystem>

#include "corpus/generator/model.h"

namespace opcheck::corpus::detail {

struct PlanFeatures { bool ligatures = false, soft_hyphens = false, fullwidth = false; int dpi = 200; };

struct PlanStats { std::string variant; int pages = 0, scanned_pages = 0; };

// Writes DIR/stem.pdf and DIR/stem.gold.json. Returns the gold "variant" and the page counts
// (pages as laid out, also for files that are broken afterwards).
Result<PlanStats> write_plan_files(const PlanSpec& spec, const PhrasingLibrary& lib, const PlanFeatures& f,
                                   const std::filesystem::path& dir, std::uint64_t corpus_seed);

}  // namespace opcheck::corpus::detail
