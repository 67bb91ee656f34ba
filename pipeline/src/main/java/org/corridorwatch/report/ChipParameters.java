package org.corridorwatch.report;

/**
 * How evidence chips are cut and drawn.
 *
 * @param sizePx        side of the written PNGs, pixels
 * @param marginPx      scene pixels added around the site's bounding box
 * @param minWindowPx   smallest window side in scene pixels
 * @param maxWindowPx   largest window side in scene pixels (huge bush fires are cropped around their centre)
 * @param maxCandidates chips are drawn for every flagged candidate and the best ranked up to this count
 */
public record ChipParameters(int sizePx, int marginPx, int minWindowPx, int maxWindowPx, int maxCandidates) {
    public static final int DEFAULT_SIZE_PX = 256;
    public static final int DEFAULT_MARGIN_PX = 24;
    public static final int DEFAULT_MIN_WINDOW_PX = 64;
    public static final int DEFAULT_MAX_WINDOW_PX = 512;
    public static final int DEFAULT_MAX_CANDIDATES = 25;
    public static final ChipParameters DEFAULT = new ChipParameters(DEFAULT_SIZE_PX, DEFAULT_MARGIN_PX,
            DEFAULT_MIN_WINDOW_PX, DEFAULT_MAX_WINDOW_PX, DEFAULT_MAX_CANDIDATES);

    /** No chips at all ({@code scan --no-chips}). */
    public static final ChipParameters NONE = new ChipParameters(DEFAULT_SIZE_PX, DEFAULT_MARGIN_PX,
            DEFAULT_MIN_WINDOW_PX, DEFAULT_MAX_WINDOW_PX, 0);

    public ChipParameters {
        if (sizePx < 32 || marginPx < 0 || minWindowPx < 8 || maxWindowPx < minWindowPx || maxCandidates < 0) {
            throw new IllegalArgumentException("invalid chip parameters: size " + sizePx + ", margin " + marginPx
                    + ", window " + minWindowPx + ".." + maxWindowPx + ", max candidates " + maxCandidates);
        }
    }
}
