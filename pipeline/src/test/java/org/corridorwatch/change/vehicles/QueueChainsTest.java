package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queues as chains along the road: gaps tolerated, dark gaps kept, wreck lines and road edges never a queue. */
class QueueChainsTest {
    /** The road is the x axis: along = x, across = y. */
    private static final QueueChains.RoadFrame ROAD = (x, y) -> new double[] {x, y};

    private static PlacedVehicle bright(double x, double y, double contrast) {
        return new PlacedVehicle(x, y, new VehicleObject(0, 0, 14, 2.5, 90, Polarity.BRIGHT, contrast, 10, 5));
    }

    private static PlacedVehicle dark(double x, double y) {
        return new PlacedVehicle(x, y, new VehicleObject(0, 0, 12, 3, 90, Polarity.DARK, 0.02, 5, 4));
    }

    @Test
    void aBrokenQueueWithDarkGapsIsOneQueue() {
        List<PlacedVehicle> v = new ArrayList<>();
        // 700 m of queue: a truck found every 40-70 m, the dark gaps between trucks every 20 m, and two holes of 75 m
        for (double x = 0; x <= 700; x += 20) {
            boolean hole = (x > 200 && x < 275) || (x > 480 && x < 555);
            if (!hole) {
                v.add(dark(x + 5, 1));
                if (((int) x) % 60 == 0) {
                    v.add(bright(x, -1.8, 0.08));
                }
            }
        }
        v.add(bright(2000, 0, 0.1)); // a truck far on: not part of it
        List<VehicleCluster> q = QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS);
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).lengthM() > 650, "length " + q.get(0).lengthM());
        assertEquals(0, q.get(0).members().stream().filter(m -> m.x() > 1000).count());
    }

    @Test
    void holesOfNinetyFiveMetresDoNotCutAQueue() {
        // at 3 m the detector misses runs of trucks: holes of 91-98 m cut the queues of tune seeds 5410 and 5414
        List<PlacedVehicle> v = new ArrayList<>();
        double x = 0;
        for (int run = 0; run < 3; run++) {
            for (int i = 0; i < 8; i++, x += 20) {
                v.add(i % 3 == 0 ? bright(x, 1.5, 0.07) : dark(x, -0.5));
            }
            x += 95 - 20;
        }
        List<VehicleCluster> q = QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS);
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).lengthM() > 450, "length " + q.get(0).lengthM());
        assertTrue(QueueChains.find(v, ROAD, new QueueChains.Parameters(80, 15, 5, 0.035, 150, 150, 240)).isEmpty(),
                "with the former 80 m gap every piece is too short");
    }

    @Test
    void aGapLongerThanTheMaximumCutsTheQueue() {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            v.add(bright(30.0 * i, 0, 0.08));
            v.add(bright(600 + 30.0 * i, 0, 0.08));
        }
        assertEquals(2, QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS).size());
    }

    @Test
    void wreckLinesRoadEdgesFaintBumpsAndParksAreNotQueues() {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            v.add(dark(20.0 * i, 0)); // a line of wrecks or a dark road edge: no bright member
            v.add(bright(20.0 * i + 10, 0, 0.015)); // bumps of the char: bright, but faint
            v.add(bright(20.0 * i, 40, 0.1)); // a truck park 40 m from the road
        }
        assertTrue(QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS).isEmpty());
    }

    @Test
    void aDarkTailIsCutToTheTrucks() {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            v.add(bright(300 + 25.0 * i, 0, 0.08));
            v.add(dark(25.0 * i, 0)); // wrecks before the queue, chained to it
        }
        List<VehicleCluster> q = QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS);
        assertEquals(1, q.size());
        assertTrue(q.get(0).members().stream().allMatch(m -> m.x() >= 300), q.toString());
        assertEquals(10, q.get(0).brightCount());
    }

    @Test
    void aQueueReachingTheSceneEdgeRunsOffTheScene() {
        // a 1300 m scene; one queue stops 200 m inside it, one reaches 35 m from its edge (the next truck is outside)
        List<PlacedVehicle> inside = new ArrayList<>();
        List<PlacedVehicle> atEdge = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            inside.add(bright(400 + 20.0 * i, 650, 0.08));
            atEdge.add(bright(1265 - 20.0 * i, 650, 0.08));
        }
        QueueChains.Parameters p = QueueChains.Parameters.DEFAULTS;
        assertTrue(!QueueChains.runsOffScene(VehicleCluster.of(inside), 0, 0, 1300, 1300, p));
        assertTrue(QueueChains.runsOffScene(VehicleCluster.of(atEdge), 0, 0, 1300, 1300, p));
        // the edge is any side: a queue running off the bottom
        List<PlacedVehicle> down = atEdge.stream().map(v -> new PlacedVehicle(v.y(), 1300 - v.x(), v.object())).toList();
        assertTrue(QueueChains.runsOffScene(VehicleCluster.of(down), 0, 0, 1300, 1300, p));
    }
}
