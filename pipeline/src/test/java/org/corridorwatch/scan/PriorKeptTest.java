package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.RoadSegment;
import org.corridorwatch.model.RoadSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class PriorKeptTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static LineString line(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(cs);
    }

    private static RoadSegment seg(LineString l, RoadSource s, String note) {
        return new RoadSegment(l, s, 0, 0, note);
    }

    /** A prior along y = 0 from x = 0 to 10; the scene spans x 3..7; the snapped road joins it outside (a detour). */
    private static CorridorRoad snappedWithDetours(RoadSource middle) {
        return new CorridorRoad("c", List.of(
                seg(line(0, 0, 2, 0, 2, 1, 3, 1, 3, 0), RoadSource.CONFIGURED,
                        "configured line, joined outside the scene to where the found road enters it"),
                seg(line(3, 0, 7, 0), middle, middle == RoadSource.IMAGERY ? "found in the before image"
                        : "configured line, confirmed by the image (median offset 8 m)"),
                seg(line(7, 0, 7, -1, 8, -1, 8, 0, 10, 0), RoadSource.CONFIGURED,
                        "configured line, joined outside the scene to where the found road leaves it")),
                "before image sentinel2");
    }

    @Test
    void aRoadWithNothingFoundAwayFromThePriorIsThePriorsOwnLineSoChainageDoesNotMove() {
        CorridorRoad prior = CorridorRoad.configured("c", line(0, 0, 10, 0));
        CorridorRoad snapped = snappedWithDetours(RoadSource.CONFIGURED);
        assertEquals(14, snapped.lineWgs84().getLength(), 1e-9, "the joins' detours lengthen the line");
        CorridorRoad kept = PriorKept.over(snapped, prior);
        assertFalse(PriorKept.moved(snapped));
        assertEquals(10, kept.lineWgs84().getLength(), 1e-9, "the prior's length: chainage as without the stage");
        assertEquals(3, kept.segments().size());
        assertEquals("configured line, confirmed by the image (median offset 8 m)", kept.segments().get(1).note());
        assertEquals("configured line (before the searched stretch)", kept.segments().get(0).note(), "no join, no join's note");
        assertEquals("configured line (after the searched stretch)", kept.segments().get(2).note());
        for (Coordinate c : kept.lineWgs84().getCoordinates()) {
            assertEquals(0, c.y, 1e-12, "on the prior");
        }
    }

    @Test
    void aRoadMovedByTheImageKeepsItsGeometry() {
        CorridorRoad snapped = snappedWithDetours(RoadSource.IMAGERY);
        CorridorRoad kept = PriorKept.over(snapped, CorridorRoad.configured("c", line(0, 0, 10, 0)));
        assertTrue(PriorKept.moved(snapped));
        assertEquals(snapped.lineWgs84(), kept.lineWgs84());
        assertEquals(RoadSource.IMAGERY, kept.segments().get(1).source());
    }

    @Test
    void keptSegmentsKeepTheSourceAndNoteSnappedLineGaveThem() {
        // SnappedLine labels a piece that keeps road data osm, its note naming the data: laid over the prior unchanged
        CorridorRoad osm = new CorridorRoad("c", List.of(
                new RoadSegment(line(0, 0, 5, 0), RoadSource.OSM, 1, 12, "ways 1-2, ref RN1"),
                new RoadSegment(line(5, 0, 10, 0), RoadSource.CONFIGURED, 0, 0, "gap bridged by the configured line")),
                "mali.osm");
        CorridorRoad kept = PriorKept.over(new CorridorRoad("c", List.of(
                new RoadSegment(line(0, 0, 4, 0), RoadSource.OSM, 0.8, 12,
                        "road data (ways 1-2, ref RN1), confirmed by the image (median offset 3 m)"),
                seg(line(4, 0, 10, 0), RoadSource.CONFIGURED, "configured line: image refused (cloud; support 0.10, cloud 80 %)")),
                "before image sentinel2"), osm);
        assertEquals(RoadSource.OSM, kept.segments().get(0).source());
        assertEquals("road data (ways 1-2, ref RN1), confirmed by the image (median offset 3 m)", kept.segments().get(0).note());
        assertEquals(12, kept.segments().get(0).offsetFromConfiguredM(), 1e-12, "the road data's offset from the configured line");
        assertEquals(RoadSource.CONFIGURED, kept.segments().get(1).source(), "the gap of the road data stays configured");
        assertEquals("configured line: image refused (cloud; support 0.10, cloud 80 %)", kept.segments().get(1).note());
    }
}
