package org.corridorwatch.roads.imagery;

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
        int rowPx = w * f;
        if (f == 2) {
            twoByTwo(px, w, rows, darkest, out, outRow);
            return;
        }
        for (int r = 0; r < rows; r++) {
            int top = r * f * rowPx;
            for (int cell = 0; cell < w; cell++) {
                // the cell's pixels row by row, left to right: the order of the sum is that of a walk over whole rows
                double acc = 0;
                int count = 0;
                for (int dr = 0; dr < f; dr++) {
                    int p0 = top + dr * rowPx + cell * f;
                    for (int c = p0; c < p0 + f; c++) {
                        float v = px[c];
                        if (Float.isNaN(v)) {
                            continue;
                        }
                        if (!darkest) {
                            acc += v;
                        } else if (count == 0 || v < acc) {
                            acc = v;
                        }
                        count++;
                    }
                }
                out[(outRow + r) * w + cell] = count == 0 ? Float.NaN : (float) (darkest ? acc : acc / count);
            }
        }
    }

    /**
     * {@link #pool} for 2 x 2 blocks, written out: the same four pixels in the same order (top left, top right, bottom
     * left, bottom right), so the same numbers, three times faster.
     */
    private static void twoByTwo(float[] px, int w, int rows, boolean darkest, float[] out, int outRow) {
        int rowPx = 2 * w;
        for (int r = 0; r < rows; r++) {
            int top = 2 * r * rowPx;
            int o = (outRow + r) * w;
            for (int cell = 0; cell < w; cell++) {
                int p = top + 2 * cell;
                float a = px[p];
                float b = px[p + 1];
                float c = px[p + rowPx];
                float d = px[p + rowPx + 1];
                int count = (a == a ? 1 : 0) + (b == b ? 1 : 0) + (c == c ? 1 : 0) + (d == d ? 1 : 0);
                if (count == 0) {
                    out[o + cell] = Float.NaN;
                } else if (darkest) {
                    double acc = Double.NaN; // the first pixel with data, then any smaller one
                    acc = a == a && (acc != acc || a < acc) ? a : acc;
                    acc = b == b && (acc != acc || b < acc) ? b : acc;
                    acc = c == c && (acc != acc || c < acc) ? c : acc;
                    acc = d == d && (acc != acc || d < acc) ? d : acc;
                    out[o + cell] = (float) acc;
                } else {
                    double acc = 0;
                    acc = a == a ? acc + a : acc;
                    acc = b == b ? acc + b : acc;
                    acc = c == c ? acc + c : acc;
                    acc = d == d ? acc + d : acc;
                    out[o + cell] = (float) (acc / count);
                }
            }
        }
    }
}
