package org.corridorwatch.change.vehicles;

import java.util.Arrays;

/**
 * Median and MAD of float samples (NaN ignored). Kept private to this package on purpose: the
 * burn-scar code in {@code change} has its own owner; merge the two when a shared helper exists.
 */
final class RobustStats {
    /** MAD × this = standard deviation for Gaussian data. */
    static final double MAD_TO_SIGMA = 1.4826;

    private RobustStats() {
    }

    /** Median of the first {@code n} values of {@code v}; reorders them. NaN when n == 0. */
    static double medianInPlace(float[] v, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(v, 0, n);
        return n % 2 == 1 ? v[n / 2] : 0.5 * ((double) v[n / 2 - 1] + v[n / 2]);
    }

    /** Median of values already sorted ascending (at least one): the middle one, or the mean of the two middle ones. */
    static double medianOfSorted(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /**
     * Robust location and scale of the finite values of {@code v} where {@code use} is true (all
     * when null): median and 1.4826 × MAD; when the MAD is 0 (flat data) the scale falls back to
     * the mean absolute deviation × 1.2533, then to a tiny positive number.
     *
     * @return {median, sigma}; {NaN, NaN} when no value is usable
     */
    static double[] medianSigma(float[] v, boolean[] use) {
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
        double median = medianInPlace(s, n);
        double meanAbs = 0;
        for (int i = 0; i < n; i++) {
            s[i] = (float) Math.abs(s[i] - median);
            meanAbs += s[i];
        }
        meanAbs /= n;
        double sigma = MAD_TO_SIGMA * medianInPlace(s, n);
        if (!(sigma > 0)) {
            sigma = meanAbs * 1.2533;
        }
        if (!(sigma > 0)) {
            sigma = 1e-12;
        }
        return new double[] {median, sigma};
    }
}
