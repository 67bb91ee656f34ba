package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A road running north (azimuth 0): x is across it, y along it. */
class LoneWrecksTest {
    private static final double ROAD_AZIMUTH = 0;

    private static PlacedVehicle object(double x, double y, Polarity polarity) {
        return new PlacedVehicle(x, y, new VehicleObject(0, 0, 14, 3, 0, polarity, 0.01, 7, 5));
    }

    /** Wrecks on the road at y = 0, 19, 38... plus two pushed 25 m off it (they shift the mean, not the median). */
    private static List<PlacedVehicle> line() {
        List<PlacedVehicle> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(object(0.5 * (i % 2), 19 * i, Polarity.DARK));
        }
        out.add(object(-25, 30, Polarity.DARK));
        out.add(object(-25, 60, Polarity.DARK));
        return out;
    }

    @Test
    void aLoneDarkObjectOnTheScarAndOnTheRoadAxisJoinsTheLine() {
        PlacedVehicle far = object(6, 280, Polarity.DARK); // 185 m past the last wreck, 6 m beside the road
        List<PlacedVehicle> joined = LoneWrecks.join(line(), List.of(far), v -> true, ROAD_AZIMUTH, 15);
        assertEquals(9, joined.size());
        assertTrue(joined.contains(far));
        // the line now spans 280 m: the count by length sees it
        assertEquals(16, LineCount.vehicles(joined, 19, true));
    }

    @Test
    void offTheAxisOffTheScarOrBrightObjectsStayOut() {
        List<PlacedVehicle> lone = List.of(object(20, 280, Polarity.DARK), object(3, 280, Polarity.BRIGHT),
                object(2, 400, Polarity.DARK));
        List<PlacedVehicle> joined = LoneWrecks.join(line(), lone, v -> v.y() < 300, ROAD_AZIMUTH, 15);
        assertEquals(line(), joined);
    }

    @Test
    void theAxisFollowsTheRoadNotTheMembersTilt() {
        // members tilted 10 degrees off the road by the two pushed-off wrecks would put a wreck 280 m on
        // some 40 m off their own axis; along the road it is 6 m off
        PlacedVehicle far = object(6, 280, Polarity.DARK);
        assertEquals(8, LoneWrecks.join(line(), List.of(far), v -> true, 90, 15).size(), "axis across the road");
        assertEquals(9, LoneWrecks.join(line(), List.of(far), v -> true, 180, 15).size(), "either direction");
    }

    @Test
    void noLineNothingToJoinAndANegativeOffsetIsRejected() {
        assertEquals(List.of(), LoneWrecks.join(List.of(), List.of(object(0, 0, Polarity.DARK)), v -> true, 0, 15));
        assertThrows(IllegalArgumentException.class, () -> LoneWrecks.join(line(), List.of(), v -> true, 0, -1));
    }

    @Test
    void loneDarkObjectsAlongTheRoadOnTheScarAreALineOfTheirOwn() {
        // four wrecks found of a convoy burnt over 590 m, each more than 50 m from the next (no cluster), one bright
        // truck, a dark object 40 m beside the road and one off the scar
        List<PlacedVehicle> lone = List.of(object(1, 0, Polarity.DARK), object(-2, 180, Polarity.DARK),
                object(0, 400, Polarity.DARK), object(3, 590, Polarity.DARK), object(0, 300, Polarity.BRIGHT),
                object(40, 200, Polarity.DARK), object(0, 900, Polarity.DARK));
        List<PlacedVehicle> line = LoneWrecks.lineOfLone(lone, v -> v.y() < 800, ROAD_AZIMUTH, 15, 3);
        assertEquals(4, line.size(), line.toString());
        assertTrue(line.stream().allMatch(v -> v.object().polarity() == Polarity.DARK && Math.abs(v.x()) < 5));
        assertEquals(32, LineCount.vehicles(line, 19, true)); // 590 m / 19 m + 1
        // two objects are no line
        assertTrue(LoneWrecks.lineOfLone(lone.subList(0, 2), v -> true, ROAD_AZIMUTH, 15, 3).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> LoneWrecks.lineOfLone(lone, v -> true, ROAD_AZIMUTH, 15, 1));
    }
}
