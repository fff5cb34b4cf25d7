// Scale mode's variant mix: which plans are fully scanned, which are mixed (born-digital body
// with scanned signed appendices) and which are born-digital, so that about `scanned_share` of
// all pages are images. Pure functions, so the mix can be tested without rendering.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace opcheck::corpus::detail {

constexpr double kMixedScannedPages = 3.0;  // signed letters / adoption page of a mixed plan
constexpr double kMixedRate = 0.35;         // share of the not-scanned plans that are mixed

// Expected page count of a scale-mode plan with `padding` filler paragraphs per filler chapter.
double estimated_pages(int padding);

// One of "scanned", "mixed", "born_digital" per plan. Deterministic in its arguments.
std::vector<std::string> allocate_variants(const std::vector<double>& pages, double scanned_share, std::uint64_t seed);

}  // namespace opcheck::corpus::detail
