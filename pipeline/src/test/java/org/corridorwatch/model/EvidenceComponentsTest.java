package org.corridorwatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.corridorwatch.model.EvidenceComponents.Carrier;
import org.corridorwatch.model.EvidenceComponents.Component;
import org.junit.jupiter.api.Test;

/** Component statistics merge exactly across pieces, and undefined components stay undefined. */
class EvidenceComponentsTest {

    private static float[] pixel(float darkMin, float dnbr2) {
        float[] v = new float[Component.values().length];
        Arrays.fill(v, Float.NaN);
        v[Component.DARKENING_MIN.ordinal()] = darkMin;
        v[Component.DNBR2.ordinal()] = dnbr2;
        return v;
    }

    @Test
    void piecesMergeLikeOnePixelSet() {
        EvidenceComponents a = new EvidenceComponents.Builder().add(pixel(0.4f, 0.02f), Carrier.DARKENING)
                .add(pixel(0.6f, Float.NaN), Carrier.INDEX).build();
        EvidenceComponents b = new EvidenceComponents.Builder().add(pixel(0.5f, 0.04f), Carrier.DARKENING).build();
        EvidenceComponents m = a.plus(b);
        assertEquals(0.5, m.mean(Component.DARKENING_MIN), 1e-6);
        assertEquals(0.6, m.max(Component.DARKENING_MIN), 1e-6);
        assertEquals(0.03, m.mean(Component.DNBR2), 1e-6);
        assertEquals(2, m.count(Component.DNBR2));
        assertTrue(Double.isNaN(m.mean(Component.DMIRBI)));
        assertTrue(Double.isNaN(m.max(Component.DMIRBI)));
        assertEquals(Carrier.DARKENING, m.mainCarrier());
        assertEquals(2.0 / 3, m.carriedShare(Carrier.DARKENING), 1e-9);
        assertNull(EvidenceComponents.EMPTY.mainCarrier());
        assertEquals(m.mean(Component.DARKENING_MIN), EvidenceComponents.EMPTY.plus(m).mean(Component.DARKENING_MIN));
    }

    @Test
    void pixelStatsCarryComponentsThroughPlus() {
        PixelStats p = new PixelStats.Builder().add(0.5, 0.5, 0.0, 1.0, 1.0, pixel(0.45f, 0.01f), Carrier.DARKENING).build();
        PixelStats q = PixelStats.EMPTY.plus(p).plus(p);
        assertEquals(2, q.count());
        assertEquals(2, q.components().count(Component.DARKENING_MIN));
        assertEquals(0.45, q.components().mean(Component.DARKENING_MIN), 1e-6);
    }
}
