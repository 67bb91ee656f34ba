package org.corridorwatch.change.evidence;

import org.corridorwatch.model.BandSet;

/**
 * Spectral indices of one pixel (scalar functions) and of whole bands (array functions writing into a
 * caller's array). Reflectance in 0..1. Any {@code NaN} input, or a zero denominator, gives {@code NaN}.
 */
public final class SpectralIndices {
    private SpectralIndices() {
    }

    /** Normalised difference (a − b)/(a + b). */
    public static float normalisedDifference(float a, float b) {
        float s = a + b;
        return s == 0f ? Float.NaN : (a - b) / s;
    }

    /** NBR = (NIR − SWIR)/(NIR + SWIR), SWIR2 (B12) preferred. */
    public static float nbr(float nir, float swir) {
        return normalisedDifference(nir, swir);
    }

    /** NDVI = (NIR − red)/(NIR + red). */
    public static float ndvi(float nir, float red) {
        return normalisedDifference(nir, red);
    }

    /** McFeeters NDWI = (green − NIR)/(green + NIR); water &gt; 0. */
    public static float ndwi(float green, float nir) {
        return normalisedDifference(green, nir);
    }

    /** MNDWI = (green − SWIR)/(green + SWIR); water &gt; 0 (with B11 or B12). */
    public static float mndwi(float green, float swir) {
        return normalisedDifference(green, swir);
    }

    /** dNBR = NBR(before) − NBR(after); positive for burns. */
    public static float dnbr(float nbrBefore, float nbrAfter) {
        return nbrBefore - nbrAfter;
    }

    /**
     * RBR (relativized burn ratio, Parks et al. 2014) = dNBR / (NBR(before) + 1.001): dNBR made
     * comparable across sparsely and densely vegetated pre-fire cover.
     */
    public static float rbr(float nbrBefore, float nbrAfter) {
        return (nbrBefore - nbrAfter) / (nbrBefore + 1.001f);
    }

    /**
     * BAIS2 (Filipponi 2018) = (1 − sqrt(RE2·RE3·NIR8A / red)) · ((SWIR − NIR8A)/sqrt(SWIR + NIR8A) + 1). With a
     * single red-edge band it is used for RE2 and RE3; burns score high (&gt; ~0.5 on S2).
     */
    public static float bais2(float red, float rededge, float nir, float swir) {
        if (!(red > 0f) || !(swir + nir > 0f)) {
            return Float.NaN;
        }
        double a = 1.0 - Math.sqrt(rededge * rededge * nir / red);
        double b = (swir - nir) / Math.sqrt(swir + nir) + 1.0;
        return (float) (a * b);
    }

    /** BAI = 1/((0.1 − red)² + (0.06 − NIR)²) (Chuvieco 2002): distance to the charcoal point; high for char. */
    public static float bai(float red, float nir) {
        float a = 0.1f - red;
        float b = 0.06f - nir;
        return 1f / (a * a + b * b);
    }

    /** Broadband albedo proxy: mean of blue, green, red and NIR (and SWIR when given, else pass NaN). */
    public static float albedo(float blue, float green, float red, float nir, float swir) {
        return Float.isNaN(swir) ? (blue + green + red + nir) * 0.25f : (blue + green + red + nir + swir) * 0.2f;
    }

    /** Saturation of the visible bands: (max − min)/max, 0 for grey; NaN for black. */
    public static float saturation(float blue, float green, float red) {
        float max = Math.max(blue, Math.max(green, red));
        float min = Math.min(blue, Math.min(green, red));
        return max > 0f ? (max - min) / max : Float.NaN;
    }

    /**
     * Grey darkening: the drop of visible brightness between dates, weighted by how grey (unsaturated)
     * the after pixel is — char and ash are dark and grey, shade and wet soil are usually coloured.
     * Positive = darker and greyer after.
     */
    public static float greyDarkening(float visBefore, float visAfter, float saturationAfter) {
        return (visBefore - visAfter) * (1f - Math.min(1f, Math.max(0f, saturationAfter)));
    }

    /** NBR of every pixel into {@code out} ({@code NaN} without SWIR). */
    public static float[] nbr(BandSet s, float[] out) {
        float[] nir = s.nir();
        float[] sw = s.nbrSwir();
        for (int i = 0; i < out.length; i++) {
            out[i] = sw == null ? Float.NaN : nbr(nir[i], sw[i]);
        }
        return out;
    }

    /** NDVI of every pixel into {@code out}. */
    public static float[] ndvi(BandSet s, float[] out) {
        float[] nir = s.nir();
        float[] red = s.red();
        for (int i = 0; i < out.length; i++) {
            out[i] = ndvi(nir[i], red[i]);
        }
        return out;
    }

    /** BAI of every pixel into {@code out}. */
    public static float[] bai(BandSet s, float[] out) {
        float[] nir = s.nir();
        float[] red = s.red();
        for (int i = 0; i < out.length; i++) {
            out[i] = bai(red[i], nir[i]);
        }
        return out;
    }

    /** BAIS2 of every pixel into {@code out}; all {@code NaN} without red-edge or SWIR. */
    public static float[] bais2(BandSet s, float[] out) {
        float[] sw = s.nbrSwir();
        float[] re = s.rededge();
        for (int i = 0; i < out.length; i++) {
            out[i] = sw == null || re == null ? Float.NaN : bais2(s.red()[i], re[i], s.nir()[i], sw[i]);
        }
        return out;
    }

    /** Albedo proxy of every pixel into {@code out} (SWIR2 included when present). */
    public static float[] albedo(BandSet s, float[] out) {
        float[] sw = s.nbrSwir();
        for (int i = 0; i < out.length; i++) {
            out[i] = albedo(s.blue()[i], s.green()[i], s.red()[i], s.nir()[i], sw == null ? Float.NaN : sw[i]);
        }
        return out;
    }
}
