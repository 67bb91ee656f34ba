#!/usr/bin/env bash
# Makes the product benchmark's inputs once (outside any timed part) in DIR (default ~/.cache/corridorwatch/bench):
# gen/ a 10980² Sentinel-2 pair (samples generate, ~15 min on 2 cores); safe/before|after/*.SAFE (make-products.py,
# ~12 min); cog/before|after/BAND.tif, the same bands as per-band COGs (DEFLATE, predictor 2, 1024² blocks, 20 m bands
# at 20 m, nodata 0); night/P0..P6, seven products five days apart hard-linked from the two .SAFE (make-night.py).
# Each step is skipped when its output exists.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
DIR=${1:-$HOME/.cache/corridorwatch/bench}; SIZE=${SIZE:-10980}
[ -f "$DIR/gen/after.tif" ] || "$ROOT/corridorwatch" samples generate --sensor sentinel2 --case default --seed 11 \
  --size-px "$SIZE" "$SIZE" --no-cog --out "$DIR/gen" --overwrite
for d in before after; do
  ls -d "$DIR/safe/$d"/*.SAFE >/dev/null 2>&1 || /usr/bin/python3 "$ROOT/pipeline/scripts/make-products.py" "$DIR/gen/$d.tif" "$DIR/safe/$d"
  mkdir -p "$DIR/cog/$d"
  b=0
  for n in B02 B03 B04 B08 B11 B12 SCL; do
    b=$((b + 1)); f="$DIR/cog/$d/$n.tif"; [ -f "$f" ] && continue
    size=(); case $n in B11|B12) size=(-outsize 50% 50% -r average);; SCL) size=(-outsize 50% 50% -r nearest);; esac
    gdal_translate -q -of COG -b $b "${size[@]}" -a_nodata 0 -co BLOCKSIZE=1024 -co COMPRESS=DEFLATE -co PREDICTOR=2 \
      "$DIR/gen/$d.tif" "$f.partial.tif" && mv "$f.partial.tif" "$f" && echo "wrote $f"
  done
done
[ -d "$DIR/night/P6" ] || /usr/bin/python3 "$ROOT/pipeline/scripts/make-night.py" "$(ls -d "$DIR"/safe/before/*.SAFE)" \
  "$(ls -d "$DIR"/safe/after/*.SAFE)" "$DIR/night"
