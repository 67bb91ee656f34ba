#!/usr/bin/env bash
# Makes the product benchmark's inputs once (outside any timed part) in DIR (default ~/.cache/corridorwatch/bench):
# gen/ a 10980² Sentinel-2 pair (samples generate, ~15 min on 2 cores), safe/before|after/*.SAFE (~12 min).
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
DIR=${1:-$HOME/.cache/corridorwatch/bench}; SIZE=${SIZE:-10980}
[ -f "$DIR/gen/after.tif" ] || "$ROOT/corridorwatch" samples generate --sensor sentinel2 --case default --seed 11 \
  --size-px "$SIZE" "$SIZE" --no-cog --out "$DIR/gen" --overwrite
for d in before after; do
  ls -d "$DIR/safe/$d"/*.SAFE >/dev/null 2>&1 || /usr/bin/python3 "$ROOT/pipeline/scripts/make-products.py" "$DIR/gen/$d.tif" "$DIR/safe/$d"
done
