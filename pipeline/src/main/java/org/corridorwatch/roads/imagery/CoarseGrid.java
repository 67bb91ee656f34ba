package org.corridorwatch.roads.imagery;

import org.corridorwatch.model.PixelGroups;

/** The coarse first search of {@link RoadTracer}: grids averaged to coarser cells, and the band around its path. */
final class CoarseGrid {
    private CoarseGrid() {
    }

    /** {@code in} (w x h) averaged over f x f blocks: (w / f) x (h / f), NaN where fewer than half have data. */
    static float[] averaged(float[] in, int w, int h, int f) {
        int cw = w / f;
        int chh = h / f;
        float[] out = new float[cw * chh];
        for (int r = 0; r < chh; r++) {
            for (int c = 0; c < cw; c++) {
                double sum = 0;
                int m = 0;
                for (int dr = 0; dr < f; dr++) {
                    for (int dc = 0; dc < f; dc++) {
                        float v = in[(r * f + dr) * w + c * f + dc];
                        if (!Float.isNaN(v)) {
                            sum += v;
                            m++;
                        }
                    }
                }
                out[r * cw + c] = 2 * m >= f * f ? (float) (sum / m) : Float.NaN;
            }
        }
        return out;
    }

    /** True where at least half of the f x f block is true. */
    static boolean[] majority(boolean[] in, int w, int h, int f) {
        int cw = w / f;
        int chh = h / f;
        boolean[] out = new boolean[cw * chh];
        for (int r = 0; r < chh; r++) {
            for (int c = 0; c < cw; c++) {
                int m = 0;
                for (int dr = 0; dr < f; dr++) {
                    for (int dc = 0; dc < f; dc++) {
                        m += in[(r * f + dr) * w + c * f + dc] ? 1 : 0;
                    }
                }
                out[r * cw + c] = 2 * m >= f * f;
            }
        }
        return out;
    }

    /** The fine cells within {@code reach} fine cells (Chebyshev) of the coarse path's cells. */
    static boolean[] tube(int[] coarsePath, int coarseWidth, int f, int w, int h, int reach) {
        boolean[] seed = new boolean[w * h];
        for (int i : coarsePath) {
            int r = (i / coarseWidth) * f + f / 2;
            int c = (i % coarseWidth) * f + f / 2;
            if (r < h && c < w) {
                seed[r * w + c] = true;
            }
        }
        return PixelGroups.dilate(seed, w, h, reach + f);
    }
}
