package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.RoadSegment;
import org.corridorwatch.model.RoadSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class RoadCacheTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static CorridorRoad road() {
        return new CorridorRoad("rn1-senegal", List.of(
                new RoadSegment(GF.createLineString(new Coordinate[] {new Coordinate(-10.1, 13.2), new Coordinate(-10.0, 13.21)}),
                        RoadSource.CONFIGURED, 0, 0, "configured line (before the searched stretch)"),
                new RoadSegment(GF.createLineString(new Coordinate[] {new Coordinate(-10.0, 13.21),
                        new Coordinate(-9.95, 13.215), new Coordinate(-9.9, 13.2)}), RoadSource.IMAGERY, 0.81, 412.5,
                        "found in the before image (support 0.81)")), "before image sentinel2");
    }

    @Test
    void aStoredRoadComesBackSegmentBySegment(@TempDir Path dir) {
        RoadCache cache = new RoadCache(dir.resolve("roads-cache"));
        String key = RoadCache.key("scene", "rn1-senegal");
        assertTrue(cache.get(key).isEmpty());
        assertTrue(cache.put(key, road()));
        CorridorRoad back = cache.get(key).orElseThrow();
        assertEquals(road().corridorId(), back.corridorId());
        assertEquals(road().provenance(), back.provenance());
        assertEquals(road().segments().size(), back.segments().size());
        for (int i = 0; i < back.segments().size(); i++) {
            RoadSegment a = road().segments().get(i);
            RoadSegment b = back.segments().get(i);
            assertTrue(a.lineWgs84().equalsExact(b.lineWgs84()), "segment " + i);
            assertEquals(a.source(), b.source());
            assertEquals(a.confidence(), b.confidence());
            assertEquals(a.offsetFromConfiguredM(), b.offsetFromConfiguredM());
            assertEquals(a.note(), b.note());
        }
    }

    @Test
    void keysDifferWithAnyPartAndADamagedFileIsAMiss(@TempDir Path dir) throws Exception {
        assertNotEquals(RoadCache.key("a", "b"), RoadCache.key("a", "c"));
        assertNotEquals(RoadCache.key("ab", "c"), RoadCache.key("a", "bc"));
        assertEquals(RoadCache.key("a", "b"), RoadCache.key("a", "b"));
        RoadCache cache = new RoadCache(dir);
        Files.writeString(dir.resolve("k.json"), "{\"segments\": [");
        assertTrue(cache.get("k").isEmpty());
        assertFalse(new RoadCache(null).put("k", road()));
    }
}
