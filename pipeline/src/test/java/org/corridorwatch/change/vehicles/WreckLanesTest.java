package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated lines as the 3 m char pass sees them: a convoy at pitch 22 m along a road at azimuth 30°, of which only
 * some wrecks are found, each found object's centre off by up to a metre or so.
 */
class WreckLanesTest {
    private static final double AZIMUTH = 30;
    private static final WreckLanes.Parameters P = WreckLanes.Parameters.DEFAULTS;

    /** A convoy of {@code n} wrecks in {@code lanes} lanes (second lane {@code laneGapM} to the road's left), every
     *  {@code every}-th found, a share {@code offRoad} of them pushed 4-10 m off the road. */
    static List<PlacedVehicle> convoy(int n, int lanes, double laneGapM, int every, double offRoad, long seed) {
        Random rnd = new Random(seed);
        double a = Math.toRadians(AZIMUTH);
        double ux = Math.sin(a);
        double uy = Math.cos(a);
        List<PlacedVehicle> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (k % every != 0) {
                continue;
            }
            double along = (k / lanes) * 22 + rnd.nextGaussian() * 2;
            double across = (k % lanes == 0 ? 0 : laneGapM) + rnd.nextGaussian() * 1.2;
            if (rnd.nextDouble() < offRoad) {
                across += (rnd.nextBoolean() ? 1 : -1) * (4 + 6 * rnd.nextDouble());
            }
            // the road's normal (cos a, -sin a)
            out.add(new PlacedVehicle(600_000 + along * ux + across * Math.cos(a), 1_520_000 + along * uy - across * Math.sin(a),
                    new VehicleObject(0, 0, 12, 3, AZIMUTH, Polarity.DARK, 0.01, 4, 4)));
        }
        return out;
    }

    @Test
    void aTwoAbreastRowAt3mIsCountedWithin30Percent() {
        // 36 wrecks, two lanes 7.5 m apart, every third found: 12 objects over 17 pitches
        List<PlacedVehicle> line = convoy(36, 2, 7.5, 3, 0, 1);
        WreckLanes.Split s = WreckLanes.split(line, AZIMUTH, P);
        assertEquals(2, s.lanes(), "split " + s);
        int count = LineCount.inLanes(WreckLanes.lanes(line, AZIMUTH, s), new double[] {19, 19});
        assertTrue(Math.abs(count / 36.0 - 1) <= 0.3, "counted " + count + " of 36");
        assertTrue(Math.abs(LineCount.vehicles(line, 19, true) / 36.0 - 1) > 0.3, "one lane would have missed it");
    }

    @Test
    void aLaneThatRunsOnAloneCountsItsLengthOnce() {
        // the same two-abreast convoy, and dark objects in its first lane going on 240 m past its end (the char beyond
        // the convoy, where the 3 m pass finds a few more dark objects): doubling the whole line's length would count
        // those 240 m in both lanes
        List<PlacedVehicle> line = new ArrayList<>(convoy(36, 2, 7.5, 3, 0, 1));
        double a = Math.toRadians(AZIMUTH);
        for (int j = 1; j <= 6; j++) {
            double along = 17 * 22 + 40 * j;
            line.add(new PlacedVehicle(600_000 + along * Math.sin(a), 1_520_000 + along * Math.cos(a),
                    new VehicleObject(0, 0, 12, 3, AZIMUTH, Polarity.DARK, 0.01, 4, 4)));
        }
        WreckLanes.Split s = WreckLanes.split(line, AZIMUTH, P);
        assertEquals(2, s.lanes(), "split " + s);
        List<List<PlacedVehicle>> lanes = WreckLanes.lanes(line, AZIMUTH, s);
        assertEquals(line.size(), lanes.get(0).size() + lanes.get(1).size());
        int perLane = LineCount.inLanes(lanes, new double[] {19, 19});
        int wholeLengthTwice = 2 * LineCount.vehicles(line, 19, true);
        assertEquals(LineCount.vehicles(lanes.get(0), 19, true) + LineCount.vehicles(lanes.get(1), 19, true), perLane);
        assertTrue(perLane <= wholeLengthTwice - 240 / 19, "per lane " + perLane + ", whole length twice " + wholeLengthTwice);
    }

    @Test
    void aOneLaneRowIsNotDoubledEvenWithWrecksPushedOffTheRoad() {
        for (long seed = 1; seed <= 20; seed++) {
            List<PlacedVehicle> line = convoy(24, 1, 0, 2, 0.1, seed);
            WreckLanes.Split s = WreckLanes.split(line, AZIMUTH, P);
            assertEquals(1, s.lanes(), "seed " + seed + ": " + s);
        }
    }

    @Test
    void twoGroupsTooFarApartAreNotLanesAndFewObjectsAreOneLane() {
        // dark objects 20 m beside the line (tree rims, a ditch): not a second lane
        List<PlacedVehicle> far = convoy(24, 2, 20, 1, 0, 3);
        assertEquals(1, WreckLanes.split(far, AZIMUTH, P).lanes());
        List<PlacedVehicle> few = convoy(10, 2, 7.5, 2, 0, 4);
        assertEquals(5, few.size());
        assertEquals(1, WreckLanes.split(few, AZIMUTH, P).lanes());
    }

    @Test
    void parametersNameTheirKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WreckLanes.Parameters(6, 0.3, 8, 5, 2.4));
        assertTrue(e.getMessage().contains("sites.vehicles.lanes"), e.getMessage());
    }
}
