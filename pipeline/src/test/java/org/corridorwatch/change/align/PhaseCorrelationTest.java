package org.corridorwatch.change.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.corridorwatch.change.Synthetic;

class PhaseCorrelationTest {
    private static final int W = 200;
    private static final int H = 180;

    /** after(x, y) = before(x − dx, y − dy): the content moved by (dx, dy). */
    private static Shift check(double dx, double dy, double tolerance) {
        float[] before = Synthetic.texture(W, H, 0, 0, 7);
        float[] after = Synthetic.texture(W, H, -dx, -dy, 7);
        Shift s = PhaseCorrelation.estimate(before, after, W, H);
        assertEquals(dx, s.dx(), tolerance, "dx of " + s);
        assertEquals(dy, s.dy(), tolerance, "dy of " + s);
        return s;
    }

    @Test
    void recoversASubPixelShift() {
        Shift s = check(0.7, -1.3, 0.1);
        assertTrue(s.confidence() > 0.3, "confidence " + s.confidence());
    }

    @Test
    void recoversIntegerAndNegativeShifts() {
        check(-3, 2, 0.1);
        check(-0.4, 0.45, 0.1);
    }

    @Test
    void identicalImagesGiveNoShiftWithFullConfidence() {
        Shift s = check(0, 0, 0.02);
        assertTrue(s.confidence() > 0.95, "confidence " + s.confidence());
    }

    @Test
    void unrelatedImagesGiveLowConfidence() {
        float[] a = Synthetic.texture(W, H, 0, 0, 1);
        float[] b = Synthetic.texture(W, H, 0, 0, 2);
        assertTrue(PhaseCorrelation.estimate(a, b, W, H).confidence() < 0.2);
    }

    @Test
    void nanPixelsDoNotBreakTheEstimate() {
        float[] before = Synthetic.texture(W, H, 0, 0, 7);
        float[] after = Synthetic.texture(W, H, -0.7, 1.3, 7);
        for (int i = 0; i < 500; i++) {
            after[i * 37 % after.length] = Float.NaN;
        }
        Shift s = PhaseCorrelation.estimate(before, after, W, H);
        assertEquals(0.7, s.dx(), 0.15);
        assertEquals(-1.3, s.dy(), 0.15);
    }

    @Test
    void shiftingBackRealignsTheImages() {
        float[] before = Synthetic.texture(W, H, 0, 0, 7);
        float[] after = Synthetic.texture(W, H, -0.7, 1.3, 7);
        Shift s = PhaseCorrelation.estimate(before, after, W, H);
        float[] back = BilinearShift.apply(after, W, H, s.dx(), s.dy());
        double err = 0;
        double errBefore = 0;
        int n = 0;
        for (int i = 0; i < back.length; i++) {
            if (!Float.isNaN(back[i])) {
                err += Math.abs(back[i] - before[i]);
                errBefore += Math.abs(after[i] - before[i]);
                n++;
            }
        }
        assertTrue(err / n < 0.2 * errBefore / n, "mean error " + err / n + " vs " + errBefore / n);
    }

    @Test
    void bilinearShiftInterpolatesAndMarksTheOutside() {
        float[] src = {0, 1, 2, 3, 10, 11, 12, 13};
        float[] out = BilinearShift.apply(src, 4, 2, 0.5, 0);
        assertEquals(0.5f, out[0], 1e-6);
        assertEquals(12.5f, out[6], 1e-6);
        assertTrue(Float.isNaN(out[3]));
        float[] down = BilinearShift.apply(src, 4, 2, 0, 0.25);
        assertEquals(2.5f, down[0], 1e-6);
        assertTrue(Float.isNaN(down[4]));
    }
}
