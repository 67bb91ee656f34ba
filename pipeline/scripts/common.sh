# Shared by ./corridorwatch and pipeline/scripts/*.sh: sourced, not run. Expects $ROOT (repo root).

cw_log() { echo "corridorwatch: $*" >&2; }

# A JDK 17+ and Maven; installed through apt when missing and apt is there.
ensure_java_maven() {
  local need=()
  command -v javac >/dev/null || need+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || need+=(maven)
  [ ${#need[@]} -eq 0 ] && return 0
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    cw_log "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
  else
    cw_log "ERROR: missing ${need[*]}: install a JDK 17 and Maven 3.8+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven)"
    exit 5
  fi
}

# Rebuilds pipeline/target/corridorwatch.jar when any source, resource or POM is newer than it.
build_jar_if_stale() {
  local jar="$ROOT/pipeline/target/corridorwatch.jar"
  if [ -f "$jar" ] && [ -z "$(find "$ROOT/pom.xml" "$ROOT/pipeline/pom.xml" "$ROOT/pipeline/src/main" -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  cw_log "building the jar (first run downloads Maven dependencies)"
  local log; log=$(mktemp)
  if ! mvn -q -B -f "$ROOT/pom.xml" -DskipTests package >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    cw_log "ERROR: the Maven build failed (log above)"
    exit 1
  fi
  rm -f "$log"
}

# Builds backfill/target/corridorwatch-backfill.jar and its class path (backfill/target/classpath.txt: Spark and the
# pipeline, resolved by Maven, so no Spark installation is needed) when any source or POM is newer.
build_backfill_if_stale() {
  local jar="$ROOT/backfill/target/corridorwatch-backfill.jar" cp="$ROOT/backfill/target/classpath.txt"
  if [ -f "$jar" ] && [ -f "$cp" ] && [ -z "$(find "$ROOT/pom.xml" "$ROOT/pipeline/pom.xml" "$ROOT/backfill/pom.xml" "$ROOT/pipeline/src/main" "$ROOT/backfill/src/main" -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  cw_log "building the backfill jar (first run downloads Spark from Maven Central)"
  local log; log=$(mktemp)
  if ! mvn -q -B -f "$ROOT/pom.xml" -pl backfill -am -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile="$cp" -Dmdep.includeScope=runtime >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    cw_log "ERROR: the Maven build of backfill/ failed (log above)"
    exit 1
  fi
  rm -f "$log"
  touch "$jar"
}

# The one --add-opens Spark 4.0 needs on JDK 17 for what the backfill uses (see docs/scale.md).
SPARK_JAVA_OPTS="--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
