package org.corridorwatch.roads.imagery;

import java.util.Arrays;

/**
 * Rows of pixels reduced to the cells of a grid {@code f} times coarser: each cell the mean of its f x f pixels with
 * data, or the darkest of them; NaN where none has data.
 */
public final class BlockPooling {
    private BlockPooling() {
    }

    /**
     * Reduces {@code rows} rows of cells from {@code px} (row-major, {@code w * f} pixels a row, {@code rows * f} rows)
     * into {@code out} from cell row {@code outRow} on ({@code w} cells a row).
     *
     * @param darkest each cell the smallest of its pixels instead of their mean
     */
    public static void pool(float[] px, int w, int f, int rows, boolean darkest, float[] out, int outRow) {
        double[] acc = new double[w];
        int[] count = new int[w];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(acc, 0);
            Arrays.fill(count, 0);
            for (int dr = 0; dr < f; dr++) {
                int base = (r * f + dr) * w * f;
                for (int c = 0; c < w * f; c++) {
                    float v = px[base + c];
                    if (Float.isNaN(v)) {
                        continue;
                    }
                    int cell = c / f;
                    if (!darkest) {
                        acc[cell] += v;
                    } else if (count[cell] == 0 || v < acc[cell]) {
                        acc[cell] = v;
                    }
                    count[cell]++;
                }
            }
            for (int c = 0; c < w; c++) {
                out[(outRow + r) * w + c] = count[c] == 0 ? Float.NaN
                        : (float) (darkest ? acc[c] : acc[c] / count[c]);
            }
        }
    }
}
