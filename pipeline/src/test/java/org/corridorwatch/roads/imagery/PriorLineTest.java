package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PriorLineTest {
    @Test
    void footEqualsTheBruteForceNearestSegment() {
        SplittableRandom rnd = new SplittableRandom(3);
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + rnd.nextDouble(0, 4);
            y[i] = y[i - 1] + rnd.nextDouble(-3, 3);
        }
        PriorLine line = new PriorLine(x, y);
        for (int k = 0; k < 20_000; k++) {
            double px = rnd.nextDouble(-50, 650);
            double py = rnd.nextDouble(-200, 200);
            double[] got = line.foot(px, py);
            double best = Double.POSITIVE_INFINITY;
            double bestCh = 0;
            double ch = 0;
            for (int i = 0; i + 1 < n; i++) {
                double dx = x[i + 1] - x[i];
                double dy = y[i + 1] - y[i];
                double t = Math.max(0, Math.min(1, ((px - x[i]) * dx + (py - y[i]) * dy) / (dx * dx + dy * dy)));
                double d = Math.hypot(px - x[i] - t * dx, py - y[i] - t * dy);
                double len = Math.hypot(dx, dy);
                if (d < best) {
                    best = d;
                    bestCh = ch + t * len;
                }
                ch += len;
            }
            assertEquals(best, got[0], 1e-9);
            assertEquals(bestCh, got[1], 1e-6);
        }
    }

    /**
     * The tree walk gives the same bits as testing every segment's box in line order (the walk before 2026-12-07): a
     * densified line (vertices every 25 cells, as the corridor's 500 m at 20 m cells) winding across a grid, queried
     * row by row as the tracer does, with ties (points equidistant from two segments) included.
     */
    @Test
    void footHasTheBitsOfTheLinearWalk() {
        SplittableRandom rnd = new SplittableRandom(9);
        int n = 160;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -20 + 25.0 * i + 3 * Math.sin(i);
            y[i] = 900 + 600 * Math.sin(i / 30.0) + rnd.nextDouble(-5, 5);
        }
        x[80] = x[79]; // a zero-length segment
        y[80] = y[79];
        PriorLine line = new PriorLine(x, y);
        LinearWalk ref = new LinearWalk(x, y);
        for (int r = 0; r < 2000; r += 3) {
            for (int c = -30; c < 4050; c += 7) {
                double[] got = line.foot(c + 0.5, r + 0.5);
                double[] want = ref.foot(c + 0.5, r + 0.5);
                assertEquals(Double.doubleToLongBits(want[0]), Double.doubleToLongBits(got[0]), c + "," + r);
                assertEquals(Double.doubleToLongBits(want[1]), Double.doubleToLongBits(got[1]), c + "," + r);
            }
        }
        // a point 5 from three segments of a U, after a point nearest the last: the foot on the first
        PriorLine u = new PriorLine(new double[] {0, 10, 10, 0}, new double[] {0, 0, 10, 10});
        assertEquals(25.0, u.foot(5, 12)[1]);
        double[] tie = u.foot(5, 5);
        assertEquals(5.0, tie[0]);
        assertEquals(5.0, tie[1]);
    }

    /**
     * The foot as found before 2026-12-07: every segment's box tested in line order, the previous nearest first (the
     * segment maths, unchanged, is the line's own).
     */
    private static final class LinearWalk {
        private final double[] x;
        private final double[] y;
        private final PriorLine line;
        private int hint;

        LinearWalk(double[] x, double[] y) {
            this.x = x;
            this.y = y;
            line = new PriorLine(x, y);
        }

        double[] foot(double px, double py) {
            double best = line.squared(hint, px, py);
            int bestSeg = hint;
            for (int i = 0; i + 1 < x.length; i++) {
                double x0 = Math.min(x[i], x[i + 1]);
                double x1 = Math.max(x[i], x[i + 1]);
                double y0 = Math.min(y[i], y[i + 1]);
                double y1 = Math.max(y[i], y[i + 1]);
                double bx = px < x0 ? x0 - px : px > x1 ? px - x1 : 0;
                double by = py < y0 ? y0 - py : py > y1 ? py - y1 : 0;
                if (bx * bx + by * by > best || i == hint) {
                    continue;
                }
                double d2 = line.squared(i, px, py);
                if (d2 < best || d2 == best && i < bestSeg) {
                    best = d2;
                    bestSeg = i;
                }
            }
            hint = bestSeg;
            return new double[] {Math.sqrt(best), line.chainage(bestSeg, px, py)};
        }
    }
}
