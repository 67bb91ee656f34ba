package org.corridorwatch.roads.imagery;

import java.util.Arrays;

/**
 * The cheapest 8-connected path across a grid of per-cell costs from any source cell to any target cell
 * (Dijkstra with a binary heap). A step between neighbours costs the mean of their two costs times the step
 * length (1 or √2 cells); NaN or infinite costs are impassable.
 */
public final class LeastCostPath {
    private static final int[] DC = {1, -1, 0, 0, 1, 1, -1, -1};
    private static final int[] DR = {0, 0, 1, -1, 1, -1, 1, -1};
    private static final double[] LEN = {1, 1, 1, 1, Math.sqrt(2), Math.sqrt(2), Math.sqrt(2), Math.sqrt(2)};

    private LeastCostPath() {
    }

    /**
     * The path as cell indices (row * width + col), from a source to a target, or an empty array when no target can
     * be reached.
     */
    public static int[] find(float[] cost, int width, int height, boolean[] source, boolean[] target) {
        int n = width * height;
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int[] from = new int[n];
        Arrays.fill(from, -1);
        Heap heap = new Heap(Math.max(16, n / 8));
        for (int i = 0; i < n; i++) {
            if (source[i] && passable(cost[i])) {
                dist[i] = 0;
                heap.push(0, i);
            }
        }
        boolean[] done = new boolean[n];
        int reached = -1;
        while (heap.size() > 0) {
            double d = heap.topKey();
            int i = heap.pop();
            if (done[i] || d > dist[i]) {
                continue;
            }
            done[i] = true;
            if (target[i]) {
                reached = i;
                break;
            }
            int r = i / width;
            int c = i % width;
            for (int k = 0; k < 8; k++) {
                int cc = c + DC[k];
                int rr = r + DR[k];
                if (cc < 0 || cc >= width || rr < 0 || rr >= height) {
                    continue;
                }
                int j = rr * width + cc;
                if (done[j] || !passable(cost[j])) {
                    continue;
                }
                double nd = d + 0.5 * (cost[i] + cost[j]) * LEN[k];
                if (nd < dist[j]) {
                    dist[j] = nd;
                    from[j] = i;
                    heap.push(nd, j);
                }
            }
        }
        if (reached < 0) {
            return new int[0];
        }
        int len = 1;
        for (int i = reached; from[i] >= 0; i = from[i]) {
            len++;
        }
        int[] path = new int[len];
        int k = len - 1;
        for (int i = reached; i >= 0; i = from[i]) {
            path[k--] = i;
        }
        return path;
    }

    private static boolean passable(float c) {
        return !Float.isNaN(c) && !Float.isInfinite(c);
    }

    /** A binary min-heap of (key, cell) in primitive arrays; duplicates allowed (lazy deletion by the caller). */
    private static final class Heap {
        private double[] keys;
        private int[] cells;
        private int size;

        Heap(int capacity) {
            keys = new double[capacity];
            cells = new int[capacity];
        }

        int size() {
            return size;
        }

        double topKey() {
            return keys[0];
        }

        void push(double key, int cell) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                cells = Arrays.copyOf(cells, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int p = (i - 1) / 2;
                if (keys[p] <= key) {
                    break;
                }
                keys[i] = keys[p];
                cells[i] = cells[p];
                i = p;
            }
            keys[i] = key;
            cells[i] = cell;
        }

        int pop() {
            int top = cells[0];
            size--;
            if (size > 0) {
                double key = keys[size];
                int cell = cells[size];
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    if (l >= size) {
                        break;
                    }
                    int m = l + 1 < size && keys[l + 1] < keys[l] ? l + 1 : l;
                    if (keys[m] >= key) {
                        break;
                    }
                    keys[i] = keys[m];
                    cells[i] = cells[m];
                    i = m;
                }
                keys[i] = key;
                cells[i] = cell;
            }
            return top;
        }
    }
}
