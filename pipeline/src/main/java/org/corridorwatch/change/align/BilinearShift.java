package org.corridorwatch.change.align;

import org.corridorwatch.model.BandSet;

/**
 * Resamples an image by a sub-pixel translation with bilinear interpolation. To undo a measured
 * {@link Shift} of the after image, call {@code apply(after, w, h, shift.dx(), shift.dy())}: the output
 * at (x, y) is the input sampled at (x + dx, y + dy). Samples that fall outside the image or touch a
 * NaN neighbour are NaN.
 */
public final class BilinearShift {
    private BilinearShift() {
    }

    public static float[] apply(float[] src, int width, int height, double dx, double dy) {
        if (src == null) {
            return null;
        }
        float[] out = new float[src.length];
        int ix = (int) Math.floor(dx);
        int iy = (int) Math.floor(dy);
        float fx = (float) (dx - ix);
        float fy = (float) (dy - iy);
        float w00 = (1 - fx) * (1 - fy);
        float w10 = fx * (1 - fy);
        float w01 = (1 - fx) * fy;
        float w11 = fx * fy;
        boolean needX1 = fx != 0f;
        boolean needY1 = fy != 0f;
        for (int y = 0; y < height; y++) {
            int sy = y + iy;
            int sy1 = needY1 ? sy + 1 : sy;
            int row = y * width;
            if (sy < 0 || sy1 >= height) {
                java.util.Arrays.fill(out, row, row + width, Float.NaN);
                continue;
            }
            int r0 = sy * width;
            int r1 = sy1 * width;
            for (int x = 0; x < width; x++) {
                int sx = x + ix;
                int sx1 = needX1 ? sx + 1 : sx;
                if (sx < 0 || sx1 >= width) {
                    out[row + x] = Float.NaN;
                    continue;
                }
                out[row + x] = w00 * src[r0 + sx] + w10 * src[r0 + sx1] + w01 * src[r1 + sx] + w11 * src[r1 + sx1];
            }
        }
        return out;
    }

    /** Every band of a set shifted ({@code null} bands stay {@code null}). */
    public static BandSet apply(BandSet s, double dx, double dy) {
        float[][] b = s.bands();
        float[][] out = new float[b.length][];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] == null ? null : apply(b[i], s.width(), s.height(), dx, dy);
        }
        return BandSet.of(s.width(), s.height(), out);
    }
}
