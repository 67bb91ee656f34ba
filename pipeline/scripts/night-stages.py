#!/usr/bin/python3
"""JPEG2000 decodes of one `nightly` run split by its phases: the trace of decode-counter.c (CW_DECODE_TRACE_FILE: one
line per decode, wall-clock end time, width, height) against the night's log (stdout, one timestamped line at the end
of each step: `catalog: SCENE`, `pairing: AFTER: … ms`, `pairs i/n: PAIR`). A decode belongs to the first log line at
or after it (log times are whole seconds: a decode in the second a step ends may be counted in the next).
Usage: night-stages.py NIGHT_LOG TRACE_FILE. Prints decodes, Mpx and full 1024² tiles per phase and per pairing."""
import datetime
import sys

marks = []
for line in open(sys.argv[1]):
    if len(line) > 21 and line[4] == "-" and line[19] == "Z":
        ts = datetime.datetime.fromisoformat(line[:19]).replace(tzinfo=datetime.timezone.utc).timestamp() + 1
        marks.append((ts, line[21:].strip()))
phases = {}
for line in open(sys.argv[2]):
    ts, w, h = line.split()
    ts, px = float(ts), int(w) * int(h)
    label = next((m for t, m in marks if ts < t), "(after the last log line)")
    kind = label.split(":")[0]
    key = kind if kind != "pairing" else "pairing: " + label.split(":")[1].strip()
    r = phases.setdefault(key, [0, 0, 0])
    r[0] += 1
    r[1] += px
    r[2] += px >= 1024 * 1024
print(f"{'phase':40} {'decodes':>8} {'Mpx':>8} {'full_tiles':>10}")
for k, (d, px, full) in phases.items():
    print(f"{k[:40]:40} {d:8d} {px / 1e6:8.1f} {full:10d}")
tot = [sum(v[i] for v in phases.values()) for i in range(3)]
print(f"{'total':40} {tot[0]:8d} {tot[1] / 1e6:8.1f} {tot[2]:10d}")
