package org.corridorwatch.change.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.corridorwatch.model.BandSet;

class PixelMasksTest {
    private static BandSet pixels(float[]... px) {
        int n = px.length;
        float[][] b = new float[7][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 7; k++) {
                b[k][i] = px[i][k];
            }
        }
        return BandSet.of(n, 1, b);
    }

    // blue, green, red, rededge, nir, swir1, swir2
    private static final float[] VEG = {.04f, .07f, .05f, .2f, .30f, .20f, .12f};
    private static final float[] CLOUD = {.45f, .46f, .47f, .48f, .50f, .40f, .30f};
    private static final float[] WATER = {.06f, .07f, .04f, .03f, .02f, .01f, .01f};
    private static final float[] SHADE = {.015f, .025f, .018f, .07f, .10f, .066f, .040f};
    private static final float[] CHAR = {.03f, .035f, .04f, .07f, .08f, .20f, .20f};
    private static final float[] SOIL = {.10f, .17f, .25f, .28f, .30f, .40f, .35f};
    private static final float[] SHADE_ON_SOIL = {.03f, .051f, .075f, .084f, .09f, .12f, .105f};
    /** Char on the same soil with its NDVI unchanged (nir/red kept): only its colour tells it from shade. */
    private static final float[] GREY_CHAR_SAME_NDVI = {.035f, .038f, .04f, .045f, .048f, .15f, .14f};

    @Test
    void sclCodesMapToMaskCodes() {
        float[] scl = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, Float.NaN};
        byte[] m = PixelMasks.fromScl(scl, null);
        assertArrayEquals(new byte[] {MaskCode.NODATA, MaskCode.NODATA, 0, MaskCode.SHADOW, 0, 0, MaskCode.WATER, 0,
            MaskCode.CLOUD, MaskCode.CLOUD, MaskCode.CIRRUS, MaskCode.SNOW, MaskCode.NODATA}, m);
    }

    @Test
    void spectralTestsFindCloudWaterAndNodataButNotSoilOrChar() {
        float[] nan = VEG.clone();
        nan[4] = Float.NaN;
        byte[] m = PixelMasks.spectral(pixels(VEG, CLOUD, WATER, nan, SOIL, CHAR), MaskParameters.DEFAULTS);
        assertArrayEquals(new byte[] {0, MaskCode.CLOUD, MaskCode.WATER, MaskCode.NODATA, 0, 0}, m);
    }

    @Test
    void shadeIsMaskedButCharIsNot() {
        BandSet before = pixels(VEG, VEG);
        BandSet after = pixels(SHADE, CHAR);
        byte[] m = new byte[2];
        PixelMasks.markPairShadow(before, after, m, MaskParameters.DEFAULTS, true, true);
        assertArrayEquals(new byte[] {MaskCode.SHADOW, MaskCode.VALID}, m);
    }

    @Test
    void shadeWithoutSwirIsTellsByUnchangedNdvi() {
        BandSet before = BandSet.ofVisibleNir(2, 1, new float[] {.04f, .04f}, new float[] {.07f, .07f},
                new float[] {.05f, .05f}, new float[] {.30f, .30f});
        BandSet after = BandSet.ofVisibleNir(2, 1, new float[] {.015f, .03f}, new float[] {.025f, .035f},
                new float[] {.018f, .04f}, new float[] {.10f, .08f});
        byte[] m = new byte[2];
        PixelMasks.markPairShadow(before, after, m, MaskParameters.DEFAULTS, true, true);
        assertArrayEquals(new byte[] {MaskCode.SHADOW, MaskCode.VALID}, m);
    }

    @Test
    void darkeningIsShadeOnlyInADateWithClouds() {
        // char on dry soil without SWIR: every band darker, NDVI almost unchanged, like shade
        BandSet before = pixels(SOIL, SOIL, SOIL, SOIL);
        BandSet noSwirBefore = BandSet.ofVisibleNir(4, 1, before.blue(), before.green(), before.red(), before.nir());
        BandSet after = pixels(SHADE_ON_SOIL, SHADE_ON_SOIL, GREY_CHAR_SAME_NDVI, SOIL);
        BandSet noSwirAfter = BandSet.ofVisibleNir(4, 1, after.blue(), after.green(), after.red(), after.nir());
        byte[] clear = PixelMasks.forPair(noSwirBefore, noSwirAfter, null, null, MaskParameters.DEFAULTS);
        assertArrayEquals(new byte[4], clear, "no cloud after: the darkening stays evidence");
        byte[] m = new byte[4];
        PixelMasks.markPairShadow(noSwirBefore, noSwirAfter, m, MaskParameters.DEFAULTS, false, true);
        assertArrayEquals(new byte[] {MaskCode.SHADOW, MaskCode.SHADOW, 0, 0}, m,
                "with clouds after, the dimmed soil is shade; the greyed one (char) is not");
        byte[] onlyBefore = new byte[4];
        PixelMasks.markPairShadow(noSwirBefore, noSwirAfter, onlyBefore, MaskParameters.DEFAULTS, true, false);
        assertArrayEquals(new byte[4], onlyBefore, "clouds in the other date do not cast this shade");
    }

    @Test
    void cloudPatchesSmallerThanACloudAreDroppedUnlessCutByTheEdge() {
        int w = 20;
        byte[] m = new byte[w * w];
        for (int x = 5; x < 10; x++) {
            m[10 * w + x] = MaskCode.CLOUD; // a white truck: 5 x 1 px
        }
        for (int y = 0; y < 3; y++) {
            m[y * w + 15] = MaskCode.CLOUD; // the edge of a cloud outside the tile
        }
        for (int y = 14; y < 19; y++) {
            for (int x = 2; x < 8; x++) {
                m[y * w + x] = MaskCode.CLOUD; // 30 px: a cloud at minPixels = 30
            }
        }
        PixelMasks.dropSmallPatches(m, w, w, MaskCode.CLOUD, 30);
        assertEquals(MaskCode.VALID, m[10 * w + 7]);
        assertEquals(MaskCode.CLOUD, m[1 * w + 15]);
        assertEquals(MaskCode.CLOUD, m[16 * w + 4]);
        assertEquals(MaskParameters.DEFAULTS.forPixelArea(9).cloudMinPixels(), 556, "5000 m² at 3 m");
    }

    @Test
    void cloudsGrowByTheDilationRadiusButNeverOverNodata() {
        byte[] m = new byte[7 * 7];
        m[3 * 7 + 3] = MaskCode.CLOUD;
        m[3 * 7 + 4] = MaskCode.NODATA;
        m[0] = MaskCode.WATER;
        PixelMasks.dilate(m, 7, 7, 2, MaskCode.CLOUD, MaskCode.CIRRUS);
        assertEquals(MaskCode.CLOUD, m[1 * 7 + 1]);
        assertEquals(MaskCode.CLOUD, m[5 * 7 + 5]);
        assertEquals(MaskCode.VALID, m[0 * 7 + 3]);
        assertEquals(MaskCode.NODATA, m[3 * 7 + 4]);
        assertEquals(MaskCode.WATER, m[0]);
        assertEquals(1 - 26 / 49.0, PixelMasks.validFraction(m), 1e-9);
    }

    @Test
    void pairMaskCombinesBothDates() {
        BandSet before = pixels(VEG, WATER, VEG, VEG, VEG);
        BandSet after = pixels(VEG, VEG, VEG, VEG, CLOUD);
        MaskParameters p = new MaskParameters(.2, .22, .7, .25, 0, .65, .15, .1, .05, .001, 1, .9, 1, 0);
        byte[] m = PixelMasks.forPair(before, after, null, null, p);
        assertArrayEquals(new byte[] {0, MaskCode.WATER, 0, MaskCode.CLOUD, MaskCode.CLOUD}, m);
    }

    /** The row-skipping dilation against the plain separable max filter it replaced, on random sparse masks. */
    @Test
    void dilationSkippingRowsFarFromAnyLabelEqualsThePlainFilter() {
        java.util.Random rnd = new java.util.Random(11);
        byte[] codes = {MaskCode.VALID, MaskCode.CLOUD, MaskCode.CIRRUS, MaskCode.SHADOW, MaskCode.WATER, MaskCode.NODATA};
        for (int round = 0; round < 200; round++) {
            int w = 1 + rnd.nextInt(30);
            int h = 1 + rnd.nextInt(30);
            int radius = rnd.nextInt(4);
            byte[] m = new byte[w * h];
            double share = rnd.nextDouble() * 0.05;
            for (int i = 0; i < m.length; i++) {
                m[i] = rnd.nextDouble() < share ? codes[1 + rnd.nextInt(codes.length - 1)] : MaskCode.VALID;
            }
            byte[] expected = plainDilation(m, w, h, radius, MaskCode.CLOUD, MaskCode.CIRRUS);
            PixelMasks.dilate(m, w, h, radius, MaskCode.CLOUD, MaskCode.CIRRUS);
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, m, "round " + round);
        }
    }

    private static byte[] plainDilation(byte[] mask, int w, int h, int radius, byte code1, byte code2) {
        byte[] m = mask.clone();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int best = 0;
                for (int yy = Math.max(0, y - radius); yy <= Math.min(h - 1, y + radius); yy++) {
                    for (int xx = Math.max(0, x - radius); xx <= Math.min(w - 1, x + radius); xx++) {
                        byte v = mask[yy * w + xx];
                        best = Math.max(best, v == code1 ? 2 : v == code2 ? 1 : 0);
                    }
                }
                byte c = best == 2 ? code1 : code2;
                if (best > 0 && MaskCode.priority(c) > MaskCode.priority(m[y * w + x])) {
                    m[y * w + x] = c;
                }
            }
        }
        return m;
    }
}
