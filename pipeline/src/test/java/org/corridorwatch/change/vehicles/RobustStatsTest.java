package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The selection-based median and σ are bit for bit those of the sort-based code they replaced, flat samples included. */
class RobustStatsTest {

    /** The sort-based version RobustStats had before it used selection (commit c851d23), as the reference. */
    private static double[] sortedMedianSigma(float[] v, boolean[] use) {
        float[] s = new float[v.length];
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if ((use == null || use[i]) && Float.isFinite(v[i])) {
                s[n++] = v[i];
            }
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double median = sortedMedian(s, n);
        double meanAbs = 0;
        for (int i = 0; i < n; i++) {
            s[i] = (float) Math.abs(s[i] - median);
            meanAbs += s[i];
        }
        meanAbs /= n;
        double sigma = RobustStats.MAD_TO_SIGMA * sortedMedian(s, n);
        if (!(sigma > 0)) {
            sigma = meanAbs * 1.2533;
        }
        if (!(sigma > 0)) {
            sigma = 1e-12;
        }
        return new double[] {median, sigma};
    }

    private static double sortedMedian(float[] v, int n) {
        Arrays.sort(v, 0, n);
        return n % 2 == 1 ? v[n / 2] : 0.5 * ((double) v[n / 2 - 1] + v[n / 2]);
    }

    @Test
    void equalsTheSortBasedValuesBitForBit() {
        Random rnd = new Random(17);
        for (int round = 0; round < 600; round++) {
            int n = 1 + rnd.nextInt(400);
            float[] v = new float[n];
            boolean[] use = rnd.nextBoolean() ? null : new boolean[n];
            int kind = round % 3;
            for (int i = 0; i < n; i++) {
                // kind 0: top-hat-like responses, mostly 0 (MAD 0: the mean-deviation fallback), the rest of magnitudes
                // 1 to 1e-11 (a sum of floats in double then depends on its order); 1: gaussian; 2: NaN mixed in
                v[i] = kind == 0 ? (rnd.nextInt(10) < 7 ? 0f : (float) (rnd.nextFloat() * Math.pow(10, -rnd.nextInt(12))))
                        : kind == 2 && rnd.nextInt(8) == 0 ? Float.NaN : (float) (0.1 + 0.02 * rnd.nextGaussian());
                if (use != null) {
                    use[i] = rnd.nextInt(4) != 0;
                }
            }
            assertArrayEquals(sortedMedianSigma(v.clone(), use), RobustStats.medianSigma(v.clone(), use), 0.0,
                    "round " + round);
        }
        float[] flat = new float[50];
        Arrays.fill(flat, 0.25f);
        assertArrayEquals(new double[] {0.25, 1e-12}, RobustStats.medianSigma(flat, null), 0.0);
    }
}
