#!/usr/bin/python3
"""JPEG2000 decodes of one scan split by its stages: the trace of decode-counter.c (CW_DECODE_TRACE_FILE: one line
per decode, wall-clock end time, width, height) against the stage timings of the scan's run.json (stages run in the
order of timings_s, the first starting elapsed_s before `finished`). Usage: decode-stages.py RUN_DIR TRACE_FILE
Prints per stage: seconds, decodes, Mpx decoded, and decodes of a full 1024² tile."""
import datetime
import json
import sys

run = json.load(open(sys.argv[1] + "/run.json"))
end = datetime.datetime.fromisoformat(run["finished"][:26].rstrip("Z")).replace(tzinfo=datetime.timezone.utc).timestamp()
t = end - run["elapsed_s"]
bounds = []
for name, secs in run["timings_s"].items():
    bounds.append((name, t, t + secs))
    t += secs
rows = {name: [0, 0, 0] for name, _, _ in bounds}
rows["(other)"] = [0, 0, 0]
for line in open(sys.argv[2]):
    ts, w, h = line.split()
    ts, px = float(ts), int(w) * int(h)
    stage = next((n for n, a, b in bounds if a <= ts < b), "(other)")
    r = rows[stage]
    r[0] += 1
    r[1] += px
    r[2] += px >= 1024 * 1024
print(f"{'stage':18} {'s':>7} {'decodes':>8} {'Mpx':>7} {'full_tiles':>10}")
for name, a, b in bounds + [("(other)", 0, 0)]:
    d, px, full = rows[name]
    if name != "(other)" or d:
        print(f"{name:18} {b - a:7.1f} {d:8d} {px / 1e6:7.1f} {full:10d}")
