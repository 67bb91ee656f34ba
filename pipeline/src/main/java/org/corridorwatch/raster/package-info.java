/**
 * The only package that talks to GDAL rasters: loading the native library ({@link
 * org.corridorwatch.raster.GdalRuntime}), opening scenes and reading pixel windows ({@link
 * org.corridorwatch.raster.GdalScene} returns {@link org.corridorwatch.raster.RasterWindow}s of float
 * arrays, nodata as NaN), and writing tiled GeoTIFF/COG through a temporary name ({@link
 * org.corridorwatch.raster.GeoTiffWriter}).
 *
 * <p>Units: pixel windows are in pixels of the scene's own grid; georeferencing is carried by
 * {@link org.corridorwatch.model.GridGeometry} in the scene's CRS. Memory is bounded by the window
 * size, never by the scene size. GDAL datasets are not thread-safe: one open scene per thread.
 */
package org.corridorwatch.raster;
