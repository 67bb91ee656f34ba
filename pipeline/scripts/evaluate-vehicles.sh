#!/usr/bin/env bash
# Vehicle counts against the truth on generated scenes of the `wrecks-low-contrast` case (issue 16, docs/vehicles.md):
# per seed, generate a pair, scan it, evaluate it, and print one row per attack: wrecks in truth, wrecks counted,
# the count error (found/truth - 1), and whether the attack's queue was found (a flagged `queue` candidate within the
# match distance: `evaluate`'s queue class). Ends with the share of attacks within the bar (±30 % at 3 m, ±20 % at
# <= 1 m) and the share of queues found. Scenes are kept under WORK; rerun with --rescan to scan them again only.
#   pipeline/scripts/evaluate-vehicles.sh --sensor planetscope --seeds 7000 7019 [--work /var/tmp/cw-vehicles] [--rescan]
#   pipeline/scripts/evaluate-vehicles.sh --sensor highres --seeds 7000 7019 [--jar copy-of-corridorwatch.jar]
# Tune on seeds 5000-5999, report on 7000-7999.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
SENSOR=planetscope; FIRST=7000; LAST=7009; WORK=/var/tmp/cw-vehicles; RESCAN=0; CONFIG=(); JAR=
while [ $# -gt 0 ]; do
  case "$1" in
    --sensor) SENSOR=$2; shift 2;; --seeds) FIRST=$2; LAST=$3; shift 3;;
    --work) WORK=$2; shift 2;; --rescan) RESCAN=1; shift;; --config) CONFIG=(--config "$2"); shift 2;;
    --jar) JAR=$(readlink -f "$2"); shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
case "$SENSOR" in
  planetscope) SIZE=(1000 1000); SPAN=(126 129); BAR=0.30;;
  highres) SIZE=(2600 2600); SPAN=(125.5 127.5); BAR=0.20;;
  *) echo "--sensor planetscope|highres" >&2; exit 2;;
esac
cd "$ROOT"
mkdir -p "$WORK"
# --jar FILE: run a copy of the built jar (results stay those of one build while the sources change)
cw() {
  if [ -n "$JAR" ]; then
    java -Xmx1g -XX:+UseParallelGC -Djava.awt.headless=true -Djava.library.path="$("$ROOT/pipeline/scripts/gdal-jni.sh")" \
      -Dcorridorwatch.home="$ROOT" -jar "$JAR" "$@"
  else
    ./corridorwatch "$@"
  fi
}
for seed in $(seq "$FIRST" "$LAST"); do
  d="$WORK/$SENSOR-$seed"
  if [ ! -f "$d/truth.geojson" ]; then
    cw samples generate --overwrite --sensor "$SENSOR" --case wrecks-low-contrast --seed "$seed" \
      --corridor rn1-senegal --from-km "${SPAN[0]}" --to-km "${SPAN[1]}" --size-px "${SIZE[@]}" --no-cog --out "$d" \
      >"$d.gen.log" 2>&1 || { echo "seed $seed: generation failed (see $d.gen.log)"; continue; }
  fi
  if [ "$RESCAN" = 1 ] || [ ! -f "$d/run/evaluation.json" ]; then
    cw scan --overwrite --no-chips "${CONFIG[@]}" --before "$d/before.tif" --after "$d/after.tif" \
      --out "$d/run" >"$d.scan.log" 2>&1 || { echo "seed $seed: scan failed (see $d.scan.log)"; continue; }
    cw evaluate --run "$d/run" --truth "$d/truth.geojson" >"$d.eval.log" 2>&1 || true
  fi
done
python3 - "$WORK" "$SENSOR" "$FIRST" "$LAST" "$BAR" <<'PY'
import json, sys, os
work, sensor, first, last, bar = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
rows, within, attacks, queues, qfound = [], 0, 0, 0, 0
print(f"{'seed':>5} {'truth':>5} {'found':>5} {'error':>7}  queue")
for seed in range(first, last + 1):
    f = os.path.join(work, f"{sensor}-{seed}", "run", "evaluation.json")
    if not os.path.exists(f):
        print(f"{seed:>5}  (no evaluation)"); continue
    e = json.load(open(f))
    q = e.get("classes", {}).get("queue", {})
    qt, qf = q.get("truth_sites", 0) or 0, q.get("found", 0) or 0
    queues += qt; qfound += min(qf, qt)
    for w in e.get("wreck_counts", []):
        attacks += 1
        err = w.get("wreck_count_error")
        ok = err is not None and abs(err) <= bar + 1e-9
        within += ok
        print(f"{seed:>5} {w['wreck_count_truth']:>5} {str(w.get('wreck_count_found')):>5} "
              f"{'-' if err is None else format(err, '+.2f'):>7}  {qf}/{qt}")
print(f"{sensor}: {within}/{attacks} attacks within ±{bar*100:.0f} % "
      f"({(within/attacks if attacks else 0):.2f}); queues found {qfound}/{queues} ({(qfound/queues if queues else 0):.2f})")
PY
