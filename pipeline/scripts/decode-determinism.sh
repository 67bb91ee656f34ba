#!/usr/bin/env bash
# Does the number of threads GDAL decodes JPEG2000 with change what a product scan writes? Writes the committed sample
# rn1-kolokani-didieni as two Sentinel-2 products (make-products.py), once with one JPEG2000 tile per band file and once
# tiled 128² (a read then meets several tiles and GDAL decodes them on its threads), and scans each RUNS times in one
# JVM (ScanRepeat.java) with GDAL_NUM_THREADS 1, 2 and 4. Each line: the configuration, the runs whose outputs differ
# from that configuration's first run, and a digest of the outputs. The three lines of one tile size must show the same
# digest (the two tile sizes differ only in the product folder that candidates.geojson names; pixels and chips are equal,
# which DecodeThreadsDeterminismTest checks).
# Usage: decode-determinism.sh [RUNS (default 20)] [WORK (default /tmp/cw-determinism)]
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
RUNS=${1:-20}; WORK=${2:-/tmp/cw-determinism}
SAMPLE="$ROOT/imagery-samples/rn1-kolokani-didieni"
"$ROOT/corridorwatch" --version >/dev/null   # builds the jar when the sources changed
JNI_DIR=$("$ROOT/pipeline/scripts/gdal-jni.sh")
for tile in 1024 128; do
  for d in before after; do
    ls -d "$WORK/tile$tile/$d"/*.SAFE >/dev/null 2>&1 || /usr/bin/python3 "$ROOT/pipeline/scripts/make-products.py" \
      "$SAMPLE/$d.tif" "$WORK/tile$tile/$d" "$tile"
  done
done
for tile in 1024 128; do
  for nt in 1 2 4; do
    printf 'tiles %4s px, GDAL_NUM_THREADS=%s: ' "$tile" "$nt"
    GDAL_NUM_THREADS=$nt java -Xmx1g -Djava.awt.headless=true -Djava.library.path="$JNI_DIR" -Dcorridorwatch.home="$ROOT" \
      -cp "$ROOT/pipeline/target/corridorwatch.jar" "$ROOT/pipeline/scripts/ScanRepeat.java" \
      "$(ls -d "$WORK/tile$tile/before"/*.SAFE)" "$(ls -d "$WORK/tile$tile/after"/*.SAFE)" "$SAMPLE/firms.csv" "$RUNS" | tail -5
  done
done
