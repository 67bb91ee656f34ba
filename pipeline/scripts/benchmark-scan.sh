#!/usr/bin/env bash
# Benchmark of the scan (issue 5's targets) on a generated Sentinel-2 pair, against GDAL references
# measured in the same run on the same files:
#   - gdal_calc.py computing dNBR alone (throughput reference; the scan must reach 3x its Mpx/s),
#   - GDAL decoding every band the scan reads (B02 B03 B04 B08 B11 B12 SCL of both dates, read through
#     GDAL's Python bindings in the scan's 512 px windows, GDAL_NUM_THREADS=2, nothing else computed;
#     the scan's wall time must stay within 1.5x of it),
#   - the scan's peak RSS (< 1.5 GB) on the scene and on a scene twice as large (must stay flat).
# Reports medians of --runs runs. Usage:
#   pipeline/scripts/benchmark-scan.sh [--size 5490] [--runs 3] [--work /var/tmp/cw-bench]
# With --products (issue 19): the unit users download instead, cached under ~/.cache/corridorwatch/bench (made once,
# outside the timed part, by pipeline/scripts/make-products.sh), see benchmark-products.sh: workload 1, a 10980²
# Sentinel-2 L2A .SAFE pair (one JPEG2000 per band); workload 2, the same tile as per-band COGs, local and over
# /vsicurl/ from a loopback HTTP server; workload 3, six such pairs in one nightly run; corridor mode and (with
# --aoi-scene) --aoi scene, against gdal_calc.py dNBR, OTB BandMath and the decode floor (decode-whole.py: every band
# file the scan needs, whole, once, GDAL_NUM_THREADS=2), with deterministic counters (decode-counter.c: JPEG2000 tiles
# decoded and their pixels, DEFLATE blocks inflated), the ratio of blocks decoded to blocks the corridor tiles meet
# (blocks-met.py) and the decodes of each scan stage (decode-stages.py):
#   pipeline/scripts/benchmark-scan.sh --products [--runs 1] [--aoi-scene] [--workloads "1 2 3"]
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
SIZE=5490; RUNS=3; WORK=/var/tmp/cw-bench; THREADS=2; PRODUCTS=0; AOI_SCENE=0; WORKLOADS="1 2 3"
while [ $# -gt 0 ]; do
  case "$1" in
    --products) PRODUCTS=1; shift;; --aoi-scene) AOI_SCENE=1; shift;;
    --workloads) WORKLOADS=$2; shift 2;;
    --size) SIZE=$2; shift 2;; --runs) RUNS=$2; shift 2;; --work) WORK=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
need=()
command -v gdal_calc.py >/dev/null || need+=(python3-gdal)
[ -x /usr/bin/time ] || need+=(time)
command -v bc >/dev/null || need+=(bc)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
CW="$ROOT/corridorwatch"
if [ "$PRODUCTS" = 1 ]; then
  exec "$ROOT/pipeline/scripts/benchmark-products.sh" "$RUNS" "$AOI_SCENE" "$WORKLOADS"
fi
mkdir -p "$WORK"
gen() { # gen DIR WIDTH HEIGHT
  [ -f "$1/after.tif" ] || "$CW" samples generate --sensor sentinel2 --case no-change --seed 7 --size-px "$2" "$3" --out "$1" --overwrite >/dev/null
}
gen "$WORK/s1" "$SIZE" "$SIZE"
gen "$WORK/s2" "$SIZE" $((SIZE * 2))
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
secs() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc -l; }
B="$WORK/s1/before.tif"; A="$WORK/s1/after.tif"
band() { gdalinfo "$1" | awk -v d="$2" '/^Band /{b=$2} $0 ~ "Description = "d"$" {print b; exit}'; }
NIR=$(band "$B" B08); SW=$(band "$B" B12)
calc=(); decode=(); scan=(); rss=(); rss2=()
for i in $(seq "$RUNS"); do
  calc+=("$(secs gdal_calc.py -A "$B" --A_band="$NIR" -B "$B" --B_band="$SW" -C "$A" --C_band="$NIR" -D "$A" --D_band="$SW" \
    --calc="(A.astype(float)-B)/(A+B+1e-6)-(C.astype(float)-D)/(C+D+1e-6)" --type Float32 --co COMPRESS=DEFLATE --co TILED=YES \
    --outfile "$WORK/dnbr.tif" --overwrite --quiet)")
  decode+=("$(GDAL_NUM_THREADS=$THREADS secs /usr/bin/python3 "$ROOT/pipeline/scripts/decode-bands.py" "$B" "$A")")
  out=$( { /usr/bin/time -f "%e %M" "$CW" scan --before "$B" --after "$A" --aoi scene --threads $THREADS --out "$WORK/run" --overwrite >/dev/null; } 2>&1 | tail -1)
  scan+=("${out% *}"); rss+=("${out#* }")
  out=$( { /usr/bin/time -f "%e %M" "$CW" scan --before "$WORK/s2/before.tif" --after "$WORK/s2/after.tif" --aoi scene --threads $THREADS --out "$WORK/run2" --overwrite >/dev/null; } 2>&1 | tail -1)
  rss2+=("${out#* }")
done
mc=$(printf '%s\n' "${calc[@]}" | median); md=$(printf '%s\n' "${decode[@]}" | median); ms=$(printf '%s\n' "${scan[@]}" | median)
mr=$(printf '%s\n' "${rss[@]}" | median); mr2=$(printf '%s\n' "${rss2[@]}" | median)
MPX=$(echo "$SIZE * $SIZE / 1000000" | bc -l)
printf 'scene %dx%d (%.1f Mpx per date), %d threads, medians of %d runs\n' "$SIZE" "$SIZE" "$MPX" "$THREADS" "$RUNS"
printf '%-34s %8.2f s  %6.2f Mpx/s\n' "gdal_calc.py dNBR" "$mc" "$(echo "$MPX / $mc" | bc -l)"
printf '%-34s %8.2f s  %6.2f Mpx/s\n' "GDAL decode of both dates" "$md" "$(echo "$MPX / $md" | bc -l)"
printf '%-34s %8.2f s  %6.2f Mpx/s\n' "corridorwatch scan --aoi scene" "$ms" "$(echo "$MPX / $ms" | bc -l)"
printf 'scan throughput / gdal_calc: %.2fx (target >= 3)\n' "$(echo "$mc / $ms" | bc -l)"
printf 'scan wall / GDAL decode:     %.2fx (target <= 1.5)\n' "$(echo "$ms / $md" | bc -l)"
printf 'peak RSS: %.0f MB; scene twice as large: %.0f MB (target < 1500, flat)\n' "$(echo "$mr / 1024" | bc -l)" "$(echo "$mr2 / 1024" | bc -l)"
