package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorwatch.model.BandSet;
import org.junit.jupiter.api.Test;

/** The darkening component on literal pixels: char on bare ground (NBR -0.07 -> -0.07), wet soil, drying grass. */
class CharDarkeningTest {
    private static final int N = 400;

    /** A uniform tile of one reflectance (blue, green, red, nir, swir1, swir2) with a 10x10 patch of another. */
    private static BandSet tile(double[] ground, double[] patch) {
        float[][] b = new float[7][N];
        int[] canon = {0, 1, 2, -1, 3, 4, 5};
        for (int k = 0; k < 7; k++) {
            if (canon[k] < 0) {
                b[k] = null;
                continue;
            }
            for (int i = 0; i < N; i++) {
                boolean in = i % 20 < 10 && i / 20 < 10;
                b[k][i] = (float) (in && patch != null ? patch[canon[k]] : ground[canon[k]]);
            }
        }
        return BandSet.of(20, 20, b);
    }

    private static final double[] LATERITE = {0.07, 0.11, 0.20, 0.28, 0.38, 0.32};
    private static final double[] CHAR_ON_LATERITE = {0.035, 0.045, 0.06, 0.10, 0.13, 0.115};

    private static float patchEvidence(double[] after) {
        BandSet b = tile(LATERITE, null);
        BandSet a = tile(LATERITE, after);
        EvidenceMap e = BurnEvidence.compute(b, a, null, null);
        return e.darkEvidence()[0];
    }

    @Test
    void charOnBareGroundIsFoundByDarkeningWhereDnbrCannotSeeIt() {
        BandSet b = tile(LATERITE, null);
        BandSet a = tile(LATERITE, CHAR_ON_LATERITE);
        EvidenceMap e = BurnEvidence.compute(b, a, null, null);
        assertTrue(e.change()[0] < 0.1, "dNBR " + e.change()[0]);
        assertTrue(e.indexEvidence()[0] < 0.1f, "dNBR evidence " + e.indexEvidence()[0]);
        assertEquals(1f, e.evidence()[0], 1e-6);
        // default: the minimum over green, red, NIR (59 %, 70 %, 64 % darker; blue, 50 %, left out)
        assertEquals(0.59, e.darkIndex()[0], 0.01);
        assertEquals(0f, e.evidence()[399], 1e-6);
    }

    @Test
    void charThatDarkensBlueLeastIsStrongWithoutBlue() {
        // dry-grass char as the sweep sees it: blue 25 % darker, green/red/NIR 42-43 %
        double[] grass = {0.07, 0.10, 0.14, 0.26, 0.33, 0.24};
        double[] charred = {0.0525, 0.057, 0.08, 0.15, 0.19, 0.14};
        BandSet b = tile(grass, null);
        BandSet a = tile(grass, charred);
        CharDarkening.Parameters withBlue = withBands(1, true);
        EvidenceMap e1 = BurnEvidence.compute(b, a, null, null, BurnEvidence.Parameters.DEFAULTS.withDarkening(withBlue));
        EvidenceMap e2 = BurnEvidence.compute(b, a, null, null);
        assertEquals(0.25, e1.darkIndex()[0], 0.01);
        assertEquals(0.42, e2.darkIndex()[0], 0.01);
        assertTrue(e1.darkEvidence()[0] <= EvidenceMap.WEAK + 1e-6f, "with blue " + e1.darkEvidence()[0]);
        assertEquals(1f, e2.darkEvidence()[0], 1e-6);
    }

    @Test
    void visibleDarkeningWithNirKeptIsNotChar() {
        // the patch beside the PlanetScope sample's truck queue: visible 56 % darker, NIR only 11 %
        double[] before = {0.07, 0.10, 0.14, 0.26, 0.33, 0.24};
        double[] after = {0.03, 0.045, 0.06, 0.23, 0.30, 0.22};
        BandSet b = tile(before, null);
        BandSet a = tile(before, after);
        EvidenceMap e = BurnEvidence.compute(b, a, null, null);
        assertEquals(0.11, e.darkIndex()[0], 0.01);
        assertTrue(e.darkEvidence()[0] < EvidenceMap.WEAK / 2, "evidence " + e.darkEvidence()[0]);
        // the second smallest over four bands (rejected design) would call it char
        EvidenceMap rank2 = BurnEvidence.compute(b, a, null, null,
                BurnEvidence.Parameters.DEFAULTS.withDarkening(withBands(2, true)));
        assertEquals(1f, rank2.darkEvidence()[0], 1e-6);
    }

    @Test
    void lookAlikesThatBrightenABandStayNegative() {
        double[] crop = {0.03, 0.07, 0.04, 0.42, 0.22, 0.11};
        double[] dried = {0.07, 0.10, 0.14, 0.26, 0.33, 0.24}; // visible brightens, NIR falls
        double[] roof = {0.38, 0.40, 0.41, 0.42, 0.36, 0.30};   // every band brightens
        BandSet b = tile(crop, null);
        for (double[] after : new double[][] {dried, roof}) {
            EvidenceMap e = BurnEvidence.compute(b, tile(crop, after), null, null);
            assertTrue(e.darkIndex()[0] < 0, "index " + e.darkIndex()[0]);
            assertEquals(0f, e.darkEvidence()[0], 1e-6);
        }
    }

    @Test
    void kthSmallestSortsFourBands() {
        assertEquals(0.1f, CharDarkening.kthSmallest(new float[] {0.4f, 0.1f, 0.3f, 0.2f}, 1), 1e-7);
        assertEquals(0.2f, CharDarkening.kthSmallest(new float[] {0.4f, 0.1f, 0.3f, 0.2f}, 2), 1e-7);
        assertEquals(0.4f, CharDarkening.kthSmallest(new float[] {0.4f, 0.1f, 0.3f, 0.2f}, 4), 1e-7);
    }

    private static CharDarkening.Parameters withBands(int rank, boolean useBlue) {
        CharDarkening.Parameters d = CharDarkening.Parameters.DEFAULTS;
        return new CharDarkening.Parameters(d.enabled(), d.weakFloor(), d.strongFloor(), d.weakSigmas(),
                d.strongSigmas(), d.darkAfterFull(), d.darkAfterZero(), d.wetNbr2Tolerance(), d.notWaterNdwi(), rank,
                useBlue, d.openWaterNdwi(), d.waterEdgePx(), d.centreWetness());
    }

    @Test
    void floodedBareGroundIsNotCharThoughEveryBandDarkens() {
        // standing water over laterite: blue/green/red/NIR 14-89 % darker, but NIR below green (NDWI +0.45)
        double[] water = {0.06, 0.08, 0.07, 0.03, 0.012, 0.006};
        BandSet b = tile(LATERITE, null);
        BandSet a = tile(LATERITE, water);
        EvidenceMap e = BurnEvidence.compute(b, a, null, null);
        assertEquals(0f, e.darkEvidence()[0], 1e-6);
        // char keeps NIR above green (NDWI < 0): the not-water gate leaves it whole
        assertEquals(1f, patchEvidence(CHAR_ON_LATERITE), 1e-6);
    }

    @Test
    void wetSoilAndDryingAreNotChar() {
        double[] wet = {0.05, 0.07, 0.11, 0.16, 0.18, 0.12};
        double[] dried = {0.07, 0.10, 0.14, 0.26, 0.33, 0.24};
        assertEquals(0f, patchEvidence(wet), 1e-6);
        assertEquals(0f, patchEvidence(dried), 1e-6);
    }

    @Test
    void wetIsWetterThanTheSceneNotMerelyWetterAfter() {
        // char on laterite in a scene that rain made wetter between the dates: its NBR2 rose by 0.021 (dNBR2 -0.021)
        double[] charInWetScene = {0.035, 0.045, 0.06, 0.10, 0.13, 0.105};
        double[] wet = {0.05, 0.07, 0.11, 0.16, 0.18, 0.12};
        BandSet b = tile(LATERITE, null);
        SceneStatistics rained = new SceneStatistics(0, 0.02, 0.02, 10_000).withWetness(new SceneStatistics(-0.02, 0.01, 0.01, 10_000));
        SceneStatistics dry = new SceneStatistics(0, 0.02, 0.02, 10_000);
        BandSet a = tile(LATERITE, charInWetScene);
        // uncentred, the not-wet gate takes two thirds of it (1 - 0.021/0.03)
        assertEquals(0.31f, BurnEvidence.compute(b, a, null, dry).darkEvidence()[0], 0.02);
        CharDarkening.Parameters d = CharDarkening.Parameters.DEFAULTS;
        CharDarkening.Parameters off = new CharDarkening.Parameters(d.enabled(), d.weakFloor(), d.strongFloor(), d.weakSigmas(),
                d.strongSigmas(), d.darkAfterFull(), d.darkAfterZero(), d.wetNbr2Tolerance(), d.notWaterNdwi(), d.bandRank(),
                d.useBlue(), d.openWaterNdwi(), d.waterEdgePx(), false);
        assertEquals(0.31f, BurnEvidence.compute(b, a, null, rained, BurnEvidence.Parameters.DEFAULTS.withDarkening(off))
                .darkEvidence()[0], 0.02);
        // centred on the scene's wetness change (-0.02), it is as wet as the scene: whole
        assertEquals(0.98f, BurnEvidence.compute(b, a, null, rained).darkEvidence()[0], 0.02);
        // wet soil in the same scene (dNBR2 -0.11) is still wetter than the scene: none
        assertEquals(0f, BurnEvidence.compute(b, tile(LATERITE, wet), null, rained).darkEvidence()[0], 1e-6);
        assertEquals(-0.02, rained.wetnessCentre(), 1e-12);
        assertEquals(0, dry.wetnessCentre(), 1e-12);
        // a scene that got drier (centre +0.02) is not subtracted: unchanged ground is not wet for it (tune seed 5351)
        SceneStatistics dried = dry.withWetness(new SceneStatistics(0.02, 0.01, 0.01, 10_000));
        assertEquals(0, CharDarkening.wetnessCentre(dried, d), 1e-12);
        assertEquals(BurnEvidence.compute(b, a, null, dry).darkEvidence()[0], BurnEvidence.compute(b, a, null, dried)
                .darkEvidence()[0], 1e-6);
    }

    @Test
    void offLeavesTheIndexAlone() {
        BandSet b = tile(LATERITE, null);
        BandSet a = tile(LATERITE, CHAR_ON_LATERITE);
        EvidenceMap e = BurnEvidence.compute(b, a, null, null,
                BurnEvidence.Parameters.DEFAULTS.withDarkening(CharDarkening.Parameters.OFF));
        assertTrue(e.evidence()[0] < 0.1f, "evidence without darkening " + e.evidence()[0]);
    }

    @Test
    void theSmallestIsTheFirstOfTheSortedValues() {
        java.util.Random rnd = new java.util.Random(3);
        float[] pool = {-0.0f, 0.0f, 0.25f, -0.1f, 0.25f, 1f};
        for (int round = 0; round < 500; round++) {
            float[] d = new float[1 + rnd.nextInt(4)];
            for (int b = 0; b < d.length; b++) {
                d[b] = pool[rnd.nextInt(pool.length)];
            }
            float fast = CharDarkening.smallest(d.clone());
            assertEquals(Float.floatToRawIntBits(CharDarkening.kthSmallest(d, 1)), Float.floatToRawIntBits(fast),
                    java.util.Arrays.toString(d));
        }
    }

    @Test
    void theDefaultIndexIsTheSmallestDarkeningOfGreenRedAndNirPixelByPixel() {
        java.util.Random rnd = new java.util.Random(11);
        int w = 37;
        int h = 23;
        float[][] b0 = new float[7][w * h];
        float[][] b1 = new float[7][w * h];
        float[] pool = {Float.NaN, 0f, 0.01f, 0.02f, 0.05f, 0.1f, 0.1f, 0.3f};
        for (int k = 0; k < 7; k++) {
            for (int i = 0; i < w * h; i++) {
                b0[k][i] = rnd.nextInt(4) == 0 ? pool[rnd.nextInt(pool.length)] : rnd.nextFloat() * 0.4f;
                b1[k][i] = rnd.nextInt(4) == 0 ? pool[rnd.nextInt(pool.length)] : rnd.nextFloat() * 0.4f;
            }
        }
        BandSet before = BandSet.of(w, h, b0);
        BandSet after = BandSet.of(w, h, b1);
        byte[] mask = new byte[w * h];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = rnd.nextInt(5) == 0 ? org.corridorwatch.change.mask.MaskCode.CLOUD : org.corridorwatch.change.mask.MaskCode.VALID;
        }
        for (byte[] m : new byte[][] {mask, null}) {
            float[] fast = CharDarkening.index(before, after, m, new float[w * h], CharDarkening.Parameters.DEFAULTS);
            for (int i = 0; i < w * h; i++) {
                float[] d = {CharDarkening.bandDarkening(b0[1][i], b1[1][i]), CharDarkening.bandDarkening(b0[2][i], b1[2][i]),
                        CharDarkening.bandDarkening(b0[4][i], b1[4][i])};
                boolean nan = d[0] != d[0] || d[1] != d[1] || d[2] != d[2]
                        || m != null && m[i] != org.corridorwatch.change.mask.MaskCode.VALID;
                float expected = nan ? Float.NaN : CharDarkening.kthSmallest(d, 1);
                assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(fast[i]), "pixel " + i);
            }
        }
    }
}
