package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineEndsTest {
    private static final double AZIMUTH = 30;

    /** Dark objects at the given distances along a road at azimuth 30°. */
    static List<PlacedVehicle> at(double... along) {
        double a = Math.toRadians(AZIMUTH);
        List<PlacedVehicle> out = new ArrayList<>();
        for (double s : along) {
            out.add(new PlacedVehicle(600_000 + s * Math.sin(a), 1_520_000 + s * Math.cos(a),
                    new VehicleObject(0, 0, 12, 3, AZIMUTH, Polarity.DARK, 0.01, 4, 4)));
        }
        return out;
    }

    @Test
    void anObjectFarPastTheConvoyIsLeftOutOfTheCountByLength() {
        // 12 of 20 wrecks found at pitch 20 m over 380 m, and one object on char 280 m past the last (tune seed 5408)
        List<PlacedVehicle> line = at(0, 20, 60, 80, 120, 160, 180, 220, 260, 300, 340, 380, 660);
        List<PlacedVehicle> kept = LineEnds.trim(line, AZIMUTH, LineEnds.Parameters.DEFAULTS);
        assertEquals(12, kept.size());
        assertEquals(21, LineCount.vehicles(kept, 19, true));
        assertTrue(LineCount.vehicles(line, 19, true) > 30, "the stray object stretched the count");
    }

    @Test
    void aSmallGroupBeyondAGapGoesAtBothEnds() {
        List<PlacedVehicle> line = at(-400, -380, 0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 500);
        assertEquals(10, LineEnds.trim(line, AZIMUTH, LineEnds.Parameters.DEFAULTS).size());
    }

    @Test
    void aLineOfFewObjectsFarApartIsLeftAsItIs() {
        // 4 of 28 wrecks found over 590 m (tune seed 5414); and a line with no gap wider than 100 m
        List<PlacedVehicle> sparse = at(0, 180, 400, 590);
        assertSame(sparse, LineEnds.trim(sparse, AZIMUTH, LineEnds.Parameters.DEFAULTS));
        List<PlacedVehicle> dense = at(0, 90, 180, 270, 360, 450, 540, 630);
        assertSame(dense, LineEnds.trim(dense, AZIMUTH, LineEnds.Parameters.DEFAULTS));
    }

    @Test
    void parametersNameTheirKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LineEnds.Parameters(0, 6, 0.75));
        assertTrue(e.getMessage().contains("sites.vehicles.line_ends"), e.getMessage());
    }
}
