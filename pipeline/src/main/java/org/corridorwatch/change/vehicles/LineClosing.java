package org.corridorwatch.change.vehicles;

import java.util.Arrays;
import java.util.LinkedHashSet;

/**
 * Grey-level closing by straight line segments, the smallest over a fan of orientations: fills a dark structure
 * shorter than the segment in every direction (a wreck) but not one that runs on for longer than the segment in some
 * direction (a road that stays darker than the burnt ground beside it). The black top-hat against it
 * ({@code closing − f}) is the darkness of an object against the ground along its own length, where the square
 * closing of {@link SquareMorphology} measures it against the brighter ground beside a dark road.
 *
 * <pre>
 *   float[] background = LineClosing.close(lum, w, h, 7, searchMask);   // 7-pixel segments
 * </pre>
 *
 * Computed only where {@code where} is true (elsewhere NaN); NaN pixels never win a min or a max, windows are clipped
 * at the image border. Orientations: at least 8, more for long segments so that a segment's ends stray at most two
 * pixels from any direction ({@link #orientations}). Arrays are row-major, {@code width × height}.
 */
public final class LineClosing {
    private LineClosing() {
    }

    /**
     * @param f        image, row-major
     * @param lengthPx segment length in pixels, odd, ≥ 3
     * @param where    pixels whose closing is wanted (null: all)
     */
    public static float[] close(float[] f, int width, int height, int lengthPx, boolean[] where) {
        if (lengthPx < 3 || lengthPx % 2 == 0) {
            throw new IllegalArgumentException("line length must be odd and >= 3: " + lengthPx);
        }
        if (f.length != width * height || (where != null && where.length != f.length)) {
            throw new IllegalArgumentException("array length " + f.length + " != " + width + "x" + height);
        }
        int r = lengthPx / 2;
        boolean[] near = reach(where, width, height, r);
        float[] out = new float[f.length];
        Arrays.fill(out, Float.NaN);
        float[] dilated = new float[f.length];
        int n = orientations(lengthPx);
        for (int k = 0; k < n; k++) {
            int[][] offsets = segment(r, Math.PI * k / n);
            for (int i = 0; i < f.length; i++) {
                dilated[i] = near[i] ? extreme(f, width, height, i, offsets, true) : Float.NaN;
            }
            for (int i = 0; i < f.length; i++) {
                if (where == null || where[i]) {
                    float v = extreme(dilated, width, height, i, offsets, false);
                    if (!Float.isNaN(v) && (Float.isNaN(out[i]) || v < out[i])) {
                        out[i] = v;
                    }
                }
            }
        }
        return out;
    }

    /** Orientations over 180°: enough that a segment's end strays at most 2 pixels from any direction, at least 8. */
    static int orientations(int lengthPx) {
        double half = lengthPx / 2.0;
        return half <= 2 ? 8 : Math.max(8, (int) Math.ceil(Math.PI / (2 * Math.asin(2 / half))));
    }

    /** Pixel offsets {dc, dr} of a centred segment of half-length r at angle a (radians from the +column axis). */
    static int[][] segment(int r, double a) {
        LinkedHashSet<Long> seen = new LinkedHashSet<>();
        for (int t = -2 * r; t <= 2 * r; t++) {
            double s = t / 2.0;
            long dc = Math.round(s * Math.cos(a));
            long dr = Math.round(s * Math.sin(a));
            seen.add(dc * 100_000L + dr);
        }
        int[][] out = new int[seen.size()][];
        int j = 0;
        for (long key : seen) {
            long dc = Math.floorDiv(key + 50_000L, 100_000L);
            out[j++] = new int[] {(int) dc, (int) (key - dc * 100_000L)};
        }
        return out;
    }

    private static float extreme(float[] f, int width, int height, int i, int[][] offsets, boolean max) {
        int c = i % width;
        int row = i / width;
        float best = Float.NaN;
        for (int[] o : offsets) {
            int cc = c + o[0];
            int rr = row + o[1];
            if (cc < 0 || cc >= width || rr < 0 || rr >= height) {
                continue;
            }
            float v = f[rr * width + cc];
            if (!Float.isNaN(v) && (Float.isNaN(best) || (max ? v > best : v < best))) {
                best = v;
            }
        }
        return best;
    }

    /** Pixels within a (2r+1)² square of a wanted pixel: the dilation is needed there (separable, prefix counts). */
    private static boolean[] reach(boolean[] where, int width, int height, int r) {
        boolean[] out = new boolean[width * height];
        if (where == null) {
            Arrays.fill(out, true);
            return out;
        }
        boolean[] rows = new boolean[where.length];
        int[] sum = new int[Math.max(width, height) + 1];
        for (int row = 0; row < height; row++) {
            for (int c = 0; c < width; c++) {
                sum[c + 1] = sum[c] + (where[row * width + c] ? 1 : 0);
            }
            for (int c = 0; c < width; c++) {
                rows[row * width + c] = sum[Math.min(width, c + r + 1)] - sum[Math.max(0, c - r)] > 0;
            }
        }
        for (int c = 0; c < width; c++) {
            for (int row = 0; row < height; row++) {
                sum[row + 1] = sum[row] + (rows[row * width + c] ? 1 : 0);
            }
            for (int row = 0; row < height; row++) {
                out[row * width + c] = sum[Math.min(height, row + r + 1)] - sum[Math.max(0, row - r)] > 0;
            }
        }
        return out;
    }
}
