// Allocation of scanned and mixed plans in scale mode. Fully scanned plans are taken in a
// seeded random order until, together with the scanned appendices of the mixed plans, they
// reach the target share of pages; the mixed plans then fill the remainder. A share of 0 gives
// only born-digital plans, a share of 1 only scanned ones.
#include "corpus/generator/scale_mix.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "corpus/generator/model.h"

namespace opcheck::corpus::detail {

double estimated_pages(int padding) { return 12.0 + 0.5 * padding; }

namespace {

std::vector<size_t> seeded_order(size_t n, std::uint64_t seed) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  Rng rng(seed ^ 0xA11C0CA7EULL);
  for (size_t i = n; i > 1; --i) std::swap(order[i - 1], order[static_cast<size_t>(rng.below(static_cast<int>(i)))]);
  return order;
}

}  // namespace

std::vector<std::string> allocate_variants(const std::vector<double>& pages, double scanned_share, std::uint64_t seed) {
  const size_t n = pages.size();
  const double target = std::clamp(scanned_share, 0.0, 1.0) * std::accumulate(pages.begin(), pages.end(), 0.0);
  const auto order = seeded_order(n, seed);
  const auto full_mixed = [&](size_t k) { return std::round(kMixedRate * static_cast<double>(n - k)); };
  // Largest k whose scanned pages plus a full complement of mixed plans stay within the target.
  size_t k = 0;
  double scanned = 0;
  while (k < n && scanned + pages[order[k]] + full_mixed(k + 1) * kMixedScannedPages <= target + 1e-9)
    scanned += pages[order[k++]];
  // Then the plan that lands closest to the target, if one more scanned plan gets closer.
  if (k < n && std::abs(scanned + pages[order[k]] - target) < target - scanned - full_mixed(k) * kMixedScannedPages)
    scanned += pages[order[k++]];
  const double room = std::max(0.0, target - scanned) / kMixedScannedPages;
  const auto mixed = static_cast<size_t>(std::min(full_mixed(k), std::round(room)));
  std::vector<std::string> out(n, "born_digital");
  for (size_t i = 0; i < n; ++i) {
    if (i < k) out[order[i]] = "scanned";
    else if (i < k + mixed) out[order[i]] = "mixed";
  }
  return out;
}

}  // namespace opcheck::corpus::detail
