package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShadowLiftTest {
    /** 40 x 40 cells of ground 0.33 with a road 0.16 down column 20; the rows from 20 on under a shadow of 0.5. */
    private static float[][] scene() {
        int n = 40;
        float[] ch = new float[n * n];
        float[] sh = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int i = r * n + c;
                float v = c == 20 ? 0.16f : 0.33f;
                sh[i] = r > 20 ? 1f : r == 20 ? 0.5f : 0f;
                ch[i] = v * (1 - sh[i] * 0.5f);
            }
        }
        return new float[][] {ch, sh};
    }

    @Test
    void theShadowIsLiftedToTheClearGroundAndTheRoadKeepsItsContrast() {
        float[][] s = scene();
        double factor = ShadowLift.lift(s[0], s[1], null);
        assertEquals(0.5, factor, 1e-6);
        int n = 40;
        for (int r : new int[] {5, 20, 30}) {
            assertEquals(0.33f, s[0][r * n + 5], 1e-5, "ground at row " + r);
            assertEquals(0.16f, s[0][r * n + 20], 1e-5, "road at row " + r);
        }
    }

    @Test
    void cloudCellsAreNeitherCountedNorLifted() {
        float[][] s = scene();
        boolean[] cloud = new boolean[s[0].length];
        cloud[35 * 40 + 5] = true;
        s[0][35 * 40 + 5] = 0.45f;
        ShadowLift.lift(s[0], s[1], cloud);
        assertEquals(0.45f, s[0][35 * 40 + 5], 0f);
        assertEquals(0.33f, s[0][30 * 40 + 5], 1e-5);
    }

    @Test
    void withoutEnoughShadowNothingChanges() {
        float[][] s = scene();
        for (int i = 21 * 40; i < s[1].length; i++) {
            s[1][i] = i < 21 * 40 + ShadowLift.MIN_CELLS - 1 ? 1f : 0f;
        }
        float[] before = s[0].clone();
        assertTrue(Double.isNaN(ShadowLift.lift(s[0], s[1], null)));
        assertEquals(before[30 * 40 + 5], s[0][30 * 40 + 5], 0f);
    }
}
