package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.corridorwatch.model.BandSet;
import org.junit.jupiter.api.Test;

/**
 * {@link CombinedEvidence}, the one pass of {@link BurnEvidence#fromIndexes}, against the separate loops it replaced
 * (issue 16ae; {@link #separateLoops} keeps them as they were), bit for bit on drawn pixels: reflectances from
 * negative to above 1, NaN, zeros, green equal to NIR, water, masked pixels, darkening indexes on their scene's
 * centre, with and without SWIR, scene statistics and the wetness centre, the darkening component on and off.
 */
class CombinedEvidenceTest {
    private static final int W = 301; // W x H not a multiple of the pass's 32 pixels a call
    private static final int H = 200;

    /** One drawn value: mostly land reflectance, sometimes a special one. */
    private static float draw(Random r, float typical) {
        int k = r.nextInt(40);
        return switch (k) {
            case 0 -> Float.NaN;
            case 1 -> 0f;
            case 2 -> -0f;
            case 3 -> -0.01f * r.nextInt(5);
            case 4 -> 1.2f;
            case 5 -> CharDarkening.MIN_BEFORE;
            default -> typical * (0.5f + r.nextFloat());
        };
    }

    private static BandSet bands(Random r, boolean swir, BandSet like, float darker) {
        int n = W * H;
        float[][] b = new float[7][];
        float[] typical = {0.06f, 0.09f, 0.14f, 0f, 0.25f, 0.32f, 0.28f};
        for (int k = 0; k < 7; k++) {
            if (k == 3 || (!swir && k >= 5)) {
                continue;
            }
            b[k] = new float[n];
            for (int i = 0; i < n; i++) {
                float[] prev = like == null ? null : like.bands()[k];
                if (prev != null && r.nextInt(10) > 0) {
                    b[k][i] = prev[i] * (darker + 0.1f * (float) r.nextGaussian()); // the same ground, changed
                } else {
                    b[k][i] = draw(r, typical[k]);
                }
            }
        }
        for (int i = 0; i < n; i += 97) { // water: green above NIR
            if (b[1][i] == b[1][i]) {
                b[4][i] = b[1][i] * (like == null ? 1f : r.nextFloat());
            }
        }
        for (int i = 5; i < n; i += 101) { // sums of 0 with a difference: NDWI and NBR2 of ±Infinity (or NaN)
            b[4][i] = -b[1][i];
            if (swir) {
                b[6][i] = -b[5][i];
            }
        }
        return BandSet.of(W, H, b);
    }

    private static void check(long seed, boolean swir, SceneStatistics stats, BurnEvidence.Parameters p, float darker) {
        Random r = new Random(seed);
        BandSet before = bands(r, swir, null, 1f);
        BandSet after = bands(r, swir, before, darker);
        byte[] mask = new byte[W * H];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = r.nextInt(30) == 0 ? (byte) 1 : 0;
        }
        float[] change = BurnEvidence.changeIndex(before, after, mask, new float[W * H]);
        float[] dark = CharDarkening.index(before, after, mask, new float[W * H], p.darkening());
        for (int i = 0; i < dark.length; i += 53) {
            change[i] = stats == null ? change[i] : (float) stats.centre(); // on the centre: no evidence
            dark[i] = stats == null || stats.darkening() == null ? dark[i] : (float) stats.darkening().centre();
        }
        EvidenceMap ref = separateLoops(before, after, change, dark, stats, p);
        EvidenceMap e = BurnEvidence.fromIndexes(before, after, change, dark, stats, p);
        assertBits(ref.evidence(), e.evidence(), "evidence");
        assertBits(ref.indexEvidence(), e.indexEvidence(), "indexEvidence");
        assertBits(ref.darkEvidence(), e.darkEvidence(), "darkEvidence");
        assertBits(ref.dNbr2(), e.dNbr2(), "dNbr2");
        assertBits(ref.darkening(), e.darkening(), "darkening");
        assertEquals(ref.centre(), e.centre());
        assertEquals(ref.weakThreshold(), e.weakThreshold());
        assertEquals(ref.strongThreshold(), e.strongThreshold());
        assertEquals(ref.changeIndexName(), e.changeIndexName());
        if (p.darkening().enabled()) { // the draw reaches every part of the formula
            assertTrue(count(ref.darkEvidence(), v -> v > 0 && v < 1) > 100, "darkening ramp");
            assertTrue(count(ref.darkEvidence(), v -> v != v) > 0, "NaN dark-after gate");
            assertTrue(count(ref.indexEvidence(), v -> v > 0) > 100, "index evidence");
        }
    }

    private static void assertBits(float[] expected, float[] actual, String what) {
        if (expected == null) {
            assertEquals(null, actual, what);
            return;
        }
        int[] a = new int[expected.length];
        int[] b = new int[actual.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Float.floatToRawIntBits(expected[i]);
            b[i] = Float.floatToRawIntBits(actual[i]);
        }
        assertArrayEquals(a, b, what);
    }

    private static int count(float[] v, java.util.function.DoublePredicate t) {
        int c = 0;
        for (float x : v) {
            c += t.test(x) ? 1 : 0;
        }
        return c;
    }

    private static SceneStatistics scene(boolean darkening, double wetCentre) {
        SceneStatistics s = new SceneStatistics(0.01, 0.04, 0.04, 20000);
        if (darkening) {
            s = s.withDarkening(new SceneStatistics(-0.02, 0.03, 0.03, 20000));
        }
        return s.withWetness(new SceneStatistics(wetCentre, 0.01, 0.01, 20000));
    }

    @Test
    void sameBitsAsTheSeparateLoops() {
        BurnEvidence.Parameters p = BurnEvidence.Parameters.DEFAULTS;
        CharDarkening.Parameters d = p.darkening();
        CharDarkening.Parameters waterBelowZero = new CharDarkening.Parameters(true, d.weakFloor(), d.strongFloor(),
                d.weakSigmas(), d.strongSigmas(), d.darkAfterFull(), d.darkAfterZero(), d.wetNbr2Tolerance(), -0.2, 1,
                false, 0.25, 2, true);
        long seed = 1;
        for (float darker : new float[] {1f, 0.7f, 0.4f}) {
            for (boolean swir : new boolean[] {true, false}) {
                check(seed++, swir, null, p, darker);
                check(seed++, swir, scene(true, -0.02), p, darker);
                check(seed++, swir, scene(true, 0.0), p, darker);
                check(seed++, swir, scene(true, -0.0), p, darker);
                check(seed++, swir, scene(false, 0.01), p, darker);
                check(seed++, swir, scene(true, -0.02), p.withDarkening(waterBelowZero), darker);
                check(seed++, swir, scene(true, -0.02), p.withDarkening(CharDarkening.Parameters.OFF), darker);
                check(seed++, swir, scene(true, -0.02), BurnEvidence.Parameters.fixed(0.1, 0.27), darker);
            }
        }
    }

    @Test
    void aboveZeroIsTheComparison() {
        Random r = new Random(7);
        float[] special = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0xFFC00000),
            Float.intBitsToFloat(0x7F800001), Float.intBitsToFloat(0xFF800001), 1f, -1f, Float.MIN_NORMAL};
        for (float v : special) {
            assertEquals(v > 0 ? -1 : 0, CombinedEvidence.aboveZero(v), "value " + v);
        }
        for (int k = 0; k < 1_000_000; k++) {
            float v = Float.intBitsToFloat(r.nextInt());
            assertEquals(v > 0 ? -1 : 0, CombinedEvidence.aboveZero(v), "value " + v);
        }
    }

    /** {@code BurnEvidence.fromIndexes} as it was before issue 16ae: five loops. */
    private static EvidenceMap separateLoops(BandSet before, BandSet after, float[] change, float[] dark,
                                             SceneStatistics stats, BurnEvidence.Parameters p) {
        int n = before.size();
        BurnEvidence.Bars bars = BurnEvidence.bars(stats != null ? stats : SceneStatistics.of(change, 1), p);
        double centre = bars.centre();
        double weak = bars.weak();
        double strong = bars.strong();
        float fc = (float) centre;
        float fw = (float) weak;
        float slopeLow = EvidenceMap.WEAK / fw;
        float slopeHigh = (1f - EvidenceMap.WEAK) / (float) (strong - weak);
        float[] ev = new float[n];
        for (int i = 0; i < n; i++) {
            float c = change[i] - fc;
            float e = c < fw ? Math.max(c, 0f) * slopeLow : Math.min(1f, EvidenceMap.WEAK + (c - fw) * slopeHigh);
            ev[i] = e >= 0f ? e : 0f;
        }
        float[] dNbr2 = CharDarkening.nbr2Change(before, after);
        float[] darkEv = darkeningEvidence(after, dark,
                CharDarkening.centred(dNbr2, CharDarkening.wetnessCentre(stats, p.darkening())),
                stats == null ? null : stats.darkening(), p.darkening());
        float[] combined = new float[n];
        boolean gate = p.darkening().enabled();
        float water = (float) p.darkening().notWaterNdwi();
        for (int i = 0; i < n; i++) {
            if (gate && ev[i] > 0f) {
                ev[i] *= CharDarkening.notWater(after, i, water);
            }
            combined[i] = Math.max(ev[i], darkEv[i]);
        }
        float[] albedo = new float[n];
        for (int i = 0; i < n; i++) {
            albedo[i] = SpectralIndices.albedo(before.blue()[i], before.green()[i], before.red()[i], before.nir()[i],
                    Float.NaN) - SpectralIndices.albedo(after.blue()[i], after.green()[i], after.red()[i], after.nir()[i],
                    Float.NaN);
        }
        for (int i = 0; i < n; i++) {
            if (change[i] != change[i]) {
                albedo[i] = Float.NaN;
            }
        }
        return new EvidenceMap(before.width(), before.height(), combined, change, albedo,
                BurnEvidence.indexName(before, after), centre, centre + weak, centre + strong, ev, dark, darkEv, dNbr2,
                null, null, null, null);
    }

    /** {@code CharDarkening.evidence} as it was before issue 16ae. */
    private static float[] darkeningEvidence(BandSet after, float[] dark, float[] dNbr2, SceneStatistics stats,
                                             CharDarkening.Parameters p) {
        int n = dark.length;
        float[] ev = new float[n];
        if (!p.enabled()) {
            return ev;
        }
        SceneStatistics s = stats != null ? stats : SceneStatistics.of(dark, 1);
        double centre = s.centre();
        double weak = Math.max(p.weakFloor(), p.weakSigmas() * s.noiseSigma());
        double strong = Math.max(p.strongFloor(), p.strongSigmas() * s.noiseSigma());
        if (strong <= weak) {
            strong = weak + (p.strongFloor() - p.weakFloor());
        }
        float fc = (float) centre;
        float fw = (float) weak;
        float slopeLow = EvidenceMap.WEAK / fw;
        float slopeHigh = (1f - EvidenceMap.WEAK) / (float) (strong - weak);
        float full = (float) p.darkAfterFull();
        float span = (float) (p.darkAfterZero() - p.darkAfterFull());
        float tol = (float) p.wetNbr2Tolerance();
        float water = (float) p.notWaterNdwi();
        for (int i = 0; i < n; i++) {
            float c = dark[i] - fc;
            if (!(c > 0)) {
                continue;
            }
            float e = c < fw ? c * slopeLow : Math.min(1f, EvidenceMap.WEAK + (c - fw) * slopeHigh);
            float vis = (after.blue()[i] + after.green()[i] + after.red()[i]) / 3f;
            e *= clamp01(1f - (vis - full) / span);
            e *= CharDarkening.notWater(after, i, water);
            if (dNbr2 != null) {
                float w = dNbr2[i];
                if (w == w) {
                    e *= clamp01(1f + w / tol);
                }
            }
            ev[i] = e;
        }
        return ev;
    }

    private static float clamp01(float v) {
        return v < 0f ? 0f : v > 1f ? 1f : v;
    }
}
