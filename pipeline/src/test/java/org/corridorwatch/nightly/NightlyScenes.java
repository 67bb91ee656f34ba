package org.corridorwatch.nightly;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridorwatch.TestScenes;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.model.GridGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Small Sentinel-2-like scenes of one grid on RN1 (300 × 300 px of 10 m around km 100), one date each,
 * for the nightly tests: savanna with noise, the road, and burnt strips hugging the road at the given
 * chainages (an attack stays burnt in later dates when listed again). DN = 10000·ρ + 1000 with
 * BOA_ADD_OFFSET = -1000; the date is in the ACQUISITION_DATE metadata (and not in the file name).
 */
final class NightlyScenes {
    static final int SIZE = 300;
    static final double CENTRE_KM = 100;
    /** Chainages of two attack sites on the grid, ~1 km apart. */
    static final double ATTACK_A_KM = 99.5;
    static final double ATTACK_B_KM = 100.5;
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double[] CLOUD = {0.55, 0.56, 0.57, 0.60, 0.45, 0.35};

    private NightlyScenes() {
    }

    /** WGS84 lon/lat of RN1 at a chainage. */
    static Coordinate lonLat(double km) {
        var utm = Projections.utm(29, true);
        double[] p = MetricCorridor.of(CorridorCatalog.loadDefault().get("rn1-senegal"), utm).pointAt(km);
        double[] ll = utm.inverse(p[0], p[1]);
        return new Coordinate(ll[0], ll[1]);
    }

    /** The three dates of the nightly tests in {@code dir}: 2025-09-01 clean, 09-11 with attack A, 09-21 with A and B. */
    static Path[] threeDates(Path dir) {
        return new Path[] {write(dir.resolve("scene-a.tif"), "2025-09-01", List.of(), 1),
            write(dir.resolve("scene-b.tif"), "2025-09-11", List.of(ATTACK_A_KM), 2),
            write(dir.resolve("scene-c.tif"), "2025-09-21", List.of(ATTACK_A_KM, ATTACK_B_KM), 3)};
    }

    static Path write(Path target, String date, List<Double> burntAtKm, long seed) {
        return write(target, date, burntAtKm, seed, SIZE);
    }

    static Path write(Path target, String date, List<Double> burntAtKm, long seed, int size) {
        return write(target, date, burntAtKm, seed, size, 0);
    }

    /**
     * A scene of {@code size}² px (10 m) centred on RN1 km 100; {@code cloudCols} > 0 covers the columns
     * 0 .. cloudCols - 1 (full height) with a thick cloud (bright, white, flat: the spectral cloud test's).
     */
    static Path write(Path target, String date, List<Double> burntAtKm, long seed, int size, int cloudCols) {
        Corridor rn1 = CorridorCatalog.loadDefault().get("rn1-senegal");
        var utm = Projections.utm(29, true);
        MetricCorridor mc = MetricCorridor.of(rn1, utm);
        double[] centre = mc.pointAt(CENTRE_KM);
        GridGeometry grid = TestScenes.utm29Grid(centre, size);
        Geometry road = TestScenes.roadOver(mc, grid);
        List<Point> attacks = burntAtKm.stream().map(km -> {
            double[] p = mc.pointAt(km);
            return GF.createPoint(new Coordinate(p[0], p[1]));
        }).toList();
        return TestScenes.writeL2a(target, grid, road, seed,
                Map.of("BOA_ADD_OFFSET", "-1000", "PROCESSING_BASELINE", "05.10", "ACQUISITION_DATE", date),
                (c, r, p, dRoad) -> c < cloudCols ? CLOUD
                        : attacks.stream().anyMatch(a -> dRoad < 35 && p.distance(a) < 180) ? TestScenes.CHARRED
                        : dRoad < 8 ? TestScenes.ASPHALT : TestScenes.SAVANNA);
    }
}
