package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corridorwatch.model.ConfigException;
import org.corridorwatch.model.GridGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/** The road course of {@code samples generate --road-course meander}: the drawn road is where the truth says. */
class RoadCourseTest {
    private static final GeometryFactory GF = new GeometryFactory();

    static SampleRequest request(long seed, RoadCourse course) {
        return new SampleRequest(Sensor.SENTINEL2, "attack-13sep", seed, "rn1-senegal", 300, 305, null, null,
                Path.of("/tmp/unused"), true, false, "test", course);
    }

    static Scenario scenario(long seed, RoadCourse course) {
        SampleRequest req = request(seed, course);
        CourseRoads.Drawn[] drawn = new CourseRoads.Drawn[1];
        SampleSite site = SampleGenerator.courseSite(req, drawn);
        return ScenarioPlanner.plan(site.grid(), Sensor.SENTINEL2, site.roads(), SampleRecipe.forCase("attack-13sep"),
                site.latitudeDeg(), new SplittableRandom(seed).split(), drawn[0]);
    }

    static PlantedFeature truth(Scenario s, FeatureClass c) {
        return s.features().stream().filter(f -> f.featureClass() == c).findFirst().orElse(null);
    }

    /** Share of points every 50 m along {@code line} (clear of clouds and burns) darker in NIR than both sides 40 m away. */
    static double darkerThanSides(Scenario s, float[][] img, LineString line, Geometry avoid) {
        GridGeometry g = s.grid();
        LengthIndexedLine idx = new LengthIndexedLine(line);
        int hits = 0;
        int n = 0;
        for (double d = 100; d < line.getLength() - 100; d += 50) {
            Coordinate c = idx.extractPoint(d);
            Coordinate a = idx.extractPoint(d - 20);
            Coordinate b = idx.extractPoint(d + 20);
            double len = Math.hypot(b.x - a.x, b.y - a.y);
            double nx = -(b.y - a.y) / len;
            double ny = (b.x - a.x) / len;
            if (avoid.distance(GF.createPoint(c)) < 80) {
                continue;
            }
            double on = nir(img, g, c.x, c.y);
            double l = nir(img, g, c.x + 40 * nx, c.y + 40 * ny);
            double r = nir(img, g, c.x - 40 * nx, c.y - 40 * ny);
            if (Double.isNaN(on) || Double.isNaN(l) || Double.isNaN(r)) {
                continue;
            }
            n++;
            if (on < l && on < r) {
                hits++;
            }
        }
        assertTrue(n > 50, "points sampled: " + n);
        return hits / (double) n;
    }

    private static double nir(float[][] img, GridGeometry g, double x, double y) {
        double[] p = g.toPixel(x, y);
        int c = (int) Math.floor(p[0]);
        int r = (int) Math.floor(p[1]);
        if (c < 0 || r < 0 || c >= g.width() || r >= g.height()) {
            return Double.NaN;
        }
        int i = r * g.width() + c;
        return img[3][i];
    }

    private static Geometry avoid(Scenario s) {
        List<Geometry> gs = new ArrayList<>();
        for (PlantedFeature f : s.features()) {
            switch (f.featureClass()) {
                case CLOUD, CLOUD_SHADOW, ATTACK, BUSHFIRE, OLD_BURN, VILLAGE, TRUCK_PARK, MARKET, QUEUE, NODATA,
                     NEW_BUILDING, TRACK -> gs.add(f.geometry());
                default -> { }
            }
        }
        return GF.buildGeometry(gs).union();
    }

    @Test
    void theDrawnRoadFollowsTheTruthLineNotTheConfiguredOne() {
        Scenario s = scenario(8501, new RoadCourse(true, 1500, true, 2, true));
        PlantedFeature road = truth(s, FeatureClass.ROAD);
        assertNotNull(road);
        assertNotNull(truth(s, FeatureClass.TRACK));
        assertNotNull(truth(s, FeatureClass.BYPASS));
        assertEquals(When.AFTER, truth(s, FeatureClass.BYPASS).visible());
        assertTrue(((Number) road.attributes().get("max_offset_m")).doubleValue() > 300, road.attributes().toString());
        float[][] before = SampleFixtures.render(s, When.BEFORE, 128);
        LineString line = (LineString) road.geometry().getGeometryN(0);
        Geometry avoid = avoid(s);
        double on = darkerThanSides(s, before, line, avoid);
        assertTrue(on >= 0.9, "share of the truth road darker than both sides: " + on);
        // the same line moved 60 m sideways is not the road
        LineString shifted = shifted(line, 60);
        double off = darkerThanSides(s, before, shifted, avoid);
        assertTrue(off < 0.5, "share 60 m beside the road: " + off);
    }

    /** The line moved {@code d} metres to its left, vertex by vertex. */
    static LineString shifted(LineString line, double d) {
        Coordinate[] c = line.getCoordinates();
        Coordinate[] out = new Coordinate[c.length];
        for (int i = 0; i < c.length; i++) {
            Coordinate a = c[Math.max(0, i - 1)];
            Coordinate b = c[Math.min(c.length - 1, i + 1)];
            double len = Math.hypot(b.x - a.x, b.y - a.y);
            out[i] = new Coordinate(c[i].x - d * (b.y - a.y) / len, c[i].y + d * (b.x - a.x) / len);
        }
        return GF.createLineString(out);
    }

    @Test
    void theBypassIsPaintedInTheAfterDateOnly() {
        Scenario s = scenario(8502, new RoadCourse(true, 400, false, 0, true));
        LineString bypass = (LineString) truth(s, FeatureClass.BYPASS).geometry();
        float[][] before = SampleFixtures.render(s, When.BEFORE, 128);
        float[][] after = SampleFixtures.render(s, When.AFTER, 128);
        LengthIndexedLine idx = new LengthIndexedLine(bypass);
        int darker = 0; // points that became asphalt
        int n = 0;
        Geometry road = truth(s, FeatureClass.ROAD).geometry();
        Geometry avoid = avoid(s);
        for (double d = 0; d < bypass.getLength(); d += 40) {
            Coordinate c = idx.extractPoint(d);
            if (road.distance(GF.createPoint(c)) < 60 || avoid.distance(GF.createPoint(c)) < 60) {
                continue;
            }
            double b = nir(before, s.grid(), c.x, c.y);
            double a = nir(after, s.grid(), c.x, c.y);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            n++;
            // asphalt (NIR 0.14) where the before date had ground (vegetation, soil, seasonal water)
            if (Math.abs(a - b) > 0.03 && Math.abs(a - 0.14) < 0.05) {
                darker++;
            }
        }
        assertTrue(n >= 10, "bypass points: " + n);
        assertTrue(darker >= 0.8 * n, darker + " of " + n + " bypass points asphalt in the after date only");
    }

    @Test
    void withoutACourseTheDrawnRoadIsTheConfiguredLineAndOptionsNeedAMeander() {
        assertEquals(RoadCourse.CONFIGURED, new SampleRequest(Sensor.SENTINEL2, "default", 1, null, Double.NaN,
                Double.NaN, null, null, Path.of("x"), false, true, "c").roadCourse());
        assertThrows(ConfigException.class, () -> new RoadCourse(false, 0, true, 0, false));
        assertThrows(ConfigException.class, () -> new RoadCourse(true, 20_000, false, 0, false));
        SampleRequest box = new SampleRequest(Sensor.SENTINEL2, "default", 1, null, Double.NaN, Double.NaN,
                new double[] {-8.1, 13.7, -8.0, 13.8}, null, Path.of("x"), false, true, "c",
                new RoadCourse(true, 300, false, 0, false));
        assertThrows(ConfigException.class, () -> SampleGenerator.courseSite(box, new CourseRoads.Drawn[1]));
    }
}
