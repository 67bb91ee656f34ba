package org.corridorwatch.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PixelAgreementTest {
    @Test
    void countsAndScores() {
        float[] pred = {1, 1, 1, 0, 0, 0.4f, Float.NaN};
        float[] truth = {1, 1, 0, 1, 0, 0, 1};
        PixelAgreement a = PixelAgreement.of(pred, 0.5, truth);
        assertEquals(new PixelAgreement(2, 1, 1, 2), a);
        assertEquals(2.0 / 3, a.precision(), 1e-12);
        assertEquals(2.0 / 3, a.recall(), 1e-12);
        assertEquals(4.0 / 6, a.f1(), 1e-12);
        assertEquals(0.5, a.iou(), 1e-12);
        assertEquals(0.5, a.predictedFraction(), 1e-12);
    }

    @Test
    void windowsAddUpAndEmptyAgreesPerfectly() {
        PixelAgreement a = new PixelAgreement(1, 0, 1, 0).plus(new PixelAgreement(1, 2, 0, 5));
        assertEquals(new PixelAgreement(2, 2, 1, 5), a);
        assertEquals(1.0, new PixelAgreement(0, 0, 0, 9).f1());
        assertEquals(0.0, new PixelAgreement(0, 3, 0, 9).f1());
    }
}
