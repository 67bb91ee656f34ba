package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockPoolingTest {

    /** 4 x 4 pixels of 0.30 with a dark line (0.18) one pixel wide down column 1, pooled to 2 x 2 cells. */
    private static float[] scene() {
        float[] px = new float[16];
        for (int i = 0; i < px.length; i++) {
            px[i] = i % 4 == 1 ? 0.18f : 0.30f;
        }
        return px;
    }

    @Test
    void theDarkestPixelKeepsTheFullDepthOfALineOnePixelWide() {
        float[] out = new float[4];
        BlockPooling.pool(scene(), 2, 2, 2, true, out, 0);
        assertArrayEquals(new float[] {0.18f, 0.30f, 0.18f, 0.30f}, out, 1e-6f);
    }

    @Test
    void theMeanHalvesIt() {
        float[] out = new float[4];
        BlockPooling.pool(scene(), 2, 2, 2, false, out, 0);
        assertArrayEquals(new float[] {0.24f, 0.30f, 0.24f, 0.30f}, out, 1e-6f);
    }

    @Test
    void noDataIsLeftOutAndACellWithoutDataIsNaN() {
        float[] px = scene();
        px[1] = Float.NaN; // the line's pixel in the first cell's top row
        px[2] = Float.NaN;
        px[3] = Float.NaN;
        px[6] = Float.NaN;
        px[7] = Float.NaN; // the second cell has no data left
        float[] out = new float[2 * 3];
        BlockPooling.pool(px, 2, 2, 1, false, out, 1);
        assertEquals((0.30f + 0.30f + 0.18f) / 3, out[2], 1e-6f);
        assertTrue(Float.isNaN(out[3]));
        assertEquals(0f, out[0]); // rows before outRow untouched
    }

    /**
     * The 2 x 2 path written out and the general one give the bits of a walk over whole pixel rows (the loop before
     * 2026-12-07): random pixels, a third without data (cells with none too), 2 x 2 and 3 x 3 blocks, mean and darkest.
     */
    @Test
    void theBitsOfAWalkOverWholeRows() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        for (int f = 2; f <= 3; f++) {
            int w = 37;
            int rows = 11;
            float[] px = new float[w * f * rows * f];
            for (int i = 0; i < px.length; i++) {
                px[i] = rnd.nextInt(3) == 0 ? Float.NaN : (float) rnd.nextDouble(0, 1);
            }
            for (boolean darkest : new boolean[] {false, true}) {
                float[] got = new float[w * (rows + 2)];
                float[] want = new float[w * (rows + 2)];
                BlockPooling.pool(px, w, f, rows, darkest, got, 2);
                wholeRows(px, w, f, rows, darkest, want, 2);
                int none = 0;
                for (int i = 0; i < got.length; i++) {
                    assertEquals(Float.floatToIntBits(want[i]), Float.floatToIntBits(got[i]), "cell " + i);
                    none += i >= 2 * w && Float.isNaN(got[i]) ? 1 : 0;
                }
                assertTrue(f > 2 || none > 0, "some 2 x 2 cells have no data");
            }
        }
    }

    private static void wholeRows(float[] px, int w, int f, int rows, boolean darkest, float[] out, int outRow) {
        double[] acc = new double[w];
        int[] count = new int[w];
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.fill(acc, 0);
            java.util.Arrays.fill(count, 0);
            for (int dr = 0; dr < f; dr++) {
                int base = (r * f + dr) * w * f;
                for (int c = 0; c < w * f; c++) {
                    float v = px[base + c];
                    if (Float.isNaN(v)) {
                        continue;
                    }
                    int cell = c / f;
                    if (!darkest) {
                        acc[cell] += v;
                    } else if (count[cell] == 0 || v < acc[cell]) {
                        acc[cell] = v;
                    }
                    count[cell]++;
                }
            }
            for (int c = 0; c < w; c++) {
                out[(outRow + r) * w + c] = count[c] == 0 ? Float.NaN : (float) (darkest ? acc[c] : acc[c] / count[c]);
            }
        }
    }
}
