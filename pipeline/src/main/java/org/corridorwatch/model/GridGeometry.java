package org.corridorwatch.model;

import java.util.Arrays;

/**
 * A georeferenced pixel grid: size in pixels, the GDAL affine geotransform and the CRS.
 * Immutable. Pixel (col,row) has its top-left corner at
 * {@code x = gt[0] + col*gt[1] + row*gt[2]}, {@code y = gt[3] + col*gt[4] + row*gt[5]};
 * units are those of the CRS (metres for UTM, degrees for EPSG:4326).
 *
 * @param width     columns
 * @param height    rows
 * @param geoTransform six GDAL geotransform coefficients (copied)
 * @param crsWkt    the CRS as WKT (may be empty only for ungeoreferenced data, which stages reject)
 * @param epsg      the EPSG code when known, else 0
 */
public record GridGeometry(int width, int height, double[] geoTransform, String crsWkt, int epsg) {

    public GridGeometry {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("grid size must be positive: " + width + "x" + height);
        }
        if (geoTransform == null || geoTransform.length != 6) {
            throw new IllegalArgumentException("geotransform must have 6 coefficients");
        }
        geoTransform = geoTransform.clone();
        crsWkt = crsWkt == null ? "" : crsWkt;
    }

    /** A north-up grid with square or rectangular pixels. */
    public static GridGeometry northUp(int width, int height, double originX, double originY,
                                       double pixelWidth, double pixelHeight, String crsWkt, int epsg) {
        return new GridGeometry(width, height,
                new double[] {originX, pixelWidth, 0, originY, 0, -Math.abs(pixelHeight)}, crsWkt, epsg);
    }

    @Override
    public double[] geoTransform() {
        return geoTransform.clone();
    }

    public double originX() {
        return geoTransform[0];
    }

    public double originY() {
        return geoTransform[3];
    }

    /** Pixel width in CRS units (positive). */
    public double pixelWidth() {
        return Math.hypot(geoTransform[1], geoTransform[4]);
    }

    /** Pixel height in CRS units (positive). */
    public double pixelHeight() {
        return Math.hypot(geoTransform[2], geoTransform[5]);
    }

    public boolean isNorthUp() {
        return geoTransform[2] == 0 && geoTransform[4] == 0 && geoTransform[5] < 0;
    }

    /** CRS x of fractional pixel coordinates (col,row); (0.5,0.5) is the first pixel's centre. */
    public double x(double col, double row) {
        return geoTransform[0] + col * geoTransform[1] + row * geoTransform[2];
    }

    /** CRS y of fractional pixel coordinates (col,row). */
    public double y(double col, double row) {
        return geoTransform[3] + col * geoTransform[4] + row * geoTransform[5];
    }

    /** Fractional pixel coordinates {col,row} of a CRS point. */
    public double[] toPixel(double x, double y) {
        double[] g = geoTransform;
        double det = g[1] * g[5] - g[2] * g[4];
        double dx = x - g[0];
        double dy = y - g[3];
        return new double[] {(g[5] * dx - g[2] * dy) / det, (g[1] * dy - g[4] * dx) / det};
    }

    /** The sub-grid of a pixel window; the window may extend past this grid's edges. */
    public GridGeometry window(int col0, int row0, int w, int h) {
        double[] g = geoTransform.clone();
        g[0] = x(col0, row0);
        g[3] = y(col0, row0);
        return new GridGeometry(w, h, g, crsWkt, epsg);
    }

    /** True when both grids have the same size, transform and CRS. */
    public boolean sameGridAs(GridGeometry o) {
        return width == o.width && height == o.height && Arrays.equals(geoTransform, o.geoTransform)
                && (epsg != 0 && epsg == o.epsg || crsWkt.equals(o.crsWkt));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridGeometry g && sameGridAs(g) && epsg == g.epsg && crsWkt.equals(g.crsWkt);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(geoTransform);
    }

    @Override
    public String toString() {
        return width + "x" + height + " px, origin (" + originX() + ", " + originY() + "), pixel "
                + pixelWidth() + " x " + pixelHeight() + (epsg != 0 ? ", EPSG:" + epsg : "");
    }
}
