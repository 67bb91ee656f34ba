#!/usr/bin/python3
"""Blocks of a Sentinel-2 product's band files that the tiles of a scan meet (tiles.geojson of the run, pixel
windows on the 10 m grid incl. overlap): the ideal number of JPEG2000/DEFLATE block decodes for a scan that reads
each block once. Bands: 4 at 10 m, 3 at 20 m (block BLOCK px of their own grid), both dates.
Usage: blocks-met.py RUN_DIR [BLOCK]  -> prints the count"""
import json
import sys

run, block = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1024
tiles = [f["properties"] for f in json.load(open(run + "/tiles.geojson"))["features"]]
total = 0
for bands, scale in ((4, 1), (3, 2)):
    side = block * scale
    met = set()
    for t in tiles:
        for by in range(t["row0"] // side, (t["row0"] + t["height"] - 1) // side + 1):
            for bx in range(t["col0"] // side, (t["col0"] + t["width"] - 1) // side + 1):
                met.add((bx, by))
    total += bands * len(met)
print(2 * total)
