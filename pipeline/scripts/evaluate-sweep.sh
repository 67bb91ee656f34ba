#!/usr/bin/env bash
# The evaluation sweep (docs/sweep.md): generated scenes over sensors, seasons, grounds under the fire, attack
# sizes, clouds, misregistration, radiometry and look-alikes, scanned along the true road line and evaluated; plus
# pixel F1 on the real CAL FIRE pairs and the flagged count on the real no-fire pair. Prints a Markdown report.
#   pipeline/scripts/evaluate-sweep.sh [--seeds 7000-7065] [--work DIR] [--datasets DIR] [--no-real] [--config FILE]
# Seeds: tune on 5000-5999, report on 7000-7999 (never used by the committed samples or tests).
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
command -v python3 >/dev/null || { echo "evaluate-sweep.sh: needs python3 (standard library only)" >&2; exit 5; }
exec python3 "$ROOT/pipeline/scripts/evaluate-sweep.py" --root "$ROOT" "$@"
