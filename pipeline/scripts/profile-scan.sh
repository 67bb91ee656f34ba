#!/usr/bin/env bash
# Where a scan's CPU goes, for docs/performance-products.md: `perf` samples by shared object (JPEG2000 decoding in
# libopenjp2, DEFLATE in libdeflate/libz, GDAL, the JIT-compiled analysis, the JVM, the kernel) and a JDK Flight Recorder
# profile of the Java methods (self and inclusive shares, jfr-methods.py). One scan, run through ./corridorwatch.
#   pipeline/scripts/profile-scan.sh OUT_DIR scan --before B --after A [--aoi scene] --threads 2
# Writes OUT_DIR/{perf.data,dso.txt,scan.jfr,methods.txt,run/}; prints dso.txt and the top of methods.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
[ $# -ge 2 ] || { echo "usage: $0 OUT_DIR scan ARGS..." >&2; exit 2; }
OUT=$(mkdir -p "$1" && cd "$1" && pwd); shift
command -v perf >/dev/null || { echo "perf not found: apt-get install linux-perf" >&2; exit 3; }
"$ROOT/corridorwatch" --version >/dev/null  # builds the jar outside the profile
export CORRIDORWATCH_JAVA_OPTS="-Xmx1g -XX:+UseParallelGC -XX:StartFlightRecording=filename=$OUT/scan.jfr,settings=profile"
perf record -q -F 99 -o "$OUT/perf.data" -- "$ROOT/corridorwatch" "$@" --out "$OUT/run" --overwrite > "$OUT/scan.log" 2>&1
# JIT-compiled code has no shared object: perf shows it as [unknown] or a perf-PID.map / anon mapping
perf report -q -i "$OUT/perf.data" --sort dso --stdio 2>/dev/null | awk 'NF >= 2 {
  d = $2; if (d ~ /unknown|perf-|anon|JIT|memfd/) d = "JIT-compiled Java (no shared object)"; s[d] += $1 }
  END { for (d in s) printf "%6.1f%%  %s\n", s[d], d }' | sort -rn > "$OUT/dso.txt"
JFR=$(dirname "$(readlink -f "$(command -v java)")")/jfr
for j in /usr/lib/jvm/*-25*/bin/jfr; do [ -x "$j" ] && JFR=$j; done
"$JFR" print --events jdk.ExecutionSample "$OUT/scan.jfr" > "$OUT/samples.txt"
/usr/bin/python3 "$ROOT/pipeline/scripts/jfr-methods.py" "$OUT/samples.txt" > "$OUT/methods.txt"
rm -f "$OUT/samples.txt"
echo "== CPU samples by shared object ($OUT/dso.txt)"; head -12 "$OUT/dso.txt"
echo "== Java methods, JFR ($OUT/methods.txt)"; head -24 "$OUT/methods.txt"
