#!/usr/bin/env bash
# Builds the benchmarks (Release) and runs them on the sample corpus: extraction vs pdftotext,
# OCR vs the tesseract CLI and OCRmyPDF, analysis of a 60-page plan; with --batch also the
# 152-plan round (30+ minutes). See bench/README.md for what each measures and the bars.
# Usage: scripts/bench.sh [--batch] [--quick] [--corpus DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

batch=0
quick=0
corpus="$PWD/corpus/sample"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --batch) batch=1; shift ;;
    --quick) quick=1; shift ;;
    --corpus) corpus="$2"; shift 2 ;;
    *) echo "usage: $0 [--batch] [--quick] [--corpus DIR]" >&2; exit 2 ;;
  esac
done

scripts/install-deps.sh --bench
build="${OPCHECK_BENCH_BUILD_DIR:-build-bench}"
# -Wno-error=restrict: GCC 12 at -O3 reports a false -Wrestrict on `"x" + std::string`
# (GCC bug 105329); Release is -O3, the other build folders are -O2 and never see it.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DOPCHECK_WERROR=ON -DCMAKE_CXX_FLAGS=-Wno-error=restrict >/dev/null
cmake --build "$build" -j"$(nproc)" --target opcheck opcheck-corpus extract_bench ocr_bench analyse_bench

status=0
if (( quick )); then
  "$build/bench/extract_bench" "$corpus" --reps 3 || status=1
  echo
  "$build/bench/ocr_bench" "$corpus" --skip-default-threads || status=1
  echo
  "$build/bench/analyse_bench" "$corpus" --reps 20 || status=1
else
  "$build/bench/extract_bench" "$corpus" --reps 7 || status=1
  echo
  "$build/bench/ocr_bench" "$corpus" --reps 2 || status=1
  echo
  "$build/bench/analyse_bench" "$corpus" --reps 50 || status=1
fi
if (( batch )); then
  echo
  bench/batch_bench.sh --build "$PWD/$build" || status=1
fi
exit "$status"
