package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.corridorwatch.change.Synthetic;
import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.model.BandSet;

class BurnEvidenceTest {
    private static final int W = 60;
    private static final int H = 50;

    private static int count(float[] ev, float min) {
        int n = 0;
        for (float v : ev) {
            if (v >= min) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aBurnScoresFullEvidenceAndItsSurroundingsNone() {
        BandSet before = Synthetic.noisyVegetation(W, H, 0.005, 1);
        BandSet after = Synthetic.burn(Synthetic.noisyVegetation(W, H, 0.005, 2), 10, 10, 20, 16);
        EvidenceMap e = BurnEvidence.compute(before, after, null, null);
        assertEquals("dNBR", e.changeIndexName());
        assertEquals(60, count(e.evidence(), 1f));
        assertEquals(60, count(e.evidence(), EvidenceMap.WEAK));
        assertEquals(0.857, e.change()[12 * W + 12], 0.02);
        assertTrue(e.darkening()[12 * W + 12] > 0.05);
    }

    @Test
    void aRegionalShiftDoesNotLightUpTheScene() {
        // after: every pixel's NBR down by ~0.15 (senescence), plus a real burn
        BandSet before = Synthetic.noisyVegetation(W, H, 0.005, 1);
        BandSet dry = Synthetic.noisyVegetation(W, H, 0.005, 2);
        float[] nir = dry.nir().clone();
        for (int i = 0; i < nir.length; i++) {
            nir[i] -= 0.07f;
        }
        BandSet after = Synthetic.burn(new BandSet(W, H, dry.blue(), dry.green(), dry.red(), dry.rededge(), nir,
                dry.swir1(), dry.swir2()), 30, 5, 40, 15);
        EvidenceMap fixed = BurnEvidence.compute(before, after, null, null, BurnEvidence.Parameters.fixed(0.1, 0.27));
        EvidenceMap adaptive = BurnEvidence.compute(before, after, null, null);
        assertTrue(count(fixed.evidence(), EvidenceMap.WEAK) > W * H / 2, "fixed thresholds flag the shift");
        assertEquals(100, count(adaptive.evidence(), EvidenceMap.WEAK));
        assertTrue(adaptive.centre() > 0.1, "centre " + adaptive.centre());
    }

    @Test
    void noisySceneRaisesTheThresholds() {
        BandSet before = Synthetic.noisyVegetation(W, H, 0.03, 1);
        BandSet after = Synthetic.noisyVegetation(W, H, 0.03, 2);
        SceneStatistics s = SceneStatistics.of(BurnEvidence.changeIndex(before, after, null, new float[W * H]), 1);
        EvidenceMap e = BurnEvidence.compute(before, after, null, s);
        assertTrue(e.weakThreshold() - e.centre() > BurnSeverity.LOW, "weak " + e.weakThreshold());
        assertTrue(count(e.evidence(), EvidenceMap.STRONG) < W * H / 1000 + 1);
    }

    @Test
    void aSpreadThatAdjacentPixelsShareRaisesTheBarOnlyToTheCeiling() {
        // scene spread 0.18 from whole fields (like the real VALLEY fire), little from pixel to pixel
        SceneStatistics fields = new SceneStatistics(0, 0.18, 0.2, 10_000).withPixelNoise(0.01);
        SceneStatistics speckle = new SceneStatistics(0, 0.18, 0.2, 10_000).withPixelNoise(0.18);
        BandSet before = Synthetic.noisyVegetation(W, H, 0.005, 1);
        BandSet after = Synthetic.noisyVegetation(W, H, 0.005, 2);
        double ceiling = BurnEvidence.Parameters.DEFAULTS.sigmaCeiling();
        EvidenceMap e = BurnEvidence.compute(before, after, null, fields);
        assertEquals(2 * ceiling, e.weakThreshold() - e.centre(), 1e-6);
        assertEquals(4 * ceiling, e.strongThreshold() - e.centre(), 1e-6);
        EvidenceMap n = BurnEvidence.compute(before, after, null, speckle);
        assertEquals(2 * 0.18, n.weakThreshold() - n.centre(), 1e-6, "speckle of 0.18 is followed all the way");
    }

    @Test
    void maskedPixelsHaveNoEvidenceAndNoChange() {
        BandSet before = Synthetic.vegetation(4, 1);
        BandSet after = Synthetic.burn(Synthetic.vegetation(4, 1), 0, 0, 4, 1);
        byte[] mask = {MaskCode.VALID, MaskCode.CLOUD, MaskCode.NODATA, MaskCode.VALID};
        EvidenceMap e = BurnEvidence.compute(before, after, mask, SceneStatistics.NONE);
        assertEquals(1f, e.evidence()[0]);
        assertEquals(0f, e.evidence()[1]);
        assertTrue(Float.isNaN(e.change()[2]));
        assertTrue(Float.isNaN(e.darkening()[1]));
    }

    @Test
    void withoutSwirTheNirDropIsUsed() {
        BandSet v = Synthetic.vegetation(3, 1);
        BandSet before = BandSet.ofVisibleNir(3, 1, v.blue(), v.green(), v.red(), v.nir());
        BandSet after = BandSet.ofVisibleNir(3, 1, v.blue(), v.green(), v.red(), new float[] {.30f, .24f, .08f});
        EvidenceMap e = BurnEvidence.compute(before, after, null, SceneStatistics.NONE);
        assertEquals(BurnEvidence.NIR_DROP, e.changeIndexName());
        assertEquals(0f, e.evidence()[0]);
        assertEquals(2 * 0.06 / 0.54, e.change()[1], 1e-5);
        assertEquals(0.5 + 0.5 * (0.2222 - 0.1) / 0.17, e.evidence()[1], 1e-3);
        assertEquals(1f, e.evidence()[2]);
    }
}
