package org.corridorwatch.roads.imagery;

import java.util.Arrays;

/**
 * The surface of the road as seen on the stretches already accepted: per channel the median value of the cells the
 * path runs on and its robust spread. A real road's surface (asphalt, laterite, its shoulders) is the same along its
 * whole length, while background lines (field margins, parcel edges) change from one place to the next; the
 * similarity of every cell to the learned surface ({@link #match}) is a channel of its own, whose line filter answers
 * along the road even where the road's contrast with its surroundings is weak, and which a stretch must match to be
 * accepted ({@code signature_min_match}).
 */
public final class RoadSignature {
    /** Cells around a cloud cell whose surface is not learned (the reach of the local cloud test until issue 15s). */
    static final int CLOUD_REACH = 2;
    /** Fewest accepted path cells a signature is learned from (a 600 m stretch at 20 m). */
    static final int MIN_CELLS = 30;
    /** Floor of a channel's spread, in the channel's units (reflectance): mixed cells vary by this at least. */
    static final double MIN_SPREAD = 0.01;
    private final double[] median;
    private final double[] spread;

    private RoadSignature(double[] median, double[] spread) {
        this.median = median;
        this.spread = spread;
    }

    /**
     * The signature of the cells under the accepted stretches of {@code road}, or null when they are fewer than
     * {@link #MIN_CELLS} (nothing accepted: nothing to learn from).
     *
     * @param channels the channels the road was traced on (row-major, NaN = no data; null entries skipped)
     * @param w        grid width
     */
    static RoadSignature learn(TracedRoad road, float[][] channels, int w) {
        return learn(road, channels, w, null);
    }

    /**
     * As {@link #learn(TracedRoad, float[][], int)}, but the cells within {@link #CLOUD_REACH} cells of a cloud cell
     * ({@code cloud}, row-major, or null: none) are not learned from: the road accepted beside a cloud (its margin
     * alone refuses it, issue 15s) is where the spectral mask's edge and the cloud's haze lie.
     */
    static RoadSignature learn(TracedRoad road, float[][] channels, int w, boolean[] cloud) {
        int cells = 0;
        for (TracedRoad.Stretch s : road.stretches()) {
            cells += s.accepted() ? s.cols().length : 0;
        }
        if (cells < MIN_CELLS) {
            return null;
        }
        double[] median = new double[channels.length];
        double[] spread = new double[channels.length];
        for (int b = 0; b < channels.length; b++) {
            float[] ch = channels[b];
            if (ch == null) {
                median[b] = Double.NaN;
                continue;
            }
            int h = ch.length / w;
            double[] v = new double[cells];
            int n = 0;
            for (TracedRoad.Stretch s : road.stretches()) {
                if (!s.accepted()) {
                    continue;
                }
                double[] cs = s.cols();
                double[] rs = s.rows();
                for (int k = 0; k < cs.length; k++) {
                    int c = (int) Math.floor(cs[k]);
                    int r = (int) Math.floor(rs[k]);
                    if (c >= 0 && r >= 0 && c < w && r < h && !Float.isNaN(ch[r * w + c])
                            && !nearCloud(cloud, w, h, c, r)) {
                        v[n++] = ch[r * w + c];
                    }
                }
            }
            if (n < MIN_CELLS) {
                median[b] = Double.NaN;
                continue;
            }
            double[] used = Arrays.copyOf(v, n);
            median[b] = RangeMedian.of(used, 0, n);
            for (int i = 0; i < n; i++) {
                used[i] = Math.abs(used[i] - median[b]);
            }
            spread[b] = Math.max(MIN_SPREAD, 1.4826 * RangeMedian.of(used, 0, n));
        }
        return new RoadSignature(median, spread);
    }

    /**
     * Similarity of every cell to the road's surface, 0..1: exp(-d²/2) for d the root mean square over channels of
     * the cell's distance from the median in units of {@code tolerance} spreads; NaN where a channel has no data.
     */
    float[] match(float[][] channels, double tolerance) {
        int n = channels[0].length;
        float[] q = new float[n];
        for (int i = 0; i < n; i++) {
            double d2 = 0;
            int used = 0;
            boolean missing = false;
            for (int b = 0; b < channels.length; b++) {
                if (channels[b] == null || Double.isNaN(median[b])) {
                    continue;
                }
                float x = channels[b][i];
                if (Float.isNaN(x)) {
                    missing = true;
                    break;
                }
                double t = (x - median[b]) / (tolerance * spread[b]);
                d2 += t * t;
                used++;
            }
            q[i] = missing || used == 0 ? Float.NaN : (float) Math.exp(-0.5 * d2 / used);
        }
        return q;
    }

    /** True when a cell within {@link #CLOUD_REACH} cells of ({@code c}, {@code r}) is cloud. */
    private static boolean nearCloud(boolean[] cloud, int w, int h, int c, int r) {
        if (cloud == null) {
            return false;
        }
        for (int rr = Math.max(0, r - CLOUD_REACH); rr <= Math.min(h - 1, r + CLOUD_REACH); rr++) {
            for (int cc = Math.max(0, c - CLOUD_REACH); cc <= Math.min(w - 1, c + CLOUD_REACH); cc++) {
                if (cloud[rr * w + cc]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The learned median of channel {@code b} (NaN when it was not learned). */
    double median(int b) {
        return median[b];
    }

    /** The learned spread of channel {@code b}. */
    double spread(int b) {
        return spread[b];
    }
}
