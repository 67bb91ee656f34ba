package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.corridorwatch.geo.Projections;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;

class FirmsSynthesizerTest {
    @Test
    void attackDetectionsAreOnTheAttackDateWithinJitterOfTheScar() {
        Scenario s = SampleFixtures.scenario(Sensor.SENTINEL2, 400, SampleRecipe.forCase("bushfires-small-attack"), 9);
        List<FirmsDetection> rows = FirmsSynthesizer.synthesize(s, new SplittableRandom(1));
        GeometryFactory gf = new GeometryFactory();
        Geometry attack = s.features().stream().filter(f -> f.featureClass() == FeatureClass.ATTACK).findFirst()
                .orElseThrow().geometry();
        long attackRows = rows.stream().filter(d -> "attack-1".equals(d.featureId())).count();
        assertTrue(attackRows >= 1 && attackRows <= 4, "attack rows " + attackRows);
        for (FirmsDetection d : rows) {
            if (d.featureId() == null) {
                continue;
            }
            assertFalse(d.acqDate().isBefore(s.recipe().beforeDate()) || d.acqDate().isAfter(s.recipe().afterDate()),
                    d.toString());
            assertTrue(d.acqTime().matches("\\d{4}"), d.acqTime());
            assertTrue(List.of("l", "n", "h").contains(d.confidence()));
            if ("attack-1".equals(d.featureId())) {
                assertEquals(s.recipe().attackDate(), d.acqDate());
                double dist = attack.distance(gf.createPoint(new Coordinate(d.x(), d.y())));
                assertTrue(dist <= FirmsSynthesizer.MAX_JITTER_M * Math.sqrt(2), "too far: " + dist);
            }
        }
        assertTrue(rows.stream().anyMatch(d -> d.featureId() == null), "no unrelated detections");
        assertTrue(rows.stream().filter(d -> d.featureId() != null && d.featureId().startsWith("bushfire")).count()
                >= 10, "bush fires leave few detections");
    }

    @Test
    void csvHasTheViirsColumnsAndLatLon() {
        Scenario s = SampleFixtures.scenario(Sensor.SENTINEL2, 300, SampleRecipe.DEFAULT, 2);
        String csv = FirmsCsv.toCsv(FirmsSynthesizer.synthesize(s, new SplittableRandom(2)), Projections.utm(29, true));
        String[] lines = csv.split("\n");
        assertEquals("latitude,longitude,bright_ti4,scan,track,acq_date,acq_time,satellite,instrument,confidence,"
                + "version,bright_ti5,frp,daynight", lines[0]);
        String[] f = lines[1].split(",");
        assertEquals(14, f.length);
        double lat = Double.parseDouble(f[0]);
        double lon = Double.parseDouble(f[1]);
        assertTrue(lat > 13.4 && lat < 13.7 && lon > -8.2 && lon < -7.9, lines[1]);
        assertEquals("VIIRS", f[8]);
    }
}
