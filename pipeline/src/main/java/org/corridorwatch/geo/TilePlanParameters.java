package org.corridorwatch.geo;

import org.corridorwatch.model.ConfigException;

/**
 * Settings of {@link TilePlanner}. Validated on construction ({@link ConfigException}, exit code 4).
 *
 * @param tileSizePx tile width and height in scene pixels
 * @param overlapPx  pixels shared by neighbouring tiles (the stride is {@code tileSizePx - overlapPx})
 * @param bufferM    half-width of the corridor in metres; NaN = each corridor's {@code default_buffer_m}
 */
public record TilePlanParameters(int tileSizePx, int overlapPx, double bufferM) {
    /** 512 px: 5.1 km at 10 m, 1.5 km at 3 m; a float window of 4 bands is 4 MB. */
    public static final int DEFAULT_TILE_SIZE_PX = 512;
    /**
     * 32 px: an object up to 32 px across (a tanker row at 3 m GSD, a 300 m burn scar at 10 m) cut by a
     * tile edge lies whole in the neighbouring tile, and local filters up to 31 px wide see full context.
     */
    public static final int DEFAULT_OVERLAP_PX = 32;
    /** NaN: use the corridor's own default buffer. */
    public static final double DEFAULT_BUFFER_M = Double.NaN;
    public static final int MIN_TILE_SIZE_PX = 16;
    public static final int MAX_TILE_SIZE_PX = 16384;

    public TilePlanParameters {
        if (tileSizePx < MIN_TILE_SIZE_PX || tileSizePx > MAX_TILE_SIZE_PX) {
            throw new ConfigException("tile size must be " + MIN_TILE_SIZE_PX + ".." + MAX_TILE_SIZE_PX + " px, got "
                    + tileSizePx, "the default is " + DEFAULT_TILE_SIZE_PX);
        }
        if (overlapPx < 0 || overlapPx >= tileSizePx / 2) {
            throw new ConfigException("overlap must be 0.." + (tileSizePx / 2 - 1) + " px for " + tileSizePx
                    + " px tiles, got " + overlapPx, "the default is " + DEFAULT_OVERLAP_PX);
        }
        if (!Double.isNaN(bufferM) && !(bufferM > 0 && bufferM <= 100_000)) {
            throw new ConfigException("buffer must be > 0 and ≤ 100000 m, got " + bufferM,
                    "give the corridor half-width in metres, e.g. --buffer-m 7500");
        }
    }

    /** Defaults: 512 px tiles, 32 px overlap, each corridor's default buffer. */
    public static TilePlanParameters defaults() {
        return new TilePlanParameters(DEFAULT_TILE_SIZE_PX, DEFAULT_OVERLAP_PX, DEFAULT_BUFFER_M);
    }

    /** The buffer for a corridor: this one's when set, else the corridor's default. */
    public double bufferFor(Corridor c) {
        return Double.isNaN(bufferM) ? c.defaultBufferM() : bufferM;
    }

    public int stridePx() {
        return tileSizePx - overlapPx;
    }
}
