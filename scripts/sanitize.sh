#!/usr/bin/env bash
# Builds with AddressSanitizer + UndefinedBehaviorSanitizer into build-asan/ and runs the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
OPCHECK_BUILD_DIR=build-asan scripts/build.sh -DOPCHECK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
export OMP_THREAD_LIMIT=1 ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" --timeout 1800 "$@"
