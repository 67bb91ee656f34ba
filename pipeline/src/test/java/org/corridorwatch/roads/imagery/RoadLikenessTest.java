package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoadLikenessTest {

    /** A bright one-cell line responds strongly; a step edge of the same contrast does not. */
    @Test
    void linesRespondEdgesDoNot() {
        int w = 60;
        int h = 60;
        float[] img = new float[w * h];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float v = (float) (0.2 + 0.01 * rnd.nextGaussian());
                if (c == 15) {
                    v += 0.08f;                 // a road running north-south
                }
                if (c >= 45) {
                    v += 0.08f;                 // a field edge at column 45
                }
                img[r * w + c] = v;
            }
        }
        float[] z = RoadLikeness.sigmas(new float[][] {img}, w, h, 20);
        double onRoad = 0;
        double onEdge = 0;
        double background = 0;
        for (int r = 10; r < 50; r++) {
            onRoad += z[r * w + 15];
            onEdge += Math.max(z[r * w + 44], z[r * w + 45]);
            background += z[r * w + 30];
        }
        onRoad /= 40;
        onEdge /= 40;
        background /= 40;
        assertTrue(onRoad > 4, "road response " + onRoad);
        assertTrue(onEdge < 1.5, "edge response " + onEdge);
        assertTrue(background < 1.5, "background response " + background);
        assertTrue(RoadLikeness.support(onRoad) > 0.8);
    }

    @Test
    void costIsLowOnRoadsImpassableWithoutDataNeutralUnderCloud() {
        float[] z = {12f, 0f, Float.NaN, 12f};
        boolean[] cloud = {false, false, false, true};
        float[] c = RoadLikeness.cost(z, cloud);
        assertTrue(c[0] < 0.05);
        assertTrue(c[1] > 0.99);
        assertTrue(Float.isNaN(c[2]));
        assertTrue(c[3] == 1f);
    }

    @Test
    void theResponseIsTheSameBitForBitOnAnyNumberOfThreads() {
        int w = 157;
        int h = 93;
        float[][] ch = lineAndTexture(w, h, 3, false);
        boolean[] where = new boolean[w * h];
        for (int i = 0; i < where.length; i++) {
            where[i] = Math.abs(i / w - 45) < 30;
        }
        float[] one = RoadLikeness.sigmas(ch, w, h, 20, where, new double[] {0, 0.1}, 1);
        for (int threads : new int[] {2, 3, 8}) {
            float[] many = RoadLikeness.sigmas(ch, w, h, 20, where, new double[] {0, 0.1}, threads);
            assertTrue(java.util.Arrays.equals(one, many), threads + " threads");
        }
        assertTrue(one[40 * w + 80] > 3, "the line responds: " + one[40 * w + 80]);
    }

    /**
     * Computed at a few cells only (a thin band, as the prior's own support reads) with the contrast measured over a
     * wider set, a cell's response has the bits of the computation over the wider set; with the contrast measured
     * over the few cells only it differs (the scale is the point of {@code scaleWhere}).
     */
    @Test
    void aFewCellsWithTheContrastOfTheBandHaveTheBandsNumbers() {
        int w = 157;
        int h = 93;
        float[][] ch = lineAndTexture(w, h, 4, true);
        boolean[] band = new boolean[w * h];
        boolean[] few = new boolean[w * h];
        for (int i = 0; i < band.length; i++) {
            int r = i / w;
            band[i] = Math.abs(r - 45) < 30;
            few[i] = band[i] && Math.abs(r - 41) <= 1 && i % w > 5;
        }
        float[] all = RoadLikeness.sigmas(ch, w, h, 20, band, new double[2], 2);
        float[] some = RoadLikeness.sigmas(ch, w, h, 20, few, band, new double[2], 2);
        float[] own = RoadLikeness.sigmas(ch, w, h, 20, few, null, new double[2], 2);
        int differs = 0;
        for (int i = 0; i < all.length; i++) {
            if (few[i]) {
                assertEquals(Float.floatToIntBits(all[i]), Float.floatToIntBits(some[i]), "cell " + i);
                differs += Float.floatToIntBits(all[i]) != Float.floatToIntBits(own[i]) ? 1 : 0;
            } else {
                assertTrue(Float.isNaN(some[i]), "not computed at cell " + i);
            }
        }
        assertTrue(differs > 0, "the contrast of the few cells alone gives other numbers");
    }

    /**
     * Two channels: noisy ground with a line along row 40 and 2 % of cells without data; noisy ground, with rougher
     * texture below row 60 when {@code rough}.
     */
    private static float[][] lineAndTexture(int w, int h, long seed, boolean rough) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        float[] a = new float[w * h];
        float[] b = new float[w * h];
        for (int i = 0; i < a.length; i++) {
            int r = i / w;
            a[i] = rnd.nextInt(50) == 0 ? Float.NaN : (float) (0.2 + 0.03 * rnd.nextGaussian() + (r == 40 ? 0.05 : 0));
            b[i] = (float) (0.3 + 0.02 * rnd.nextGaussian() + (rough && r > 60 ? 0.05 * rnd.nextGaussian() : 0));
        }
        return new float[][] {a, b};
    }
}
