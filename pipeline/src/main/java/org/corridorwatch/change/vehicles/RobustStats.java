package org.corridorwatch.change.vehicles;

import java.util.Arrays;
import org.corridorwatch.change.evidence.Medians;

/**
 * Median and MAD of float samples (NaN ignored), by selection ({@link Medians#medianInDouble}): the values a sort gives,
 * an even count's two middle values averaged in double. Selection takes −0 and +0 as equal where a sort puts −0 first,
 * so a median of zeros may differ from the sort's in its sign only; the top-hat responses are never −0.
 */
final class RobustStats {
    /** MAD × this = standard deviation for Gaussian data. */
    static final double MAD_TO_SIGMA = 1.4826;

    private RobustStats() {
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
        double median = Medians.medianInDouble(s, n);
        float[] deviation = new float[n];
        for (int i = 0; i < n; i++) {
            deviation[i] = (float) Math.abs(s[i] - median);
        }
        double sigma = MAD_TO_SIGMA * Medians.medianInDouble(deviation, n);
        if (!(sigma > 0)) {
            sigma = meanAbsoluteDeviation(s, n, median) * 1.2533;
        }
        if (!(sigma > 0)) {
            sigma = 1e-12;
        }
        return new double[] {median, sigma};
    }

    /**
     * Mean of |v - median| over {@code v[0..n)} (reordered), summed in ascending order of the values: the order the
     * sort-based median left them in, so the sum is bit for bit the one measured before selection replaced the sort.
     */
    private static double meanAbsoluteDeviation(float[] v, int n, double median) {
        Arrays.sort(v, 0, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (float) Math.abs(v[i] - median);
        }
        return sum / n;
    }
}
