#!/usr/bin/env bash
# Runs CorridorWatch's tests, doing all set-up first (JDK/Maven, system GDAL, GDAL's JNI library).
#   pipeline/scripts/run-tests.sh            unit suite, plus the real-data suite when ../shared/datasets exists
#   pipeline/scripts/run-tests.sh --unit     unit suite only
#   pipeline/scripts/run-tests.sh --realdata real-data suite only (fails when the datasets are missing)
# Extra arguments after the mode go to Maven (e.g. -Dtest=GridGeometryTest). Without them the unit suite is
# followed by pipeline/scripts/bad-inputs.sh (the bad-input corpus, about 2 minutes).
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
source "$ROOT/pipeline/scripts/common.sh"
mode=auto
case "${1:-}" in --unit) mode=unit; shift;; --realdata) mode=realdata; shift;; --auto) shift;; esac
ensure_java_maven
# browser tests (review serve) drive Debian's chromium through chromium-driver; never downloaded by Selenium
if [ "$mode" != realdata ] && ! command -v chromedriver >/dev/null 2>&1; then
  cw_log "installing chromium and chromium-driver for the browser tests"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# the review server's token test builds a network namespace with iproute2's 'ip netns' (as root)
if [ "$mode" != realdata ] && ! command -v ip >/dev/null 2>&1; then
  cw_log "installing iproute2 for the review server's network-namespace test"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq iproute2 >/dev/null
fi
JNI_DIR=$("$ROOT/pipeline/scripts/gdal-jni.sh") || exit 5
export CORRIDORWATCH_DATASETS=${CORRIDORWATCH_DATASETS:-$(cd "$ROOT/.." && pwd)/shared/datasets}
mvn_test() { mvn -B -ntp -f "$ROOT/pom.xml" -Dgdal.jni.dir="$JNI_DIR" "$@" test; }
if [ "$mode" != realdata ]; then
  mvn_test "$@"
  # the bad-input corpus (docs/exit-codes.md); left out when only some tests are asked for (-Dtest=...)
  [ $# -gt 0 ] || "$ROOT/pipeline/scripts/bad-inputs.sh"
fi
if [ "$mode" = realdata ] || { [ "$mode" = auto ] && [ -d "$CORRIDORWATCH_DATASETS" ]; }; then
  cw_log "real-data suite on $CORRIDORWATCH_DATASETS"
  mvn_test -Dtest.groups=realdata -Dsurefire.failIfNoSpecifiedTests=false "$@"
elif [ "$mode" = auto ]; then
  cw_log "real-data suite not run: $CORRIDORWATCH_DATASETS does not exist (set CORRIDORWATCH_DATASETS to run it)"
fi
