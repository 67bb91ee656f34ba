#!/usr/bin/env bash
# Regenerates every committed sample in imagery-samples/ (identical pixels for the same code and seed).
# Run from anywhere; takes about a minute. Committed samples use --no-cog (plain tiled DEFLATE GeoTIFF,
# no overviews) to keep the whole set under ~25 MB; drop --no-cog to get COGs.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$ROOT"
gen() { ./corridorwatch samples generate --overwrite "$@"; }
gen --sensor sentinel2 --case attack-13sep --seed 13 --corridor rn1-senegal --from-km 124 --to-km 129 --size-px 500 500 --no-cog --out imagery-samples/rn1-kolokani-didieni
gen --sensor sentinel2 --case attack-14sep-large --seed 14 --corridor rn1-senegal --from-km 396 --to-km 401 --size-px 500 500 --no-cog --out imagery-samples/rn1-kaniera-lakamane
gen --sensor sentinel2 --case bushfires-small-attack --seed 6 --corridor rn7-cotedivoire --from-km 143 --to-km 149 --size-px 600 600 --no-cog --out imagery-samples/rn7-bougouni-bushfires
gen --sensor planetscope --case wrecks-queue --seed 4 --corridor rn1-senegal --from-km 126 --to-km 128 --size-px 700 700 --no-cog --out imagery-samples/planetscope-wrecks-queue
gen --sensor highres --case wreck-line --seed 4 --corridor rn1-senegal --from-km 126.2 --to-km 126.8 --size-px 320 960 --no-cog --out imagery-samples/highres-wreck-line
gen --sensor sentinel2 --case no-change --seed 5 --corridor rn1-senegal --from-km 60 --to-km 64 --size-px 320 320 --no-cog --out imagery-samples/no-change
gen --sensor sentinel2 --case mostly-cloudy --seed 7 --corridor rn7-cotedivoire --from-km 60 --to-km 64 --size-px 320 320 --no-cog --out imagery-samples/mostly-cloudy
