#!/usr/bin/env bash
# The backfill benchmark of issue 18: the same 8 generated Sentinel-2 pairs (corridor mode, with their firms.csv)
# through
#   (a) a shell loop of `corridorwatch scan --threads 2`,
#   (b) the in-process nightly (`workspace init`, the 16 scenes linked into inbox/, `nightly --threads 2`),
#   (c) `corridorwatch backfill --master local[2]`,
#   (d) a loopback standalone cluster (Master + Workers as JVMs on the Maven class path, no Spark install) with one,
#       then two, single-core executors,
# reporting the median wall time of --runs runs, the CPU seconds the run used (user + system of the timed command's
# processes, and for (d) of the Workers' executors too) and the ratios the issue targets. On a shared machine wall
# times are noisy; CPU seconds much less so.
# Generation (outside the timing) is cached under --work. Usage:
#   pipeline/scripts/benchmark-backfill.sh [--size 2745] [--runs 3] [--work /var/tmp/cw-bench-backfill]
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
SIZE=2745; RUNS=3; WORK=/var/tmp/cw-bench-backfill
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE=$2; shift 2;; --runs) RUNS=$2; shift 2;; --work) WORK=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
source "$ROOT/pipeline/scripts/common.sh"
CW="$ROOT/corridorwatch"
GEN="$WORK/gen-$SIZE"; RUN="$WORK/run"; mkdir -p "$GEN"
# 8 pairs at spatially disjoint places of RN1 and RN7 (so the nightly pairs each after-scene with its own before-scene)
PLACES=(RN1:60 RN1:220 RN1:380 RN1:540 RN7:60 RN7:170 RN7:280 RN7:390)
echo "before,after,firms" > "$WORK/pairs.csv"
for i in $(seq 8); do
  spec=${PLACES[$((i-1))]}; c=${spec%:*}; km=${spec#*:}; d="$GEN/p$i"
  [ -f "$d/firms.csv" ] || "$CW" samples generate --sensor sentinel2 --case default --seed "$i" \
      --corridor "$c" --from-km "$km" --to-km $((km + 6)) --size-px "$SIZE" "$SIZE" --out "$d" --overwrite >/dev/null
  echo "$d/before.tif,$d/after.tif,$d/firms.csv" >> "$WORK/pairs.csv"
done
"$CW" --version >/dev/null                                    # builds the scan jar outside the timing
"$CW" backfill --pairs /dev/null --out "$WORK/none" >/dev/null 2>&1 || true   # builds the backfill jar and class path
JNI_DIR=$("$ROOT/pipeline/scripts/gdal-jni.sh")
CP="$ROOT/backfill/target/corridorwatch-backfill.jar:$(cat "$ROOT/backfill/target/classpath.txt")"

# secs CMD... -> "WALL CPU": wall seconds, and CPU seconds of the command's processes (a fresh subshell's children's
# user + system time, from bash's `times`) plus what the standalone Workers' executors used meanwhile
clk=$(getconf CLK_TCK)
tree_cpu() { local t=0 p; for p in "${CLUSTER[@]}"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14+$15+$16+$17}' "/proc/$p/stat"))); done; echo "$t"; }
secs() {
  local s e c0 c1 p i; s=$(date +%s.%N); c0=$(tree_cpu)
  "$@"
  e=$(date +%s.%N)
  # the Workers kill their executors when the application ends: wait until they are reaped (counted in cutime)
  for p in "${CLUSTER[@]}"; do for i in $(seq 60); do pgrep -P "$p" >/dev/null || break; sleep 0.5; done; done
  c1=$(tree_cpu)
  times >"$WORK/.times"   # a builtin, run by this shell (in a pipe it would run in a fork that has no children)
  local own; own=$(tail -1 "$WORK/.times" | awk '{for (i=1;i<=2;i++) {split($i,a,"m"); sub("s","",a[2]); t+=a[1]*60+a[2]} print t}')
  echo "$(echo "$e - $s" | bc -l) $(echo "$own + ($c1 - $c0) / $clk" | bc -l)"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
candidates() { find "$1" -name candidates.geojson -exec grep -c '"type" : "Feature"' {} + | awk -F: '{n+=$NF} END {print n+0}'; }

scan_loop() {
  rm -rf "$RUN/a"
  tail -n +2 "$WORK/pairs.csv" | while IFS=, read -r before after firms; do
    "$CW" scan --before "$before" --after "$after" --firms "$firms" --threads 2 --out "$RUN/a/$(basename "$(dirname "$after")")" \
      >/dev/null 2>&1 || true   # exit 7 (every tile masked) is still a finished pair
  done
}
nightly() {
  rm -rf "$RUN/b"; "$CW" workspace init "$RUN/b" >/dev/null
  for i in $(seq 8); do
    # hard links (the catalog skips symbolic links); a copy where --work spans file systems
    for f in before after; do ln "$GEN/p$i/$f.tif" "$RUN/b/inbox/p$i-$f.tif" 2>/dev/null || cp "$GEN/p$i/$f.tif" "$RUN/b/inbox/p$i-$f.tif"; done
    cp "$GEN/p$i/firms.csv" "$RUN/b/firms/p$i-firms.csv"
  done
  "$CW" nightly --workspace "$RUN/b" --threads 2 >"$RUN/b.out" 2>&1 || true
}
backfill() { # backfill OUT MASTER [extra JVM options]
  rm -rf "$1"
  CORRIDORWATCH_BACKFILL_JAVA_OPTS="-Xmx2g ${3:-}" "$CW" backfill --pairs "$WORK/pairs.csv" --out "$1" --master "$2" >"$1.log" 2>&1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
CLUSTER=()
cluster_start() { # cluster_start WORKERS -> MASTER_URL in $MASTER
  local home="$RUN/spark-home" port registered; mkdir -p "$home/jars"
  : >"$RUN/master.log"   # emptied now: the background Master truncates it only later, and the old one lists old Workers
  tr ':' '\n' <<<"$CP" | grep '\.jar$' | while read -r j; do ln -sf "$j" "$home/jars/"; done
  port=$(free_port); MASTER="spark://127.0.0.1:$port"
  export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
  java $SPARK_JAVA_OPTS -Xmx256m -cp "$CP" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
    --webui-port "$(free_port)" >"$RUN/master.log" 2>&1 &
  CLUSTER+=($!)
  for w in $(seq "$1"); do
    java $SPARK_JAVA_OPTS -Xmx256m -cp "$CP" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1500m \
      --work-dir "$RUN/work$w" --webui-port "$(free_port)" "$MASTER" >"$RUN/worker$w.log" 2>&1 &
    CLUSTER+=($!)
  done
  for _ in $(seq 120); do
    registered=$(grep -c 'Registering worker' "$RUN/master.log" 2>/dev/null) || true
    [ "${registered:-0}" -ge "$1" ] && return 0; sleep 1
  done
  echo "the standalone cluster did not start (see $RUN/master.log)" >&2; return 1
}
cluster_stop() {
  for p in "${CLUSTER[@]}"; do pkill -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true; CLUSTER=()
}
trap cluster_stop EXIT
EXEC_OPTS="-Dspark.executor.extraClassPath=$CP -Dspark.executor.cores=1 -Dspark.executor.memory=1g"

declare -A T C
measure() { # measure KEY CMD...
  local r; r=$(secs "${@:2}"); T[$1]+="${r% *} "; C[$1]+="${r#* } "
}
for r in $(seq "$RUNS"); do
  measure a scan_loop
  measure b nightly
  measure c backfill "$RUN/c" 'local[2]'
  for n in 1 2; do
    cluster_start "$n"
    # the Worker JVMs (reaping their executors) are in CLUSTER: their CPU counts
    measure d$n backfill "$RUN/d$n" "$MASTER" "$EXEC_OPTS -Dspark.cores.max=$n"
    cluster_stop
  done
  echo "run $r of $RUNS: wall a ${T[a]} b ${T[b]} c ${T[c]} d1 ${T[d1]} d2 ${T[d2]}; cpu a ${C[a]} b ${C[b]} c ${C[c]} d1 ${C[d1]} d2 ${C[d2]}" >&2
done
med() { tr ' ' '\n' <<<"${T[$1]}" | grep . | median; }
medc() { tr ' ' '\n' <<<"${C[$1]}" | grep . | median; }
MPX=$(echo "16 * $SIZE * $SIZE / 1000000" | bc -l)
printf '8 Sentinel-2 pairs of %d x %d px (%.0f Mpx read, both dates), corridor mode, medians of %d runs\n\n' "$SIZE" "$SIZE" "$MPX" "$RUNS"
printf '| engine | median wall s | runs (s) | median CPU s | candidates |\n|---|---|---|---|---|\n'
row() { printf '| %s | %.1f | %s | %.1f | %s |\n' "$1" "$(med "$2")" "$(tr ' ' '\n' <<<"${T[$2]}" | grep . | xargs printf '%.1f ' )" "$(medc "$2")" "$3"; }
row "(a) shell loop of scan --threads 2" a "$(candidates "$RUN/a")"
row "(b) nightly --threads 2 (catalog, pairing, scans)" b "$(candidates "$RUN/b/runs")"
row "(c) backfill --master local[2]" c "$(candidates "$RUN/c/pairs")"
row "(d) standalone, 1 single-core executor" d1 "$(candidates "$RUN/d1/pairs")"
row "(d) standalone, 2 single-core executors" d2 "$(candidates "$RUN/d2/pairs")"
best=$(printf '%s\n' "$(med a)" "$(med b)" | sort -g | head -1)
printf '\n(c) / best of (a),(b): %.2f (target <= 1.10)\n' "$(echo "$(med c) / $best" | bc -l)"
printf '(d) throughput 2 executors / 1 executor: %.2fx (target >= 1.8)\n' "$(echo "$(med d1) / $(med d2)" | bc -l)"
printf '(c) CPU / best of (a),(b) CPU: %.2f\n' "$(echo "$(medc c) / $(printf '%s\n' "$(medc a)" "$(medc b)" | sort -g | head -1)" | bc -l)"
uptime >&2
