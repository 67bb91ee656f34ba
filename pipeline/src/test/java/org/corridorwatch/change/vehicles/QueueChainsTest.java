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
    /** PlanetScope pixels, m. */
    private static final double GSD = 3.0;

    private static PlacedVehicle bright(double x, double y, double contrast) {
        return new PlacedVehicle(x, y, new VehicleObject(0, 0, 14, 2.5, 90, Polarity.BRIGHT, contrast, 10, 5));
    }

    private static PlacedVehicle dark(double x, double y) {
        return dark(x, y, 0.02);
    }

    private static PlacedVehicle dark(double x, double y, double contrast) {
        return new PlacedVehicle(x, y, new VehicleObject(0, 0, 12, 3, 90, Polarity.DARK, contrast, 5, 4));
    }

    /** Tune seed 5409's queue as the 3 m pass saw it (along the road, m; B bright, D dark; contrast). */
    private static List<PlacedVehicle> seed5409() {
        Object[][] rows = {{213, 'B', .077}, {257, 'B', .089}, {268, 'D', .061}, {278, 'B', .112}, {288, 'D', .076},
            {310, 'D', .059}, {332, 'D', .051}, {344, 'B', .104}, {354, 'D', .040}, {364, 'B', .078}, {374, 'D', .044},
            {398, 'D', .052}, {408, 'B', .098}, {462, 'D', .030}, {474, 'B', .110}, {484, 'D', .052}, {495, 'B', .066},
            {505, 'D', .041}, {569, 'D', .071}, {574, 'D', .052}, {593, 'D', .053}, {612, 'D', .033}, {734, 'B', .091},
            {743, 'D', .041}, {754, 'B', .097}, {776, 'B', .083}, {787, 'D', .032}, {821, 'B', .058}, {832, 'D', .040},
            {842, 'B', .078}, {885, 'B', .032}, {895, 'D', .041}, {918, 'D', .044}};
        List<PlacedVehicle> v = new ArrayList<>();
        for (Object[] r : rows) {
            double s = ((Integer) r[0]).doubleValue();
            double c = (Double) r[2];
            v.add((Character) r[1] == 'B' ? bright(s, 0, c) : dark(s, 0, c));
        }
        return v;
    }

    @Test
    void darkTrucksMarkTheQueuesEndsAndPiecesAreJoinedAcrossAHoleOf141Metres() {
        // 5409: 67 trucks over 738 m; the bright members stop at 495 m, the dark trucks go on to 593 m, then a hole of
        // 122 m (141 m between trucks) and 6 more bright trucks
        List<QueueChains.Queue> q = QueueChains.findQueues(seed5409(), ROAD, QueueChains.Parameters.DEFAULTS, GSD);
        assertEquals(1, q.size(), q.toString());
        List<PlacedVehicle> m = q.get(0).chain().members();
        assertEquals(213, m.get(0).x(), 1e-9);
        assertEquals(842, m.get(m.size() - 1).x(), 1e-9); // its last truck-bright member (the dark tail is fainter)
        assertEquals(List.of(734.0 - 593), q.get(0).joinedGapsM());
        // before: dark members did not mark the ends and the 122 m hole cut it: 213-495 m, below the flag length
        QueueChains.Parameters before = new QueueChains.Parameters(100, 15, 5, 0.035, 150, 150, 240, 1, 100, 5, 1.5, 6, 25, 1.5);
        List<VehicleCluster> old = QueueChains.find(seed5409(), ROAD, before, GSD);
        assertEquals(1, old.size(), old.toString());
        assertTrue(old.get(0).lengthM() < 300, "length " + old.get(0).lengthM());
    }

    @Test
    void darkTrucksAloneAreNoQueue() {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            v.add(dark(20.0 * i, 0, 0.08)); // dark as trucks, but no bright member
        }
        assertTrue(QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD).isEmpty());
        v.add(bright(300, 0, 0.08)); // one truck-bright member: still none
        assertTrue(QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD).isEmpty());
    }

    @Test
    void aQueueOfDarkTrucksWithAFewBrightOnesIsAQueue() {
        // tune seed 5413: 20 dark trucks (0.05-0.12 darker than the asphalt) and 3 truck-bright ones over 484 m
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            v.add(dark(161 + 24.0 * i, 0, 0.07));
        }
        v.add(bright(554, 0, 0.097));
        v.add(bright(573, 0, 0.179));
        v.add(bright(645, 0, 0.153));
        List<VehicleCluster> q = QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD);
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).lengthM() > 480, "length " + q.get(0).lengthM());
        assertTrue(QueueChains.find(v, ROAD, new QueueChains.Parameters(100, 15, 5, 0.035, 150, 150, 240, 1, 100, 5, 1.5, 6, 25, 1.5), GSD).isEmpty(),
                "before: 3 truck-bright members, fewer than 5");
        assertTrue(QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, 0.5).isEmpty(), "at 0.5 m dark objects are no trucks");
    }

    @Test
    void aHighResWreckLineWithTwoShadowsAndFourBrightObjectsIsNoQueue() {
        // high-res tune seed 5401: 38 wrecks 0.014-0.03 dark over 430 m, two shadows 0.11 dark and four bright objects
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 38; i++) {
            v.add(dark(140 + 11.5 * i, (i % 2) * 7, 0.02));
        }
        v.add(dark(153, 8, 0.112));
        v.add(dark(175, 7, 0.108));
        v.add(bright(140, -5, 0.037));
        v.add(bright(154, 5, 0.086));
        v.add(bright(176, 6, 0.068));
        v.add(bright(576, -14, 0.046));
        assertTrue(QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, 0.5).isEmpty());
        assertEquals(1, QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD).size(), "what 3 m rules would make of it");
    }

    /** High-res tune seed 5419's queue as the 0.5 m pass saw it (along the road from 125 800 m, across; contrast). */
    private static List<PlacedVehicle> seed5419() {
        return List.of(dark(82.9, 0.7, 0.177), bright(113.3, -1.4, 0.290), bright(113.5, 2.3, 0.063),
                bright(148.9, 2.6, 0.050), bright(149.2, -1.2, 0.169), dark(174.2, 0, 0.232), bright(185.1, 2.0, 0.066),
                bright(185.1, -1.4, 0.330));
    }

    @Test
    void aDenseRunOfSixTrucksAtHalfAMetreIsAQueueHoweverShort() {
        // 5419: a queue cut by the scene's edge, 6 truck-bright members over 72 m: too short for min_length_m 150
        List<QueueChains.Queue> q = QueueChains.findQueues(seed5419(), ROAD, QueueChains.Parameters.DEFAULTS, 0.5);
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).dense());
        assertEquals(7, q.get(0).chain().members().size(), "the 6 trucks and the dark object between them");
        assertEquals(0, q.get(0).chain().members().stream().filter(m -> m.x() < 100).count(), "cut to its first truck");
        assertTrue(QueueChains.find(seed5419(), ROAD, QueueChains.Parameters.DEFAULTS, GSD).isEmpty(),
                "at 3 m trucks are not seen one by one: too short");
    }

    @Test
    void fiveTrucksOrTrucksFarApartAreNoDenseQueue() {
        List<PlacedVehicle> five = new ArrayList<>(seed5419().subList(0, 7)); // 5 truck-bright members over 72 m
        assertTrue(QueueChains.findQueues(five, ROAD, QueueChains.Parameters.DEFAULTS, 0.5).isEmpty(), "5 trucks");
        List<PlacedVehicle> apart = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            apart.add(bright(28.0 * i, 0, 0.2)); // moving traffic: 28 m apart, 140 m in all
        }
        assertTrue(QueueChains.findQueues(apart, ROAD, QueueChains.Parameters.DEFAULTS, 0.5).isEmpty(), "28 m apart");
        apart.add(bright(28.0 * 6, 0, 0.2)); // 7 trucks over 168 m: a queue by its length, not dense
        List<QueueChains.Queue> q = QueueChains.findQueues(apart, ROAD, QueueChains.Parameters.DEFAULTS, 0.5);
        assertEquals(1, q.size());
        assertTrue(!q.get(0).dense());
    }

    @Test
    void piecesFartherApartThanTheJoinGapStayApart() {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            v.add(bright(25.0 * i, 0, 0.08));
            v.add(bright(125 + 160 + 25.0 * i, 0, 0.08)); // 160 m after the first piece's last truck
        }
        List<QueueChains.Queue> q = QueueChains.findQueues(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD);
        assertTrue(q.isEmpty(), "two pieces of 125 m, each too short: " + q);
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
        List<VehicleCluster> q = QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD);
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
        List<VehicleCluster> q = QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD);
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).lengthM() > 450, "length " + q.get(0).lengthM());
        assertTrue(QueueChains.find(v, ROAD, new QueueChains.Parameters(80, 15, 5, 0.035, 150, 150, 240, 1, 80, 5, 1.5, 6, 25, 1.5), GSD).isEmpty(),
                "with the former 80 m gap every piece is too short");
    }

    @Test
    void aGapLongerThanTheMaximumCutsTheQueue() {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            v.add(bright(30.0 * i, 0, 0.08));
            v.add(bright(600 + 30.0 * i, 0, 0.08));
        }
        assertEquals(2, QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD).size());
    }

    @Test
    void wreckLinesRoadEdgesFaintBumpsAndParksAreNotQueues() {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            v.add(dark(20.0 * i, 0)); // a line of wrecks or a dark road edge: no bright member
            v.add(bright(20.0 * i + 10, 0, 0.015)); // bumps of the char: bright, but faint
            v.add(bright(20.0 * i, 40, 0.1)); // a truck park 40 m from the road
        }
        assertTrue(QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD).isEmpty());
    }

    @Test
    void aDarkTailIsCutToTheTrucks() {
        List<PlacedVehicle> v = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            v.add(bright(300 + 25.0 * i, 0, 0.08));
            v.add(dark(25.0 * i, 0)); // wrecks before the queue, chained to it
        }
        List<VehicleCluster> q = QueueChains.find(v, ROAD, QueueChains.Parameters.DEFAULTS, GSD);
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

    @Test
    void aQueueRunningOffTheSceneIsMeasuredToTheEdge() {
        // high-res tune seeds 5400, 5405: the chain found ends 70-135 m before the edge of the 1.3 km scene
        List<PlacedVehicle> cut = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cut.add(bright(400 + 20.0 * i + (i % 2) * 0.5, 650 + (i % 3), 0.08)); // to x 780
        }
        QueueChains.Parameters p = QueueChains.Parameters.DEFAULTS;
        VehicleCluster q = VehicleCluster.of(cut);
        assertEquals(0, QueueChains.toEdgeM(q, 0, 0, 1300, 1300, p), 1e-9, "ends 400 m and 520 m from the edges");
        VehicleCluster near = VehicleCluster.of(cut.stream().map(v -> new PlacedVehicle(v.x() + 400, v.y(), v.object())).toList());
        assertEquals(1300 - 1180.5, QueueChains.toEdgeM(near, 0, 0, 1300, 1300, p), 1.0, "its last truck 120 m from the edge");
    }
}
