package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorwatch.change.regions.BurnRegions;
import org.corridorwatch.model.BandSet;
import org.junit.jupiter.api.Test;

/**
 * The mixed-strip component on generated 10 m tiles of sand: a two-pixel strip of mixed char (no pixel pure) is found
 * and becomes a burn region, while a road edge that moved by a pixel, a flood's edge and the same strip on 3 m pixels
 * are not strips.
 */
class MixedStripsTest {
    private static final int W = 40;
    private static final int H = 30;
    /** blue, green, red, NIR, SWIR1, SWIR2 */
    private static final double[] SAND = {0.12, 0.17, 0.24, 0.31, 0.40, 0.34};
    private static final double[] DIRT = {0.09, 0.13, 0.22, 0.30, 0.40, 0.34};
    private static final double[] ASPHALT = {0.07, 0.08, 0.09, 0.11, 0.14, 0.13};
    private static final double[] WATER = {0.06, 0.08, 0.07, 0.03, 0.012, 0.006};
    /** after = factor x before where fully charred (char on sand darkens every band 48-54 %) */
    private static final double[] CHAR_FACTOR = {0.52, 0.47, 0.46, 0.46, 0.46, 0.46};

    /** Per pixel a reflectance spectrum; a small deterministic texture so the tile is not flat. */
    private interface Ground {
        double[] at(int col, int row);
    }

    private static BandSet tile(Ground g) {
        float[][] b = new float[7][W * H];
        int[] canon = {0, 1, 2, -1, 3, 4, 5};
        for (int k = 0; k < 7; k++) {
            if (canon[k] < 0) {
                b[k] = null;
                continue;
            }
            for (int i = 0; i < W * H; i++) {
                double texture = 1 + 0.02 * Math.sin(i * 1.7) * Math.cos(i * 0.37);
                b[k][i] = (float) (g.at(i % W, i / W)[canon[k]] * texture);
            }
        }
        return BandSet.of(W, H, b);
    }

    /** Char fraction of the generated strip: rows 14 and 15, columns 8..27 (200 m), 60 % and 55 % char. */
    private static double stripFraction(int col, int row) {
        if (col < 8 || col > 27) {
            return 0;
        }
        return row == 14 ? 0.60 : row == 15 ? 0.55 : 0;
    }

    private static double[] charred(double[] before, double f) {
        double[] a = new double[before.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = before[k] * (1 - f * (1 - CHAR_FACTOR[k]));
        }
        return a;
    }

    private static double[] mix(double[] a, double[] b, double f) {
        double[] m = new double[a.length];
        for (int k = 0; k < m.length; k++) {
            m[k] = a[k] * (1 - f) + b[k] * f;
        }
        return m;
    }

    /** The road strip: rows 9..20 (the road runs along rows 14-15, 60 m on either side at 10 m). */
    private static boolean[] roadStrip(int from, int to) {
        boolean[] near = new boolean[W * H];
        for (int i = 0; i < near.length; i++) {
            near[i] = i / W >= from && i / W <= to;
        }
        return near;
    }

    private static EvidenceMap evidence(BandSet before, BandSet after, double gsdM) {
        return evidence(before, after, gsdM, roadStrip(9, 20));
    }

    private static EvidenceMap evidence(BandSet before, BandSet after, double gsdM, boolean[] road) {
        EvidenceMap e = BurnEvidence.compute(before, after, null, null, BurnEvidence.Parameters.DEFAULTS);
        return BurnEvidence.withStrips(e, before, after, null, gsdM, road, BurnEvidence.Parameters.DEFAULTS);
    }

    @Test
    void aTwoPixelStripOfMixedCharIsFoundWhereNoPixelIsPure() {
        BandSet before = tile((c, r) -> SAND);
        BandSet after = tile((c, r) -> charred(SAND, stripFraction(c, r)));
        EvidenceMap plain = BurnEvidence.compute(before, after, null, null, BurnEvidence.Parameters.DEFAULTS);
        int i = 14 * W + 15;
        // every strip pixel is 25-29 % darker: below the darkening's strong floor 0.40, so no seed without strips
        float maxPlain = 0;
        for (float v : plain.evidence()) {
            maxPlain = Math.max(maxPlain, v);
        }
        assertTrue(maxPlain < 1f, "no pure pixel, no seed: " + maxPlain);
        assertTrue(BurnRegions.extract(plain, 100).regions().isEmpty());

        EvidenceMap e = evidence(before, after, 10);
        assertEquals(1f, e.stripEvidence()[i], 1e-6, "a pixel 60 % char (unmixed) is a seed");
        assertTrue(e.stripEvidence()[15 * W + 15] >= 0.5f);
        assertEquals(0f, e.stripEvidence()[5 * W + 5], 1e-6);
        assertEquals(0.6 * 0.53 / 0.45, e.charFraction()[i], 0.06, "f = darkening / char_darkening");
        BurnRegions.Result regions = BurnRegions.extract(e, 100);
        assertEquals(1, regions.regions().size());
        assertEquals(40, regions.regions().get(0).pixelCount());
        // unmixed char area: the strip is 200 m x (0.6 + 0.55) pixels of char = 2300 m2 at the generator's own char
        double area = 0;
        for (int k = 0; k < W * H; k++) {
            if (regions.labels()[k] > 0) {
                area += e.charFraction()[k] * 100;
            }
        }
        assertEquals(2300 * 0.53 / 0.45, area, 300);
    }

    @Test
    void stripsAreSoughtOnlyAlongTheRoad() {
        BandSet before = tile((c, r) -> SAND);
        BandSet after = tile((c, r) -> charred(SAND, stripFraction(c, r)));
        for (boolean[] road : new boolean[][] {roadStrip(20, 29), null}) {
            EvidenceMap e = evidence(before, after, 10, road);
            assertTrue(BurnRegions.extract(e, 100).regions().isEmpty(), "the strip lies 50 m or more from the road");
        }
    }

    @Test
    void theSameStripOnThreeMetrePixelsIsLeftToTheDarkening() {
        BandSet before = tile((c, r) -> SAND);
        BandSet after = tile((c, r) -> charred(SAND, stripFraction(c, r)));
        EvidenceMap e = evidence(before, after, 3);
        for (float v : e.stripEvidence()) {
            assertEquals(0f, v, 1e-6);
        }
    }

    /** A road narrower than a pixel on dirt, columns 8..27, its centre in row {@code row}: 70 % / 30 % asphalt. */
    private static Ground road(int row) {
        return (c, r) -> c < 8 || c > 27 ? DIRT : r == row ? mix(DIRT, ASPHALT, 0.7) : r == row + 1 ? mix(DIRT, ASPHALT, 0.3)
                : DIRT;
    }

    private static int strips(BandSet before, BandSet after) {
        return MixedStrips.find(before, after, CharDarkening.index(before, after, null, new float[W * H],
                CharDarkening.Parameters.DEFAULTS), 0, CharDarkening.nbr2Change(before, after), 10, null,
                CharDarkening.Parameters.DEFAULTS, MixedStrips.Parameters.DEFAULTS).strips();
    }

    @Test
    void aRoadEdgeThatMovedByAPixelIsNotAStrip() {
        // the road one pixel lower after: rows 15-16 darken 12-43 %, row 14 brightens as much
        assertEquals(0, strips(tile(road(14)), tile(road(15))), "dark on one side of the road, bright on the other");
        // the same darkening where nothing brightened beside it (a road laid on dirt) is a strip: the balance decided
        assertEquals(1, strips(tile((c, r) -> DIRT), tile(road(15))));
    }

    @Test
    void aFloodsEdgeIsNotAStrip() {
        // rows 14 and 15 half water after: every band darker, NIR and SWIR far more than green
        BandSet before = tile((c, r) -> SAND);
        BandSet after = tile((c, r) -> mix(SAND, WATER, stripFraction(c, r)));
        EvidenceMap e = evidence(before, after, 10);
        for (float v : e.stripEvidence()) {
            assertEquals(0f, v, 1e-6);
        }
        assertTrue(BurnRegions.extract(e, 100).regions().isEmpty());
    }
}
