#!/usr/bin/env bash
# README line 1: install what is missing, build, and run opcheck on the bundled sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >&2
out="${OPCHECK_OUT:-$PWD/opcheck-uitvoer}"
build/cli/opcheck run --out "$out" --db "$out/opcheck.sqlite" "$@"
