package org.corridorwatch.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.corridorwatch.geo.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class HotspotIndexTest {
    static Hotspot viirs(double lon, double lat, String date) {
        return new Hotspot(lon, lat, Instant.parse(date + "T13:16:00Z"), "N", Instrument.VIIRS, 0.6, 330, 10, "D", 375, "t.csv");
    }

    static FirmsFile file(Hotspot... hs) {
        return new FirmsFile(List.of(hs), hs.length, 0, List.of(), "csv VIIRS");
    }

    private static Geometry wkt(String s) throws Exception {
        return new WKTReader().read(s);
    }

    @Test
    void envelopeDropsFarHotspotsAtBuild() {
        Envelope scene = new Envelope(-8.2, -7.9, 13.6, 13.9);
        HotspotIndex idx = HotspotIndex.build(List.of(
                file(viirs(-8.0, 13.7, "2025-09-13"), viirs(150.4, -25.5, "2025-09-13")),
                file(viirs(-8.21, 13.7, "2025-09-13"), viirs(-7.0, 13.7, "2025-09-13"))), HotspotIndex.grow(scene, 1500));
        assertEquals(2, idx.size(), "inside, and 0.01° (~1.08 km) west of the scene kept");
        assertEquals(2, idx.dropped());
        assertEquals(4, HotspotIndex.build(List.of(file(viirs(-8.0, 13.7, "2025-09-13"), viirs(150.4, -25.5, "2025-09-13")),
                file(viirs(-8.21, 13.7, "2025-09-13"), viirs(-7.0, 13.7, "2025-09-13"))), null).size());
    }

    @Test
    void growIsAtLeastTheDistanceOnEverySide() {
        Envelope g = HotspotIndex.grow(new Envelope(-8.2, -7.9, 13.6, 13.9), 1000);
        assertTrue(Geodesic.distanceM(-8.2, 13.9, g.getMinX(), 13.9) >= 1000);
        assertTrue(Geodesic.distanceM(-7.9, 13.9, -7.9, g.getMaxY()) >= 1000);
        assertTrue(Geodesic.distanceM(-7.9, 13.6, -7.9, g.getMinY()) >= 1000);
        assertTrue(Geodesic.distanceM(-8.2, 13.6, g.getMinX(), 13.6) < 1050, "but not much more");
    }

    @Test
    void nearFindsDetectionsWithinTheDistanceAndDates() throws Exception {
        // a ~110 m square site at (-8.06, 13.72); hotspots inside, ~200 m, ~600 m and ~1.1 km east of its east edge
        Geometry site = wkt("POLYGON ((-8.0610 13.7200, -8.0600 13.7200, -8.0600 13.7210, -8.0610 13.7210, -8.0610 13.7200))");
        double degPerM = 1 / (111_320 * Math.cos(Math.toRadians(13.7205)));
        Hotspot inside = viirs(-8.0605, 13.7205, "2025-09-13");
        Hotspot m200 = viirs(-8.0600 + 200 * degPerM, 13.7205, "2025-09-14");
        Hotspot m600 = viirs(-8.0600 + 600 * degPerM, 13.7205, "2025-09-15");
        Hotspot m1100 = viirs(-8.0600 + 1100 * degPerM, 13.7205, "2025-09-14");
        Hotspot early = viirs(-8.0605, 13.7205, "2025-09-07");
        HotspotIndex idx = HotspotIndex.of(List.of(m600, inside, m1100, m200, early));
        List<HotspotIndex.Match> near = idx.near(site, 750, LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 18));
        assertEquals(List.of(inside, m200, m600), near.stream().map(HotspotIndex.Match::hotspot).toList(), "nearest first");
        assertEquals(0, near.get(0).distanceM(), 0);
        assertEquals(200, near.get(1).distanceM(), 2);
        assertEquals(600, near.get(2).distanceM(), 4);
        assertEquals(4, idx.near(site, 1200, LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 18)).size());
        assertEquals(5, idx.near(site, 1200, null, null).size());
        List<HotspotIndex.Match> oneDay = idx.near(site, 1200, LocalDate.of(2025, 9, 14), LocalDate.of(2025, 9, 14));
        assertEquals(List.of(m200, m1100), oneDay.stream().map(HotspotIndex.Match::hotspot).toList(), "dates inclusive");
        assertTrue(idx.near(site, 150, LocalDate.of(2025, 9, 14), LocalDate.of(2025, 9, 15)).isEmpty());
    }

    @Test
    void distanceAgreesWithGeodesic() throws Exception {
        Geometry point = wkt("POINT (-8.0 13.7)");
        Hotspot h = viirs(-7.995, 13.703, "2025-09-13");
        double d = HotspotIndex.of(List.of(h)).near(point, 2000, null, null).get(0).distanceM();
        assertEquals(Geodesic.distanceM(-8.0, 13.7, -7.995, 13.703), d, 1.0);
    }
}
