#!/usr/bin/env bash
# Wall time of the same pairs through (a) a shell loop of `corridorwatch scan` and (c) `corridorwatch backfill
# --master local[2]`. Usage: pipeline/scripts/benchmark-backfill.sh [PAIRS.csv] (default: three committed samples).
# Not yet here (see docs/scale.md): (b) the in-process nightly, (d) a loopback standalone cluster, 8 generated 5490² pairs.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
WORK=${BENCH_DIR:-/tmp/corridorwatch-benchmark-backfill}
rm -rf "$WORK"; mkdir -p "$WORK"
PAIRS=${1:-$WORK/pairs.csv}
if [ -z "${1:-}" ]; then
  echo "before,after,sensor,firms" > "$PAIRS"
  for s in rn1-kaniera-lakamane no-change rn7-bougouni-bushfires; do
    d="$ROOT/imagery-samples/$s"; echo "$d/before.tif,$d/after.tif,,$d/firms.csv" >> "$PAIRS"
  done
fi
"$ROOT/corridorwatch" --version >/dev/null   # builds the scan jar outside the timing
t0=$(date +%s.%N); i=0
tail -n +2 "$PAIRS" | while IFS=, read -r before after sensor firms; do
  i=$((i+1))
  "$ROOT/corridorwatch" scan --before "$before" --after "$after" ${sensor:+--sensor "$sensor"} ${firms:+--firms "$firms"} \
    --threads 2 --out "$WORK/scan/$i" --overwrite >/dev/null 2>&1
done
t1=$(date +%s.%N)
"$ROOT/corridorwatch" backfill --pairs "$PAIRS" --out "$WORK/warm" --master 'local[2]' >/dev/null 2>&1   # builds the backfill jar
t2=$(date +%s.%N)
"$ROOT/corridorwatch" backfill --pairs "$PAIRS" --out "$WORK/backfill" --master 'local[2]' >/dev/null 2>&1
t3=$(date +%s.%N)
n=$(($(wc -l < "$PAIRS") - 1))
printf '| engine | pairs | wall s |\n|---|---|---|\n'
printf '| (a) shell loop of scan --threads 2 | %d | %.1f |\n' "$n" "$(echo "$t1 - $t0" | bc)"
printf '| (c) backfill --master local[2] | %d | %.1f |\n' "$n" "$(echo "$t3 - $t2" | bc)"
