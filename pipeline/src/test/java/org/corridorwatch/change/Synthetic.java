package org.corridorwatch.change;

import java.util.Random;
import org.corridorwatch.model.BandSet;

/** Small synthetic scenes for the change tests. */
public final class Synthetic {
    private Synthetic() {
    }

    /** A broadband random texture sampled at (x + sx, y + sy): a sum of sinusoids, so any shift is exact. */
    public static float[] texture(int w, int h, double sx, double sy, long seed) {
        Random r = new Random(seed);
        int k = 300;
        double[] fx = new double[k];
        double[] fy = new double[k];
        double[] ph = new double[k];
        double[] amp = new double[k];
        for (int i = 0; i < k; i++) {
            double f = 0.005 + 0.35 * r.nextDouble();
            double a = 2 * Math.PI * r.nextDouble();
            fx[i] = f * Math.cos(a);
            fy[i] = f * Math.sin(a);
            ph[i] = 2 * Math.PI * r.nextDouble();
            amp[i] = 0.02 / (1 + 10 * f);
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = 0.2;
                for (int i = 0; i < k; i++) {
                    v += amp[i] * Math.cos(2 * Math.PI * (fx[i] * (x + sx) + fy[i] * (y + sy)) + ph[i]);
                }
                out[y * w + x] = (float) v;
            }
        }
        return out;
    }

    static float[] constant(int n, float v) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** A uniform vegetated pixel set: blue .04 green .07 red .05 rededge .2 nir .30 swir1 .2 swir2 .12. */
    public static BandSet vegetation(int w, int h) {
        int n = w * h;
        return new BandSet(w, h, constant(n, .04f), constant(n, .07f), constant(n, .05f), constant(n, .2f),
                constant(n, .30f), constant(n, .2f), constant(n, .12f));
    }

    /** Vegetation with pixel-to-pixel noise of the given standard deviation (reflectance) on NIR and SWIR2. */
    public static BandSet noisyVegetation(int w, int h, double sd, long seed) {
        BandSet v = vegetation(w, h);
        Random r = new Random(seed);
        float[] nir = v.nir().clone();
        float[] sw = v.swir2().clone();
        for (int i = 0; i < nir.length; i++) {
            nir[i] += (float) (sd * r.nextGaussian());
            sw[i] += (float) (sd * r.nextGaussian());
        }
        return new BandSet(w, h, v.blue(), v.green(), v.red(), v.rededge(), nir, v.swir1(), sw);
    }

    /** Sets a rectangle of pixels to a burnt (char) signature: dark visible and NIR, high SWIR2. */
    public static BandSet burn(BandSet s, int x0, int y0, int x1, int y1) {
        float[][] b = s.bands();
        float[][] o = new float[b.length][];
        float[] charValues = {.03f, .035f, .04f, .07f, .08f, .2f, .2f};
        for (int k = 0; k < b.length; k++) {
            if (b[k] == null) {
                continue;
            }
            o[k] = b[k].clone();
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    o[k][y * s.width() + x] = charValues[k];
                }
            }
        }
        return BandSet.of(s.width(), s.height(), o);
    }
}
