#!/usr/bin/env bash
# Checks the launcher's JDK choice (issue 19): with CORRIDORWATCH_JDK=17 it runs the java on PATH (JDK 17, what the
# Quick start installs) and scans a committed sample; by default it runs JDK 25 when one is installed under
# /usr/lib/jvm (with its ahead-of-time cache) and the scan's candidates are byte-identical to JDK 17's.
# Usage: pipeline/scripts/launcher-jdk-check.sh   (exit 0 = both fine; prints what it ran)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
CW="$ROOT/corridorwatch"; S="$ROOT/imagery-samples/rn1-kolokani-didieni"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
v17=$(CORRIDORWATCH_JDK=17 "$CW" --version | awk '/^Java /{print $2}')
echo "CORRIDORWATCH_JDK=17: Java $v17"
[ "${v17%%.*}" = "$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')" ] \
  || { echo "FAIL: CORRIDORWATCH_JDK=17 did not run the java on PATH"; exit 1; }
CORRIDORWATCH_JDK=17 "$CW" scan --before "$S/before.tif" --after "$S/after.tif" --out "$tmp/17" >/dev/null
vdef=$("$CW" --version | awk '/^Java /{print $2}')
echo "default: Java $vdef"
if ls -d /usr/lib/jvm/*-25* >/dev/null 2>&1 && [ -z "${CORRIDORWATCH_JAVA:-}" ]; then
  [ "${vdef%%.*}" = 25 ] || { echo "FAIL: JDK 25 is installed but the launcher ran Java $vdef"; exit 1; }
fi
"$CW" scan --before "$S/before.tif" --after "$S/after.tif" --out "$tmp/def" >/dev/null
cmp "$tmp/17/candidates.geojson" "$tmp/def/candidates.geojson" || { echo "FAIL: candidates differ between JDKs"; exit 1; }
echo "ok: candidates.geojson identical on Java $v17 and Java $vdef"
