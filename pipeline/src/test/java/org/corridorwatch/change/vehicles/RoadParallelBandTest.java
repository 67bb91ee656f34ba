package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A road running at azimuth 30° (north-north-east); positions given as (along, across) metres on it. */
class RoadParallelBandTest {
    private static final double ROAD_AZIMUTH = 30;

    /** A dark object {@code along} metres up the road and {@code across} metres to its right. */
    private static PlacedVehicle at(double along, double across) {
        double a = Math.toRadians(ROAD_AZIMUTH);
        double x = along * Math.sin(a) + across * Math.cos(a);
        double y = along * Math.cos(a) - across * Math.sin(a);
        return new PlacedVehicle(x, y, new VehicleObject(0, 0, 14, 2.6, ROAD_AZIMUTH, Polarity.DARK, 0.02, 8, 150));
    }

    /** Six wrecks 20 m apart on the road, one pushed 8 m off it. */
    private static List<PlacedVehicle> wrecks() {
        return List.of(at(0, 1), at(20, -1.5), at(40, 0), at(60, 8), at(80, 0.5), at(100, -1));
    }

    /** Four dark objects round a point 35 m beside the road: the rim of a tree crown. */
    private static List<PlacedVehicle> rim(double along, double across) {
        return List.of(at(along - 5, across), at(along + 5, across), at(along, across - 5), at(along, across + 5));
    }

    private static void check(List<PlacedVehicle> line, List<PlacedVehicle> beside, double halfWidthM) {
        List<PlacedVehicle> all = new ArrayList<>(line);
        all.addAll(beside);
        assertEquals(line, RoadParallelBand.keep(all, ROAD_AZIMUTH, halfWidthM));
    }

    @Test
    void theWrecksAlongTheRoadStayAndTheObjectsBesideItGo() {
        check(wrecks(), rim(50, 35), 15);
        check(wrecks(), List.of(at(30, -22), at(90, 40)), 15);
    }

    @Test
    void aLineOfFewDetectedWrecksBeatsAsManyObjectsBunchedBesideIt() {
        // four on each side: the line spreads 100 m along the road, the rim 10 m
        check(List.of(at(0, 0), at(40, 1), at(60, -1), at(100, 0)), rim(50, -35), 15);
        // the median offset of these eight (half on the road, half 35 m off) lies between the two groups
    }

    @Test
    void theBandFollowsTheRoadNotNorth() {
        // measured across north instead of across the road, the line spans 50 m of easting and is cut
        List<PlacedVehicle> line = wrecks();
        assertEquals(line, RoadParallelBand.keep(line, ROAD_AZIMUTH, 10));
        assertEquals(line, RoadParallelBand.keep(line, ROAD_AZIMUTH + 180, 10), "either way along the road");
        assertEquals(3, RoadParallelBand.keep(line, 0, 10).size());
    }

    @Test
    void offsetsAreAcrossTheRoad() {
        assertEquals(-12, RoadParallelBand.across(at(50, -12), ROAD_AZIMUTH), 1e-9);
        assertEquals(50, RoadParallelBand.along(at(50, -12), ROAD_AZIMUTH), 1e-9);
    }

    @Test
    void noObjectsNoBandAndBadArgumentsAreRejected() {
        assertEquals(List.of(), RoadParallelBand.keep(List.of(), ROAD_AZIMUTH, 15));
        assertThrows(IllegalArgumentException.class, () -> RoadParallelBand.keep(wrecks(), ROAD_AZIMUTH, -1));
        assertThrows(IllegalArgumentException.class, () -> RoadParallelBand.keep(wrecks(), Double.NaN, 15));
    }
}
