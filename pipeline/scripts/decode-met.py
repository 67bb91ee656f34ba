#!/usr/bin/python3
"""The decode floor of a corridor scan: reads, from each band file given, only the blocks that the scan's tiles meet
(tiles.geojson of the run: pixel windows on the 10 m grid, overlap included), each once, nothing computed. Each run
of consecutive met blocks in a block row is one read, so GDAL decodes its JPEG2000 tiles on GDAL_NUM_THREADS threads
(from the environment), as decode-whole.py does for whole files. Usage: decode-met.py RUN_DIR BANDFILE..."""
import json
import sys

from osgeo import gdal

gdal.UseExceptions()
run, files = sys.argv[1], sys.argv[2:]
tiles = [f["properties"] for f in json.load(open(run + "/tiles.geojson"))["features"]]
for path in files:
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    bw, bh = band.GetBlockSize()
    scale = 10980 / ds.RasterXSize if ds.RasterXSize < 10980 else 1  # 20 m bands: 2
    rows = {}
    for t in tiles:
        c0, r0 = int(t["col0"] / scale), int(t["row0"] / scale)
        c1, r1 = int((t["col0"] + t["width"] - 1) / scale), int((t["row0"] + t["height"] - 1) / scale)
        for by in range(r0 // bh, r1 // bh + 1):
            rows.setdefault(by, set()).update(range(c0 // bw, c1 // bw + 1))
    for by, cols in rows.items():
        cols = sorted(cols)
        start = prev = cols[0]
        for bx in cols[1:] + [None]:
            if bx is not None and bx == prev + 1:
                prev = bx
                continue
            x0, y0 = start * bw, by * bh
            w, h = min((prev + 1) * bw, ds.RasterXSize) - x0, min(bh, ds.RasterYSize - y0)
            band.ReadRaster(x0, y0, w, h)
            if bx is not None:
                start = prev = bx
    ds = None
