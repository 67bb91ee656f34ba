package org.corridorwatch.roads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.model.RoadSegment;
import org.corridorwatch.model.RoadSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Roads built from tiny OSM files written here, read through GDAL's OSM driver, asserted vertex by vertex. The
 * corridor runs north along 8°W from 12.00°N to 12.10°N with a waypoint at 12.05°N; the road 100 m east of it.
 */
class OsmCorridorRoadTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double ROAD_X = -7.999;
    private static final String ATTRIBUTION = "© OpenStreetMap contributors, ODbL";

    @TempDir
    Path dir;

    static Corridor corridor(List<String> refs) {
        LineString line = GF.createLineString(new Coordinate[] {
            new Coordinate(-8, 12.0), new Coordinate(-8, 12.05), new Coordinate(-8, 12.1)});
        return new Corridor("test-rn1", "test", List.of("RN1"), 5000, line, refs);
    }

    /** Nodes 1..7 along the road at 12.00, 12.02, 12.04, 12.05, 12.06, 12.08, 12.10. */
    private static OsmFixture road() {
        OsmFixture f = new OsmFixture();
        double[] lat = {12.0, 12.02, 12.04, 12.05, 12.06, 12.08, 12.1};
        for (int i = 0; i < lat.length; i++) {
            f.node(i + 1, ROAD_X, lat[i]);
        }
        return f;
    }

    private CorridorRoad build(OsmFixture f, List<String> refs) {
        Path file = f.write(dir.resolve("roads.osm"));
        return CorridorRoads.load(file, List.of(corridor(refs)), RoadsParameters.DEFAULT, ATTRIBUTION)
                .forCorridors(List.of(corridor(refs))).get(0);
    }

    static void assertVertices(double[][] expected, LineString line) {
        Coordinate[] cs = line.getCoordinates();
        List<String> got = new ArrayList<>();
        for (Coordinate c : cs) {
            got.add(c.x + " " + c.y);
        }
        assertEquals(expected.length, cs.length, "vertices " + got);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], cs[i].x, 1e-7, "x of vertex " + i + " of " + got);
            assertEquals(expected[i][1], cs[i].y, 1e-7, "y of vertex " + i + " of " + got);
        }
    }

    private static double[][] nodes(OsmFixture f, int... ids) {
        double[][] out = new double[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            out[i] = f.at(ids[i]);
        }
        return out;
    }

    @Test
    void threeWaysWithRefsMakeOneRoadAndTheWrongRefParallelRoadIsIgnored() {
        OsmFixture f = road()
                .way(100, new int[] {1, 2, 3}, "highway", "trunk", "ref", "RN1")
                .way(101, new int[] {3, 4, 5}, "highway", "trunk", "ref", "N1;RN1")
                .way(102, new int[] {5, 6, 7}, "highway", "primary", "ref", "N 1")
                // a parallel trunk road exactly on the configured line, but another road: RN7
                .node(20, -8, 12.0).node(21, -8, 12.05).node(22, -8, 12.1)
                .way(200, new int[] {20, 21, 22}, "highway", "trunk", "ref", "RN7");
        CorridorRoad road = build(f, List.of("RN1", "N1"));
        assertEquals(1, road.segments().size(), road.segments().toString());
        RoadSegment s = road.segments().get(0);
        assertEquals(RoadSource.OSM, s.source());
        assertEquals(1.0, s.confidence());
        assertEquals(109, s.offsetFromConfiguredM(), 1.5);
        assertTrue(s.note().startsWith("ref RN1, N1"), s.note());
        assertTrue(s.note().endsWith("3 ways"), s.note());
        assertVertices(nodes(f, 1, 2, 3, 4, 5, 6, 7), road.lineWgs84());
        assertTrue(road.provenance().contains("roads.osm") && road.provenance().contains(ATTRIBUTION), road.provenance());
    }

    @Test
    void aGapIsBridgedByTheConfiguredLineAndReported() {
        OsmFixture f = road()
                .way(100, new int[] {1, 2, 3}, "highway", "trunk", "ref", "RN1")
                .way(102, new int[] {5, 6, 7}, "highway", "trunk", "ref", "RN1");
        CorridorRoad road = build(f, List.of("RN1"));
        assertEquals(List.of(RoadSource.OSM, RoadSource.CONFIGURED, RoadSource.OSM),
                road.segments().stream().map(RoadSegment::source).toList());
        // the gap 12.04 -> 12.06 passes through the configured waypoint at 12.05 on 8°W
        assertVertices(new double[][] {f.at(3), {-8, 12.05}, f.at(5)}, road.segments().get(1).lineWgs84());
        assertTrue(road.segments().get(1).note().startsWith("gap of 2.2 km"), road.segments().get(1).note());
        assertVertices(new double[][] {f.at(1), f.at(2), f.at(3), {-8, 12.05}, f.at(5), f.at(6), f.at(7)}, road.lineWgs84());
        assertTrue(CorridorRoads.summary(road).contains("1 stretch(es) on the configured line (km 4.4-6.6)"),
                CorridorRoads.summary(road));
    }

    @Test
    void aRoundaboutIsPassedOnItsShorterSide() {
        // the road reaches the roundabout at node 3 (12.04) and leaves it at node 5 (12.06); the roundabout 3-30-5-31-3
        // bulges 0.002° east on one side and 0.01° west on the other
        OsmFixture f = road()
                .node(30, ROAD_X + 0.002, 12.05).node(31, ROAD_X - 0.01, 12.05)
                .way(100, new int[] {1, 2, 3}, "highway", "trunk", "ref", "RN1")
                .way(300, new int[] {3, 30, 5, 31, 3}, "highway", "trunk", "junction", "roundabout")
                .way(102, new int[] {5, 6, 7}, "highway", "trunk", "ref", "RN1");
        CorridorRoad road = build(f, List.of("RN1"));
        assertVertices(nodes(f, 1, 2, 3, 30, 5, 6, 7), road.lineWgs84());
        List<RoadSegment> s = road.segments();
        assertEquals(3, s.size(), s.toString());
        assertEquals(0.7, s.get(1).confidence(), 1e-9);
        assertTrue(s.get(1).note().startsWith("no way with the corridor's ref: highway trunk"), s.get(1).note());
    }

    @Test
    void aWaySplitAtAJunctionIsFollowedAndASideBranchToTheWaypointIsCut() {
        // way 100 ends at the junction node 4 (12.05), way 101 continues; a branch with the same ref leaves the
        // junction west to node 40 exactly on the configured waypoint, so the waypoint snaps there
        OsmFixture f = road()
                .node(40, -8, 12.05)
                .way(100, new int[] {1, 2, 3, 4}, "highway", "trunk", "ref", "RN1")
                .way(101, new int[] {4, 5, 6, 7}, "highway", "trunk", "ref", "RN1")
                .way(400, new int[] {4, 40}, "highway", "secondary", "ref", "RN1");
        CorridorRoad road = build(f, List.of("RN1"));
        assertVertices(nodes(f, 1, 2, 3, 4, 5, 6, 7), road.lineWgs84());
        assertEquals(1, road.segments().size());
    }

    @Test
    void withoutDataNearTheStartTheRoadBeginsOnTheConfiguredLine() {
        OsmFixture f = road().way(102, new int[] {4, 5, 6, 7}, "highway", "trunk", "ref", "RN1");
        RoadsParameters near = new RoadsParameters(List.of("trunk"), 1000, 0, 3, 10);
        Path file = f.write(dir.resolve("half.osm"));
        CorridorRoad road = CorridorRoads.load(file, List.of(corridor(List.of())), near, "").forCorridors(
                List.of(corridor(List.of()))).get(0);
        assertEquals(List.of(RoadSource.CONFIGURED, RoadSource.OSM), road.segments().stream().map(RoadSegment::source).toList());
        assertVertices(new double[][] {{-8, 12.0}, f.at(4), f.at(5), f.at(6), f.at(7)}, road.lineWgs84());
    }

    @Test
    void provenanceRecordsChecksumAndOsmBase() throws Exception {
        OsmFixture f = road().osmBase("2025-11-20T21:14:02Z").way(100, new int[] {1, 2, 3, 4, 5, 6, 7}, "highway", "trunk", "ref", "RN1");
        Path file = f.write(dir.resolve("dated.osm"));
        RoadProvenance p = CorridorRoads.load(file, List.of(corridor(List.of())), RoadsParameters.DEFAULT, ATTRIBUTION)
                .provenance().orElseThrow();
        assertEquals("2025-11-20T21:14:02Z", p.osmTimestamp());
        assertEquals("OSM", p.format());
        assertEquals(1, p.ways());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file))), p.sha256());
    }

    /**
     * A real PBF written by osmium (test resource roads/osmium-two-ways.osm.pbf, see its README): zlib blocks and
     * the replication timestamp in the header block, as in Geofabrik's extracts. GDAL's OSM driver reads the two
     * ways, the road runs through all seven nodes, and the provenance carries the header's time.
     */
    @Test
    void aPbfWrittenByOsmiumGivesTheRoadAndItsReplicationTime() throws Exception {
        Path pbf = dir.resolve("mali-latest.osm.pbf");
        try (var in = OsmCorridorRoadTest.class.getResourceAsStream("/roads/osmium-two-ways.osm.pbf")) {
            Files.copy(in, pbf);
        }
        CorridorRoads loaded = CorridorRoads.load(pbf, List.of(corridor(List.of("RN1", "N1"))), RoadsParameters.DEFAULT, ATTRIBUTION);
        RoadProvenance p = loaded.provenance().orElseThrow();
        assertEquals("2026-11-30T20:21:02Z", p.osmTimestamp());
        assertEquals("OSM", p.format());
        assertEquals(2, p.ways());
        CorridorRoad road = loaded.forCorridors(List.of(corridor(List.of("RN1", "N1")))).get(0);
        assertEquals(1, road.segments().size(), road.segments().toString());
        assertEquals(RoadSource.OSM, road.segments().get(0).source());
        assertVertices(nodes(road(), 1, 2, 3, 4, 5, 6, 7), road.lineWgs84());
    }

    @Test
    void aMissingOrUnreadableRoadsFileIsOneInputError() throws Exception {
        CorridorWatchException missing = assertThrows(CorridorWatchException.class,
                () -> CorridorRoads.load(dir.resolve("nope.osm.pbf"), List.of(corridor(List.of())), RoadsParameters.DEFAULT, ""));
        assertEquals(ExitCode.INPUT, missing.exitCode());
        assertTrue(missing.getMessage().contains("nope.osm.pbf") && missing.getMessage().contains("roads file not found"),
                missing.getMessage());
        Path junk = Files.writeString(dir.resolve("junk.gpkg"), "not a geopackage");
        CorridorWatchException bad = assertThrows(CorridorWatchException.class,
                () -> CorridorRoads.load(junk, List.of(corridor(List.of())), RoadsParameters.DEFAULT, ""));
        assertEquals(ExitCode.INPUT, bad.exitCode());
        assertTrue(bad.getMessage().contains("junk.gpkg") && bad.getMessage().contains("is not road data GDAL can read"),
                bad.getMessage());
    }
}
