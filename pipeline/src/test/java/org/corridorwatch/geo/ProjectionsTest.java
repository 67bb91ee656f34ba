package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorwatch.model.ConfigException;
import org.junit.jupiter.api.Test;

class ProjectionsTest {
    /** lon, lat, x29, y29, x30, y30 from `gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32629/32630` (GDAL 3.6.2). */
    private static final double[][] GDAL = {
        {-8.0, 12.65, 608596.32882395, 1398638.60941756, -43584.7959418097, 1403634.99337982},
        {-5.66654, 11.31755, 863955.465815091, 1253170.94315286, 208915.517574889, 1252421.4470928},
        {-6.0, 11.4, 827420.58894491, 1261903.64624267, 172579.411055089, 1261903.64624267},
        {-11.44448, 14.44693, 236466.379951438, 1598558.61176612, -413052.594584481, 1614031.12861771},
    };

    @Test
    void forwardMatchesGdalToTheMillimetreInBothZones() {
        for (double[] r : GDAL) {
            check(Projections.utm(29, true), r[0], r[1], r[2], r[3]);
            check(Projections.utm(30, true), r[0], r[1], r[4], r[5]);
        }
    }

    private static void check(Projection p, double lon, double lat, double x, double y) {
        double[] xy = p.forward(lon, lat);
        assertEquals(x, xy[0], 0.001, p + " x of " + lon + "," + lat);
        assertEquals(y, xy[1], 0.001, p + " y of " + lon + "," + lat);
        double[] ll = p.inverse(x, y);
        assertEquals(lon, ll[0], 1e-9, p + " inverse lon");
        assertEquals(lat, ll[1], 1e-9, p + " inverse lat");
    }

    @Test
    void zoneBoundaryAtSixWestBelongsToZone30() {
        assertEquals(29, Projections.utmZone(-6.000001));
        assertEquals(30, Projections.utmZone(-6.0));
        assertEquals(30, Projections.utmZone(-5.66654));   // Sikasso
        assertEquals(29, Projections.utmZone(-8.0));       // Bamako
        assertEquals(32630, Projections.utmFor(-5.67, 11.3).epsg());
        assertEquals(32729, Projections.utmFor(-8, -1).epsg());
        assertEquals(1, Projections.utmZone(-180));
        assertEquals(60, Projections.utmZone(179.99));
    }

    @Test
    void pointsOnTheBoundaryHaveMirroredEastings() {
        double[] a = Projections.utm(29, true).forward(-6, 11.4);
        double[] b = Projections.utm(30, true).forward(-6, 11.4);
        assertEquals(1_000_000, a[0] + b[0], 1e-6);
        assertEquals(a[1], b[1], 1e-6);
    }

    @Test
    void southernHemisphereHasFalseNorthing() {
        double[] xy = Projections.utm(29, false).forward(-9, -1);
        assertEquals(500_000, xy[0], 1e-6);
        assertEquals(9889469.84119762, xy[1], 0.001);   // gdaltransform -t_srs EPSG:32729
    }

    @Test
    void forEpsgKnowsUtmAndWgs84Only() {
        assertEquals(32629, Projections.forEpsg(32629).epsg());
        assertEquals(32730, Projections.forEpsg(32730).epsg());
        assertTrue(Projections.forEpsg(4326).isGeographic());
        assertEquals(-8.0, Projections.forEpsg(4326).forward(-8.0, 12.6)[0]);
        assertThrows(ConfigException.class, () -> Projections.forEpsg(3857));
        assertThrows(ConfigException.class, () -> Projections.forEpsg(32661));
    }
}
