package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PriorOnRoadTest {
    private static final int W = 50;
    private static final int H = 20;

    /** A grid whose prior runs along row 10 (distance |r - 10|, chainage the column). */
    private static float[][] distAndChain() {
        float[] dist = new float[W * H];
        float[] chain = new float[W * H];
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                dist[r * W + c] = Math.abs(r - 10);
                chain[r * W + c] = c + 0.5f;
            }
        }
        return new float[][] {dist, chain};
    }

    private static boolean[] all() {
        boolean[] use = new boolean[W * H];
        Arrays.fill(use, true);
        return use;
    }

    @Test
    void aPriorOnARoadScoresTheRoadsSupportAndOneBesideItNothing() {
        float[][] dc = distAndChain();
        float[] onRoad = new float[W * H];
        float[] roadAway = new float[W * H];
        for (int c = 0; c < W; c++) {
            onRoad[10 * W + c] = 12;
            roadAway[16 * W + c] = 12;
        }
        double s = PriorOnRoad.support(onRoad, dc[0], dc[1], all(), null, 1);
        assertEquals(RoadLikeness.support(12), s, 1e-9);
        assertTrue(s > 0.9, "support " + s);
        assertEquals(0, PriorOnRoad.support(roadAway, dc[0], dc[1], all(), null, 1), 1e-12,
                "a road six cells from the prior does not count for it");
    }

    @Test
    void aRoadOneCellBesideThePriorCountsAndCloudedOrUnusableCellsDoNot() {
        float[][] dc = distAndChain();
        float[] z = new float[W * H];
        boolean[] cloud = new boolean[W * H];
        boolean[] use = all();
        for (int c = 0; c < W; c++) {
            z[11 * W + c] = 12;
            if (c < 25) {
                for (int r = 0; r < H; r++) {
                    cloud[r * W + c] = true; // the first half under cloud: its bins are left out, not counted as 0
                }
            }
        }
        assertEquals(RoadLikeness.support(12), PriorOnRoad.support(z, dc[0], dc[1], use, cloud, 1), 1e-9);
        Arrays.fill(use, false);
        assertTrue(Double.isNaN(PriorOnRoad.support(z, dc[0], dc[1], use, cloud, 1)), "no usable cell: NaN");
    }

    @Test
    void halfTheLengthOnTheRoadScoresAboutHalf() {
        float[][] dc = distAndChain();
        float[] z = new float[W * H];
        for (int c = 0; c < W / 2; c++) {
            z[10 * W + c] = 12;
        }
        assertEquals(RoadLikeness.support(12) / 2, PriorOnRoad.support(z, dc[0], dc[1], all(), null, 1), 1e-9);
    }
}
