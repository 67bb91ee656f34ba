package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VehicleDetectorTest {
    private static final VehicleDetectionParameters P = VehicleDetectionParameters.DEFAULT;

    /** A 300 × 80 m scene with a 10 m road at y = 40 m and ten 14 × 2.5 m dark wrecks 20 m apart on it. */
    static SyntheticScene wreckLine(double gsd, long seed) {
        SyntheticScene s = new SyntheticScene(300, 80, gsd, 3.0, seed).road(40, 10);
        for (int i = 0; i < 10; i++) {
            s.vehicle(50 + 20 * i, 40, 14, 2.5, 0, SyntheticScene.WRECK, SyntheticScene.ROAD);
        }
        return s;
    }

    @Test
    void tenDarkWrecksAtHalfMetre() {
        SyntheticScene s = wreckLine(0.5, 1);
        List<VehicleObject> found = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P);
        assertEquals(10, found.size(), found.toString());
        List<VehicleObject> byX = found.stream().sorted(Comparator.comparingDouble(VehicleObject::col)).toList();
        for (int i = 0; i < 10; i++) {
            VehicleObject o = byX.get(i);
            assertEquals(Polarity.DARK, o.polarity());
            assertEquals((50 + 20 * i) / 0.5 - 0.5, o.col(), 0.5);
            assertEquals(40 / 0.5 - 0.5, o.row(), 0.5);
            assertEquals(14, o.lengthM(), 1.0);
            assertEquals(2.5, o.widthM(), 0.6);
            assertEquals(90, o.orientationDeg(), 2);
            assertEquals(SyntheticScene.ROAD - SyntheticScene.WRECK, o.contrast(), 25);
        }
    }

    @Test
    void tenDarkWrecksAtThreeMetres() {
        SyntheticScene s = wreckLine(3.0, 2);
        List<VehicleObject> found = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P);
        assertEquals(10, found.size(), found.toString());
        assertTrue(found.stream().allMatch(o -> o.polarity() == Polarity.DARK));
        assertTrue(found.stream().allMatch(o -> o.lengthM() > 9 && o.lengthM() < 19), found.toString());
        assertTrue(found.stream().allMatch(o -> Math.abs(o.row() - (40 / 3.0 - 0.5)) < 1), found.toString());
    }

    /**
     * 0.5 m, a burn scar: char (70) 40 m wide across the scene, the asphalt of a 5 m road on it a little
     * darker (55), ten wrecks (25) 14 × 2.5 m nose to tail on the road with 6 m gaps. The road, narrower
     * than the structuring element and darker than the char, responds to the black top-hat along its
     * whole length at about a third of a wreck's response.
     */
    static SyntheticScene wrecksOnAScarRoad(long seed) {
        SyntheticScene s = new SyntheticScene(300, 80, 0.5, 2.0, seed);
        s.rect(150, 40, 310, 40, 0, -30);
        s.rect(150, 40, 310, 5, 0, -15);
        for (int i = 0; i < 10; i++) {
            s.vehicle(60 + 20 * i, 40, 14, 2.5, 0, 25f, 55f);
        }
        return s;
    }

    @Test
    void wrecksJoinedThroughTheRoadTheyStandOnAreSplitAtHalfMaximum() {
        for (long seed = 1; seed <= 3; seed++) {
            SyntheticScene s = wrecksOnAScarRoad(seed);
            List<VehicleObject> wrecks = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P).stream()
                    .filter(VehicleObject::isWreckCandidate).toList();
            assertEquals(10, wrecks.size(), "seed " + seed + ": " + wrecks);
            assertTrue(wrecks.stream().allMatch(o -> Math.abs(o.lengthM() - 14) < 2 && Math.abs((o.row() + 0.5) * s.gsd - 40) < 1),
                    wrecks.toString());
            // split like bright objects (down to a fifth of the peak, prominence 0.7), as on pixels coarser than
            // darkSplitMaxGsdM, every piece is the road again
            long asBright = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null,
                    P.withDarkSplit(P.darkPeakFraction(), P.darkMinProminence(), 0)).stream()
                    .filter(VehicleObject::isWreckCandidate).count();
            assertEquals(0, asBright, "seed " + seed);
        }
    }

    @Test
    void brightTrucksRotatedAndOnlyInsideTheMask() {
        SyntheticScene s = new SyntheticScene(200, 100, 0.5, 3.0, 3).road(50, 10);
        s.vehicle(60, 50, 16, 2.6, 0, SyntheticScene.TRUCK, SyntheticScene.ROAD);
        s.vehicle(100, 50, 12, 2.5, 30, SyntheticScene.TRUCK, SyntheticScene.ROAD);
        s.vehicle(150, 15, 14, 2.5, 0, SyntheticScene.TRUCK, SyntheticScene.SOIL); // far from the road
        List<VehicleObject> all = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P);
        assertEquals(3, all.size(), all.toString());
        List<VehicleObject> onRoad = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, s.band(50, 15), P);
        assertEquals(2, onRoad.size(), onRoad.toString());
        assertTrue(onRoad.stream().allMatch(o -> o.polarity() == Polarity.BRIGHT));
        VehicleObject rotated = onRoad.stream().filter(o -> o.col() > 150).findFirst().orElseThrow();
        // 30° from +x towards +y (down) = azimuth 120° clockwise from up
        assertEquals(120, rotated.orientationDeg(), 3);
        assertEquals(12, rotated.lengthM(), 1.2);
    }

    /**
     * 0.5 m: three pairs of 14 × 2.5 m trucks two abreast, touching (centres 2.6–2.8 m apart across the road), 25 m
     * apart along it. Each pair is one bright component 5–6 m wide, wider than {@code maxWidthM}: without the cut along
     * its length no truck is found (high-res tune seed 5418: 4 of a queue's 13 pairs).
     */
    @Test
    void trucksTwoAbreastTouchingAreCutApart() {
        SyntheticScene s = new SyntheticScene(120, 40, 0.5, 3.0, 21).road(20, 12);
        double[] separation = {2.6, 2.7, 2.8};
        for (int i = 0; i < 3; i++) {
            s.vehicle(30 + 25 * i, 20 - separation[i] / 2, 14, 2.5, 0, SyntheticScene.TRUCK, SyntheticScene.ROAD);
            s.vehicle(30 + 25 * i, 20 + separation[i] / 2, 14, 2.5, 0, SyntheticScene.TRUCK, SyntheticScene.ROAD);
        }
        List<VehicleObject> found = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P);
        assertEquals(6, found.size(), found.toString());
        for (VehicleObject o : found) {
            assertEquals(Polarity.BRIGHT, o.polarity());
            assertEquals(14, o.lengthM(), 1.5);
            assertTrue(o.widthM() < 3.5, o.toString());
            double offset = o.row() * 0.5 + 0.25 - 20;
            assertTrue(Math.abs(offset) > 0.6 && Math.abs(offset) < 2.2, o.toString());
        }
        assertEquals(List.of(), VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P.withPairSplit(0)),
                "the pairs without the cut");
        // on 3 m pixels the cut is off: a pair there is one or two pixels wide
        assertEquals(List.of(), VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P.withPairSplit(0.4)));
    }

    /** A square roof as wide as two trucks abreast is not cut into two: it is not elongated like a vehicle. */
    @Test
    void aSquareRoofIsNotTwoTrucksAbreast() {
        SyntheticScene s = new SyntheticScene(80, 40, 0.5, 3.0, 22).road(20, 12);
        s.vehicle(40, 20, 6.5, 6.5, 0, SyntheticScene.TRUCK, SyntheticScene.ROAD);
        assertEquals(List.of(), VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P));
    }

    @Test
    void carsBuildingsAndNoiseAreNotTrucks() {
        SyntheticScene s = new SyntheticScene(200, 100, 0.5, 3.0, 4).road(50, 10);
        s.vehicle(40, 50, 4.2, 1.8, 0, SyntheticScene.TRUCK, SyntheticScene.ROAD);   // car: too short
        s.vehicle(120, 20, 40, 12, 0, 40f, SyntheticScene.SOIL);                      // dark building
        s.vehicle(160, 50, 3, 3, 0, SyntheticScene.WRECK, SyntheticScene.ROAD);       // square blob
        List<VehicleObject> found = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P);
        assertEquals(List.of(), found);
    }

    @Test
    void noiseOnlyGivesNoObjects() {
        for (double gsd : new double[] {0.5, 3.0}) {
            for (long seed = 10; seed < 13; seed++) {
                SyntheticScene s = new SyntheticScene(400, 200, gsd, 8.0, seed).road(100, 10);
                assertEquals(List.of(), VehicleDetector.detect(s.lum, s.width, s.height, gsd, null, P),
                        "gsd " + gsd + " seed " + seed);
            }
        }
    }

    @Test
    void shadowsOfBrightTrucksAreNotWrecks() {
        SyntheticScene s = new SyntheticScene(120, 60, 0.5, 3.0, 5).road(30, 14);
        s.vehicle(60, 29, 14, 2.5, 0, SyntheticScene.TRUCK, SyntheticScene.ROAD);
        s.vehicle(60, 31.5, 14, 2.0, 0, 60f, SyntheticScene.ROAD); // its shadow, just south
        List<VehicleObject> found = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Polarity.BRIGHT, found.get(0).polarity());
    }

    @Test
    void nanPixelsAreNeverObjectsAndInputsAreChecked() {
        SyntheticScene s = wreckLine(0.5, 6);
        for (int r = 0; r < s.height; r++) {
            for (int c = 0; c < s.width / 2; c++) {
                s.lum[r * s.width + c] = Float.NaN;
            }
        }
        List<VehicleObject> found = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P);
        assertEquals(5, found.size(), found.toString()); // wrecks at x = 150..230 m remain
        assertThrows(IllegalArgumentException.class, () -> VehicleDetector.detect(new float[3], 2, 2, 0.5, null, P));
        assertThrows(IllegalArgumentException.class, () -> VehicleDetector.detect(new float[4], 2, 2, 0, null, P));
        assertThrows(IllegalArgumentException.class, () -> P.withSize(6, 20, 1.8, 4, 3.5));
        assertEquals(15, P.structuringElementPixels(0.5));
        assertEquals(3, P.structuringElementPixels(3.0));
    }

    /** 3 m: trucks parked along a faint bright road edge touch it; the split keeps the trucks, not the edge. */
    static SyntheticScene trucksOnABrightEdge(long seed) {
        SyntheticScene s = new SyntheticScene(400, 90, 3.0, 2.0, seed);
        s.rect(200, 46.5, 410, 3, 0, 20); // dirt edge one pixel wide, +20 % over the soil
        for (int i = 0; i < 12; i++) {
            s.vehicle(40 + 26 * i, 43.5, 14, 2.5, 0, SyntheticScene.TRUCK, SyntheticScene.SOIL); // the pixel row beside it
        }
        return s;
    }

    @Test
    void trucksTouchingABrightRoadEdgeAreSplitOffIt() {
        for (long seed = 1; seed <= 3; seed++) {
            SyntheticScene s = trucksOnABrightEdge(seed);
            List<VehicleObject> split = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P);
            List<VehicleObject> joined = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P.withPeakFraction(0));
            long trucks = split.stream().filter(o -> o.polarity() == Polarity.BRIGHT).count();
            assertTrue(trucks >= 11, "seed " + seed + ": " + split);
            assertTrue(joined.stream().filter(o -> o.polarity() == Polarity.BRIGHT).count() < trucks,
                    "without the split the trucks stay joined to the edge: " + joined);
            for (VehicleObject o : split) {
                if (o.polarity() == Polarity.BRIGHT) {
                    double x = (o.col() + 0.5) * s.gsd;
                    double nearest = Math.abs(((x - 40) % 26 + 26 + 13) % 26 - 13);
                    assertTrue(nearest < 4, "a bright object away from every truck (a piece of the edge?): " + o);
                }
            }
        }
    }

    @Test
    void aFaintEdgeAloneIsNoVehicle() {
        SyntheticScene s = new SyntheticScene(400, 90, 3.0, 2.0, 4);
        s.rect(200, 45.5, 410, 4, 0, 20);
        s.rect(100, 45.5, 15, 4, 0, 6); // brighter stretches of the edge, vehicle-long
        s.rect(300, 45.5, 12, 4, 0, 6);
        List<VehicleObject> found = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P);
        assertEquals(0, found.stream().filter(o -> o.polarity() == Polarity.BRIGHT).count(), found.toString());
        List<VehicleObject> noFloor = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null, P.withMinRelativeContrast(0));
        assertTrue(noFloor.size() >= found.size());
    }
}
