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
     * be reached. Every source starts at cost 0 and every target ends there.
     */
    public static int[] find(float[] cost, int width, int height, boolean[] source, boolean[] target) {
        return find(cost, width, height, costs(source), costs(target));
    }

    /**
     * The cheapest path from an entry cell to an exit cell, or an empty array when no exit can be reached: entering at
     * cell i costs {@code entry[i]}, leaving at cell i costs {@code exit[i]} (NaN: not an entry / exit), on top of the
     * steps between.
     */
    public static int[] find(float[] cost, int width, int height, float[] entry, float[] exit) {
        int n = width * height;
        int sink = n; // a virtual cell reached from every exit at the exit's cost
        double[] dist = new double[n + 1];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int[] from = new int[n + 1];
        Arrays.fill(from, -1);
        Heap heap = new Heap(Math.max(16, n / 8));
        for (int i = 0; i < n; i++) {
            if (!Float.isNaN(entry[i]) && passable(cost[i])) {
                dist[i] = entry[i];
                heap.push(entry[i], i);
            }
        }
        boolean[] done = new boolean[n + 1];
        boolean reached = false;
        while (heap.size() > 0) {
            double d = heap.topKey();
            int i = heap.pop();
            if (done[i] || d > dist[i]) {
                continue;
            }
            done[i] = true;
            if (i == sink) {
                reached = true;
                break;
            }
            if (!Float.isNaN(exit[i]) && d + exit[i] < dist[sink]) {
                dist[sink] = d + exit[i];
                from[sink] = i;
                heap.push(dist[sink], sink);
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
        if (!reached) {
            return new int[0];
        }
        int last = from[sink];
        int len = 1;
        for (int i = last; from[i] >= 0; i = from[i]) {
            len++;
        }
        int[] path = new int[len];
        int k = len - 1;
        for (int i = last; i >= 0; i = from[i]) {
            path[k--] = i;
        }
        return path;
    }

    /** 0 where {@code set} is true, NaN elsewhere. */
    private static float[] costs(boolean[] set) {
        float[] c = new float[set.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = set[i] ? 0f : Float.NaN;
        }
        return c;
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
