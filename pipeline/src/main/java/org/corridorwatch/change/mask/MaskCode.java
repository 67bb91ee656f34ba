package org.corridorwatch.change.mask;

/**
 * Per-pixel mask codes, stored one {@code byte} per pixel. {@link #VALID} is 0 so a fresh
 * {@code new byte[n]} is all valid. When two reasons apply, the one with the higher
 * {@link #priority(byte)} wins (nodata over cloud over shadow over water).
 */
public final class MaskCode {
    public static final byte VALID = 0;
    public static final byte NODATA = 1;
    public static final byte CLOUD = 2;
    public static final byte CIRRUS = 3;
    public static final byte SHADOW = 4;
    public static final byte SNOW = 5;
    public static final byte WATER = 6;

    private static final int[] PRIORITY = {0, 6, 5, 4, 3, 2, 1};
    private static final String[] NAMES = {"valid", "nodata", "cloud", "cirrus", "shadow", "snow", "water"};

    private MaskCode() {
    }

    /** Higher wins when two codes meet; VALID is lowest. */
    public static int priority(byte code) {
        return PRIORITY[code];
    }

    /** The code of higher priority. */
    public static byte stronger(byte a, byte b) {
        return PRIORITY[a] >= PRIORITY[b] ? a : b;
    }

    public static String name(byte code) {
        return NAMES[code];
    }

    /** True for cloud, cirrus and a cloud's shadow: the pixel's ground is hidden or shaded by a cloud. */
    public static boolean cloudOrShade(byte code) {
        return code == CLOUD || code == CIRRUS || code == SHADOW;
    }

    /** Number of distinct codes (for histograms indexed by code). */
    public static int count() {
        return NAMES.length;
    }
}
