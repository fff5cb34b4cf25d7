#!/usr/bin/env bash
# Accuracy guard (ctest "EvalGuard.SampleCorpus"): runs opcheck on the committed sample corpus
# and fails when `opcheck eval` reports a figure under the thresholds below, for the
# development and the held-out phrasings alike. Raise a threshold when the tool gets better;
# never lower one to make a change pass. The bars are in docs/accuracy.md.
set -euo pipefail
opcheck="$1"
source_dir="$2"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$opcheck" run --stil --jobs 2 --out "$out" "$source_dir/corpus/sample" >/dev/null || true
"$opcheck" eval "$source_dir/corpus/sample" "$out" \
  --min-precisie "${OPCHECK_MIN_PRECISION:-0.95}" \
  --min-recall "${OPCHECK_MIN_RECALL:-0.95}" \
  --min-datum "${OPCHECK_MIN_DATES:-0.95}" \
  --min-oogo "${OPCHECK_MIN_OOGO:-0.95}" \
  --min-is-plan 1 \
  --min-ocr 0.97
