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
}
