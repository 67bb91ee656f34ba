package org.corridorwatch.report;

import java.util.Arrays;

/**
 * Robust linear contrast stretch of one band for display: the {@code low} and {@code high}
 * percentiles of the finite values map to 0 and 255 (clipped), so dark char and bright roofs both
 * read. NaN (nodata) is ignored when computing the percentiles.
 *
 * @param low  value shown as 0
 * @param high value shown as 255 (always greater than {@code low})
 */
public record ChipStretch(double low, double high) {
    public static final double DEFAULT_LOW_PERCENT = 2;
    public static final double DEFAULT_HIGH_PERCENT = 98;

    public ChipStretch {
        if (!(high > low)) {
            high = low + 1e-6;
        }
    }

    /** Percentiles are estimated from at most this many values, taken at an even stride (exact below it). */
    static final int MAX_SAMPLES = 16_384;

    /** Percentile stretch of the finite values of {@code band}; a band without one maps 0..1. */
    public static ChipStretch of(float[] band, double lowPercent, double highPercent) {
        if (!(lowPercent >= 0 && lowPercent < highPercent && highPercent <= 100)) {
            throw new IllegalArgumentException("percentiles must satisfy 0 <= low < high <= 100, got " + lowPercent
                    + ", " + highPercent);
        }
        int stride = Math.max(1, band.length / MAX_SAMPLES);
        float[] v = new float[band.length / stride + 1];
        int n = 0;
        for (int i = 0; i < band.length; i += stride) {
            float f = band[i];
            if (Float.isFinite(f)) {
                v[n++] = f;
            }
        }
        if (n == 0) {
            return new ChipStretch(0, 1);
        }
        Arrays.sort(v, 0, n);
        return new ChipStretch(at(v, n, lowPercent), at(v, n, highPercent));
    }

    public static ChipStretch of(float[] band) {
        return of(band, DEFAULT_LOW_PERCENT, DEFAULT_HIGH_PERCENT);
    }

    private static double at(float[] sorted, int n, double percent) {
        double pos = percent / 100 * (n - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(n - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    /** Display value 0..255 of a data value; -1 for NaN. */
    public int apply(float value) {
        if (!Float.isFinite(value)) {
            return -1;
        }
        double t = (value - low) / (high - low);
        return (int) Math.round(255 * Math.max(0, Math.min(1, t)));
    }
}
