#!/usr/bin/env bash
# README line 2: install what is missing, build (warnings are errors), run the whole test suite,
# then the accuracy guard on the sample corpus (opcheck eval with the issue's thresholds).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >&2
export OMP_THREAD_LIMIT=1
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 900
