package org.corridorwatch.change.regions;

import org.corridorwatch.model.PixelGroups;

/**
 * Splits burn regions that are two or more bodies joined only by a neck one or two pixels wide. On pixels of a few
 * metres the dark edge of a road shifted by a fraction of a pixel between the dates reads as a line of evidence one pixel
 * wide along the road, and it joins whatever lies on the road: tune seeds 5908 and 5976 (PlanetScope) had their attacks
 * joined by it to a cloud's shade 200–400 m down the road (one site of 11.5 and 21 ha, rejected as a cloud shadow), 5757
 * to a patch of wet soil (3.4 ha, rejected as a bush fire). Split at the neck, each body is judged by its own rules.
 *
 * <p>A body is a group of core pixels (a pixel whose eight neighbours are all in its region, so lines up to two pixels
 * wide have none) of at least {@code minPartPixels}; a region with two or more bodies is divided among them by growing
 * every body through the region's pixels at once (the neck goes half to each side). Smaller groups of core pixels are no
 * bodies: they go with the body that reaches them first.
 */
public final class RegionNecks {
    private RegionNecks() {
    }

    /**
     * New labels (1..k', 0 outside) where every region of {@code labels} (1..{@code count}) with two or more bodies is
     * divided among them; {@code labels} is not changed. Returns {@code labels} itself when nothing was split.
     */
    public static int[] split(int[] labels, int width, int height, int count, int minPartPixels) {
        return split(labels, width, height, count, minPartPixels, 0);
    }

    /**
     * As {@link #split(int[], int, int, int, int)}, but bodies whose growth meets within {@code minNeckPixels} steps
     * of each other (a short pinch, not a line) stay one region.
     */
    public static int[] split(int[] labels, int width, int height, int count, int minPartPixels, int minNeckPixels) {
        int n = labels.length;
        boolean[] core = new boolean[n];
        boolean any = false;
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int i = y * width + x;
                int l = labels[i];
                core[i] = l > 0 && labels[i - 1] == l && labels[i + 1] == l && labels[i - width] == l
                        && labels[i + width] == l && labels[i - width - 1] == l && labels[i - width + 1] == l
                        && labels[i + width - 1] == l && labels[i + width + 1] == l;
                any |= core[i];
            }
        }
        if (!any) {
            return labels;
        }
        // bodies: groups of core pixels large enough; count them per region
        int[] body = new int[n];
        int[] queue = new int[n];
        int[] bodyRegion = new int[16];
        int bodies = 0;
        int[] groupLabels = new int[n];
        int[] bodiesOf = new int[count + 1];
        for (int start = 0; start < n; start++) {
            if (!core[start] || groupLabels[start] != 0) {
                continue;
            }
            int size = PixelGroups.grow(start, core, groupLabels, queue, 1, width, height, true);
            if (size < minPartPixels) {
                continue;
            }
            bodies++;
            if (bodies == bodyRegion.length) {
                bodyRegion = java.util.Arrays.copyOf(bodyRegion, bodies * 2);
            }
            bodyRegion[bodies] = labels[start];
            bodiesOf[labels[start]]++;
            for (int k = 0; k < size; k++) {
                body[queue[k]] = bodies;
            }
        }
        boolean split = false;
        for (int l = 1; l <= count && !split; l++) {
            split = bodiesOf[l] >= 2;
        }
        if (!split) {
            return labels;
        }
        // grow the bodies of split regions through their region's pixels at once (breadth first, 8-connected); bodies
        // whose fronts meet after fewer than minNeckPixels steps in all are joined by a pinch, not a neck: one body
        int[] steps = new int[n];
        int[] parent = new int[bodies + 1];
        for (int b = 1; b <= bodies; b++) {
            parent[b] = b;
        }
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (body[i] > 0 && bodiesOf[labels[i]] >= 2) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            int x = i % width;
            int y = i / width;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int xx = x + dx;
                    int yy = y + dy;
                    if ((dx == 0 && dy == 0) || xx < 0 || yy < 0 || xx >= width || yy >= height) {
                        continue;
                    }
                    int j = yy * width + xx;
                    if (labels[j] != labels[i]) {
                        continue;
                    }
                    if (body[j] == 0) {
                        body[j] = body[i];
                        steps[j] = steps[i] + 1;
                        queue[tail++] = j;
                    } else if (body[j] != body[i] && steps[i] + steps[j] + 1 < minNeckPixels) {
                        parent[root(parent, body[i])] = root(parent, body[j]);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (body[i] > 0) {
                body[i] = root(parent, body[i]);
            }
        }
        // relabel: one label per body of a split region, one per other region, in order of first pixel
        int[] regionLabel = new int[count + 1];
        int[] bodyLabel = new int[bodies + 1];
        int next = 0;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            if (l == 0) {
                continue;
            }
            if (bodiesOf[l] >= 2 && body[i] > 0) {
                if (bodyLabel[body[i]] == 0) {
                    bodyLabel[body[i]] = ++next;
                }
                out[i] = bodyLabel[body[i]];
            } else {
                if (regionLabel[l] == 0) {
                    regionLabel[l] = ++next;
                }
                out[i] = regionLabel[l];
            }
        }
        return out;
    }

    private static int root(int[] parent, int b) {
        while (parent[b] != b) {
            parent[b] = parent[parent[b]];
            b = parent[b];
        }
        return b;
    }

    /** The number of regions in {@code labels} (its largest label). */
    public static int count(int[] labels) {
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l);
        }
        return k;
    }
}
