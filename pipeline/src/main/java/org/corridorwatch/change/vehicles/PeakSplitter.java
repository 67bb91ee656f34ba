package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a thresholded component that is too long or too big for one vehicle into the vehicles it
 * holds: at 3 m a bright truck touches the faint bright shoulder of the road and nose-to-tail
 * vehicles touch each other, so plain hysteresis joins them into one long object that the size
 * filter rejects. Inside the component, from its strongest pixel down, each piece is the connected
 * set of pixels above {@code max(grow, peakFraction × its peak)} (a half-maximum rule). A piece is
 * kept only when it is <em>prominent</em>: every pixel just outside it (its 8-connected ring) responds
 * at most {@code (1 − minProminence) × its peak}. A vehicle on a road edge is far brighter than the
 * edge around it and passes; a stretch of the edge itself fades into more of the same edge and fails.
 * Dark objects on fine pixels use their own two settings: at 0.5 m wrecks on a burn scar join each other
 * through the asphalt they stand on (darker than the char, narrower than the structuring element), which
 * responds at up to half a wreck's peak; split at half maximum with prominence 0.5, each wreck is its
 * own piece.
 * Pieces are not size-checked here (the caller does that).
 */
final class PeakSplitter {
    private final float[] response;
    private final float[] background;
    private final int width;
    private final int height;
    private final double seed;
    private final double grow;
    private final double peakFraction;
    private final double minProminence;
    private final int[] piece;
    private final int[] stack;

    PeakSplitter(float[] response, float[] background, int width, int height, double seed, double grow,
                 double peakFraction, double minProminence) {
        this.response = response;
        this.background = background;
        this.width = width;
        this.height = height;
        this.seed = seed;
        this.grow = grow;
        this.peakFraction = peakFraction;
        this.minProminence = minProminence;
        this.piece = new int[response.length];
        this.stack = new int[response.length];
    }

    /**
     * @param pixels the component's pixel indices (first {@code count})
     * @param label  component labels of the image; the component's pixels carry {@code id}
     * @return the prominent pieces (unfiltered by size)
     */
    List<Moments> split(int[] pixels, int count, int[] label, int id) {
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = pixels[k];
        }
        Arrays.sort(order, (a, b) -> {
            int byResponse = Float.compare(response[b], response[a]);
            return byResponse != 0 ? byResponse : Integer.compare(a, b);
        });
        List<Moments> out = new ArrayList<>();
        int mark = 0;
        for (int start : order) {
            if (piece[start] != 0 || response[start] <= seed) {
                continue;
            }
            mark++;
            float peak = response[start];
            double floor = Math.max(grow, peakFraction * peak);
            Moments m = new Moments();
            double ring = 0;
            int top = 0;
            stack[top++] = start;
            piece[start] = mark;
            while (top > 0) {
                int i = stack[--top];
                int c = i % width;
                int r = i / width;
                m.add(c, r, response[i], background[i]);
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int rr = r + dr;
                        int cc = c + dc;
                        if (rr < 0 || rr >= height || cc < 0 || cc >= width || (dr == 0 && dc == 0)) {
                            continue;
                        }
                        int j = rr * width + cc;
                        if (piece[j] == mark) {
                            continue;
                        }
                        if (label[j] == id && piece[j] == 0 && response[j] > floor) {
                            piece[j] = mark;
                            stack[top++] = j;
                        } else if (Float.isFinite(response[j])) {
                            ring = Math.max(ring, response[j]);
                        }
                    }
                }
            }
            if (ring <= (1 - minProminence) * peak) {
                out.add(m);
            }
        }
        for (int k = 0; k < count; k++) {
            piece[pixels[k]] = 0;
        }
        return out;
    }
}
