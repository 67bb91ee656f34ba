package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

class BridgeJoinTest {

    @Test
    void leavesAndArrivesInTheRoadsDirections() {
        // from (0, 0) heading east to (100, 100) heading north: a quarter bend
        LineString l = BridgeJoin.across(new Coordinate(0, 0), new double[] {5, 0}, new Coordinate(100, 100),
                new double[] {0, 2}, 5);
        Coordinate[] cs = l.getCoordinates();
        assertEquals(0, cs[0].distance(new Coordinate(0, 0)), 1e-9);
        assertEquals(0, cs[cs.length - 1].distance(new Coordinate(100, 100)), 1e-9);
        assertTrue(cs.length >= 28, "a vertex about every 5 m: " + cs.length);
        double startAngle = Math.toDegrees(Math.atan2(cs[1].y - cs[0].y, cs[1].x - cs[0].x));
        int n = cs.length - 1;
        double endAngle = Math.toDegrees(Math.atan2(cs[n].y - cs[n - 1].y, cs[n].x - cs[n - 1].x));
        assertEquals(0, startAngle, 8);
        assertEquals(90, endAngle, 8);
        for (Coordinate c : cs) {
            assertTrue(c.x >= -1e-9 && c.x <= 100 + 1e-9 && c.y >= -1e-9 && c.y <= 100 + 1e-9, "inside the bend: " + c);
        }
    }

    @Test
    void theDirectionOfALineAtItsEnds() {
        Coordinate[] line = {new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(2, 0), new Coordinate(2, 1),
            new Coordinate(2, 2)};
        double[] start = BridgeJoin.direction(line, 2, false);
        double[] end = BridgeJoin.direction(line, 2, true);
        assertEquals(2, start[0], 1e-9);
        assertEquals(0, start[1], 1e-9);
        assertEquals(0, end[0], 1e-9);
        assertEquals(2, end[1], 1e-9);
    }
}
