package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorwatch.model.BandSet;
import org.corridorwatch.model.EvidenceComponents.Carrier;
import org.corridorwatch.model.EvidenceComponents.Component;
import org.junit.jupiter.api.Test;

/** Per-pixel components on literal tiles: char on laterite is carried by darkening, burnt green verge by dNBR. */
class PixelComponentsTest {
    private static final int W = 20;
    private static final int N = W * W;

    /** Uniform tile (blue, green, red, nir, swir1, swir2) with a 10x10 patch in the top-left corner. */
    private static BandSet tile(double[] ground, double[] patch, boolean swir) {
        float[][] b = new float[7][];
        int[] canon = {0, 1, 2, -1, 3, 4, 5};
        for (int k = 0; k < 7; k++) {
            if (canon[k] < 0 || (!swir && canon[k] >= 4)) {
                continue;
            }
            b[k] = new float[N];
            for (int i = 0; i < N; i++) {
                boolean in = i % W < 10 && i / W < 10;
                b[k][i] = (float) (in && patch != null ? patch[canon[k]] : ground[canon[k]]);
            }
        }
        return BandSet.of(W, W, b);
    }

    private static final double[] LATERITE = {0.07, 0.11, 0.20, 0.28, 0.38, 0.32};
    private static final double[] CHAR = {0.035, 0.045, 0.06, 0.10, 0.13, 0.115};
    private static final double[] GREEN = {0.04, 0.07, 0.05, 0.35, 0.22, 0.11};
    private static final double[] CHAR_ON_GREEN = {0.035, 0.055, 0.045, 0.12, 0.20, 0.19};

    /** The generator's water (Spectrum.WATER: NDWI +0.45) and half water, half green vegetation (NDWI -0.43). */
    private static final double[] WATER = {0.06, 0.08, 0.07, 0.03};
    private static final double[] WATER_AND_GREEN = {0.05, 0.075, 0.06, 0.19};

    @Test
    void pixelsWithinTwoPixelsOfOpenWaterAreOnItsEdge() {
        // a flood (without SWIR) over green vegetation: the 10x10 corner is water, a ring 2 pixels wide of mixed pixels
        BandSet b = tile(GREEN, null, false);
        float[][] a = new float[7][];
        BandSet flood = tile(GREEN, WATER, false);
        a[0] = flood.blue().clone();
        a[1] = flood.green().clone();
        a[2] = flood.red().clone();
        a[4] = flood.nir().clone();
        for (int i = 0; i < N; i++) {
            int x = i % W;
            int y = i / W;
            boolean ring = x < 12 && y < 12 && (x >= 10 || y >= 10);
            if (ring) {
                for (int k : new int[] {0, 1, 2, 4}) {
                    a[k][i] = (float) WATER_AND_GREEN[k == 4 ? 3 : k];
                }
            }
        }
        BandSet after = BandSet.of(W, W, a);
        PixelComponents pc = new PixelComponents(b, after, BurnEvidence.compute(b, after, null, null));
        // the mixed ring keeps NIR above green (the not-water gate lets it through) and is on the water's edge
        assertEquals(1f, pc.at(11 * W + 5)[Component.WATER_EDGE.ordinal()]);
        assertEquals(1f, pc.at(11 * W + 11)[Component.WATER_EDGE.ordinal()]);
        assertTrue(pc.at(11 * W + 5)[Component.DARKENING_NIR.ordinal()] > 0.4, "NIR darker at the edge");
        // three pixels away from the water is not
        assertEquals(0f, pc.at(12 * W + 5)[Component.WATER_EDGE.ordinal()]);
        assertEquals(0f, pc.at(5 * W + 12)[Component.WATER_EDGE.ordinal()]);
        assertEquals(0f, pc.at(N - 1)[Component.WATER_EDGE.ordinal()]);
        // char on green vegetation is not water: no edge anywhere
        BandSet burnt = tile(GREEN, CHAR_ON_GREEN, false);
        PixelComponents charred = new PixelComponents(b, burnt, BurnEvidence.compute(b, burnt, null, null));
        for (int i = 0; i < N; i++) {
            assertEquals(0f, charred.at(i)[Component.WATER_EDGE.ordinal()]);
        }
    }

    @Test
    void charOnLateriteIsCarriedByDarkeningWithSwirIndices() {
        BandSet b = tile(LATERITE, null, true);
        BandSet a = tile(LATERITE, CHAR, true);
        PixelComponents pc = new PixelComponents(b, a, BurnEvidence.compute(b, a, null, null));
        float[] v = pc.at(5 * W + 5);
        assertEquals(Carrier.DARKENING, pc.carrier(5 * W + 5));
        assertEquals(0.5, v[Component.DARKENING_MIN.ordinal()], 0.01);
        assertEquals((0.5 + 0.591 + 0.7) / 3, v[Component.DARKENING_VISIBLE.ordinal()], 0.01);
        assertEquals(1 - 0.10 / 0.28, v[Component.DARKENING_NIR.ordinal()], 0.01);
        assertTrue(v[Component.DARKENING_SWIR.ordinal()] > 0.6, "SWIR darker too");
        assertTrue(v[Component.DNBR2.ordinal()] > 0, "char lowers NBR2");
        // MIRBI = 10 SWIR2 - 9.8 SWIR1 + 2: before 1.476, after 1.876
        assertEquals(0.4, v[Component.DMIRBI.ordinal()], 0.01);
        assertTrue(Float.isNaN(v[Component.DBAIS2.ordinal()]), "no red-edge: no BAIS2");
        assertTrue(Float.isNaN(v[Component.TEXTURE_EVIDENCE.ordinal()]), "texture evidence off");
        // far from the patch nothing changed and no component carries the pixel
        assertNull(pc.carrier(N - 1));
        assertEquals(0, pc.at(N - 1)[Component.TEXTURE_CHANGE.ordinal()], 1e-6);
    }

    @Test
    void pixelsTheMaskLeftAsShadeAlongTheRoadAreMarked() {
        BandSet b = tile(LATERITE, null, false);
        BandSet a = tile(LATERITE, CHAR, false);
        boolean[] roadShade = new boolean[N];
        roadShade[5 * W + 5] = true;
        PixelComponents pc = new PixelComponents(b, a, BurnEvidence.compute(b, a, null, null),
                CharDarkening.Parameters.DEFAULTS, null, roadShade, null);
        assertEquals(1f, pc.at(5 * W + 5)[Component.ROAD_SHADE.ordinal()]);
        assertEquals(0f, pc.at(5 * W + 6)[Component.ROAD_SHADE.ordinal()]);
        PixelComponents none = new PixelComponents(b, a, BurnEvidence.compute(b, a, null, null));
        assertEquals(0f, none.at(5 * W + 5)[Component.ROAD_SHADE.ordinal()]);
    }

    @Test
    void burntGreenVergeIsCarriedByTheIndex() {
        BandSet b = tile(GREEN, null, true);
        BandSet a = tile(GREEN, CHAR_ON_GREEN, true);
        PixelComponents pc = new PixelComponents(b, a, BurnEvidence.compute(b, a, null, null));
        assertEquals(Carrier.INDEX, pc.carrier(5 * W + 5));
        assertTrue(pc.at(5 * W + 5)[Component.DARKENING_MIN.ordinal()] < 0.25, "visible barely darker");
    }

    @Test
    void withoutSwirTheSwirComponentsAreUndefined() {
        BandSet b = tile(LATERITE, null, false);
        BandSet a = tile(LATERITE, CHAR, false);
        PixelComponents pc = new PixelComponents(b, a, BurnEvidence.compute(b, a, null, null));
        float[] v = pc.at(0);
        for (Component c : new Component[] {Component.DARKENING_SWIR, Component.DNBR2, Component.DMIRBI, Component.DBAIS2}) {
            assertTrue(Float.isNaN(v[c.ordinal()]), c + " without SWIR");
        }
        assertEquals(0.5, v[Component.DARKENING_MIN.ordinal()], 0.01);
    }

    @Test
    void textureChangeIsNegativeWhereAPatternIsCharredSmooth() {
        float[] before = new float[N];
        float[] after = new float[N];
        for (int i = 0; i < N; i++) {
            before[i] = (i % 2 == 0) ? 0.10f : 0.20f; // stripes of a field or scrub
            after[i] = i % W < 10 ? 0.05f : before[i]; // left half charred uniform
        }
        BandSet b = BandSet.ofVisibleNir(W, W, before, before, before, before);
        BandSet a = BandSet.ofVisibleNir(W, W, after, after, after, after);
        float charred = TextureChange.at(b, a, 5 * W + 3);
        assertTrue(charred < -2, "smooth char: " + charred);
        assertEquals(0, TextureChange.at(b, a, 5 * W + 15), 1e-6);
    }
}
