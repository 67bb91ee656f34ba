#!/usr/bin/python3
"""Decodes the bands a Sentinel-2 scan reads (B02 B03 B04 B08 B11 B12 SCL, found by description) of each
file given, in 512x512 windows, and nothing else: the benchmark's reference for "the time GDAL needs just to
decode the bands the scan reads". GDAL_NUM_THREADS comes from the environment."""
import sys

from osgeo import gdal

BANDS = ("B02", "B03", "B04", "B08", "B11", "B12", "SCL")
WINDOW = 512

gdal.UseExceptions()
for path in sys.argv[1:]:
    ds = gdal.Open(path)
    names = [ds.GetRasterBand(i + 1).GetDescription() for i in range(ds.RasterCount)]
    bands = [names.index(b) + 1 for b in BANDS if b in names]
    for y in range(0, ds.RasterYSize, WINDOW):
        h = min(WINDOW, ds.RasterYSize - y)
        for x in range(0, ds.RasterXSize, WINDOW):
            ds.ReadRaster(x, y, min(WINDOW, ds.RasterXSize - x), h, band_list=bands)
