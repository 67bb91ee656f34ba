package org.corridorwatch.roads.imagery;

import java.util.Arrays;

/**
 * Lifts a before-date cloud shadow back to the brightness of the clear ground around it, so the road-likeness filter
 * sees the road inside the shadow with its contrast and no edge along the shadow's rim. A cloud shadow scales every
 * band by about one factor (8500: NIR 0.16 in the shadow against 0.33 clear, the road in it 0.08 against 0.16): per
 * channel the factor is the (upper) median of the cells wholly in shadow over that of the clear cells, and a cell with
 * a share s of its pixels in shadow is divided by 1 - s (1 - factor). Cloud cells are left as they are.
 */
public final class ShadowLift {
    /** Fewer cells than this wholly in shadow (or clear): the factor is not estimated and nothing is lifted. */
    static final int MIN_CELLS = 10;

    private ShadowLift() {
    }

    /**
     * Lifts {@code channel} in place.
     *
     * @param shadow share 0..1 of each cell's pixels in shadow (NaN: unknown, left as it is)
     * @param cloud  cloud cells (null: none), neither used for the factor nor lifted
     * @return the factor applied (shadow over clear), or NaN when nothing was lifted
     */
    public static double lift(float[] channel, float[] shadow, boolean[] cloud) {
        float[] dark = new float[channel.length];
        float[] clear = new float[channel.length];
        int nd = 0;
        int nc = 0;
        for (int i = 0; i < channel.length; i++) {
            if (cloud != null && cloud[i] || Float.isNaN(channel[i]) || Float.isNaN(shadow[i])) {
                continue;
            }
            if (shadow[i] >= 0.99f) {
                dark[nd++] = channel[i];
            } else if (shadow[i] <= 0.01f) {
                clear[nc++] = channel[i];
            }
        }
        if (nd < MIN_CELLS || nc < MIN_CELLS) {
            return Double.NaN;
        }
        double factor = upperMedian(dark, nd) / upperMedian(clear, nc);
        if (!(factor > 0.05 && factor < 1)) {
            return Double.NaN;
        }
        for (int i = 0; i < channel.length; i++) {
            if ((cloud == null || !cloud[i]) && !Float.isNaN(shadow[i]) && shadow[i] > 0) {
                channel[i] = (float) (channel[i] / (1 - shadow[i] * (1 - factor)));
            }
        }
        return factor;
    }

    /**
     * The upper median of {@code v[0..n)}: the middle value, and for an even count the larger of the two middle values
     * (not their mean, as {@code change.evidence.Medians} takes). The factor and the road found in the imagery were measured
     * with it (RoadTracerSameRoadTest's digests); the mean would give another factor on every even count whose two
     * middle values differ, so it stays.
     */
    private static double upperMedian(float[] v, int n) {
        float[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        return s[n / 2];
    }
}
