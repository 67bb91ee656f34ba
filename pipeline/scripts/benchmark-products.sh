#!/usr/bin/env bash
# Workload 1 of issue 19 (called by benchmark-scan.sh --products): a 10980² Sentinel-2 L2A .SAFE pair from
# ~/.cache/corridorwatch/bench/safe, corridor mode (and --aoi scene when asked), against its peers in the same run.
# Prints medians of RUNS runs and the counters of the last run. Args: RUNS AOI_SCENE(0|1)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
RUNS=${1:-1}; AOI_SCENE=${2:-0}; THREADS=2
BENCH=${CORRIDORWATCH_BENCH:-$HOME/.cache/corridorwatch/bench}
CW="$ROOT/corridorwatch"; S="$ROOT/pipeline/scripts"; WORK=$BENCH/runs; mkdir -p "$WORK"
[ -d "$BENCH/safe/after" ] || "$S/make-products.sh" "$BENCH"
B=$(ls -d "$BENCH"/safe/before/*.SAFE); A=$(ls -d "$BENCH"/safe/after/*.SAFE)
SO="$WORK/decode-counter.so"
[ "$SO" -nt "$S/decode-counter.c" ] || gcc -O2 -shared -fPIC -o "$SO" "$S/decode-counter.c" -ldl
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# timed NAME COMMAND...: wall seconds appended to $WORK/NAME.t, counters of the run in $WORK/NAME.cnt
timed() {
  local name=$1; shift; rm -f "$WORK/$name.cnt"
  /usr/bin/time -f "%e %M" -o "$WORK/$name.time" env LD_PRELOAD="$SO" CW_DECODE_COUNT_FILE="$WORK/$name.cnt" "$@" >"$WORK/$name.log" 2>&1
  read -r e m < "$WORK/$name.time"; echo "$e" >> "$WORK/$name.t"; echo "$m" > "$WORK/$name.rss"
}
sum() { awk -v k="$2" '{for(i=1;i<=NF;i++){split($i,a,"="); if(a[1]==k) s+=a[2]}} END {print s+0}' "$WORK/$1.cnt" 2>/dev/null || echo 0; }
bands() { find "$1" -name '*_B02_10m.jp2' -o -name '*_B03_10m.jp2' -o -name '*_B04_10m.jp2' -o -name '*_B08_10m.jp2' \
  -o -name '*_B11_20m.jp2' -o -name '*_B12_20m.jp2' -o -name '*_SCL_20m.jp2' | sort; }
rm -f "$WORK"/*.t
modes=(corridor); [ "$AOI_SCENE" = 1 ] && modes+=(scene)
for i in $(seq "$RUNS"); do
  for m in "${modes[@]}"; do
    extra=(); [ "$m" = scene ] && extra=(--aoi scene)
    timed "scan-$m" "$CW" scan --before "$B" --after "$A" "${extra[@]}" --threads $THREADS --out "$WORK/scan-$m" --overwrite
  done
  V="$WORK/scan-corridor/inputs"  # the scan's own stacks of the products (bands by description, 20 m at 10 m)
  timed calc gdal_calc.py -A "$V/before.vrt" --A_band=4 -B "$V/before.vrt" --B_band=6 -C "$V/after.vrt" --C_band=4 -D "$V/after.vrt" --D_band=6 \
    --calc="(A.astype(float)-B)/(A+B+1e-6)-(C.astype(float)-D)/(C+D+1e-6)" --type Float32 --co COMPRESS=DEFLATE --co TILED=YES \
    --outfile "$WORK/dnbr.tif" --overwrite --quiet
  if command -v otbcli_BandMath >/dev/null; then
    timed otb otbcli_BandMath -il "$V/before.vrt" "$V/after.vrt" -out "$WORK/dnbr-otb.tif" float \
      -exp "(im1b4-im1b6)/(im1b4+im1b6+1e-6)-(im2b4-im2b6)/(im2b4+im2b6+1e-6)"
  fi
  timed floor env GDAL_NUM_THREADS=$THREADS /usr/bin/python3 "$S/decode-whole.py" $(bands "$B") $(bands "$A")
done
MPX=$(echo "10980 * 10980 / 1000000" | bc -l)
med() { [ -f "$WORK/$1.t" ] && median < "$WORK/$1.t" || echo nan; }
printf 'workload 1: 10980² .SAFE pair (JPEG2000 per band), %d threads, medians of %d runs, %s\n' $THREADS "$RUNS" "$(date -u +%F)"
printf '%-32s %9s %8s %11s %9s %8s\n' what wall_s Mpx/s jp2_decodes jp2_Mpx rss_MB
for n in calc otb floor scan-corridor scan-scene; do
  [ -f "$WORK/$n.t" ] || continue
  t=$(med $n)
  printf '%-32s %9.2f %8.2f %11d %9.0f %8.0f\n' "$n" "$t" "$(echo "$MPX / $t" | bc -l)" "$(sum $n jp2_decodes)" \
    "$(echo "$(sum $n jp2_pixels) / 1000000" | bc -l)" "$(echo "$(cat "$WORK/$n.rss") / 1024" | bc -l)"
done
met=$(/usr/bin/python3 "$S/blocks-met.py" "$WORK/scan-corridor")
printf 'corridor: JPEG2000 tiles the planned tiles meet: %d; decoded %d (%.2fx, target <= 1.1)\n' "$met" \
  "$(sum scan-corridor jp2_decodes)" "$(echo "$(sum scan-corridor jp2_decodes) / $met" | bc -l)"
printf 'corridor scan vs gdal_calc over the whole tile: %.2fx faster (target >= 10)\n' "$(echo "$(med calc) / $(med scan-corridor)" | bc -l)"
if [ -f "$WORK/scan-scene.t" ]; then
  printf 'scene scan: %.2fx gdal_calc throughput (target >= 3), %.2fx the decode floor (target <= 1.5)\n' \
    "$(echo "$(med calc) / $(med scan-scene)" | bc -l)" "$(echo "$(med scan-scene) / $(med floor)" | bc -l)"
fi
