package org.corridorwatch.change.vehicles;

import static org.corridorwatch.change.vehicles.VehicleClustererTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterChangeTest {
    private static final VehicleClusterParameters DBSCAN = VehicleClusterParameters.DEFAULT;

    /** A truck park: 3 rows of 5 bright trucks side by side, 4 m apart, rows 20 m apart. */
    private static List<PlacedVehicle> truckPark(double x0, double y0, double jitter) {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            for (int i = 0; i < 5; i++) {
                v.add(at(x0 + 4 * i + jitter * ((i + row) % 3 - 1), y0 + 20 * row, Polarity.BRIGHT));
            }
        }
        return v;
    }

    @Test
    void truckParkInBothDatesIsPersistentAndNewLinesAreClassed() {
        List<PlacedVehicle> before = new ArrayList<>(truckPark(0, 0, 0));
        before.addAll(truckPark(5000, 0, 0)); // a park that empties before the after date
        List<PlacedVehicle> after = new ArrayList<>(truckPark(1.5, -1, 1.0)); // same park, other trucks
        for (int i = 0; i < 10; i++) {
            after.add(at(2000 + 18 * i, 300, Polarity.DARK));                    // new wreck line
        }
        for (int i = 0; i < 12; i++) {
            after.add(at(8000, 1000 + 15 * i, Polarity.BRIGHT));                 // new queue, 179 m
        }
        for (int i = 0; i < 3; i++) {
            after.add(at(9000 + 10 * i, 9000 + 10 * (i % 2), Polarity.BRIGHT));  // new, short
        }
        ClusterChange.Result r = ClusterChange.compare(VehicleClusterer.cluster(before, DBSCAN),
                VehicleClusterer.cluster(after, DBSCAN), ClusterChangeParameters.DEFAULT);
        assertEquals(4, r.after().size());
        assertEquals(1, r.ofKind(ClusterChange.Kind.PERSISTENT).size());
        assertEquals(15, r.ofKind(ClusterChange.Kind.PERSISTENT).get(0).after().count());
        ClusterChange.Match wrecks = r.ofKind(ClusterChange.Kind.NEW_WRECK_LINE).get(0);
        assertEquals(10, wrecks.after().count());
        assertNull(wrecks.matchedBefore());
        assertEquals(12, r.ofKind(ClusterChange.Kind.NEW_QUEUE).get(0).after().count());
        assertEquals(3, r.ofKind(ClusterChange.Kind.NEW_OTHER).get(0).after().count());
        assertEquals(1, r.vanished().size());
        assertEquals(5000, r.vanished().get(0).centroidX(), 10);
    }

    @Test
    void aNewQueueStartingAtAnOldCheckpointStaysNew() {
        List<PlacedVehicle> checkpoint = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            checkpoint.add(at(15 * i, 0, Polarity.BRIGHT));
        }
        List<PlacedVehicle> queue = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queue.add(at(15 * i, 0, Polarity.BRIGHT));
        }
        VehicleCluster before = VehicleCluster.of(checkpoint);
        ClusterChange.Result r = ClusterChange.compare(List.of(before),
                VehicleClusterer.cluster(queue, DBSCAN), ClusterChangeParameters.DEFAULT);
        assertEquals(ClusterChange.Kind.NEW_QUEUE, r.after().get(0).kind());
        assertSame(before, r.vanished().get(0));
        // members at x = 0..60 lie within 40 m of the checkpoint: 5 of 20
        assertEquals(0.25, ClusterChange.sharedFraction(r.after().get(0).after(), before, 40), 1e-9);
    }
}
