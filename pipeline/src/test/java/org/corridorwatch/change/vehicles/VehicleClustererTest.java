package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VehicleClustererTest {

    static PlacedVehicle at(double x, double y, Polarity polarity) {
        return new PlacedVehicle(x, y, new VehicleObject(0, 0, 14, 2.5, 90, polarity, 50, 10, 140));
    }

    @Test
    void lineOfTenWrecksFromPixelsIsOneStraightCluster() {
        SyntheticScene s = VehicleDetectorTest.wreckLine(0.5, 1);
        List<VehicleObject> found = VehicleDetector.detect(s.lum, s.width, s.height, s.gsd, null,
                VehicleDetectionParameters.DEFAULT);
        List<VehicleCluster> clusters = VehicleClusterer.clusterInImage(found, s.gsd, VehicleClusterParameters.DEFAULT);
        assertEquals(1, clusters.size());
        VehicleCluster c = clusters.get(0);
        assertEquals(10, c.count());
        assertEquals(1.0, c.wreckFraction());
        assertEquals(9 * 20 + 14, c.lengthM(), 3);
        assertTrue(c.straightness() > 0.99, "straightness " + c.straightness());
        assertEquals(90, c.orientationDeg(), 1);
        assertEquals(140, c.centroidX(), 1);
        assertEquals(-40, c.centroidY(), 1);
    }

    @Test
    void lineOfTenWrecksAtThreeMetresIsStillOneCluster() {
        SyntheticScene s = VehicleDetectorTest.wreckLine(3.0, 2);
        List<VehicleCluster> clusters = VehicleClusterer.clusterInImage(VehicleDetector.detect(s.lum, s.width,
                s.height, s.gsd, null, VehicleDetectionParameters.DEFAULT), s.gsd, VehicleClusterParameters.DEFAULT);
        assertEquals(1, clusters.size());
        assertEquals(10, clusters.get(0).count());
    }

    @Test
    void separateGroupsNoiseAndMixedPolarity() {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            v.add(at(1000 + 18 * i, 500, i < 3 ? Polarity.DARK : Polarity.BRIGHT)); // a line going east
        }
        for (int i = 0; i < 3; i++) {
            v.add(at(3000, 800 + 20 * i, Polarity.BRIGHT)); // a short line going north
        }
        v.add(at(5000, 5000, Polarity.DARK)); // alone: noise
        List<VehicleCluster> c = VehicleClusterer.cluster(v, VehicleClusterParameters.DEFAULT);
        assertEquals(2, c.size());
        assertEquals(4, c.get(0).count());
        assertEquals(3, c.get(0).wreckCount());
        assertEquals(0.75, c.get(0).wreckFraction());
        assertEquals(90, c.get(0).orientationDeg(), 1e-9);
        assertEquals(3, c.get(1).count());
        assertEquals(0, c.get(1).orientationDeg(), 1e-9);
        assertEquals(40 + 14, c.get(1).lengthM(), 1e-9);
        // a blob (3 × 3 grid) is not straight
        List<PlacedVehicle> blob = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                blob.add(at(10 * i, 10 * j, Polarity.BRIGHT));
            }
        }
        assertEquals(0.5, VehicleCluster.of(blob).straightness(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new VehicleClusterParameters(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new VehicleClusterParameters(30, 0));
    }
}
