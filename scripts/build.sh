#!/usr/bin/env bash
# Installs missing Debian packages, then configures and builds opcheck into build/.
# Usage: scripts/build.sh [extra cmake -D options]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build_dir="${OPCHECK_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOPCHECK_WERROR=ON "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
