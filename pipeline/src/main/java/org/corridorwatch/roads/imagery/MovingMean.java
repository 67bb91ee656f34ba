package org.corridorwatch.roads.imagery;

/** Moving means along a sequence (of values at a path's vertices). */
final class MovingMean {
    private MovingMean() {
    }

    /** Mean of {@code v} over a window of {@code win} vertices centred on each (shorter at the ends). */
    static double[] of(double[] v, int win) {
        int m = v.length;
        double[] prefix = new double[m + 1];
        for (int k = 0; k < m; k++) {
            prefix[k + 1] = prefix[k] + v[k];
        }
        double[] out = new double[m];
        int half = win / 2;
        for (int k = 0; k < m; k++) {
            int a = Math.max(0, k - half);
            int b = Math.min(m, k + half + 1);
            out[k] = (prefix[b] - prefix[a]) / (b - a);
        }
        return out;
    }
}
