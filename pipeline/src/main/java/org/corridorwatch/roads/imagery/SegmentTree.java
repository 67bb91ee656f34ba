package org.corridorwatch.roads.imagery;

/**
 * A binary tree of bounding boxes over runs of consecutive segments of a polyline, for {@link PriorLine}: the root
 * covers every segment, each node's two children the halves of its run, a leaf at most {@link #LEAF} segments. Node
 * {@code k}'s children are {@code left[k]} and {@code left[k] + 1} ({@code left[k] < 0}: a leaf).
 */
final class SegmentTree {
    /** Most segments in a leaf. */
    static final int LEAF = 4;
    final int[] lo;
    final int[] hi;
    final int[] left;
    final double[] minX;
    final double[] maxX;
    final double[] minY;
    final double[] maxY;
    /** Room for a depth-first walk (one thread: {@link PriorLine} is not shared between threads). */
    final int[] stack;
    private int nodes;

    /** The tree over segments with these boxes (at least one). */
    SegmentTree(double[] segMinX, double[] segMaxX, double[] segMinY, double[] segMaxY) {
        int n = segMinX.length;
        int cap = 2 * Math.max(1, n);
        lo = new int[cap];
        hi = new int[cap];
        left = new int[cap];
        minX = new double[cap];
        maxX = new double[cap];
        minY = new double[cap];
        maxY = new double[cap];
        nodes = 1;
        build(0, 0, n, segMinX, segMaxX, segMinY, segMaxY);
        stack = new int[2 * (32 - Integer.numberOfLeadingZeros(cap)) + 4];
    }

    private void build(int k, int a, int b, double[] sx0, double[] sx1, double[] sy0, double[] sy1) {
        lo[k] = a;
        hi[k] = b;
        minX[k] = Double.POSITIVE_INFINITY;
        maxX[k] = Double.NEGATIVE_INFINITY;
        minY[k] = Double.POSITIVE_INFINITY;
        maxY[k] = Double.NEGATIVE_INFINITY;
        for (int i = a; i < b; i++) {
            minX[k] = Math.min(minX[k], sx0[i]);
            maxX[k] = Math.max(maxX[k], sx1[i]);
            minY[k] = Math.min(minY[k], sy0[i]);
            maxY[k] = Math.max(maxY[k], sy1[i]);
        }
        if (b - a <= LEAF) {
            left[k] = -1;
            return;
        }
        int l = nodes;
        nodes += 2;
        left[k] = l;
        int mid = (a + b) >>> 1;
        build(l, a, mid, sx0, sx1, sy0, sy1);
        build(l + 1, mid, b, sx0, sx1, sy0, sy1);
    }

    /** Squared distance from (px, py) to the box, 0 inside it. */
    static double boxDistance2(double x0, double x1, double y0, double y1, double px, double py) {
        double bx = px < x0 ? x0 - px : px > x1 ? px - x1 : 0;
        double by = py < y0 ? y0 - py : py > y1 ? py - y1 : 0;
        return bx * bx + by * by;
    }
}
