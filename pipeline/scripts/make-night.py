#!/usr/bin/python3
"""The night of the product benchmark (workload 3): seven .SAFE products P0..P6 five days apart from DATE0, the band
files hard links of the two given products (P0 P2 P4 P6 the first, P1 P3 P5 the second; no copy of the data), names
and XML dates rewritten, so `nightly` pairs each with the previous one: six pairs.
Usage: make-night.py BEFORE.SAFE AFTER.SAFE OUTDIR [DATE0=2025-09-08]"""
import datetime
import os
import re
import sys

before, after, out = sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/"), sys.argv[3]
date0 = datetime.date.fromisoformat(sys.argv[4] if len(sys.argv) > 4 else "2025-09-08")
for k in range(7):
    src = before if k % 2 == 0 else after
    old = re.search(r"_MSIL2A_(\d{8})T", os.path.basename(src)).group(1)
    new = (date0 + datetime.timedelta(days=5 * k)).strftime("%Y%m%d")
    dash = lambda d: f"{d[:4]}-{d[4:6]}-{d[6:]}"
    dst = os.path.join(out, f"P{k}", os.path.basename(src).replace(old, new))
    for root, _, files in os.walk(src):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), src)
            target = os.path.join(dst, rel.replace(old, new))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if f.endswith(".xml"):
                text = open(os.path.join(root, f)).read().replace(old, new).replace(dash(old), dash(new))
                open(target, "w").write(text)
            elif not os.path.exists(target):
                os.link(os.path.join(root, f), target)
    print("wrote", dst)
