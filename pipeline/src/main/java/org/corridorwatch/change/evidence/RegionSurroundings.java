package org.corridorwatch.change.evidence;

import java.util.Arrays;
import org.corridorwatch.model.PixelGroups;

/**
 * How much the ground around each burn region darkened: the median darkening index ({@link CharDarkening}, the
 * smallest relative darkening over green, red and NIR), less the scene's centre, of the pixels within {@link #REACH_PX}
 * pixels of the region that belong to no region. Char darkens where it burnt and leaves the ground beside it as it was
 * (around the tune scenes' attack sites the index is within a few hundredths of the scene's centre); a cloud shadow
 * darkens everything under it, and where it crosses a dark road only the road passes the darkening's dark-after gate, so
 * the flagged piece is ringed by ground that darkened as much but stayed too bright to read as char. Pure maths on the
 * tile's arrays.
 */
public final class RegionSurroundings {
    /** The ring around a region: pixels within this many pixels of it (square window). */
    public static final int REACH_PX = 3;
    /** Fewer ring pixels than this (a region filling its tile) give no value. */
    static final int MIN_RING_PIXELS = 4;

    private RegionSurroundings() {
    }

    /**
     * The darkening around each region, given to every pixel of the region (NaN outside regions, and for a region
     * with fewer than {@link #MIN_RING_PIXELS} ring pixels of finite index).
     *
     * @param labels region label of each pixel (0 = none), row-major {@code width × height}
     * @param index  the darkening index of each pixel (NaN where masked)
     * @param centre the scene's centre of the index, subtracted
     */
    public static float[] darkeningAround(int[] labels, int width, int height, float[] index, double centre) {
        return perRegion(labels, width, height, (ring, count) -> {
            float[] values = new float[count];
            int k = 0;
            for (int j = 0; j < count; j++) {
                float v = index[ring[j]];
                if (v == v) {
                    values[k++] = v;
                }
            }
            if (k < MIN_RING_PIXELS) {
                return Float.NaN;
            }
            Arrays.sort(values, 0, k);
            float median = k % 2 == 1 ? values[k / 2] : (values[k / 2 - 1] + values[k / 2]) / 2f;
            return (float) (median - centre);
        });
    }

    /**
     * The share of the ground around each region (pixels within {@link #REACH_PX} of it that belong to no region,
     * masked or not) that {@code cloudy} marks — the mask's cloud, cirrus and cloud-shadow pixels — given to every pixel
     * of the region (NaN outside regions and for a region with fewer than {@link #MIN_RING_PIXELS} ring pixels). Above 0
     * the region touches the cloud mask: a piece of a cloud's shade beside its cloud that the mask missed, or char
     * under a cloud's edge.
     */
    public static float[] cloudBeside(int[] labels, int width, int height, boolean[] cloudy) {
        return perRegion(labels, width, height, (ring, count) -> {
            if (count < MIN_RING_PIXELS) {
                return Float.NaN;
            }
            int masked = 0;
            for (int j = 0; j < count; j++) {
                if (cloudy[ring[j]]) {
                    masked++;
                }
            }
            return masked / (float) count;
        });
    }

    /** A value of one region's ring: the first {@code count} entries of {@code ring}, pixel indices of the tile. */
    private interface RingValue {
        float of(int[] ring, int count);
    }

    /**
     * Each region's ring value given to every pixel of the region (NaN elsewhere): the ring is the pixels within
     * {@link #REACH_PX} of the region (square window) that belong to no region.
     */
    private static float[] perRegion(int[] labels, int width, int height, RingValue value) {
        int n = width * height;
        float[] out = new float[n];
        Arrays.fill(out, Float.NaN);
        int max = 0;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        if (max == 0) {
            return out;
        }
        int[] minC = filled(max + 1, Integer.MAX_VALUE);
        int[] minR = filled(max + 1, Integer.MAX_VALUE);
        int[] maxC = filled(max + 1, -1);
        int[] maxR = filled(max + 1, -1);
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            if (l > 0) {
                int r = i / width;
                int c = i - r * width;
                minC[l] = Math.min(minC[l], c);
                maxC[l] = Math.max(maxC[l], c);
                minR[l] = Math.min(minR[l], r);
                maxR[l] = Math.max(maxR[l], r);
            }
        }
        for (int l = 1; l <= max; l++) {
            if (maxC[l] < 0) {
                continue;
            }
            int x0 = Math.max(0, minC[l] - REACH_PX);
            int y0 = Math.max(0, minR[l] - REACH_PX);
            int x1 = Math.min(width - 1, maxC[l] + REACH_PX);
            int y1 = Math.min(height - 1, maxR[l] + REACH_PX);
            int w = x1 - x0 + 1;
            int h = y1 - y0 + 1;
            boolean[] region = new boolean[w * h];
            int[] ring = new int[w * h];
            for (int r = y0; r <= y1; r++) {
                for (int c = x0; c <= x1; c++) {
                    region[(r - y0) * w + c - x0] = labels[r * width + c] == l;
                }
            }
            boolean[] near = PixelGroups.dilate(region, w, h, REACH_PX);
            int count = 0;
            for (int r = y0; r <= y1; r++) {
                for (int c = x0; c <= x1; c++) {
                    int i = r * width + c;
                    if (near[(r - y0) * w + c - x0] && labels[i] == 0) {
                        ring[count++] = i;
                    }
                }
            }
            float v = value.of(ring, count);
            if (v == v) {
                for (int r = minR[l]; r <= maxR[l]; r++) {
                    for (int c = minC[l]; c <= maxC[l]; c++) {
                        if (labels[r * width + c] == l) {
                            out[r * width + c] = v;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int[] filled(int n, int v) {
        int[] a = new int[n];
        Arrays.fill(a, v);
        return a;
    }
}
