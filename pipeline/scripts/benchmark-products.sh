#!/usr/bin/env bash
# The three workloads of issue 19 (called by benchmark-scan.sh --products), each against its peers in the same run,
# inputs made once under ~/.cache/corridorwatch/bench by make-products.sh (outside the timed part):
#   1. a 10980² Sentinel-2 L2A .SAFE pair (one JPEG2000 per band), read through GDAL's SENTINEL2 driver;
#   2. the same tile as per-band COGs (B02 B03 B04 B08 at 10 m, B11 B12 SCL at 20 m) stacked by a VRT
#      (cog-stack.py), local and over /vsicurl/ from a loopback range-capable HTTP server (range-http-server.py);
#   3. a night: six pairs of such products (night/P0..P6, consecutive pairs) in one `nightly` run, and one pair (P0 P1)
#      alone for the peak RSS from one pair to six; night-stages.py splits their decodes by phase (catalog, pairing, scans).
# Workloads 1 and 2 run in corridor mode and, with AOI_SCENE=1, with --aoi scene. Peers: gdal_calc.py dNBR and
# otbcli_BandMath dNBR (workload 1) over the same band files through the scan's stack, and the decode floor
# (decode-whole.py: every band file the scan needs, whole, once, GDAL_NUM_THREADS=2). Every process runs under
# decode-counter.c (JPEG2000 tile decodes and their pixels; DEFLATE blocks). Prints medians of RUNS runs, the counters
# of the last run, and the ratios of the targets.
# Args: RUNS AOI_SCENE(0|1) [WORKLOADS, default "1 2 3"]. Env: CORRIDORWATCH_BENCH (inputs), BENCH_RUNS (scratch, one
# folder per concurrent benchmark), BENCH_OTB=0 (leave OTB out: 2-4 min a run).
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
RUNS=${1:-1}; AOI_SCENE=${2:-0}; WORKLOADS=${3:-1 2 3}; THREADS=2
BENCH=${CORRIDORWATCH_BENCH:-$HOME/.cache/corridorwatch/bench}
CW="$ROOT/corridorwatch"; S="$ROOT/pipeline/scripts"; WORK=${BENCH_RUNS:-$BENCH/runs}; mkdir -p "$WORK"
PY=/usr/bin/python3  # the system Python has GDAL's bindings
[ -d "$BENCH/night/P6" ] || "$S/make-products.sh" "$BENCH"
B=$(ls -d "$BENCH"/safe/before/*.SAFE); A=$(ls -d "$BENCH"/safe/after/*.SAFE)
SO="$WORK/decode-counter.so"
[ "$SO" -nt "$S/decode-counter.c" ] || gcc -O2 -shared -fPIC -o "$SO" "$S/decode-counter.c" -ldl -lpthread
"$CW" --version >/dev/null  # builds the jar outside the timed part
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# timed NAME COMMAND...: wall seconds appended to $WORK/NAME.t, CPU seconds to NAME.cpu, counters in NAME.cnt, the
# decode trace in NAME.trace (decode-stages.py splits it by the scan's stages)
timed() {
  local name=$1; shift; rm -f "$WORK/$name.cnt" "$WORK/$name.trace"
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/$name.time" env LD_PRELOAD="$SO" CW_DECODE_COUNT_FILE="$WORK/$name.cnt" \
    CW_DECODE_TRACE_FILE="$WORK/$name.trace" "$@" >"$WORK/$name.log" 2>&1 || echo "($name exited $?: $WORK/$name.log)"
  read -r e m u s < "$WORK/$name.time"; echo "$e" >> "$WORK/$name.t"; echo "$m" > "$WORK/$name.rss"
  echo "$u + $s" | bc -l >> "$WORK/$name.cpu"
}
sum() { awk -v k="$2" '{for(i=1;i<=NF;i++){split($i,a,"="); if(a[1]==k) s+=a[2]}} END {printf "%.0f\n", s}' "$WORK/$1.cnt" 2>/dev/null || echo 0; }
bands() { find "$1" -name '*_B02_10m.jp2' -o -name '*_B03_10m.jp2' -o -name '*_B04_10m.jp2' -o -name '*_B08_10m.jp2' \
  -o -name '*_B11_20m.jp2' -o -name '*_B12_20m.jp2' -o -name '*_SCL_20m.jp2' | sort; }
cogs() { for n in B02 B03 B04 B08 B11 B12 SCL; do echo "$1/$n.tif"; done; }
med() { [ -f "$WORK/$1.t" ] && median < "$WORK/$1.t" || echo nan; }
cpu() { [ -f "$WORK/$1.cpu" ] && median < "$WORK/$1.cpu" || echo nan; }  # user + system seconds
ratio() { echo "$1 / $2" | bc -l; }
calc() { # calc NAME BEFORE_STACK AFTER_STACK: dNBR of bands 4 (B08) and 6 (B12) of the stacks, whole tile
  timed "$1" gdal_calc.py -A "$2" --A_band=4 -B "$2" --B_band=6 -C "$3" --C_band=4 -D "$3" --D_band=6 \
    --calc="(A.astype(float)-B)/(A+B+1e-6)-(C.astype(float)-D)/(C+D+1e-6)" --type Float32 --co COMPRESS=DEFLATE \
    --co TILED=YES --outfile "$WORK/dnbr.tif" --overwrite --quiet
}
scans() { # scans PREFIX BEFORE AFTER: corridor mode (and --aoi scene)
  local m; for m in "${modes[@]}"; do
    local extra=(); [ "$m" = scene ] && extra=(--aoi scene)
    timed "$1-scan-$m" "$CW" scan --before "$2" --after "$3" "${extra[@]}" --threads $THREADS --out "$WORK/$1-scan-$m" --overwrite
  done
}
modes=(corridor); [ "$AOI_SCENE" = 1 ] && modes+=(scene)
rm -f "$WORK"/*.t "$WORK"/*.cpu
SERVER=""
cleanup() { [ -z "$SERVER" ] || kill "$SERVER" 2>/dev/null || true; }
trap cleanup EXIT
if [[ " $WORKLOADS " == *" 2 "* ]]; then
  "$PY" "$S/range-http-server.py" "$BENCH/cog" > "$WORK/server.port" 2>"$WORK/server.log" &
  SERVER=$!; sleep 1; PORT=$(cat "$WORK/server.port")
  for d in before after; do
    "$PY" "$S/cog-stack.py" "$BENCH/cog/$d" "$WORK/cog-$d.vrt" >/dev/null
    "$PY" "$S/cog-stack.py" "http://127.0.0.1:$PORT/$d" "$WORK/http-$d.vrt" >/dev/null
  done
fi
for i in $(seq "$RUNS"); do
  if [[ " $WORKLOADS " == *" 1 "* ]]; then
    scans w1 "$B" "$A"
    # lever measured, withdrawn (a race: docs/performance-products.md): OpenJPEG's own threads (GDAL_NUM_THREADS=2 per
    # read instead of the scan's default of 1 on 2 cores)
    timed w1-scan-corridor-nt2 env GDAL_NUM_THREADS=2 "$CW" scan --before "$B" --after "$A" --threads $THREADS \
      --out "$WORK/w1-scan-corridor-nt2" --overwrite
    V="$WORK/w1-scan-corridor/inputs"  # the scan's own stacks of the products (20 m bands at 10 m)
    calc w1-calc "$V/before.vrt" "$V/after.vrt"
    if [ "${BENCH_OTB:-1}" = 1 ] && command -v otbcli_BandMath >/dev/null; then
      timed w1-otb otbcli_BandMath -il "$V/before.vrt" "$V/after.vrt" -out "$WORK/dnbr-otb.tif" float \
        -exp "(im1b4-im1b6)/(im1b4+im1b6+1e-6)-(im2b4-im2b6)/(im2b4+im2b6+1e-6)"
    fi
    timed w1-floor env GDAL_NUM_THREADS=$THREADS "$PY" "$S/decode-whole.py" $(bands "$B") $(bands "$A")
    # the corridor's own floor: only the blocks the corridor scan's tiles meet, each once
    timed w1-floor-corridor env GDAL_NUM_THREADS=$THREADS "$PY" "$S/decode-met.py" "$WORK/w1-scan-corridor" \
      $(bands "$B") $(bands "$A")
  fi
  if [[ " $WORKLOADS " == *" 2 "* ]]; then
    scans w2 "$WORK/cog-before.vrt" "$WORK/cog-after.vrt"
    calc w2-calc "$WORK/cog-before.vrt" "$WORK/cog-after.vrt"
    timed w2-floor env GDAL_NUM_THREADS=$THREADS "$PY" "$S/decode-whole.py" $(cogs "$BENCH/cog/before") $(cogs "$BENCH/cog/after")
    timed w2-floor-corridor env GDAL_NUM_THREADS=$THREADS "$PY" "$S/decode-met.py" "$WORK/w2-scan-corridor" \
      $(cogs "$BENCH/cog/before") $(cogs "$BENCH/cog/after")
    scans w2http "$WORK/http-before.vrt" "$WORK/http-after.vrt"
    calc w2http-calc "$WORK/http-before.vrt" "$WORK/http-after.vrt"
    timed w2http-floor env GDAL_NUM_THREADS=$THREADS "$PY" "$S/decode-whole.py" \
      $(cogs "/vsicurl/http://127.0.0.1:$PORT/before") $(cogs "/vsicurl/http://127.0.0.1:$PORT/after")
  fi
  if [[ " $WORKLOADS " == *" 3 "* ]]; then
    # one pair (P0 P1) then the six (P0..P6), each in a fresh workspace: peak RSS must stay flat from one to six
    for n in 1 6; do
      WS="$WORK/night$n-ws"; rm -rf "$WS"; "$CW" workspace init "$WS" >/dev/null
      for p in $(ls -d "$BENCH"/night/P*/*.SAFE | head -$((n + 1))); do cp -al "$p" "$WS/inbox/"; done  # hard links
      timed "w3-night$n" "$CW" nightly --workspace "$WS" --threads $THREADS
    done
    [ -f "$WORK/w1-floor.t" ] || timed w1-floor env GDAL_NUM_THREADS=$THREADS "$PY" "$S/decode-whole.py" $(bands "$B") $(bands "$A")
  fi
done
MPX=$(echo "10980 * 10980 / 1000000" | bc -l)
printf '\n%d threads, medians of %d runs, %s, %s\n' $THREADS "$RUNS" "$(date -u '+%F %H:%M UTC')" "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s %8s %8s %8s %9s %8s %10s %8s\n' what wall_s cpu_s Mpx/s jp2_dec jp2_Mpx deflate_blk rss_MB
for n in w1-calc w1-otb w1-floor w1-floor-corridor w1-scan-corridor w1-scan-corridor-nt2 w1-scan-scene w2-calc w2-floor w2-floor-corridor w2-scan-corridor w2-scan-scene \
         w2http-calc w2http-floor w2http-scan-corridor w2http-scan-scene w3-night1 w3-night6; do
  [ -f "$WORK/$n.t" ] || continue
  t=$(med $n)
  printf '%-24s %8.1f %8.1f %8.2f %9d %8.0f %10d %8.0f\n' "$n" "$t" "$(median < "$WORK/$n.cpu")" "$(ratio "$MPX" "$t")" \
    "$(sum $n jp2_decodes)" "$(echo "$(sum $n jp2_pixels) / 1000000" | bc -l)" "$(sum $n deflate_blocks)" \
    "$(echo "$(cat "$WORK/$n.rss") / 1024" | bc -l)"
done
echo
for w in w1 w2 w2http; do
  [ -f "$WORK/$w-scan-corridor.t" ] || continue
  met=$("$PY" "$S/blocks-met.py" "$WORK/$w-scan-corridor")
  if [ "$w" = w1 ]; then
    printf '%s corridor: JPEG2000 tiles met %d, decoded %d (%.2fx), pixels decoded / pixels of the tiles met %.2fx (target <= 1.1)\n' \
      "$w" "$met" "$(sum $w-scan-corridor jp2_decodes)" "$(ratio "$(sum $w-scan-corridor jp2_decodes)" "$met")" \
      "$(ratio "$(sum $w-scan-corridor jp2_pixels)" "$(echo "$met * 1048576" | bc)")"
  else
    printf '%s corridor: 1024² COG blocks met %d (full resolution), DEFLATE blocks inflated %d (%.2fx, overview blocks included)\n' \
      "$w" "$met" "$(sum $w-scan-corridor deflate_blocks)" "$(ratio "$(sum $w-scan-corridor deflate_blocks)" "$met")"
  fi
  # wall-time ratios, then the same on CPU seconds (steadier on a shared machine; blind to parallelism)
  printf '%s corridor scan vs %s-calc over the whole tile: %.2fx faster in wall time, %.2fx in CPU (target >= 10)\n' \
    "$w" "$w" "$(ratio "$(med $w-calc)" "$(med $w-scan-corridor)")" "$(ratio "$(cpu $w-calc)" "$(cpu $w-scan-corridor)")"
  if [ -f "$WORK/$w-floor-corridor.t" ]; then
    printf '%s corridor scan: %.2fx its own decode floor (the blocks its tiles meet, once) in wall time, %.2fx in CPU;\n' \
      "$w" "$(ratio "$(med $w-scan-corridor)" "$(med $w-floor-corridor)")" "$(ratio "$(cpu $w-scan-corridor)" "$(cpu $w-floor-corridor)")"
    printf '   %s-calc over the whole tile / that floor: %.2fx in wall time, %.2fx in CPU (the most a corridor scan that decodes these bands can gain on it)\n' \
      "$w" "$(ratio "$(med $w-calc)" "$(med $w-floor-corridor)")" "$(ratio "$(cpu $w-calc)" "$(cpu $w-floor-corridor)")"
  fi
  if [ -f "$WORK/$w-scan-scene.t" ]; then
    printf '%s scene scan: %.2fx gdal_calc throughput (target >= 3), %.2fx the decode floor (target <= 1.5); in CPU %.2fx, %.2fx\n' \
      "$w" "$(ratio "$(med $w-calc)" "$(med $w-scan-scene)")" "$(ratio "$(med $w-scan-scene)" "$(med $w-floor)")" \
      "$(ratio "$(cpu $w-calc)" "$(cpu $w-scan-scene)")" "$(ratio "$(cpu $w-scan-scene)" "$(cpu $w-floor)")"
  fi
done
if [ -f "$WORK/w3-night6.t" ]; then
  pairs=$(find "$WORK/night6-ws/runs" -mindepth 3 -maxdepth 3 -name run.json 2>/dev/null | wc -l)  # runs/RUN/PAIR/
  printf 'w3 night: %d pairs scanned in %.1f s = %.2fx six pair decode floors (CPU: %.2fx) (6 x w1-floor, the pairs are copies of the\n' \
    "$pairs" "$(med w3-night6)" "$(ratio "$(med w3-night6)" "$(echo "6 * $(med w1-floor)" | bc -l)")" \
    "$(ratio "$(cpu w3-night6)" "$(echo "6 * $(cpu w1-floor)" | bc -l)")"
  printf '   workload-1 bands; target <= 1.3); peak RSS %.0f MB, one pair %.0f MB (target < 1536, flat)\n' \
    "$(echo "$(cat "$WORK/w3-night6.rss") / 1024" | bc -l)" "$(echo "$(cat "$WORK/w3-night1.rss" 2>/dev/null || echo 0) / 1024" | bc -l)"
  for n in 1 6; do
    [ -f "$WORK/w3-night$n.trace" ] || continue
    echo "w3-night$n: decodes by phase"; "$PY" "$S/night-stages.py" "$WORK/w3-night$n.log" "$WORK/w3-night$n.trace" | sed 's/^/  /'
  done
fi
for n in w1-scan-corridor w1-scan-scene w2-scan-corridor w2http-scan-corridor; do
  [ -f "$WORK/$n.trace" ] && [ -f "$WORK/$n/run.json" ] || continue
  echo "$n: decodes by stage"; "$PY" "$S/decode-stages.py" "$WORK/$n" "$WORK/$n.trace" | sed 's/^/  /'
done
