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
}
