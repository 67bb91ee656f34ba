package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SquareMorphologyTest {

    /** Brute-force min/max over the clipped square, NaN ignored. */
    private static float[] bruteForce(float[] f, int w, int h, int side, boolean max) {
        int r = side / 2;
        float[] out = new float[f.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float best = Float.NaN;
                for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
                    for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
                        float v = f[yy * w + xx];
                        if (!Float.isNaN(v) && (Float.isNaN(best) || (max ? v > best : v < best))) {
                            best = v;
                        }
                    }
                }
                out[y * w + x] = best;
            }
        }
        return out;
    }

    @Test
    void runningMinMaxEqualsBruteForceWithNaN() {
        Random rnd = new Random(7);
        for (int[] size : new int[][] {{17, 11}, {5, 23}, {40, 3}}) {
            int w = size[0];
            int h = size[1];
            float[] f = new float[w * h];
            for (int i = 0; i < f.length; i++) {
                f[i] = rnd.nextInt(10) == 0 ? Float.NaN : rnd.nextFloat() * 100;
            }
            for (int side : new int[] {1, 3, 5, 7, 9}) {
                assertArrayEquals(bruteForce(f, w, h, side, false), SquareMorphology.erode(f, w, h, side),
                        "erode " + w + "x" + h + " side " + side);
                assertArrayEquals(bruteForce(f, w, h, side, true), SquareMorphology.dilate(f, w, h, side),
                        "dilate " + w + "x" + h + " side " + side);
            }
        }
    }

    @Test
    void openingRemovesNarrowBrightLineAndKeepsWideBlock() {
        int w = 20;
        int h = 20;
        float[] f = new float[w * h];
        for (int y = 0; y < h; y++) {
            f[y * w + 3] = 10;             // 1-px bright line
            for (int x = 10; x < 18; x++) {
                f[y * w + x] = 10;         // 8-px wide bright block
            }
        }
        float[] o = SquareMorphology.open(f, w, h, 5);
        assertEquals(0f, o[5 * w + 3]);
        assertEquals(10f, o[5 * w + 12]);
        float[] allNaN = SquareMorphology.erode(new float[] {Float.NaN, Float.NaN}, 2, 1, 3);
        assertTrue(Float.isNaN(allNaN[0]));
        assertThrows(IllegalArgumentException.class, () -> SquareMorphology.erode(f, w, h, 4));
    }
}
