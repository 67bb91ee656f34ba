package org.corridorwatch.model;

/**
 * Connected groups of pixels of a raster ({@code width × height}, row-major): the flood fill the burn regions and the
 * strips of mixed char both group their pixels with.
 */
public final class PixelGroups {
    private PixelGroups() {
    }

    /**
     * Labels with {@code label} the group of {@code member} pixels connected to {@code start} (8-connected, or
     * 4-connected when {@code eightConnected} is false) that carry no label yet ({@code labels} 0), {@code start}
     * included; returns the group's size {@code m}, its pixels being {@code queue[0..m)} in breadth-first order.
     * {@code queue} needs room for every pixel of the raster.
     */
    public static int grow(int start, boolean[] member, int[] labels, int[] queue, int label, int width, int height,
                           boolean eightConnected) {
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        labels[start] = label;
        while (head < tail) {
            int i = queue[head++];
            int x = i % width;
            int y = i / width;
            for (int dy = -1; dy <= 1; dy++) {
                int yy = y + dy;
                if (yy < 0 || yy >= height) {
                    continue;
                }
                for (int dx = -1; dx <= 1; dx++) {
                    if ((dx == 0 && dy == 0) || (!eightConnected && dx != 0 && dy != 0)) {
                        continue;
                    }
                    int xx = x + dx;
                    if (xx < 0 || xx >= width) {
                        continue;
                    }
                    int j = yy * width + xx;
                    if (labels[j] == 0 && member[j]) {
                        labels[j] = label;
                        queue[tail++] = j;
                    }
                }
            }
        }
        return tail;
    }

    /**
     * Cells within {@code reach} cells (Chebyshev: a square window) of a true cell of {@code mask} ({@code w × h},
     * row-major), by a separable pass along rows then columns.
     */
    public static boolean[] dilate(boolean[] mask, int w, int h, int reach) {
        boolean[] rows = new boolean[w * h];
        for (int r = 0; r < h; r++) {
            int last = Integer.MIN_VALUE / 2;
            for (int c = 0; c < w; c++) {
                if (mask[r * w + c]) {
                    last = c;
                }
                rows[r * w + c] = c - last <= reach;
            }
            last = Integer.MAX_VALUE / 2;
            for (int c = w - 1; c >= 0; c--) {
                if (mask[r * w + c]) {
                    last = c;
                }
                rows[r * w + c] |= last - c <= reach;
            }
        }
        boolean[] out = new boolean[w * h];
        for (int c = 0; c < w; c++) {
            int last = Integer.MIN_VALUE / 2;
            for (int r = 0; r < h; r++) {
                if (rows[r * w + c]) {
                    last = r;
                }
                out[r * w + c] = r - last <= reach;
            }
            last = Integer.MAX_VALUE / 2;
            for (int r = h - 1; r >= 0; r--) {
                if (rows[r * w + c]) {
                    last = r;
                }
                out[r * w + c] |= last - r <= reach;
            }
        }
        return out;
    }
}
