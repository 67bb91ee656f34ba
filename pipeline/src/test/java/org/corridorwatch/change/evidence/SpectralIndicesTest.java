package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpectralIndicesTest {
    @Test
    void nbrAndDnbrOfVegetationThenChar() {
        float pre = SpectralIndices.nbr(0.30f, 0.12f);
        float post = SpectralIndices.nbr(0.08f, 0.20f);
        assertEquals(0.18 / 0.42, pre, 1e-6);
        assertEquals(-0.12 / 0.28, post, 1e-6);
        float d = SpectralIndices.dnbr(pre, post);
        assertEquals(0.857, d, 1e-3);
        assertEquals(BurnSeverity.HIGH, BurnSeverity.of(d));
        assertEquals(d / (pre + 1.001f), SpectralIndices.rbr(pre, post), 1e-6);
    }

    @Test
    void severityBreaksFollowUsgs() {
        assertEquals(BurnSeverity.UNBURNED, BurnSeverity.of(0.099));
        assertEquals(BurnSeverity.LOW_SEVERITY, BurnSeverity.of(0.10));
        assertEquals(BurnSeverity.MODERATE_LOW, BurnSeverity.of(0.27));
        assertEquals(BurnSeverity.MODERATE_HIGH, BurnSeverity.of(0.44));
        assertEquals(BurnSeverity.HIGH, BurnSeverity.of(0.66));
        assertEquals(BurnSeverity.UNBURNED, BurnSeverity.of(Double.NaN));
    }

    @Test
    void baiPeaksAtTheCharcoalPoint() {
        assertEquals(1 / (0.0025 + 0.0064), SpectralIndices.bai(0.05f, 0.14f), 1e-2);
        assertTrue(SpectralIndices.bai(0.1f, 0.07f) > 10 * SpectralIndices.bai(0.05f, 0.30f));
    }

    @Test
    void bais2IsHigherForCharThanForVegetation() {
        float veg = SpectralIndices.bais2(0.05f, 0.20f, 0.30f, 0.12f);
        float burnt = SpectralIndices.bais2(0.06f, 0.07f, 0.08f, 0.20f);
        assertTrue(burnt > veg + 0.3, veg + " vs " + burnt);
    }

    @Test
    void zeroDenominatorAndNanGiveNan() {
        assertTrue(Float.isNaN(SpectralIndices.ndvi(0f, 0f)));
        assertTrue(Float.isNaN(SpectralIndices.nbr(Float.NaN, 0.1f)));
    }

    @Test
    void greyDarkeningCountsOnlyGreyDrops() {
        assertEquals(0.1, SpectralIndices.greyDarkening(0.15f, 0.05f, 0f), 1e-6);
        assertEquals(0.0, SpectralIndices.greyDarkening(0.15f, 0.05f, 1f), 1e-6);
        assertEquals(0.5, SpectralIndices.saturation(0.1f, 0.2f, 0.2f), 1e-6);
    }
}
