package org.corridorwatch.change.evidence;

import org.corridorwatch.model.BandSet;

/**
 * Texture change between dates: per pixel {@code ln((s_after + ε)/(s_before + ε))}, where {@code s} is the
 * standard deviation of the visible luminance (mean of blue, green and red) in the 3×3 window around the
 * pixel and ε = {@link #EPSILON}. Char is uniformly black, so burnt grass, scrub and field mosaics get
 * smoother (negative values); wrecks standing on char and new objects make it rougher (positive).
 * Shade and wet soil dim the ground but keep its pattern, so their texture change is near 0 once the
 * spread is taken relative to itself. Edge pixels use the part of the window inside the tile; NaN where
 * the pixel or its whole window has NaN.
 */
public final class TextureChange {
    /** Reflectance added to both spreads so flat ground (asphalt, water) does not give huge ratios. */
    public static final float EPSILON = 0.005f;

    private TextureChange() {
    }

    /**
     * The texture change of pixel {@code i}, from its 3×3 window only: the per-site statistics need it at a site's
     * pixels, not over the whole tile (computing it for every pixel of every tile with a burn region was 17 % of the
     * scan's Java time on a whole 10980² tile).
     */
    public static float at(BandSet before, BandSet after, int i) {
        float sb = spreadAt(before, i);
        float sa = spreadAt(after, i);
        return (float) Math.log((sa + EPSILON) / (sb + EPSILON));
    }

    /**
     * The standard deviation of the luminance in the 3×3 window of pixel {@code i} (NaN values left out); NaN at a NaN
     * pixel or with fewer than 2 values.
     */
    static float spreadAt(BandSet b, int i) {
        int w = b.width();
        int h = b.height();
        if (luminance(b, i) != luminance(b, i)) {
            return Float.NaN;
        }
        int y = i / w;
        int x = i % w;
        double s = 0;
        double ss = 0;
        int n = 0;
        for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
            for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                float a = luminance(b, yy * w + xx);
                if (a == a) {
                    s += a;
                    ss += a * a;
                    n++;
                }
            }
        }
        return n < 2 ? Float.NaN : (float) Math.sqrt(Math.max(0, ss / n - (s / n) * (s / n)));
    }

    private static float luminance(BandSet b, int i) {
        return (b.blue()[i] + b.green()[i] + b.red()[i]) / 3f;
    }
}
