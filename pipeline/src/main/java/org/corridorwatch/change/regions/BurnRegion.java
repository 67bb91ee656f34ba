package org.corridorwatch.change.regions;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.corridorwatch.change.evidence.BurnSeverity;

/**
 * One connected region of burn evidence in a tile. Coordinates are pixels of the tile: x = column,
 * y = row (down), a pixel's centre at (col + 0.5, row + 0.5).
 *
 * @param label          region label in {@link BurnRegions.Result#labels()} (1-based)
 * @param pixelCount     number of pixels
 * @param areaM2         pixelCount × pixel area (m²), NaN when the caller gave no pixel area
 * @param meanChange     mean change index (dNBR or dNIR, raw, not centred)
 * @param maxChange      maximum change index
 * @param meanEvidence   mean evidence 0..1
 * @param strongPixels   pixels at strong evidence (seeds)
 * @param meanDarkening  mean visible+NIR albedo drop (reflectance; positive = darker after, char)
 * @param centroidX      centroid column (pixel-centre convention)
 * @param centroidY      centroid row
 * @param orientationDeg direction of the major axis in degrees [0, 180), counter-clockwise from the +x
 *                       (column) axis as seen on a north-up map (0 = east–west, 90 = north–south)
 * @param elongation     major/minor axis ratio ≥ 1 (second moments, each pixel counted as a unit square)
 * @param minCol         bounding box, inclusive
 * @param minRow         bounding box, inclusive
 * @param maxCol         bounding box, inclusive
 * @param maxRow         bounding box, inclusive
 * @param pixels         tile-local pixel indexes {@code row * width + col}, ascending
 * @param tileWidth      width of the tile the indexes refer to
 */
public record BurnRegion(int label, int pixelCount, double areaM2, double meanChange, double maxChange,
                         double meanEvidence, int strongPixels, double meanDarkening, double centroidX,
                         double centroidY, double orientationDeg, double elongation, int minCol, int minRow,
                         int maxCol, int maxRow, int[] pixels, int tileWidth) {

    /** The USGS class of the mean change (meaningful for dNBR only). */
    public BurnSeverity meanSeverity() {
        return BurnSeverity.of(meanChange);
    }

    /**
     * The region's pixels as a JTS polygon (or multipolygon) in pixel coordinates (x = col, y = row,
     * pixel corners at integers), built by unioning the row runs. The sites stage maps it to the scene CRS
     * with the tile's geotransform.
     */
    public Geometry toPixelGeometry(GeometryFactory gf) {
        java.util.List<Geometry> runs = new java.util.ArrayList<>();
        int i = 0;
        while (i < pixels.length) {
            int start = pixels[i];
            int row = start / tileWidth;
            int j = i;
            while (j + 1 < pixels.length && pixels[j + 1] == pixels[j] + 1 && pixels[j + 1] / tileWidth == row) {
                j++;
            }
            int c0 = start % tileWidth;
            int c1 = pixels[j] % tileWidth + 1;
            runs.add(box(gf, c0, row, c1, row + 1));
            i = j + 1;
        }
        return CascadedPolygonUnion.union(runs);
    }

    private static Polygon box(GeometryFactory gf, double x0, double y0, double x1, double y1) {
        return gf.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
