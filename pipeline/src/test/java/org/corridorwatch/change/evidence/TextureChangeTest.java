package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.corridorwatch.model.BandSet;
import org.junit.jupiter.api.Test;

/** Texture change of one pixel ({@link TextureChange#at}) against the whole-tile computation it replaces. */
class TextureChangeTest {
    private static BandSet noisy(Random rnd, int w, int h, double nanShare) {
        float[][] b = new float[3][w * h];
        for (float[] band : b) {
            for (int i = 0; i < band.length; i++) {
                band[i] = rnd.nextDouble() < nanShare ? Float.NaN : (float) (0.02 + 0.3 * rnd.nextDouble());
            }
        }
        return BandSet.ofVisibleNir(w, h, b[0], b[1], b[2], new float[w * h]);
    }

    @Test
    void onePixelIsBitForBitThePixelOfTheWholeTile() {
        Random rnd = new Random(7);
        for (int[] size : new int[][] {{1, 1}, {1, 9}, {13, 2}, {37, 23}}) {
            int w = size[0];
            int h = size[1];
            BandSet before = noisy(rnd, w, h, 0.1);
            BandSet after = noisy(rnd, w, h, 0.1);
            float[] whole = TextureChange.index(before, after);
            int nan = 0;
            for (int i = 0; i < whole.length; i++) {
                assertEquals(Float.floatToRawIntBits(whole[i]), Float.floatToRawIntBits(TextureChange.at(before, after, i)),
                        "pixel " + i + " of " + w + "x" + h);
                nan += whole[i] != whole[i] ? 1 : 0;
            }
            assertTrue(w * h < 100 || nan > 0, "the NaN paths are exercised");
        }
    }

    @Test
    void smootherGroundAfterGivesANegativeChange() {
        float[] rough = new float[9];
        float[] flat = new float[9];
        for (int i = 0; i < 9; i++) {
            rough[i] = i % 2 == 0 ? 0.3f : 0.1f;
            flat[i] = 0.04f;
        }
        BandSet before = BandSet.ofVisibleNir(3, 3, rough, rough, rough, rough);
        BandSet after = BandSet.ofVisibleNir(3, 3, flat, flat, flat, flat);
        assertTrue(TextureChange.at(before, after, 4) < -2, "char is uniformly black");
    }
}
