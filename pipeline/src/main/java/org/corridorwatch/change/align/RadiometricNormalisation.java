package org.corridorwatch.change.align;

import java.util.Arrays;
import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.model.BandSet;

/**
 * Relative radiometric normalisation of the after date onto the before date, band by band, fitted on
 * pixels that did not change: {@code after ≈ gain · before + offset}. The fit starts from ordinary least
 * squares on the pixels whose difference lies in the central part of the difference distribution
 * (changes are a minority and sit in the tails), then runs iteratively reweighted least squares with
 * Tukey's biweight so that the remaining changed pixels get no weight. Only pixels VALID in the mask and
 * finite in both dates are used, from a regular sample of at most {@code maxSamples}.
 */
public final class RadiometricNormalisation {

    /**
     * @param maxSamples      at most this many pixels enter a fit (regular decimation)
     * @param minSamples      with fewer usable pixels the band is left as it is (identity fit)
     * @param centralFraction the initial fit uses pixels whose after−before difference lies in this central
     *                        fraction of its distribution (0.5 = between the quartiles)
     * @param iterations      IRLS iterations
     * @param tukeyC          Tukey biweight tuning constant, in robust standard deviations of the residuals
     * @param minGain         fits with a gain outside [minGain, 1/minGain] are rejected (identity kept)
     */
    public record Parameters(int maxSamples, int minSamples, double centralFraction, int iterations, double tukeyC,
                             double minGain) {
        public static final int DEFAULT_MAX_SAMPLES = 20_000;
        public static final int DEFAULT_MIN_SAMPLES = 200;
        public static final double DEFAULT_CENTRAL_FRACTION = 0.5;
        public static final int DEFAULT_ITERATIONS = 10;
        public static final double DEFAULT_TUKEY_C = 4.685;
        public static final double DEFAULT_MIN_GAIN = 0.5;
        public static final Parameters DEFAULTS = new Parameters(DEFAULT_MAX_SAMPLES, DEFAULT_MIN_SAMPLES,
                DEFAULT_CENTRAL_FRACTION, DEFAULT_ITERATIONS, DEFAULT_TUKEY_C, DEFAULT_MIN_GAIN);

        public Parameters {
            if (maxSamples < minSamples || minSamples < 10) {
                throw new IllegalArgumentException("need maxSamples >= minSamples >= 10");
            }
            if (!(centralFraction > 0.05 && centralFraction <= 1)) {
                throw new IllegalArgumentException("centralFraction must be in (0.05, 1]: " + centralFraction);
            }
            if (iterations < 0 || !(tukeyC > 1) || !(minGain > 0 && minGain < 1)) {
                throw new IllegalArgumentException("iterations >= 0, tukeyC > 1, 0 < minGain < 1 required");
            }
        }
    }

    /**
     * A band's fit: {@code after ≈ gain · before + offset} over {@code samples} pixels; {@code identity}
     * when there were too few pixels or the fit was implausible.
     */
    public record BandFit(double gain, double offset, int samples, boolean identity) {
        public static final BandFit IDENTITY = new BandFit(1, 0, 0, true);

        /** An after-date value brought onto the before date's radiometry. */
        public float toBefore(float after) {
            return (float) ((after - offset) / gain);
        }
    }

    /** The normalised after date and the fit of each band in {@link BandSet#bands()} order ({@code null} for absent bands). */
    public record Result(BandSet after, BandFit[] fits) {
    }

    private RadiometricNormalisation() {
    }

    public static Result normalise(BandSet before, BandSet after, byte[] mask) {
        return normalise(before, after, mask, Parameters.DEFAULTS);
    }

    /** Fits every band present in both dates and returns the after date rescaled onto the before date. */
    public static Result normalise(BandSet before, BandSet after, byte[] mask, Parameters p) {
        float[][] a = before.bands();
        float[][] b = after.bands();
        float[][] out = new float[b.length][];
        BandFit[] fits = new BandFit[b.length];
        for (int k = 0; k < b.length; k++) {
            if (b[k] == null) {
                continue;
            }
            if (a[k] == null) {
                out[k] = b[k];
                fits[k] = BandFit.IDENTITY;
                continue;
            }
            BandFit f = fit(a[k], b[k], mask, p);
            fits[k] = f;
            if (f.identity()) {
                out[k] = b[k];
            } else {
                float[] o = new float[b[k].length];
                float g = (float) (1 / f.gain());
                float off = (float) f.offset();
                float[] src = b[k];
                for (int i = 0; i < o.length; i++) {
                    o[i] = (src[i] - off) * g;
                }
                out[k] = o;
            }
        }
        return new Result(BandSet.of(after.width(), after.height(), out), fits);
    }

    /** Robust fit {@code after ≈ gain · before + offset} of one band ({@code mask} may be null = all valid). */
    public static BandFit fit(float[] before, float[] after, byte[] mask, Parameters p) {
        int n = before.length;
        int usable = 0;
        for (int i = 0; i < n; i++) {
            if ((mask == null || mask[i] == MaskCode.VALID) && !Float.isNaN(before[i]) && !Float.isNaN(after[i])) {
                usable++;
            }
        }
        if (usable < p.minSamples()) {
            return BandFit.IDENTITY;
        }
        int step = Math.max(1, (int) Math.ceil(usable / (double) p.maxSamples()));
        double[] x = new double[usable / step + 1];
        double[] y = new double[x.length];
        int m = 0;
        int seen = 0;
        for (int i = 0; i < n && m < x.length; i++) {
            if ((mask == null || mask[i] == MaskCode.VALID) && !Float.isNaN(before[i]) && !Float.isNaN(after[i])) {
                if (seen++ % step == 0) {
                    x[m] = before[i];
                    y[m] = after[i];
                    m++;
                }
            }
        }
        double[] d = new double[m];
        for (int i = 0; i < m; i++) {
            d[i] = y[i] - x[i];
        }
        double[] sorted = Arrays.copyOf(d, m);
        Arrays.sort(sorted);
        double tail = (1 - p.centralFraction()) / 2;
        double lo = sorted[(int) Math.floor(tail * (m - 1))];
        double hi = sorted[(int) Math.ceil((1 - tail) * (m - 1))];
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            w[i] = d[i] >= lo && d[i] <= hi ? 1 : 0;
        }
        double[] gainOffset = weightedLine(x, y, w, m);
        if (gainOffset == null) {
            return BandFit.IDENTITY;
        }
        double[] r = new double[m];
        for (int it = 0; it < p.iterations(); it++) {
            for (int i = 0; i < m; i++) {
                r[i] = Math.abs(y[i] - (gainOffset[0] * x[i] + gainOffset[1]));
            }
            double[] rs = Arrays.copyOf(r, m);
            Arrays.sort(rs);
            double scale = 1.4826 * rs[m / 2];
            if (!(scale > 1e-9)) {
                break;
            }
            double c = p.tukeyC() * scale;
            for (int i = 0; i < m; i++) {
                double u = r[i] / c;
                w[i] = u < 1 ? (1 - u * u) * (1 - u * u) : 0;
            }
            double[] next = weightedLine(x, y, w, m);
            if (next == null) {
                break;
            }
            boolean converged = Math.abs(next[0] - gainOffset[0]) < 1e-6 && Math.abs(next[1] - gainOffset[1]) < 1e-7;
            gainOffset = next;
            if (converged) {
                break;
            }
        }
        double gain = gainOffset[0];
        if (!(gain >= p.minGain() && gain <= 1 / p.minGain())) {
            return BandFit.IDENTITY;
        }
        return new BandFit(gain, gainOffset[1], m, false);
    }

    /** Weighted least-squares line y = a·x + b; null when degenerate. */
    private static double[] weightedLine(double[] x, double[] y, double[] w, int m) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < m; i++) {
            sw += w[i];
            sx += w[i] * x[i];
            sy += w[i] * y[i];
        }
        if (sw <= 0) {
            return null;
        }
        double mx = sx / sw;
        double my = sy / sw;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < m; i++) {
            double dx = x[i] - mx;
            sxx += w[i] * dx * dx;
            sxy += w[i] * dx * (y[i] - my);
        }
        if (sxx <= 1e-12 * sw) {
            return null;
        }
        double a = sxy / sxx;
        return new double[] {a, my - a * mx};
    }
}
