package org.corridorwatch.roads.imagery;

/**
 * Distance to and chainage along a polyline, in cells. The segment nearest the previous point is tried first (points
 * come row by row), then the segments are walked down a tree of bounding boxes over runs of consecutive segments
 * (a line's consecutive segments lie together), skipping every box farther than the best found, so a line of hundreds
 * of vertices costs a few box and segment tests per point rather than one box test per segment.
 */
final class PriorLine {
    private final double[] x;
    private final double[] y;
    private final double[] ch;
    private final double[] minX;
    private final double[] maxX;
    private final double[] minY;
    private final double[] maxY;
    /** The tree: node k covers segments {@code lo[k]} to {@code hi[k]} (exclusive) within its box; leaves have no child. */
    private final SegmentTree tree;
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
        tree = new SegmentTree(minX, maxX, minY, maxY);
    }

    /** {distance, chainage} of the point's foot on the line (the first nearest segment in line order on ties). */
    double[] foot(double px, double py) {
        double[] out = new double[2];
        foot(px, py, out);
        return out;
    }

    /** As {@link #foot(double, double)}, into {@code out} (no array made per point). */
    void foot(double px, double py, double[] out) {
        int segs = minX.length;
        if (segs == 0) {
            out[0] = Math.hypot(px - x[0], py - y[0]);
            out[1] = 0;
            return;
        }
        double best = squared(hint, px, py);
        int bestSeg = hint;
        // every segment whose box is no farther than the best is tested, in any order: the nearest, the first in line
        // order on ties, is the same as testing them all
        int[] stack = tree.stack;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int k = stack[--top];
            if (SegmentTree.boxDistance2(tree.minX[k], tree.maxX[k], tree.minY[k], tree.maxY[k], px, py) > best) {
                continue;
            }
            if (tree.left[k] < 0) {
                for (int i = tree.lo[k]; i < tree.hi[k]; i++) {
                    if (SegmentTree.boxDistance2(minX[i], maxX[i], minY[i], maxY[i], px, py) > best || i == hint) {
                        continue;
                    }
                    double d2 = squared(i, px, py);
                    if (d2 < best || d2 == best && i < bestSeg) {
                        best = d2;
                        bestSeg = i;
                    }
                }
            } else {
                stack[top++] = tree.left[k] + 1;
                stack[top++] = tree.left[k];
            }
        }
        hint = bestSeg;
        out[0] = Math.sqrt(best);
        out[1] = chainage(bestSeg, px, py);
    }

    private double t(int i, double px, double py) {
        double dx = x[i + 1] - x[i];
        double dy = y[i + 1] - y[i];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - x[i]) * dx + (py - y[i]) * dy) / len2;
        return Math.max(0, Math.min(1, t));
    }

    /** Squared distance from the point to segment {@code i}. */
    double squared(int i, double px, double py) {
        double t = t(i, px, py);
        double ex = px - x[i] - t * (x[i + 1] - x[i]);
        double ey = py - y[i] - t * (y[i + 1] - y[i]);
        return ex * ex + ey * ey;
    }

    /** Chainage of the point's foot on segment {@code i}. */
    double chainage(int i, double px, double py) {
        return ch[i] + t(i, px, py) * (ch[i + 1] - ch[i]);
    }
}
