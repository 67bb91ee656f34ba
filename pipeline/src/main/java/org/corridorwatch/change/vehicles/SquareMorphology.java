package org.corridorwatch.change.vehicles;

/**
 * Grey-level erosion, dilation, opening and closing by a square structuring element, with the van
 * Herk / Gil-Werman running min/max: three comparisons per pixel per direction whatever the square's
 * size. NaN pixels never win a min or a max (they are ignored); a window holding only NaN gives NaN.
 * Windows are clipped at the image border. Arrays are row-major, {@code width × height}.
 */
final class SquareMorphology {
    private SquareMorphology() {
    }

    /** Erosion (running minimum) by a {@code side × side} square; {@code side} odd, ≥ 1. */
    static float[] erode(float[] f, int width, int height, int side) {
        return filter(f, width, height, side, false);
    }

    /** Dilation (running maximum) by a {@code side × side} square. */
    static float[] dilate(float[] f, int width, int height, int side) {
        return filter(f, width, height, side, true);
    }

    /** Opening: dilation of the erosion; removes bright structures narrower than the square. */
    static float[] open(float[] f, int width, int height, int side) {
        return dilate(erode(f, width, height, side), width, height, side);
    }

    /** Closing: erosion of the dilation; fills dark structures narrower than the square. */
    static float[] close(float[] f, int width, int height, int side) {
        return erode(dilate(f, width, height, side), width, height, side);
    }

    private static float[] filter(float[] f, int width, int height, int side, boolean max) {
        if (side < 1 || side % 2 == 0) {
            throw new IllegalArgumentException("structuring element side must be odd and >= 1: " + side);
        }
        if (f.length != width * height) {
            throw new IllegalArgumentException("array length " + f.length + " != " + width + "x" + height);
        }
        // work on min of (±f) with NaN → +∞ so NaN never wins
        float[] a = new float[f.length];
        for (int i = 0; i < f.length; i++) {
            float v = max ? -f[i] : f[i];
            a[i] = Float.isNaN(v) ? Float.POSITIVE_INFINITY : v;
        }
        int longest = Math.max(width, height);
        RunningMin run = new RunningMin(longest, side);
        float[] line = new float[longest];
        for (int r = 0; r < height; r++) {
            run.apply(a, r * width, 1, width, line);
        }
        for (int c = 0; c < width; c++) {
            run.apply(a, c, width, height, line);
        }
        for (int i = 0; i < a.length; i++) {
            float v = a[i] == Float.POSITIVE_INFINITY ? Float.NaN : a[i];
            a[i] = max ? -v : v;
        }
        return a;
    }

    /** 1-D running minimum over a centred window of odd length k (van Herk / Gil-Werman). */
    private static final class RunningMin {
        private final int k;
        private final int r;
        private final float[] p;
        private final float[] g;
        private final float[] h;

        RunningMin(int maxLength, int k) {
            this.k = k;
            this.r = k / 2;
            int m = maxLength + 2 * r;
            p = new float[m];
            g = new float[m];
            h = new float[m];
        }

        /** Filters n values of a starting at off with the given stride, in place. */
        void apply(float[] a, int off, int stride, int n, float[] scratch) {
            if (k == 1) {
                return;
            }
            int m = n + 2 * r;
            for (int j = 0; j < r; j++) {
                p[j] = Float.POSITIVE_INFINITY;
                p[m - 1 - j] = Float.POSITIVE_INFINITY;
            }
            for (int i = 0; i < n; i++) {
                p[r + i] = a[off + i * stride];
            }
            for (int j = 0; j < m; j++) {
                g[j] = j % k == 0 ? p[j] : Math.min(g[j - 1], p[j]);
            }
            for (int j = m - 1; j >= 0; j--) {
                h[j] = (j % k == k - 1 || j == m - 1) ? p[j] : Math.min(h[j + 1], p[j]);
            }
            for (int i = 0; i < n; i++) {
                scratch[i] = Math.min(h[i], g[i + k - 1]);
            }
            for (int i = 0; i < n; i++) {
                a[off + i * stride] = scratch[i];
            }
        }
    }
}
