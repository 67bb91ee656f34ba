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
        double x0 = Math.floor((centre[0] - SIZE * PIXEL / 2) / PIXEL) * PIXEL;
        double y0 = Math.floor((centre[1] + SIZE * PIXEL / 2) / PIXEL) * PIXEL;
        GridGeometry grid = GridGeometry.northUp(SIZE, SIZE, x0, y0, PIXEL, PIXEL, CrsWkt.ofEpsg(32629), 32629);
        Geometry road = mc.line().intersection(GF.toGeometry(new Envelope(x0 - 500, x0 + SIZE * PIXEL + 500,
                y0 - SIZE * PIXEL - 500, y0 + 500)));
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

    private static Path write(Path target, GridGeometry grid, Geometry road, Point attackCentre, Point bush,
                              boolean attack, boolean bushfire, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = SIZE * SIZE;
        // reflectance of savanna / asphalt / char for B02 B03 B04 B08 B11 B12
        double[] savanna = {0.05, 0.08, 0.10, 0.28, 0.30, 0.20};
        double[] asphalt = {0.07, 0.08, 0.09, 0.12, 0.14, 0.13};
        double[] charred = {0.03, 0.035, 0.04, 0.07, 0.13, 0.14};
        float[][] bands = new float[6][n];
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                Point p = GF.createPoint(new Coordinate(grid.x(c + 0.5, r + 0.5), grid.y(c + 0.5, r + 0.5)));
                double dRoad = road.distance(p);
                double[] spec = dRoad < 8 ? asphalt : savanna;
                if (attack && dRoad < 35 && p.distance(attackCentre) < 220) {
                    spec = charred;
                }
                if (bushfire && p.distance(bush) < 400) {
                    spec = charred;
                }
                for (int b = 0; b < 6; b++) {
                    double rho = spec[b] * (1 + 0.03 * rnd.nextGaussian());
                    bands[b][r * SIZE + c] = (float) Math.round(10000 * rho + 1000);
                }
            }
        }
        try (GeoTiffWriter w = GeoTiffWriter.create(target, grid, GeoTiffWriter.PixelType.UINT16,
                List.of("B02", "B03", "B04", "B08", "B11", "B12"), 0, false)) {
            Map.of("BOA_ADD_OFFSET", "-1000", "PROCESSING_BASELINE", "05.10").forEach(w::setMetadata);
            for (int b = 0; b < 6; b++) {
                w.write(b, 0, 0, SIZE, SIZE, bands[b]);
            }
            w.commit();
        }
        return target;
    }
}
