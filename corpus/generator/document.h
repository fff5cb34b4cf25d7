// Composes a plan (or non-plan) as a list of blocks from its PlanSpec and the phrasing data.
#pragma once

#include "corpus/generator/model.h"

namespace opcheck::corpus::detail {

std::vector<Block> compose_plan(const PlanSpec& spec, const PhrasingLibrary& lib, const Style& style, Rng& rng);
std::vector<Block> compose_non_plan(const PlanSpec& spec, const Style& style, Rng& rng);
// Fills {swv_naam}, {swv_code}, {sector_naam}, {jaar1..4}, {gemeenten}, {regio}.
std::string fill(const std::string& text, const PlanSpec& spec);

}  // namespace opcheck::corpus::detail
