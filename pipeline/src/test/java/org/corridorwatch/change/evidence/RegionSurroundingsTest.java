package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The darkening around a burn region: about 0 around char (the ground beside it unchanged), as dark as the region itself
 * inside a cloud shadow (the ground around the dark road darkened as much but stayed too bright for the gate); other
 * regions and masked pixels are not part of a ring.
 */
class RegionSurroundingsTest {
    private static final int W = 30;
    private static final int H = 20;

    /** A 2 × 8 pixel region (label 1) on a "road" at rows 9-10, columns 10-17; everything else the given index. */
    private static int[] road() {
        int[] labels = new int[W * H];
        for (int r = 9; r <= 10; r++) {
            for (int c = 10; c <= 17; c++) {
                labels[r * W + c] = 1;
            }
        }
        return labels;
    }

    private static float[] index(float inside, float outside) {
        int[] labels = road();
        float[] d = new float[W * H];
        for (int i = 0; i < d.length; i++) {
            // a little texture so the median is not trivially one value
            d[i] = (labels[i] == 1 ? inside : outside) + 0.01f * (float) Math.sin(i * 1.3);
        }
        return d;
    }

    @Test
    void charLeavesItsSurroundingsAsTheyWere() {
        float[] around = RegionSurroundings.darkeningAround(road(), W, H, index(0.45f, 0.02f), 0.02);
        float v = around[9 * W + 12];
        assertEquals(0.0, v, 0.015, "ring darkened like the scene: about 0 after the centre");
        assertTrue(Float.isNaN(around[0]), "no value outside regions");
    }

    @Test
    void aShadowDarkensTheGroundAroundTheRoadAsMuch() {
        // the whole neighbourhood 45 % darker: a cloud shadow over the road and the bright verge beside it
        float[] around = RegionSurroundings.darkeningAround(road(), W, H, index(0.50f, 0.45f), 0.02);
        assertEquals(0.43, around[10 * W + 17], 0.015);
    }

    @Test
    void otherRegionsAndMaskedPixelsAreNotTheRing() {
        int[] labels = road();
        float[] d = index(0.5f, 0.0f);
        // a second region (label 2) of charred pixels right beside the first, and masked pixels above it
        for (int c = 8; c <= 19; c++) {
            labels[11 * W + c] = 2;
            labels[12 * W + c] = 2;
            d[11 * W + c] = 0.5f;
            d[12 * W + c] = 0.5f;
            d[8 * W + c] = Float.NaN;
        }
        float[] around = RegionSurroundings.darkeningAround(labels, W, H, d, 0.0);
        assertEquals(0.0, around[9 * W + 12], 0.015, "the charred neighbour region is not the first one's ring");
        assertEquals(0.0, around[11 * W + 12], 0.015, "nor the other way round");
    }

    @Test
    void tooFewRingPixelsGiveNoValue() {
        int[] labels = new int[W * H];
        java.util.Arrays.fill(labels, 1);
        labels[0] = 0;
        float[] around = RegionSurroundings.darkeningAround(labels, W, H, new float[W * H], 0.0);
        assertTrue(Float.isNaN(around[5]));
    }

    @Test
    void theShareOfTheRingTheMaskTookForCloudIsMeasured() {
        // the 2 x 8 region; its ring (3 pixels around it, no region) is 8 x 14 - 16 = 96 pixels; mask the 3 ring rows
        // above it (columns 7-20: 42 pixels) as cloud, and cloud far away that is no part of the ring
        int[] labels = road();
        boolean[] cloudy = new boolean[W * H];
        for (int r = 6; r <= 8; r++) {
            for (int c = 7; c <= 20; c++) {
                cloudy[r * W + c] = true;
            }
        }
        cloudy[0] = true;
        cloudy[19 * W + 29] = true;
        float[] beside = RegionSurroundings.cloudBeside(labels, W, H, cloudy);
        assertEquals(42 / 96.0, beside[9 * W + 10], 1e-6);
        assertEquals(42 / 96.0, beside[10 * W + 17], 1e-6, "every pixel of the region");
        assertTrue(Float.isNaN(beside[0]), "no value outside regions");
        assertEquals(0.0, RegionSurroundings.cloudBeside(labels, W, H, new boolean[W * H])[9 * W + 12], 0.0,
                "no cloud beside it");
    }
}
