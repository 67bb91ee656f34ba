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
}
