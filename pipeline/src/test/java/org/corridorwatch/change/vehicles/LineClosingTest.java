package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The closing by line segments fills what is shorter than the segment in every direction, not a long dark band. */
class LineClosingTest {

    /** 60 x 30 px of ground 1.0; a dark band 3 px wide (0.5) along row 15; on it a dark stroke (0.2) 5 px long. */
    private static float[] roadWithStroke(int w, int h) {
        float[] f = new float[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                f[r * w + c] = Math.abs(r - 15) <= 1 ? 0.5f : 1.0f;
            }
        }
        for (int c = 28; c < 33; c++) {
            f[15 * w + c] = 0.2f;
        }
        return f;
    }

    @Test
    void fillsTheStrokeToTheBandNotTheBandToTheGround() {
        int w = 60;
        int h = 30;
        float[] f = roadWithStroke(w, h);
        float[] line = LineClosing.close(f, w, h, 9, null);
        float[] square = SquareMorphology.close(f, w, h, 9);
        // the stroke is measured against the band it lies on (0.5), the band itself not at all
        assertEquals(0.5f, line[15 * w + 30], 1e-6);
        assertEquals(0.5f, line[15 * w + 10], 1e-6);
        assertEquals(1.0f, line[5 * w + 10], 1e-6);
        // the square closing lifts the whole band to the ground beside it
        assertEquals(1.0f, square[15 * w + 10], 1e-6);
        assertEquals(1.0f, square[15 * w + 30], 1e-6);
    }

    @Test
    void computedOnlyWhereAskedAndNanIgnored() {
        int w = 60;
        int h = 30;
        float[] f = roadWithStroke(w, h);
        f[15 * w + 40] = Float.NaN;
        boolean[] where = new boolean[w * h];
        where[15 * w + 30] = true;
        where[15 * w + 40] = true;
        float[] line = LineClosing.close(f, w, h, 9, where);
        assertEquals(0.5f, line[15 * w + 30], 1e-6);
        assertEquals(0.5f, line[15 * w + 40], 1e-6);
        assertTrue(Float.isNaN(line[0]));
    }

    @Test
    void moreOrientationsForLongerSegments() {
        assertEquals(8, LineClosing.orientations(7));
        assertTrue(LineClosing.orientations(43) >= 16, "43 px: " + LineClosing.orientations(43));
        int[][] s = LineClosing.segment(3, 0);
        assertEquals(7, s.length);
    }
}
