package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.corridorwatch.model.BandSet;
import org.junit.jupiter.api.Test;

/** Texture change of one pixel ({@link TextureChange#at}) against the whole-tile computation it replaced. */
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
            float[] whole = wholeTile(before, after);
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

    /** The whole-tile computation the scan used before {@link TextureChange#at}: spreads of whole luminance arrays. */
    private static float[] wholeTile(BandSet before, BandSet after) {
        int w = before.width();
        int h = before.height();
        float[] sb = localSpread(luminance(before), w, h);
        float[] sa = localSpread(luminance(after), w, h);
        float[] out = new float[w * h];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.log((sa[i] + TextureChange.EPSILON) / (sb[i] + TextureChange.EPSILON));
        }
        return out;
    }

    private static float[] luminance(BandSet b) {
        float[] l = new float[b.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = (b.blue()[i] + b.green()[i] + b.red()[i]) / 3f;
        }
        return l;
    }

    private static float[] localSpread(float[] v, int w, int h) {
        float[] out = new float[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (v[i] != v[i]) {
                    out[i] = Float.NaN;
                    continue;
                }
                double s = 0;
                double ss = 0;
                int n = 0;
                for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
                    for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                        float a = v[yy * w + xx];
                        if (a == a) {
                            s += a;
                            ss += a * a;
                            n++;
                        }
                    }
                }
                out[i] = n < 2 ? Float.NaN : (float) Math.sqrt(Math.max(0, ss / n - (s / n) * (s / n)));
            }
        }
        return out;
    }
}
