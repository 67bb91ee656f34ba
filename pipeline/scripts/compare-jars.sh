#!/usr/bin/env bash
# Scan speed of two or more builds on the same scenes, interleaved in one run (so load drifts hit every build alike):
# `scan --aoi scene --threads 2` (masks, co-registration, every evidence component, regions, sites, all outputs, JVM
# start) of two generated 5490² Sentinel-2 pairs, the benchmark-scan.sh pair (no-change, seed 7) and one with an
# attack (default case, seed 11), each build with its own config folder. Prints one line per scan and, per build and
# scene, the medians of wall and CPU (user + system) seconds and of peak RSS, and each build's ratio to the first.
# Usage: compare-jars.sh RUNS WORK JAR:HOME [JAR:HOME ...]
#   JAR: a corridorwatch.jar (e.g. copied from pipeline/target before and after a change);
#   HOME: the checkout whose config/ that build reads (e.g. `git worktree add /tmp/base COMMIT`).
# The scenes are generated into WORK once, with the first build.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
RUNS=$1; WORK=$2; shift 2
JNI_DIR=$("$ROOT/pipeline/scripts/gdal-jni.sh")
run_java() { # JAR HOME ARGS...
  local jar=$1 home=$2; shift 2
  java -Xmx1g -XX:+UseParallelGC -Djava.awt.headless=true -Djava.library.path="$JNI_DIR" -Dcorridorwatch.home="$home" \
    -jar "$jar" "$@"
}
first=$1; mkdir -p "$WORK"
[ -f "$WORK/nochange/after.tif" ] || run_java "${first%%:*}" "${first#*:}" samples generate --sensor sentinel2 \
  --case no-change --seed 7 --size-px 5490 5490 --out "$WORK/nochange" --overwrite >/dev/null
[ -f "$WORK/attack/after.tif" ] || run_java "${first%%:*}" "${first#*:}" samples generate --sensor sentinel2 \
  --case default --seed 11 --size-px 5490 5490 --out "$WORK/attack" --overwrite >/dev/null
: > "$WORK/scans.txt"
for i in $(seq 1 "$RUNS"); do
  for b in "$@"; do
    jar=${b%%:*}; home=${b#*:}
    for scene in nochange attack; do
      rm -rf "$WORK/out"
      /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" java -Xmx1g -XX:+UseParallelGC -Djava.awt.headless=true \
        -Djava.library.path="$JNI_DIR" -Dcorridorwatch.home="$home" -jar "$jar" scan --before "$WORK/$scene/before.tif" \
        --after "$WORK/$scene/after.tif" --aoi scene --threads 2 --firms "$WORK/$scene/firms.csv" --out "$WORK/out" \
        > "$WORK/scan.log" 2>&1 || { echo "scan failed: $b $scene (log $WORK/scan.log)"; exit 1; }
      echo "$jar $scene $i $(cat "$WORK/time.txt")" | tee -a "$WORK/scans.txt"
    done
  done
done
/usr/bin/python3 - "$WORK/scans.txt" <<'PY'
import statistics as st, sys
rows = {}
for line in open(sys.argv[1]):
    jar, scene, _, wall, user, sys_, rss = line.split()
    rows.setdefault((scene, jar), []).append((float(wall), float(user) + float(sys_), int(rss) / 1024))
base = {}
for (scene, jar), v in rows.items():
    wall, cpu, rss = (st.median(x[k] for x in v) for k in range(3))
    b = base.setdefault(scene, (wall, cpu))
    print(f"{scene:9s} {jar}: runs {len(v)}, wall {wall:.2f} s ({wall / b[0]:.3f}x), CPU {cpu:.2f} s ({cpu / b[1]:.3f}x), peak RSS {rss:.0f} MB")
PY
