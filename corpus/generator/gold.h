// The gold file (schema opcheck.gold/1, docs/corpus-format.md) of one generated file.
#pragma once

#include <nlohmann/json.hpp>

#include "corpus/generator/model.h"

namespace opcheck::corpus::detail {

nlohmann::ordered_json gold_for_plan(const PlanSpec& spec, const std::vector<Page>& pages, std::uint64_t seed);
nlohmann::ordered_json gold_for_broken(const PlanSpec& spec, const std::string& expected_error, std::uint64_t seed);

}  // namespace opcheck::corpus::detail
