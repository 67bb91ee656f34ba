package org.corridorwatch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.CrsWkt;
import org.corridorwatch.raster.GeoTiffWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Small Sentinel-2-like pairs for scan tests, written with the real GDAL path: savanna background with
 * noise, an attack burn strip hugging the RN1 line and a large bush-fire scar away from it, DN stored as
 * 10000·ρ + 1000 with BOA_ADD_OFFSET = -1000 (processing baseline ≥ 04.00).
 */
public final class TestScenes {
    public static final int SIZE = 300;
    public static final double PIXEL = 10;
    private static final GeometryFactory GF = new GeometryFactory();

    /** A written pair and where things were planted. */
    public record Pair(Path before, Path after, Coordinate attackLonLat, Coordinate bushfireLonLat) {
    }

    private TestScenes() {
    }

    /** A pair centred on RN1 at {@code km}, in UTM 29N. */
    public static Pair rn1(Path dir, double km, boolean attack) {
        Corridor rn1 = CorridorCatalog.loadDefault().get("rn1-senegal");
        var utm = Projections.utm(29, true);
        MetricCorridor mc = MetricCorridor.of(rn1, utm);
        double[] centre = mc.pointAt(km);
        GridGeometry grid = utm29Grid(centre, SIZE);
        double x0 = grid.originX();
        double y0 = grid.originY();
        Geometry road = roadOver(mc, grid);
        Point centrePoint = GF.createPoint(new Coordinate(centre[0], centre[1]));
        // bush fire: a 400 m disc (≈ 50 ha) 1 km perpendicular-ish from the road centre
        double bx = x0 + 60 * PIXEL;
        double by = y0 - 60 * PIXEL;
        if (road.distance(GF.createPoint(new Coordinate(bx, by))) < 800) {
            bx = x0 + 240 * PIXEL;
        }
        Point bush = GF.createPoint(new Coordinate(bx, by));
        Path before = write(dir.resolve("S2_20250901_before.tif"), grid, road, centrePoint, bush, false, false, 1);
        Path after = write(dir.resolve("S2_20250920_after.tif"), grid, road, centrePoint, bush, attack, true, 2);
        double[] a = utm.inverse(centre[0], centre[1]);
        double[] b = utm.inverse(bx, by);
        return new Pair(before, after, new Coordinate(a[0], a[1]), new Coordinate(b[0], b[1]));
    }

    /** A {@code size}² grid of {@link #PIXEL} m in UTM 29N centred (to the pixel) on {@code centre}. */
    public static GridGeometry utm29Grid(double[] centre, int size) {
        double x0 = Math.floor((centre[0] - size * PIXEL / 2) / PIXEL) * PIXEL;
        double y0 = Math.floor((centre[1] + size * PIXEL / 2) / PIXEL) * PIXEL;
        return GridGeometry.northUp(size, size, x0, y0, PIXEL, PIXEL, CrsWkt.ofEpsg(32629), 32629);
    }

    /** The corridor line within 500 m of the grid. */
    public static Geometry roadOver(MetricCorridor mc, GridGeometry grid) {
        double x0 = grid.originX();
        double y0 = grid.originY();
        return mc.line().intersection(GF.toGeometry(new Envelope(x0 - 500, x0 + grid.width() * PIXEL + 500,
                y0 - grid.height() * PIXEL - 500, y0 + 500)));
    }

    private static Path write(Path target, GridGeometry grid, Geometry road, Point attackCentre, Point bush,
                              boolean attack, boolean bushfire, long seed) {
        return writeL2a(target, grid, road, seed, Map.of("BOA_ADD_OFFSET", "-1000", "PROCESSING_BASELINE", "05.10"),
                (c, r, p, dRoad) -> (attack && dRoad < 35 && p.distance(attackCentre) < 220)
                        || (bushfire && p.distance(bush) < 400) ? CHARRED : dRoad < 8 ? ASPHALT : SAVANNA);
    }

    // reflectance of savanna / asphalt / char for B02 B03 B04 B08 B11 B12
    public static final double[] SAVANNA = {0.05, 0.08, 0.10, 0.28, 0.30, 0.20};
    public static final double[] ASPHALT = {0.07, 0.08, 0.09, 0.12, 0.14, 0.13};
    public static final double[] CHARRED = {0.03, 0.035, 0.04, 0.07, 0.13, 0.14};

    /** What covers a pixel: its B02 B03 B04 B08 B11 B12 reflectance, from its centre and distance to the road (m). */
    @FunctionalInterface
    public interface Surface {
        double[] at(int col, int row, Point centre, double roadDistanceM);
    }

    /**
     * Writes a Sentinel-2 L2A-like GeoTIFF (B02 B03 B04 B08 B11 B12, DN = 10000·ρ + 1000, nodata 0) of
     * {@code grid}: each pixel's {@code surface} with 3 % multiplicative noise drawn from {@code seed}.
     */
    public static Path writeL2a(Path target, GridGeometry grid, Geometry road, long seed, Map<String, String> metadata,
                                Surface surface) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int w = grid.width();
        int h = grid.height();
        float[][] bands = new float[6][w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                Point p = GF.createPoint(new Coordinate(grid.x(c + 0.5, r + 0.5), grid.y(c + 0.5, r + 0.5)));
                double[] spec = surface.at(c, r, p, road.distance(p));
                for (int b = 0; b < 6; b++) {
                    double rho = spec[b] * (1 + 0.03 * rnd.nextGaussian());
                    bands[b][r * w + c] = (float) Math.round(10000 * rho + 1000);
                }
            }
        }
        try (GeoTiffWriter wr = GeoTiffWriter.create(target, grid, GeoTiffWriter.PixelType.UINT16,
                List.of("B02", "B03", "B04", "B08", "B11", "B12"), 0, false)) {
            metadata.forEach(wr::setMetadata);
            for (int b = 0; b < 6; b++) {
                wr.write(b, 0, 0, w, h, bands[b]);
            }
            wr.commit();
        }
        return target;
    }
}
