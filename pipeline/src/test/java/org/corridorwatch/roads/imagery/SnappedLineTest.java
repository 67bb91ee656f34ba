package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorwatch.model.RoadSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

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
        List<SnappedLine.Piece> pieces = SnappedLine.assemble(prior, road, (c, r) -> new double[] {c, r}, 20, 0.1);
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
        List<String> notes = SnappedLine.assemble(prior, road, (c, r) -> new double[] {c, r}, 20, 0.1).stream()
                .map(SnappedLine.Piece::note).toList();
        assertTrue(notes.stream().noneMatch(n -> n.startsWith("traced path")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("configured line: image refused (weak support")),
                notes.toString());
    }
}
