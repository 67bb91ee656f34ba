#!/usr/bin/env python3
"""Java methods of a `jfr print --events jdk.ExecutionSample` dump: share of samples where each is the top frame (self)
and where it is anywhere on the stack (inclusive, the project's own methods only). Used by profile-scan.sh."""
import collections
import re
import sys

text = open(sys.argv[1]).read()
self_count, inclusive, n = collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(.*?line: \d+", event, re.M)
    if not frames:
        continue
    n += 1
    self_count[frames[0]] += 1
    for f in set(frames):
        inclusive[f] += 1
print(f"{n} samples")
for f, c in self_count.most_common(20):
    print(f"self {100 * c / n:5.1f}%  {f}")
for f, c in inclusive.most_common(80):
    if "corridorwatch" in f:
        print(f"incl {100 * c / n:5.1f}%  {f}")
