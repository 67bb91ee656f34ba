package org.corridorwatch.change.mask;

import org.corridorwatch.change.evidence.SpectralIndices;
import org.corridorwatch.model.BandSet;

/**
 * Builds per-pixel {@link MaskCode} masks ({@code byte[]}, row-major) for one date or a pair: from an
 * L2A scene classification (SCL) band when the product has one, otherwise from spectral tests.
 * Masks of the two dates are combined with {@link #combine}; clouds and shadows are dilated because
 * their edges are soft and misregistered by a pixel or so.
 */
public final class PixelMasks {
    private PixelMasks() {
    }

    /**
     * The full mask of a pair: per-date spectral (or SCL) masks without cloud patches smaller than a cloud,
     * pairwise shadow test (also without patches smaller than a cloud), combination, dilation.
     * {@code sclBefore}/{@code sclAfter} may be {@code null} (then spectral tests are used for that date).
     */
    public static byte[] forPair(BandSet before, BandSet after, float[] sclBefore, float[] sclAfter, MaskParameters p) {
        return forPair(before, after, sclBefore, sclAfter, null, p).mask();
    }

    /**
     * A pair's mask, and the pixels of pair-test shadow patches lying along the road that were left unmasked in it
     * ({@code roadShade}, null = none; {@link RoadShade}).
     */
    public record PairMask(byte[] mask, boolean[] roadShade) {
    }

    /**
     * As {@link #forPair(BandSet, BandSet, float[], float[], MaskParameters)}; pair-test shadow patches lying along the
     * road ({@code road}: pixels of the road strip, null = no road) are not masked ({@link RoadShade}).
     */
    public static PairMask forPair(BandSet before, BandSet after, float[] sclBefore, float[] sclAfter, boolean[] road,
                                   MaskParameters p) {
        int w = before.width();
        int h = before.height();
        int minPatch = p.cloudMinPixels();
        byte[] a = sclBefore != null ? fromScl(sclBefore, before)
                : dropSmallPatches(spectral(before, p), w, h, MaskCode.CLOUD, minPatch);
        byte[] b = sclAfter != null ? fromScl(sclAfter, after)
                : dropSmallPatches(spectral(after, p), w, h, MaskCode.CLOUD, minPatch);
        byte[] m = combine(a, b);
        boolean[] roadShade = null;
        if (sclBefore == null || sclAfter == null) {
            markPairShadow(before, after, m, p, cloudFraction(a) >= p.shadowMinCloudFraction(),
                    cloudFraction(b) >= p.shadowMinCloudFraction());
            dropSmallPatches(m, w, h, MaskCode.SHADOW, minPatch); // a cloud's shade is as large as the cloud
            roadShade = RoadShade.unmaskAlongRoad(m, w, h, road, p.shadowRoadShare()); // and does not follow the road
        }
        dilate(m, before.width(), before.height(), p.cloudDilation(), MaskCode.CLOUD, MaskCode.CIRRUS);
        dilate(m, before.width(), before.height(), p.shadowDilation(), MaskCode.SHADOW, MaskCode.SHADOW);
        return new PairMask(m, roadShade);
    }

    /**
     * Mask from a Sentinel-2 L2A SCL band (values as floats, NaN = nodata): 0 and 1 (no data, saturated)
     * NODATA, 3 SHADOW, 6 WATER, 8/9 CLOUD, 10 CIRRUS, 11 SNOW, anything else VALID. Pixels whose
     * reflectance is NaN in any required band become NODATA too ({@code bands} may be null).
     */
    public static byte[] fromScl(float[] scl, BandSet bands) {
        byte[] m = new byte[scl.length];
        for (int i = 0; i < scl.length; i++) {
            int v = (int) scl[i]; // NaN → 0: no data
            m[i] = v >= 0 && v < SCL_CODES.length ? SCL_CODES[v] : MaskCode.VALID;
        }
        if (bands != null) {
            markNodata(bands, m);
        }
        return m;
    }

    /** Mask code per SCL class 0..11 (see {@link #fromScl}). */
    private static final byte[] SCL_CODES = {MaskCode.NODATA, MaskCode.NODATA, MaskCode.VALID, MaskCode.SHADOW,
        MaskCode.VALID, MaskCode.VALID, MaskCode.WATER, MaskCode.VALID, MaskCode.CLOUD, MaskCode.CLOUD, MaskCode.CIRRUS,
        MaskCode.SNOW};

    /** Single-date spectral mask: NODATA (any required band NaN), CLOUD (bright, white, flat), WATER. */
    public static byte[] spectral(BandSet s, MaskParameters p) {
        int n = s.size();
        byte[] m = new byte[n];
        float[] bl = s.blue();
        float[] gr = s.green();
        float[] rd = s.red();
        float[] ni = s.nir();
        float[] sw = s.nbrSwir();
        float[] sw1 = s.swir1() != null ? s.swir1() : s.swir2();
        for (int i = 0; i < n; i++) {
            float b = bl[i];
            float g = gr[i];
            float r = rd[i];
            float nir = ni[i];
            if (Float.isNaN(b) || Float.isNaN(g) || Float.isNaN(r) || Float.isNaN(nir)
                    || (sw != null && Float.isNaN(sw[i]))) {
                m[i] = MaskCode.NODATA;
                continue;
            }
            float vis = (b + g + r) / 3f;
            if (b >= p.cloudBlue() && vis >= p.cloudVisible()) {
                float white = (Math.abs(b - vis) + Math.abs(g - vis) + Math.abs(r - vis)) / vis;
                float ndvi = SpectralIndices.ndvi(nir, r);
                if (white <= p.cloudWhiteness() && Math.abs(ndvi) <= p.cloudMaxNdvi()) {
                    m[i] = MaskCode.CLOUD;
                    continue;
                }
            }
            float ndwi = SpectralIndices.ndwi(g, nir);
            float mndwi = sw1 == null ? Float.NaN : SpectralIndices.mndwi(g, sw1[i]);
            if (ndwi > p.waterIndex() || mndwi > p.waterIndex()) {
                m[i] = MaskCode.WATER;
            }
        }
        return m;
    }

    /**
     * Marks SHADOW (in place, over VALID pixels only) where one date is much darker than the other in
     * NIR, the visible mean and SWIR alike while NBR (NDVI without SWIR) barely changed. Char from a
     * burn darkens NIR but keeps or raises SWIR and drops NBR, so it is not taken for shade; without SWIR,
     * char on dry ground is told from shade by its colour (the red share of the visible sum moves). Only a date
     * that can hold cloud shadow ({@code shadeBefore}/{@code shadeAfter}: it has clouds) is tested.
     */
    public static void markPairShadow(BandSet before, BandSet after, byte[] mask, MaskParameters p,
                                      boolean shadeBefore, boolean shadeAfter) {
        if (!shadeBefore && !shadeAfter) {
            return;
        }
        float[] swA = before.nbrSwir();
        float[] swB = after.nbrSwir();
        boolean swir = swA != null && swB != null;
        double ratio = p.shadowRatio();
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] != MaskCode.VALID) {
                continue;
            }
            float nA = before.nir()[i];
            float nB = after.nir()[i];
            float vA = before.blue()[i] + before.green()[i] + before.red()[i];
            float vB = after.blue()[i] + after.green()[i] + after.red()[i];
            float iA;
            float iB;
            boolean darkerAfter = shadeAfter && nB < ratio * nA && vB < ratio * vA && nB < p.shadowMaxNir();
            boolean darkerBefore = shadeBefore && nA < ratio * nB && vA < ratio * vB && nA < p.shadowMaxNir();
            if (!darkerAfter && !darkerBefore) {
                continue;
            }
            if (swir) {
                float sA = swA[i];
                float sB = swB[i];
                if (darkerAfter ? !(sB < ratio * sA) : !(sA < ratio * sB)) {
                    continue;
                }
                iA = SpectralIndices.nbr(nA, sA);
                iB = SpectralIndices.nbr(nB, sB);
            } else {
                iA = SpectralIndices.ndvi(nA, before.red()[i]);
                iB = SpectralIndices.ndvi(nB, after.red()[i]);
            }
            // shade dims a surface and keeps its colour; char greys it (red laterite → neutral black)
            float redShare = Math.abs(before.red()[i] / vA - after.red()[i] / vB);
            if (Math.abs(iA - iB) < p.shadowMaxIndexChange() && redShare < p.shadowMaxColourChange()) {
                mask[i] = MaskCode.SHADOW;
            }
        }
    }

    /** Sets NODATA where any required band (and the NBR SWIR band when present) is NaN. */
    public static void markNodata(BandSet s, byte[] m) {
        float[] b = s.blue();
        float[] g = s.green();
        float[] r = s.red();
        float[] n = s.nir();
        float[] sw = s.nbrSwir() != null ? s.nbrSwir() : n;
        for (int i = 0; i < m.length; i++) {
            float sum = b[i] + g[i] + r[i] + n[i] + sw[i]; // NaN when any is NaN
            if (sum != sum) {
                m[i] = MaskCode.NODATA;
            }
        }
    }

    /** Per pixel, the code of higher {@link MaskCode#priority}. */
    public static byte[] combine(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("masks differ in size: " + a.length + " vs " + b.length);
        }
        byte[] m = new byte[a.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = MaskCode.stronger(a[i], b[i]);
        }
        return m;
    }

    /**
     * Grows the pixels coded {@code code1} or {@code code2} by a square of the given radius (in place),
     * over pixels of lower priority only; new pixels take the code of the nearest-in-scan seed's kind
     * ({@code code1} when both are near).
     */
    public static void dilate(byte[] m, int width, int height, int radius, byte code1, byte code2) {
        if (radius <= 0) {
            return;
        }
        // separable max filter on a 0/1/2 label (2 = code1, 1 = code2), painted from the labelled pixels: each spreads
        // its label over its row, then each row's result over the rows within the radius (clouds cover a small share
        // of most tiles, so this costs in proportion to them, not to the tile)
        int n = width * height;
        byte[] rows = null;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                byte l = label(m[row + x], code1, code2);
                if (l == 0) {
                    continue;
                }
                if (rows == null) {
                    rows = new byte[n];
                }
                for (int k = Math.max(0, x - radius); k <= Math.min(width - 1, x + radius); k++) {
                    if (rows[row + k] < l) {
                        rows[row + k] = l;
                    }
                }
            }
        }
        if (rows == null) {
            return; // nothing to grow: the common, cloud-free case costs one pass
        }
        byte[] grown = new byte[n];
        for (int y = 0; y < height; y++) {
            int k0 = Math.max(0, y - radius);
            int k1 = Math.min(height - 1, y + radius);
            for (int x = 0; x < width; x++) {
                byte l = rows[y * width + x];
                if (l == 0) {
                    continue;
                }
                for (int k = k0; k <= k1; k++) {
                    if (grown[k * width + x] < l) {
                        grown[k * width + x] = l;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (grown[i] > 0) {
                byte c = grown[i] == 2 ? code1 : code2;
                if (MaskCode.priority(c) > MaskCode.priority(m[i])) {
                    m[i] = c;
                }
            }
        }
    }

    private static byte label(byte code, byte code1, byte code2) {
        return code == code1 ? (byte) 2 : code == code2 ? (byte) 1 : 0;
    }

    /**
     * Clears (to VALID, in place) patches (8-connected) of {@code code} with fewer than {@code minPixels}
     * pixels that do not touch the image's edge; returns {@code m}.
     */
    public static byte[] dropSmallPatches(byte[] m, int width, int height, byte code, int minPixels) {
        if (minPixels <= 1) {
            return m;
        }
        MaskPatches.forEach(m, width, height, code, (patch, size) -> {
            boolean edge = false;
            for (int k = 0; k < size && !edge; k++) {
                int x = patch[k] % width;
                int y = patch[k] / width;
                edge = x == 0 || y == 0 || x == width - 1 || y == height - 1;
            }
            if (size < minPixels && !edge) {
                for (int k = 0; k < size; k++) {
                    m[patch[k]] = MaskCode.VALID;
                }
            }
        });
        return m;
    }

    /** Fraction of pixels coded CLOUD or CIRRUS. */
    static double cloudFraction(byte[] m) {
        int n = 0;
        for (byte c : m) {
            if (c == MaskCode.CLOUD || c == MaskCode.CIRRUS) {
                n++;
            }
        }
        return m.length == 0 ? 0 : n / (double) m.length;
    }

    /** Fraction of pixels that are VALID. */
    public static double validFraction(byte[] m) {
        if (m.length == 0) {
            return 0;
        }
        int n = 0;
        for (byte c : m) {
            if (c == MaskCode.VALID) {
                n++;
            }
        }
        return n / (double) m.length;
    }
}
