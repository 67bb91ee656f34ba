package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wreck lines as the 3 m char pass sees them (road along azimuth 30°, positions given along and across it): a convoy's
 * objects, and dark objects past its end where the scar runs on.
 */
class StrayEndsTest {
    private static final double AZIMUTH = 30;
    private static final StrayEnds.Parameters P = StrayEnds.Parameters.DEFAULTS;

    private static PlacedVehicle at(double along, double across) {
        double a = Math.toRadians(AZIMUTH);
        return new PlacedVehicle(600_000 + along * Math.sin(a) + across * Math.cos(a),
                1_520_000 + along * Math.cos(a) - across * Math.sin(a),
                new VehicleObject(0, 0, 9, 3, AZIMUTH, Polarity.DARK, 0.01, 4, 4));
    }

    /** {@code n} objects every {@code stepM} from {@code fromM}, alternating 1.5 m either side of the lane. */
    private static List<PlacedVehicle> row(double fromM, double stepM, int n) {
        List<PlacedVehicle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(at(fromM + i * stepM, i % 2 == 0 ? 1.5 : -1.5));
        }
        return out;
    }

    @Test
    void objectsFarPastTheConvoyAreTrimmed() {
        // tune seed 5408: 14 objects over the 420 m convoy, 7 more 330 m past its end over 185 m
        List<PlacedVehicle> line = new ArrayList<>(row(0, 30, 14));
        line.addAll(row(390 + 330, 30, 7));
        StrayEnds.Trim t = StrayEnds.trim(line, AZIMUTH, P);
        assertEquals(14, t.kept().size(), t.toString());
        assertEquals(1, t.ends().size());
        assertEquals(StrayEnds.Rule.GAP, t.ends().get(0).rule());
        assertEquals(7, t.ends().get(0).objects());
        assertEquals(330, t.ends().get(0).gapM(), 1e-6);
        int whole = LineCount.vehicles(line, 19, true);
        int trimmed = LineCount.vehicles(t.kept(), 19, true);
        assertEquals(22, trimmed); // 390 m / 19 + 1
        assertTrue(whole > 40, "whole line counted " + whole);
    }

    @Test
    void aLoneObjectBeforeTheConvoyIsTrimmed() {
        // tune seed 5410: one object 590 m before a convoy of 18 found objects
        List<PlacedVehicle> line = new ArrayList<>(row(0, 20, 18));
        line.add(at(-590, 2));
        StrayEnds.Trim t = StrayEnds.trim(line, AZIMUTH, P);
        assertEquals(18, t.kept().size());
        assertEquals(1, t.trimmed());
    }

    @Test
    void aSparselyFoundLineIsLeftWhole() {
        // tune seed 5409: 7 of 21 wrecks found, gaps of 20-113 m: its own spacing is wide, no gap stands out
        double[] along = {0, 92, 148, 210, 230, 343, 383};
        List<PlacedVehicle> line = new ArrayList<>();
        for (double s : along) {
            line.add(at(s, 0));
        }
        StrayEnds.Trim t = StrayEnds.trim(line, AZIMUTH, P);
        assertEquals(7, t.kept().size(), t.toString());
        assertTrue(t.ends().isEmpty());
    }

    @Test
    void theLargerPartIsNeverTrimmed() {
        // a wide gap in the middle: neither side is at most a third of the line
        List<PlacedVehicle> line = new ArrayList<>(row(0, 20, 8));
        line.addAll(row(140 + 400, 20, 8));
        assertTrue(StrayEnds.trim(line, AZIMUTH, P).ends().isEmpty());
    }

    @Test
    void endObjectsOffTheLaneAreTrimmed() {
        List<PlacedVehicle> line = new ArrayList<>(row(0, 20, 12));
        line.add(at(240, 14)); // char texture 14 m beside the lane, at the end of the line
        line.add(at(-20, -15));
        line.add(at(100, 15)); // beside the lane, but inside the line: not an end
        StrayEnds.Trim t = StrayEnds.trim(line, AZIMUTH, P);
        assertEquals(13, t.kept().size(), t.toString());
        assertTrue(t.ends().stream().allMatch(e -> e.rule() == StrayEnds.Rule.OFF_LANE), t.toString());
        assertEquals(2, t.trimmed());
    }

    @Test
    void shortLinesAreLeftWhole() {
        // tune seed 5412: 4 of 23 wrecks found, one 420 m before the other three: a line too short to have a spacing
        List<PlacedVehicle> line = List.of(at(0, 0), at(420, 0), at(433, 0), at(451, 0));
        assertEquals(4, StrayEnds.trim(line, AZIMUTH, P).kept().size());
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StrayEnds.Parameters(1, 150, 0.34, 12, 6));
        assertThrows(IllegalArgumentException.class, () -> new StrayEnds.Parameters(6, 150, 0.5, 12, 6));
        assertThrows(IllegalArgumentException.class, () -> new StrayEnds.Parameters(6, 150, 0.34, 0, 6));
        assertThrows(IllegalArgumentException.class, () -> new StrayEnds.Parameters(6, 150, 0.34, 12, 2));
    }
}
