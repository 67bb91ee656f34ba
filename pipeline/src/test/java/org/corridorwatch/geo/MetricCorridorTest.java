package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorwatch.TestSupport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;

class MetricCorridorTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /** A northward road along 8°W from 12°N to 13°N. */
    private static Corridor northward() {
        return new Corridor("t", "test", List.of("T1"), 1000,
                GF.createLineString(new Coordinate[] {new Coordinate(-8, 12), new Coordinate(-8, 13)}));
    }

    @Test
    void chainageIsGeodesicAndOffsetIsSigned() {
        Projection p = Projections.utm(29, true);
        MetricCorridor m = MetricCorridor.of(northward(), p);
        assertEquals(110.62634, m.lengthKm(), 1e-4);
        double[] east = p.forward(-7.99, 12.5);   // east of a northward road = right
        double[] west = p.forward(-8.01, 12.5);
        assertEquals(m.lengthKm() / 2, m.chainageKm(east[0], east[1]), 0.01);
        double expected = Geodesic.distanceM(-8, 12.5, -7.99, 12.5);
        assertEquals(-expected, m.offsetM(east[0], east[1]), 0.5);
        assertEquals(expected, m.offsetM(west[0], west[1]), 0.5);
        double[] before = p.forward(-8.0, 11.9);
        assertEquals(0, m.chainageKm(before[0], before[1]), 1e-9);
    }

    @Test
    void pointAtAndBearingAt() {
        Projection p = Projections.utm(29, true);
        MetricCorridor m = MetricCorridor.of(northward(), p);
        double[] mid = m.pointAt(m.lengthKm() / 2);
        double[] ll = p.inverse(mid[0], mid[1]);
        assertEquals(-8, ll[0], 1e-6);
        assertEquals(12.5, ll[1], 0.001);
        assertEquals(m.lengthKm() / 2, m.chainageKm(mid[0], mid[1]), 1e-6);
        // 8°W is 1° east of the central meridian of 29N (9°W): true north is 1°·sin(12°) = 0.21° west of grid north
        assertEquals(360 - 0.21, m.bearingDegAt(10), 0.01);
        assertTrue(m.line().getNumPoints() >= 222, "densified to <= 500 m");
    }

    @Test
    void sikassoSiteGetsTheSameChainageInZone29Zone30AndGeographic() {
        Corridor rn7 = CorridorCatalog.load(TestSupport.repoRoot().resolve("config/corridors.geojson")).get("RN7");
        double lon = -5.70;   // just west of Sikasso, in zone 30
        double lat = 11.34;
        double[][] results = new double[3][];
        Projection[] ps = {Projections.utm(29, true), Projections.utm(30, true), Projections.forEpsg(4326)};
        for (int i = 0; i < ps.length; i++) {
            double[] xy = ps[i].forward(lon, lat);
            results[i] = MetricCorridor.of(rn7, ps[i]).chainageAndOffset(xy[0], xy[1]);
        }
        Projection own = Projections.utmFor(lon, lat);
        assertEquals(32630, own.epsg());
        for (double[] r : results) {
            assertEquals(results[1][0], r[0], 0.002, "chainage km within 2 m");
            assertEquals(results[1][1], r[1], 1.0, "offset within 1 m");
        }
        System.out.printf("Sikasso site: 32629 %s, 32630 %s, 4326 %s (km, m)%n", java.util.Arrays.toString(results[0]),
                java.util.Arrays.toString(results[1]), java.util.Arrays.toString(results[2]));
        assertTrue(results[1][0] > 330 && results[1][0] < 370, "Sikasso is km " + results[1][0]);
        // the projected lengths differ by the scale factor, which is why chainage is geodesic
        double len29 = MetricCorridor.of(rn7, ps[0]).line().getLength();
        double len30 = MetricCorridor.of(rn7, ps[1]).line().getLength();
        assertTrue(Math.abs(len29 - len30) > 100, "projected lengths differ by " + (len29 - len30) + " m");
        assertEquals(MetricCorridor.of(rn7, ps[0]).lengthKm(), MetricCorridor.of(rn7, ps[1]).lengthKm(), 1e-9);
    }
}
