package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridorwatch.model.RoadSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

class SnappedLineTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static TracedRoad.Stretch stretch(double c0, double c1, double row, boolean accepted, String reason) {
        return stretch(c0, c1, row, accepted, reason, 1000);
    }

    private static TracedRoad.Stretch stretch(double c0, double c1, double row, boolean accepted, String reason,
                                              double offsetM) {
        return new TracedRoad.Stretch(new double[] {c0, (c0 + c1) / 2, c1}, new double[] {row, row + 1, row}, accepted,
                accepted ? 0.8 : 0.2, reason.equals("cloud") ? 0.9 : 0, offsetM, reason);
    }

    @Test
    void refusedStretchesNextToAFoundOneFollowThePathBetweenFoundOnesAndAtTheEnd() {
        // prior along row 0 (1 cell = 1 m here); the road found 50 cells away
        LineString prior = GF.createLineString(new Coordinate[] {new Coordinate(-10, 0), new Coordinate(110, 0)});
        TracedRoad road = new TracedRoad(List.of(stretch(0, 20, 50, true, ""), stretch(20, 40, 50, false, "cloud"),
                stretch(40, 60, 50, true, ""), stretch(60, 80, 50, false, "weak support")), 1);
        List<SnappedLine.Piece> pieces = SnappedLine.assemble(prior, road, (c, r) -> new double[] {c, r}, 20, 30, 0.1);
        List<String> notes = pieces.stream().map(SnappedLine.Piece::note).toList();
        List<SnappedLine.Piece> bridged = pieces.stream().filter(p -> p.note().startsWith("traced path")).toList();
        assertEquals(2, bridged.size(), notes.toString());
        assertTrue(bridged.get(0).note().contains("image refused: cloud"), bridged.get(0).note());
        assertTrue(bridged.get(1).note().contains("image refused: weak support"), bridged.get(1).note());
        for (SnappedLine.Piece b : bridged) {
            assertEquals(RoadSource.IMAGERY, b.source());
            assertEquals(0, b.confidence());
            for (Coordinate c : b.line().getCoordinates()) {
                assertTrue(c.y >= 49, "the bridge follows the path, not the prior: " + c);
            }
        }
    }

    @Test
    void aRefusedStretchBetweenStretchesThatConfirmThePriorKeepsThePrior() {
        LineString prior = GF.createLineString(new Coordinate[] {new Coordinate(-10, 0), new Coordinate(110, 0)});
        TracedRoad road = new TracedRoad(List.of(stretch(0, 20, 1, true, "", 5), stretch(20, 40, 40, false,
                "weak support", 40), stretch(40, 60, 1, true, "", 5)), 1);
        List<String> notes = SnappedLine.assemble(prior, road, (c, r) -> new double[] {c, r}, 20, 30, 0.1).stream()
                .map(SnappedLine.Piece::note).toList();
        assertTrue(notes.stream().noneMatch(n -> n.startsWith("traced path")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("configured line: image refused (weak support")),
                notes.toString());
    }

    @Test
    void piecesThatKeepThePriorTakeItsSourceWhereItIsRoadData() {
        // the prior is road data (osm) for x < 30, the configured line (a gap bridged) beyond; a stretch confirms it at
        // x 0-20, one is refused at x 40-60: their pieces say osm / configured, the prior's own source there
        LineString prior = GF.createLineString(new Coordinate[] {new Coordinate(-10, 0), new Coordinate(110, 0)});
        SnappedLine.PriorSource osm = new SnappedLine.PriorSource(RoadSource.OSM, "road data (ways 1-2, ref RN1)", 12);
        SnappedLine.PriorSources sources = c -> c.x < 30 ? osm : SnappedLine.PriorSource.CONFIGURED;
        TracedRoad road = new TracedRoad(List.of(stretch(0, 20, 1, true, "", 5), stretch(20, 40, 40, false,
                "weak support", 40), stretch(40, 60, 1, true, "", 5)), 1);
        List<SnappedLine.Piece> pieces = SnappedLine.assemble(prior, sources, road, (c, r) -> new double[] {c, r}, 20,
                30, 0.1, null, (c, r) -> false);
        List<String> notes = pieces.stream().map(SnappedLine.Piece::note).toList();
        assertEquals(List.of("road data (ways 1-2, ref RN1) (before the searched stretch)",
                "road data (ways 1-2, ref RN1), confirmed by the image (median offset 5 m)",
                "configured line: image refused (weak support; support 0.20, cloud 0 %)",
                "configured line, confirmed by the image (median offset 5 m)",
                "configured line (after the searched stretch)"), notes);
        assertEquals(List.of(RoadSource.OSM, RoadSource.OSM, RoadSource.CONFIGURED, RoadSource.CONFIGURED,
                RoadSource.CONFIGURED), pieces.stream().map(SnappedLine.Piece::source).toList());
        assertEquals(12, pieces.get(1).offsetM(), 1e-12, "the road data's offset from the configured line");
        assertEquals(0, pieces.get(2).offsetM(), 1e-12);
    }

    @Test
    void anAcceptedStretchNearThePriorButLeavingItAtABendIsUsedAsFound() {
        // prior along row 0 (1 cell = 1 m); both stretches have a median offset of 5 m, the second leaves the prior by
        // 45 m at its middle (a meander off a straight configured line): it is used as found, the first confirms
        LineString prior = GF.createLineString(new Coordinate[] {new Coordinate(-10, 0), new Coordinate(110, 0)});
        TracedRoad road = new TracedRoad(List.of(
                new TracedRoad.Stretch(new double[] {0, 10, 20, 30, 40}, new double[] {5, 5, 8, 5, 5}, true, 0.8, 0, 5,
                        ""),
                new TracedRoad.Stretch(new double[] {40, 50, 60, 70, 80}, new double[] {5, 5, 45, 5, 5}, true, 0.8, 0,
                        5, "")), 1);
        List<SnappedLine.Piece> pieces = SnappedLine.assemble(prior, road, (c, r) -> new double[] {c, r}, 20, 30, 0.1);
        List<String> notes = pieces.stream().map(SnappedLine.Piece::note).toList();
        assertEquals(1, notes.stream().filter(n -> n.startsWith("configured line, confirmed")).count(),
                notes.toString());
        SnappedLine.Piece found = pieces.stream().filter(p -> p.note().startsWith("found in the before image"))
                .findFirst().orElseThrow(() -> new AssertionError(notes.toString()));
        assertEquals(RoadSource.IMAGERY, found.source());
        assertTrue(Arrays.stream(found.line().getCoordinates()).anyMatch(c -> c.y > 40),
                "the found stretch follows the bend: " + found.line());
        // with no limit on the farthest vertex (the rule before keep_configured_max_m) both confirm the prior
        assertTrue(SnappedLine.assemble(prior, road, (c, r) -> new double[] {c, r}, 20, Double.POSITIVE_INFINITY, 0.1)
                .stream().noneMatch(p -> p.note().startsWith("found in the before image")));
    }

    @Test
    void aRoadFoundToTheScenesEdgesJoinsThePriorOutsideTheScene() {
        // cells of 20 m; the scene is 100 x 50 cells (x 0..2000, y 0..1000); the prior runs along y = 500 through it
        SnappedLine.CellToMap toMap = (c, r) -> new double[] {20 * c, 20 * r};
        LineString prior = GF.createLineString(new Coordinate[] {new Coordinate(-5000, 500), new Coordinate(7000, 500)});
        Polygon outline = GF.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(2000, 0),
            new Coordinate(2000, 1000), new Coordinate(0, 1000), new Coordinate(0, 0)});
        // the road enters on the left edge 300 m from the prior and leaves through the top edge
        TracedRoad road = new TracedRoad(List.of(
                new TracedRoad.Stretch(new double[] {0.5, 30, 60}, new double[] {10, 10, 10}, true, 0.8, 0, 300, ""),
                new TracedRoad.Stretch(new double[] {60, 70, 80}, new double[] {10, 5, 0.5}, false, 0.1, 0, 400,
                        "weak support")), 20);
        LineString found = GF.createLineString(new Coordinate[] {new Coordinate(10, 200), new Coordinate(1200, 200),
            new Coordinate(1400, 100), new Coordinate(1600, 10)});
        List<SnappedLine.Piece> pieces = SnappedLine.assemble(prior, road, toMap, 20, 30, 1, outline);
        Polygon inner = GF.createPolygon(new Coordinate[] {new Coordinate(40, 40), new Coordinate(1960, 40),
            new Coordinate(1960, 960), new Coordinate(40, 960), new Coordinate(40, 40)});
        int inside = 0;
        for (SnappedLine.Piece p : pieces) {
            for (Coordinate q : every10m(p)) {
                if (inner.contains(GF.createPoint(q))) {
                    inside++;
                    assertTrue(found.distance(GF.createPoint(q)) < 1, "inside the scene off the found road: " + q
                            + " (" + p.note() + ")");
                }
            }
        }
        assertTrue(inside > 100, "the found road is used: " + inside);
        assertTrue(pieces.get(0).note().contains("joined outside the scene"), pieces.get(0).note());
        assertTrue(pieces.get(pieces.size() - 1).note().contains("joined outside the scene"),
                pieces.get(pieces.size() - 1).note());
        // the joined road still runs from the prior's start to its end
        Coordinate[] first = pieces.get(0).line().getCoordinates();
        Coordinate[] last = pieces.get(pieces.size() - 1).line().getCoordinates();
        assertEquals(-5000, first[0].x, 1e-6);
        assertEquals(7000, last[last.length - 1].x, 1e-6);
    }

    @Test
    void aRoadFoundFromANoDataCornerJoinsThePriorOutsideTheScene() {
        // cells of 20 m; the scene is 100 x 50 cells (x 0..2000, y 0..1000); the prior runs along y = -3000 below it;
        // the scene's data ends at a corner of no data (x + y > 2600): the road comes out of it at cell (93, 36), 140 m
        // from the grid's right edge and 280 m from its top edge, and runs left (y = 720) to the left edge
        SnappedLine.CellToMap toMap = (c, r) -> new double[] {20 * c, 20 * r};
        LineString prior = GF.createLineString(new Coordinate[] {new Coordinate(7000, -3000),
            new Coordinate(-5000, -3000)});
        Polygon outline = GF.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(2000, 0),
            new Coordinate(2000, 1000), new Coordinate(0, 1000), new Coordinate(0, 0)});
        TracedRoad road = new TracedRoad(List.of(new TracedRoad.Stretch(new double[] {93, 50, 0.5},
                new double[] {36, 36, 36}, true, 0.9, 0, 3700, "")), 20);
        SnappedLine.NoDataNear corner = (c, r) -> c + r > 2600 / 20.0 - 2;
        List<SnappedLine.Piece> pieces = SnappedLine.assemble(prior, at -> SnappedLine.PriorSource.CONFIGURED, road,
                toMap, 20, 30, 1, outline, corner);
        assertTrue(pieces.get(0).note().contains("joined outside the scene to where the found road enters it"),
                pieces.get(0).note());
        // inside the scene's data (away from its edges) the line is the found road alone (y = 720)
        assertEquals(0, offRoadInside(pieces), "metres of line inside the scene's data off the found road");
        // until issue 15u the prior was joined straight from its nearest point, across the scene (tune seed 8519)
        List<SnappedLine.Piece> straight = SnappedLine.assemble(prior, road, toMap, 20, 30, 1, outline);
        assertTrue(offRoadInside(straight) > 500, "the old straight join crosses the scene: " + offRoadInside(straight));
        // a prior within OUTSIDE_M of the path's end (100 m below the road) keeps the straight join to it
        LineString near = GF.createLineString(new Coordinate[] {new Coordinate(7000, 620), new Coordinate(-5000, 620)});
        assertTrue(SnappedLine.assemble(near, at -> SnappedLine.PriorSource.CONFIGURED, road, toMap, 20, 30, 1, outline,
                corner).get(0).note().endsWith("(before the searched stretch)"));
    }

    /** Metres of the pieces inside the data of the no-data-corner scene above, more than 1 m off y = 720. */
    private static int offRoadInside(List<SnappedLine.Piece> pieces) {
        int off = 0;
        for (SnappedLine.Piece p : pieces) {
            for (Coordinate q : every10m(p)) {
                boolean inData = q.x > 40 && q.x < 1960 && q.y > 40 && q.y < 960 && q.x + q.y < 2600 - 40;
                off += inData && Math.abs(q.y - 720) > 1 ? 10 : 0;
            }
        }
        return off;
    }

    /** The piece's line sampled every 10 m along each of its segments. */
    private static List<Coordinate> every10m(SnappedLine.Piece p) {
        List<Coordinate> out = new ArrayList<>();
        Coordinate[] cs = p.line().getCoordinates();
        for (int k = 1; k < cs.length; k++) {
            double len = cs[k].distance(cs[k - 1]);
            for (double t = 0; t < len; t += 10) {
                out.add(new Coordinate(cs[k - 1].x + (cs[k].x - cs[k - 1].x) * t / len,
                        cs[k - 1].y + (cs[k].y - cs[k - 1].y) * t / len));
            }
        }
        return out;
    }
}
