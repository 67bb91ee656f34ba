package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinePitchTest {
    private static final LinePitch.Parameters P = LinePitch.Parameters.DEFAULTS;
    /** The line's direction in {@link LineCountTest#line}: 30° from +x, i.e. azimuth 60°. */
    private static final double AZIMUTH = 60;

    @Test
    void aConvoyFoundWreckByWreckGivesItsOwnPitch() {
        // 12 wrecks 25 m apart (tune seed 5419's kind), every one found
        List<PlacedVehicle> line = LineCountTest.line(12, 25, 14);
        LinePitch.Pitch p = LinePitch.of(line, AZIMUTH, P, 19);
        assertTrue(p.measured());
        assertEquals(11, p.gaps());
        assertEquals(25, p.pitchM(), 1e-6);
        assertEquals(12, LineCount.vehicles(line, p.pitchM(), true));
        // at the fixed 19 m the same line counts 15: 25 % too many
        assertEquals(15, LineCount.vehicles(line, 19, true));
    }

    @Test
    void aSparseLineKeepsTheFixedPitch() {
        // every third wreck found: its gaps are 75 m, no pitch among them
        LinePitch.Pitch p = LinePitch.of(LineCountTest.line(9, 75, 14), AZIMUTH, P, 19);
        assertFalse(p.measured());
        assertEquals(19, p.pitchM());
        // two gaps of a pitch are too few
        assertEquals(19, LinePitch.of(LineCountTest.line(3, 22, 14), AZIMUTH, P, 19).pitchM());
        assertEquals(22, LinePitch.of(LineCountTest.line(4, 22, 14), AZIMUTH, P, 19).pitchM(), 1e-6);
    }

    @Test
    void aLineFoundInPartsGivesItsPitchFromThreeGaps() {
        // 10 wrecks 25 m apart (sweep tune seeds 5147, 5168: the sweep's convoys stand 22-27 m nose to nose); the first
        // four found one after the other, then every third: three gaps of one pitch, two of three
        List<PlacedVehicle> line = new ArrayList<>();
        double a = Math.toRadians(30);
        for (double s : new double[] {0, 25, 50, 75, 150, 225}) {
            line.add(LineCountTest.dark(500 + s * Math.cos(a), 800 + s * Math.sin(a), 14));
        }
        LinePitch.Pitch p = LinePitch.of(line, AZIMUTH, P, 19);
        assertTrue(p.measured());
        assertEquals(3, p.gaps());
        assertEquals(25, p.pitchM(), 1e-6);
        assertEquals(10, LineCount.vehicles(line, p.pitchM(), true));
        assertEquals(13, LineCount.vehicles(line, 19, true)); // at the fixed 19 m: 30 % too many
        // a gap of one pitch measured on 3 m pixels is up to 32 m (a 26 m pitch and each centroid a pixel off)
        assertTrue(LinePitch.of(LineCountTest.line(4, 31, 14), AZIMUTH, P, 19).measured());
        assertFalse(LinePitch.of(LineCountTest.line(4, 33, 14), AZIMUTH, P, 19).measured());
    }

    @Test
    void pairsAbreastAndMissedWrecksAreNotPitches() {
        // 8 slots 21 m apart, each with a second wreck 2 m further on (abreast, in the other lane), one slot missed
        List<PlacedVehicle> line = new ArrayList<>();
        double a = Math.toRadians(30);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                continue;
            }
            for (double s : new double[] {i * 21.0, i * 21.0 + 2}) {
                line.add(LineCountTest.dark(500 + s * Math.cos(a), 800 + s * Math.sin(a), 14));
            }
        }
        LinePitch.Pitch p = LinePitch.of(line, AZIMUTH, P, 19);
        assertEquals(5, p.gaps()); // 19 m from each pair to the next; the 2 m and 40 m gaps are left out
        assertEquals(19, p.pitchM(), 1e-6);
    }

    @Test
    void theMeasuredPitchIsHeldToAConvoysRange() {
        assertEquals(26, LinePitch.of(LineCountTest.line(8, 29, 14), AZIMUTH, P, 19).pitchM(), 1e-6);
        assertEquals(14, LinePitch.of(LineCountTest.line(8, 12.5, 14), AZIMUTH, P, 19).pitchM(), 1e-6);
        assertFalse(LinePitch.of(LineCountTest.line(8, 25, 14), AZIMUTH, LinePitch.Parameters.OFF, 19).measured());
        assertFalse(LinePitch.of(LineCountTest.line(8, 25, 14), Double.NaN, P, 19).measured());
    }

    @Test
    void lanesAreCountedEachAtItsOwnPitch() {
        List<List<PlacedVehicle>> lanes = List.of(LineCountTest.line(12, 25, 14), LineCountTest.line(10, 19, 14));
        assertEquals(22, LineCount.inLanes(lanes, new double[] {25, 19}));
        assertEquals(25, LineCount.inLanes(lanes, new double[] {19, 19}));
        assertThrows(IllegalArgumentException.class, () -> LineCount.inLanes(lanes, new double[] {19}));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new LinePitch.Parameters(30, 12, 5, 14, 26));
        assertThrows(IllegalArgumentException.class, () -> new LinePitch.Parameters(12, 30, 0, 14, 26));
        assertThrows(IllegalArgumentException.class, () -> new LinePitch.Parameters(12, 30, 5, 26, 14));
    }
}
