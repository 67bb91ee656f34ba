#!/usr/bin/env bash
# Runs the spark-submit jar (backfill/target/corridorwatch-backfill-spark.jar) the way spark-submit does, without a
# Spark install: org.apache.spark.deploy.SparkSubmit from Spark's Maven class path (the backfill's runtime class
# path minus this repository's own classes), --master local[2], on three committed samples; then checks each pair
# against `scan` (same candidate ids and scores, byte-identical evidence/burn.tif).
#   backfill/scripts/spark-submit-local.sh [OUT_DIR]     (default /tmp/corridorwatch-spark-submit)
# Exit 0 when every pair matches.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
source "$ROOT/pipeline/scripts/common.sh"
ensure_java_maven
JNI_DIR=$("$ROOT/pipeline/scripts/gdal-jni.sh") || exit 5
OUT=${1:-/tmp/corridorwatch-spark-submit}
rm -rf "$OUT"; mkdir -p "$OUT"
CP_FILE="$OUT/spark-classpath.txt"
cw_log "building backfill/target/corridorwatch-backfill-spark.jar"
mvn -q -B -f "$ROOT/pom.xml" -pl backfill -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }
JAR="$ROOT/backfill/target/corridorwatch-backfill-spark.jar"
# Spark's side of the class path: everything Maven resolved for the backfill except our own code
SPARK_CP=$(tr ':' '\n' < "$CP_FILE" | grep -v "^$ROOT/" | paste -sd: -)
if ! getent hosts "$(hostname)" >/dev/null 2>&1; then
  export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1} SPARK_LOCAL_HOSTNAME=${SPARK_LOCAL_HOSTNAME:-localhost}
fi
S="$ROOT/imagery-samples"
{
  echo before,after,firms
  for s in rn1-kaniera-lakamane no-change rn7-bougouni-bushfires; do echo "$S/$s/before.tif,$S/$s/after.tif,$S/$s/firms.csv"; done
} > "$OUT/pairs.csv"
# what bin/spark-submit runs in client mode: the driver's JVM options and --driver-class-path go on SparkSubmit's own
# JVM. The jar must be on the driver's class path in local mode: else the in-process executor loads GDAL's classes
# in a second class loader and the JVM refuses to load the JNI library twice.
java $SPARK_JAVA_OPTS -Xmx2g -Djava.awt.headless=true -Djava.library.path="$JNI_DIR" -Dcorridorwatch.home="$ROOT" \
  -cp "$SPARK_CP:$ROOT/backfill/target/corridorwatch-backfill-spark.jar" org.apache.spark.deploy.SparkSubmit \
  --master 'local[2]' --class org.corridorwatch.backfill.Backfill --conf spark.ui.enabled=false \
  --driver-class-path "$JAR" \
  "$JAR" --pairs "$OUT/pairs.csv" --out "$OUT/backfill" 2> "$OUT/driver.log" || { tail -30 "$OUT/driver.log" >&2; exit 1; }
grep '^backfill:' "$OUT/driver.log" >&2
fail=0
for s in rn1-kaniera-lakamane no-change rn7-bougouni-bushfires; do
  "$ROOT/corridorwatch" scan --before "$S/$s/before.tif" --after "$S/$s/after.tif" --firms "$S/$s/firms.csv" \
    --out "$OUT/scan-$s" >/dev/null 2>&1 || true
  pair=$(ls -d "$OUT"/backfill/pairs/"${s}"_after__*)
  if cmp -s "$OUT/scan-$s/evidence/burn.tif" "$pair/evidence/burn.tif" \
     && diff <(grep -E '"(id|score)"' "$OUT/scan-$s/candidates.geojson") <(grep -E '"(id|score)"' "$pair/candidates.geojson") >/dev/null; then
    cw_log "$s: same candidates and evidence as scan"
  else
    cw_log "$s: DIFFERS from scan"; fail=1
  fi
done
exit $fail
