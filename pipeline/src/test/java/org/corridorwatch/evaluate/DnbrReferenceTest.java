package org.corridorwatch.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The best single dNBR threshold a real pair's pixel F1 is compared with. */
class DnbrReferenceTest {
    @Test
    void separableBurnIsFoundWholeAtTheHighestThresholdBelowIt() {
        float[] dnbr = {0.3013f, 0.42f, 0.55f, 0.02f, -0.05f, 0.1013f, Float.NaN};
        float[] truth = {1, 1, 1, 0, 0, 0, 1};
        DnbrReference r = DnbrReference.of(dnbr, truth);
        assertEquals(1.0, r.bestF1(), 1e-12);
        // every t in [0.105, 0.3] separates them; ties go to the highest threshold
        assertEquals(0.3, r.bestThreshold(), 1e-9);
        assertEquals(6, r.pixels(), "the NaN pixel is left out");
        assertEquals((0.3013 + 0.42 + 0.55) / 3, r.meanInside(), 1e-6);
        assertTrue(r.showsBurnSignal());
    }

    @Test
    void aPixelEqualToTheThresholdIsNotFlagged() {
        // dNBR > t: at t = 0.25 the burnt pixel of exactly 0.25 (a float) is missed, at 0.245 it is flagged
        DnbrReference r = DnbrReference.of(new float[] {0.25f, 0.1f}, new float[] {1, 0});
        assertEquals(1.0, r.bestF1(), 1e-12);
        assertEquals(0.245, r.bestThreshold(), 1e-9);
    }

    @Test
    void overlappingClassesGiveTheF1OfTheBestCut() {
        // burnt 0.31, 0.31, 0.06; unburnt 0.11, 0.01: t in [0.11, 0.305] gives tp 2, fp 0, fn 1 -> 0.8;
        // t in [0.06, 0.105] gives tp 2, fp 1, fn 1 -> 0.667; t in [0.01, 0.055] gives tp 3, fp 1 -> 0.857 (the best);
        // t below 0.01 gives tp 3, fp 2 -> 0.75
        DnbrReference r = DnbrReference.of(new float[] {0.31f, 0.31f, 0.06f, 0.11f, 0.01f}, new float[] {1, 1, 1, 0, 0});
        assertEquals(6.0 / 7, r.bestF1(), 1e-12);
        assertEquals(0.055, r.bestThreshold(), 1e-9);
        assertEquals(6.0 / 7, r.bestF1AtLeastZero(), 1e-12);
    }

    @Test
    void aPairWhoseBurnIsNotDarkerInNbrShowsNoSignalAndItsBestCutFlagsEverything() {
        // KENNETH-like: inside lower than outside; the best F1 is flagging every pixel (t below the lowest dNBR)
        float[] dnbr = {-0.10f, -0.08f, 0.01f, -0.02f, 0.00f, -0.01f};
        float[] truth = {1, 1, 0, 0, 0, 0};
        DnbrReference r = DnbrReference.of(dnbr, truth);
        assertFalse(r.showsBurnSignal());
        assertEquals(-0.105, r.bestThreshold(), 1e-9);
        assertEquals(2.0 * 2 / (2 * 2 + 4), r.bestF1(), 1e-12);
        assertTrue(r.bestThresholdAtLeastZero() >= 0);
    }
}
