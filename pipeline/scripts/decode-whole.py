#!/usr/bin/python3
"""The decode floor of a product scan: reads each band file given (JPEG2000 of a .SAFE, per-band COGs, local or
/vsicurl/) whole, once, at its own resolution, nothing computed. GDAL_NUM_THREADS comes from the environment
(multithreaded JPEG2000 tile decoding). Usage: decode-whole.py BANDFILE..."""
import sys

from osgeo import gdal

gdal.UseExceptions()
for path in sys.argv[1:]:
    ds = gdal.Open(path)
    ds.GetRasterBand(1).ReadRaster(0, 0, ds.RasterXSize, ds.RasterYSize)
    ds = None
