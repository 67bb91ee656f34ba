package org.corridorwatch.roads.imagery;

import java.util.Arrays;
import org.corridorwatch.model.PixelGroups;

/**
 * Road-likeness of every cell of a decimated grid: how strongly a short straight line through the cell differs
 * from the parallel lines on both sides of it, in robust sigmas of the scene's own line-to-line contrast. A road
 * (long, narrow, a surface unlike its surroundings) responds along its whole length; the edge of a field, a cloud
 * or a burn scar does not (one side is like the line), and a lone tree or roof responds only weakly (it fills a
 * small part of the line).
 */
public final class RoadLikeness {
    /** Orientations tried: 0, 22.5, ... 157.5 degrees. */
    static final int ORIENTATIONS = 8;
    /** Half-length of the line, metres (the line is about 140 m long). */
    static final double HALF_LENGTH_M = 70;
    /** Lateral offsets of the side lines, metres (two scales: a track and a road with wide shoulders). */
    static final double[] SIDE_OFFSETS_M = {35, 70};
    /**
     * Responses up to this many sigmas are background: the largest of 16 orientation/scale responses of pure
     * texture is typically 1-2.5 sigmas.
     */
    static final double BACKGROUND_SIGMAS = 2.5;
    /** Scale of support: support = 1 - exp(-(z - BACKGROUND_SIGMAS) / SUPPORT_SCALE) for a response of z sigmas. */
    static final double SUPPORT_SCALE = 2.0;

    private RoadLikeness() {
    }

    /**
     * The response in sigmas (the largest over channels, orientations and scales), NaN where a cell has no data.
     *
     * @param channels one or more bands of the same grid (row-major, NaN = no data)
     * @param width    grid width in cells
     * @param height   grid height in cells
     * @param cellM    cell size, metres
     */
    public static float[] sigmas(float[][] channels, int width, int height, double cellM) {
        return sigmas(channels, width, height, cellM, null);
    }

    /**
     * As {@link #sigmas(float[][], int, int, double)}, computed only where {@code where} is true (null: everywhere);
     * NaN elsewhere. The lines are averaged only as far from those cells as the side lines reach.
     */
    public static float[] sigmas(float[][] channels, int width, int height, double cellM, boolean[] where) {
        return sigmas(channels, width, height, cellM, where, null, 1);
    }

    /**
     * As above, with a fixed contrast scale for some channels: {@code fixedSigma[b]} > 0 is channel b's sigma instead of
     * its robust line-to-line contrast (a similarity channel, 0 over most of the ground, has almost none; its own
     * sigma would make every faint ridge of it a road). Null: every channel its own. The rows are shared among
     * {@code threads} threads; the result is the same for any number.
     */
    static float[] sigmas(float[][] channels, int width, int height, double cellM, boolean[] where,
                          double[] fixedSigma, int threads) {
        return sigmas(channels, width, height, cellM, where, null, fixedSigma, threads);
    }

    /**
     * As above, with each channel's contrast scale measured over {@code scaleWhere} (a superset of {@code where}; null:
     * {@code where}): a cell's response is then the same number as in the computation over all of
     * {@code scaleWhere}, though computed only where {@code where} is true.
     */
    static float[] sigmas(float[][] channels, int width, int height, double cellM, boolean[] where,
                          boolean[] scaleWhere, double[] fixedSigma, int threads) {
        try (RowBands bands = new RowBands(threads)) {
            return sigmas(channels, width, height, cellM, where, scaleWhere, fixedSigma, bands);
        }
    }

    private static float[] sigmas(float[][] channels, int width, int height, double cellM, boolean[] where,
                                  boolean[] scaleWhere, double[] fixedSigma, RowBands bands) {
        int n = width * height;
        float[] z = new float[n];
        Arrays.fill(z, Float.NaN);
        int half = Math.max(2, (int) Math.round(HALF_LENGTH_M / cellM));
        int[] sides = new int[SIDE_OFFSETS_M.length];
        for (int s = 0; s < sides.length; s++) {
            sides[s] = Math.max(s + 1, (int) Math.round(SIDE_OFFSETS_M[s] / cellM));
        }
        // the cells the lines are averaged at: the same for every channel
        boolean[] near = where == null ? null : PixelGroups.dilate(where, width, height, sides[sides.length - 1] + 1);
        // the first orientation's line means, of which the contrast is measured, over the scale's cells (they cover
        // the others': the same means there)
        boolean[] nearScale = scaleWhere == null ? near
                : PixelGroups.dilate(scaleWhere, width, height, sides[sides.length - 1] + 1);
        float[] m = null;
        for (int b = 0; b < channels.length; b++) {
            float[] ch = channels[b];
            if (ch == null) {
                continue;
            }
            // one orientation's line means at a time, in one array (every cell of it is written by each orientation)
            if (m == null) {
                m = new float[n];
            }
            double sigma = 0;
            for (int k = 0; k < ORIENTATIONS; k++) {
                int kk = k;
                float[] out = m;
                boolean[] at = k == 0 ? nearScale : near;
                bands.run(height, (r0, r1) -> lineMean(ch, width, height, kk, half, at, out, r0, r1));
                if (k == 0) {
                    sigma = fixedSigma != null && fixedSigma[b] > 0 ? fixedSigma[b]
                            : contrastSigma(m, width, height, sides[0]);
                }
                double a = Math.PI * k / ORIENTATIONS;
                double sig = sigma;
                for (int d : sides) {
                    int ox = (int) Math.round(-Math.sin(a) * d);
                    int oy = (int) Math.round(Math.cos(a) * d);
                    bands.run(height, (r0, r1) -> respond(out, width, height, ox, oy, sig, z, where, r0, r1));
                }
            }
        }
        return z;
    }

    /** Support 0..1 of a response of {@code z} sigmas; 0 for no data. */
    public static double support(double z) {
        return Double.isNaN(z) || z <= BACKGROUND_SIGMAS ? 0 : 1 - Math.exp(-(z - BACKGROUND_SIGMAS) / SUPPORT_SCALE);
    }

    /** Cost of crossing a cell: low on road-like cells, 1 off the road; NaN (impassable) where there is no data. */
    public static float[] cost(float[] sigmas, boolean[] cloud) {
        float[] c = new float[sigmas.length];
        for (int i = 0; i < c.length; i++) {
            if (Float.isNaN(sigmas[i])) {
                c[i] = Float.NaN;
            } else if (cloud != null && cloud[i]) {
                c[i] = 1f;
            } else {
                c[i] = (float) (0.01 + (1 - support(sigmas[i])));
            }
        }
        return c;
    }

    /** Mean of {@code ch} along the line of orientation {@code k} through every cell (NaN when half is missing). */
    static float[] lineMean(float[] ch, int w, int h, int k, int half) {
        return lineMean(ch, w, h, k, half, null);
    }

    /** As above, only where {@code where} is true (null: everywhere), NaN elsewhere. */
    static float[] lineMean(float[] ch, int w, int h, int k, int half, boolean[] where) {
        float[] out = new float[w * h];
        lineMean(ch, w, h, k, half, where, out, 0, h);
        return out;
    }

    /** As above, into {@code out}, for rows {@code r0} (inclusive) to {@code r1} (exclusive) only. */
    private static void lineMean(float[] ch, int w, int h, int k, int half, boolean[] where, float[] out, int r0,
                                 int r1) {
        double a = Math.PI * k / ORIENTATIONS;
        int len = 2 * half + 1;
        int[] dx = new int[len];
        int[] dy = new int[len];
        for (int t = -half; t <= half; t++) {
            dx[t + half] = (int) Math.round(Math.cos(a) * t);
            dy[t + half] = (int) Math.round(Math.sin(a) * t);
        }
        for (int r = r0; r < r1; r++) {
            for (int c = 0; c < w; c++) {
                if (Float.isNaN(ch[r * w + c]) || where != null && !where[r * w + c]) {
                    out[r * w + c] = Float.NaN;
                    continue;
                }
                double sum = 0;
                int m = 0;
                for (int t = 0; t < len; t++) {
                    int cc = c + dx[t];
                    int rr = r + dy[t];
                    if (cc >= 0 && cc < w && rr >= 0 && rr < h) {
                        float v = ch[rr * w + cc];
                        if (!Float.isNaN(v)) {
                            sum += v;
                            m++;
                        }
                    }
                }
                out[r * w + c] = 2 * m > len ? (float) (sum / m) : Float.NaN;
            }
        }
    }

    /** Robust sigma of the difference between a line and its neighbour {@code d} cells across (orientation 0). */
    static double contrastSigma(float[] m0, int w, int h, int d) {
        int n = w * h;
        int step = Math.max(1, n / 40_000);
        float[] diffs = new float[n / step + 1];
        int k = 0;
        for (int i = 0; i < n; i += step) {
            int r = i / w;
            if (r + d >= h) {
                continue;
            }
            float a = m0[i];
            float b = m0[i + d * w];
            if (!Float.isNaN(a) && !Float.isNaN(b)) {
                diffs[k++] = Math.abs(a - b);
            }
        }
        if (k == 0) {
            return 1e-3;
        }
        float[] used = Arrays.copyOf(diffs, k);
        Arrays.sort(used);
        return Math.max(1e-4, 1.4826 * used[k / 2]);
    }

    /** Ridge or valley response of the lines against the lines offset by ±(ox, oy), in sigmas, maximised into z. */
    private static void respond(float[] m, int w, int h, int ox, int oy, double sigma, float[] z, boolean[] where,
                                int fromRow, int toRow) {
        for (int r = fromRow; r < toRow; r++) {
            for (int c = 0; c < w; c++) {
                int i = r * w + c;
                float centre = m[i];
                if (Float.isNaN(centre) || where != null && !where[i]) {
                    continue;
                }
                int c1 = c + ox;
                int r1 = r + oy;
                int c2 = c - ox;
                int r2 = r - oy;
                if (c1 < 0 || c1 >= w || r1 < 0 || r1 >= h || c2 < 0 || c2 >= w || r2 < 0 || r2 >= h) {
                    if (Float.isNaN(z[i])) {
                        z[i] = 0;
                    }
                    continue;
                }
                float a = centre - m[r1 * w + c1];
                float b = centre - m[r2 * w + c2];
                float resp = 0;
                if (a > 0 && b > 0) {
                    resp = Math.min(a, b);
                } else if (a < 0 && b < 0) {
                    resp = Math.min(-a, -b);
                }
                float s = (float) (resp / sigma);
                if (Float.isNaN(z[i]) || s > z[i]) {
                    z[i] = s;
                }
            }
        }
    }

    /**
     * Cells within {@code reach} cells (Chebyshev) of a no-data cell. (The grid's border was marked too until issue
     * 15q: the filter has no samples beyond it, so it answers 0 there rather than see an edge, and the road running into
     * the border lost its last 140 m of support.)
     */
    static boolean[] nearEdge(float[] ch, int w, int h, int reach) {
        boolean[] noData = new boolean[w * h];
        for (int i = 0; i < noData.length; i++) {
            noData[i] = Float.isNaN(ch[i]);
        }
        return PixelGroups.dilate(noData, w, h, reach);
    }
}
