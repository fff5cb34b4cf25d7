#!/usr/bin/env bash
# Batch benchmark (issue 5): a generated 152-plan round (20 % fully scanned plans) through
# `opcheck run --jobs 2`: wall time, peak memory, the per-stage split (the store's per-step
# extract timings and the line `opcheck run` prints), and an unchanged re-run. OCR-bound:
# generated plans have ~50 pages, so expect an hour or more on 2 cores.
# Usage: bench/batch_bench.sh [--build DIR] [--work DIR] [--plans N] [--jobs N] [--keep]
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
build="$here/build-bench"
work="${TMPDIR:-/tmp}/opcheck-batch-bench"
plans=152
jobs=2
keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --plans) plans="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--build DIR] [--work DIR] [--plans N] [--jobs N] [--keep]" >&2; exit 2 ;;
  esac
done

opcheck="$build/cli/opcheck"
generator="$build/corpus/opcheck-corpus"
for tool in "$opcheck" "$generator" /usr/bin/time sqlite3; do
  command -v "$tool" >/dev/null || { echo "batch_bench: missing $tool (GNU time: Debian package 'time')" >&2; exit 2; }
done

corpus="$work/corpus"
out="$work/out"
mkdir -p "$work"

calc() { awk "BEGIN { print ($*) }"; }

# Peak summed RSS (KiB) of a process and all its descendants, sampled every 0.5 s: GNU time
# reports only the largest single process, while opcheck's parent and its extraction child
# hold memory at the same time.
sample_tree_rss() {
  local root="$1" file="$2" peak=0 now
  while kill -0 "$root" 2>/dev/null; do
    now=$(ps -e -o pid=,ppid=,rss= | awk -v root="$root" '
      { ppid[$1] = $2; rss[$1] = $3 }
      END { for (p in ppid) { q = p; while (q != "" && q != 0 && q != root) q = ppid[q]; if (q == root) s += rss[p] } print s + 0 }')
    (( now > peak )) && peak=$now
    echo "$peak" >"$file"
    sleep 0.5
  done
}

# Runs opcheck run under GNU time; sets wall_s and maxrss_kb, and tree_peak_kb from the sampler.
timed_run() {
  local log="$1"
  /usr/bin/time -v -o "$log.time" "$opcheck" run "$corpus" --out "$out" --jobs "$jobs" --stil >"$log" 2>&1 &
  local pid=$!
  sample_tree_rss "$pid" "$log.rss" &
  local sampler=$!
  wait "$pid" || echo "batch_bench: opcheck run exited with $? (some files may have failed; see $log)"
  wait "$sampler" || true
  wall_s=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log.time")
  maxrss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log.time")
  tree_peak_kb=$(cat "$log.rss" 2>/dev/null || echo 0)
}

echo "== batch_bench: $plans plans, --jobs $jobs, work folder $work; $(date -Is), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ! -f "$corpus/.complete-$plans" ]]; then
  rm -rf "$corpus"
  start=$(date +%s.%N)
  "$generator" --plans "$plans" --seed 7 --scanned-share 0.2 --out "$corpus" >"$work/generate.log" 2>&1
  touch "$corpus/.complete-$plans"
  printf 'corpus generated in %.1f s (not part of the run)\n' "$(calc "$(date +%s.%N) - $start")"
fi
rm -rf "$out"

echo "-- first run (cold store)"
timed_run "$work/run1.log"
first_wall=$wall_s first_rss=$maxrss_kb first_tree=$tree_peak_kb
tail -n 3 "$work/run1.log"

db="$out/opcheck.sqlite"
read -r files pages ocr_pages failed < <(sqlite3 -separator ' ' "$db" \
  "SELECT count(*), coalesce(sum(pages),0), coalesce(sum(ocr_pages),0), sum(error_kind IS NOT NULL) FROM plans")

echo "-- unchanged re-run"
timed_run "$work/run2.log"
second_wall=$wall_s second_rss=$maxrss_kb

echo
echo "== results"
printf 'files %s (failed %s), pages %s, OCR pages %s\n' "$files" "$failed" "$pages" "$ocr_pages"
printf 'first run wall:          %8.1f s  (%.2f s/page overall; %.2f s per OCR page if all time were OCR)\n' \
  "$first_wall" "$(calc "$first_wall / ($pages + 0.0001)")" "$(calc "$first_wall / ($ocr_pages + 0.0001)")"
printf 'peak memory, largest process (GNU time): %6.0f MiB   bar < 1024 MiB: %s\n' \
  "$(calc "$first_rss / 1024")" "$(calc "$first_rss < 1048576 ? \"PASS\" : \"FAIL\"")"
printf 'peak memory, process tree summed (0.5 s samples): %6.0f MiB\n' "$(calc "$first_tree / 1024")"
printf 'unchanged re-run wall:   %8.2f s  bar < 2 s: %s  (peak %.0f MiB)\n' \
  "$second_wall" "$(calc "$second_wall < 2 ? \"PASS\" : \"FAIL\"")" "$(calc "$second_rss / 1024")"

echo
echo "per-step time split recorded by the extract stage (store: plans.timings, summed over plans):"
sqlite3 -separator ' ' "$db" "SELECT key, sum(value) FROM plans, json_each(plans.timings) GROUP BY key ORDER BY 2 DESC" |
  awk -v wall="$first_wall" '{ printf "  %-14s %9.1f s  %5.1f %% of wall\n", $1, $2, 100 * $2 / wall; sum += $2 }
    END { printf "  %-14s %9.1f s  %5.1f %% of wall (analysis, storage, outputs, child process and JSON transfer)\n", "rest", wall - sum, 100 * (wall - sum) / wall }'
echo "split printed by opcheck run itself (first run, summed over concurrent workers):"
grep -E '^Tijd per stap' "$work/run1.log" | sed 's/^/  /' || echo "  (none printed by this opcheck version)"

if (( keep == 0 )); then rm -rf "$out"; fi
