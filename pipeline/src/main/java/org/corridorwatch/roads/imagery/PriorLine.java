package org.corridorwatch.roads.imagery;

/**
 * Distance to and chainage along a polyline, in cells. Segments whose bounding box is farther than the best found
 * are skipped, and the segment nearest the previous point is tried first (points come row by row), so a line of
 * hundreds of vertices costs a few segment tests per point.
 */
final class PriorLine {
    private final double[] x;
    private final double[] y;
    private final double[] ch;
    private final double[] minX;
    private final double[] maxX;
    private final double[] minY;
    private final double[] maxY;
    private int hint;

    PriorLine(double[] x, double[] y) {
        this.x = x.clone();
        this.y = y.clone();
        ch = new double[x.length];
        for (int i = 1; i < x.length; i++) {
            ch[i] = ch[i - 1] + Math.hypot(x[i] - x[i - 1], y[i] - y[i - 1]);
        }
        int segs = Math.max(0, x.length - 1);
        minX = new double[segs];
        maxX = new double[segs];
        minY = new double[segs];
        maxY = new double[segs];
        for (int i = 0; i < segs; i++) {
            minX[i] = Math.min(x[i], x[i + 1]);
            maxX[i] = Math.max(x[i], x[i + 1]);
            minY[i] = Math.min(y[i], y[i + 1]);
            maxY[i] = Math.max(y[i], y[i + 1]);
        }
    }

    /** {distance, chainage} of the point's foot on the line (the first nearest segment in line order on ties). */
    double[] foot(double px, double py) {
        int segs = minX.length;
        if (segs == 0) {
            return new double[] {Math.hypot(px - x[0], py - y[0]), 0};
        }
        double best = squared(hint, px, py);
        int bestSeg = hint;
        for (int i = 0; i < segs; i++) {
            double bx = px < minX[i] ? minX[i] - px : px > maxX[i] ? px - maxX[i] : 0;
            double by = py < minY[i] ? minY[i] - py : py > maxY[i] ? py - maxY[i] : 0;
            if (bx * bx + by * by > best || i == hint) {
                continue;
            }
            double d2 = squared(i, px, py);
            if (d2 < best || d2 == best && i < bestSeg) {
                best = d2;
                bestSeg = i;
            }
        }
        hint = bestSeg;
        return new double[] {Math.sqrt(best), chainage(bestSeg, px, py)};
    }

    private double t(int i, double px, double py) {
        double dx = x[i + 1] - x[i];
        double dy = y[i + 1] - y[i];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - x[i]) * dx + (py - y[i]) * dy) / len2;
        return Math.max(0, Math.min(1, t));
    }

    private double squared(int i, double px, double py) {
        double t = t(i, px, py);
        double ex = px - x[i] - t * (x[i + 1] - x[i]);
        double ey = py - y[i] - t * (y[i + 1] - y[i]);
        return ex * ex + ey * ey;
    }

    private double chainage(int i, double px, double py) {
        return ch[i] + t(i, px, py) * (ch[i + 1] - ch[i]);
    }
}
