#!/usr/bin/env bash
# Installs missing Debian packages, then configures and builds opcheck into build/.
# Usage: scripts/build.sh [extra cmake -D options]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build_dir="${OPCHECK_BUILD_DIR:-build}"
# -O2 without debug info: -g makes this build about 40 % slower (7.5 instead of 4.5 minutes on
# 2 cores). To debug, configure a build directory of your own with RelWithDebInfo.
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DOPCHECK_WERROR=ON "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
