package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineCountTest {
    static PlacedVehicle dark(double x, double y, double lengthM) {
        return new PlacedVehicle(x, y, new VehicleObject(0, 0, lengthM, 3, 0, Polarity.DARK, 10, 8, 4));
    }

    /** Objects at x0, x0+step... along a line at 30° from +x. */
    static List<PlacedVehicle> line(int n, double step, double lengthM) {
        List<PlacedVehicle> out = new ArrayList<>();
        double a = Math.toRadians(30);
        for (int i = 0; i < n; i++) {
            out.add(dark(500 + i * step * Math.cos(a), 800 + i * step * Math.sin(a), lengthM));
        }
        return out;
    }

    @Test
    void resolvedObjectsAreCountedOneByOne() {
        assertEquals(10, LineCount.vehicles(line(10, 25, 14), 19, false));
        assertEquals(0, LineCount.vehicles(List.of(), 19, true));
        assertEquals(1, LineCount.vehicles(line(1, 25, 14), 19, true));
    }

    @Test
    void onCoarsePixelsTheLineLengthCountsTheVehiclesNotFound() {
        // 25 tankers 19 m apart, only every third one found as an object: 9 objects spanning 24 pitches
        List<PlacedVehicle> every3rd = line(9, 3 * 19, 14);
        assertEquals(25, LineCount.vehicles(every3rd, 19, true));
        assertEquals(9, LineCount.vehicles(every3rd, 19, false));
        // more objects than the length explains (split blobs): the objects win
        assertEquals(12, LineCount.vehicles(line(12, 8, 14), 19, true));
    }

    @Test
    void rejectsAZeroPitch() {
        assertThrows(IllegalArgumentException.class, () -> LineCount.vehicles(line(3, 19, 14), 0, true));
    }
}
