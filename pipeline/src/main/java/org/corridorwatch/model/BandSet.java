package org.corridorwatch.model;

/**
 * One date's surface reflectance (0..1, {@code NaN} = nodata) for a tile, row-major, {@code width *
 * height} values per band. Blue, green, red and NIR are required; red-edge (S2 B5..B7/B8A-like, used by
 * BAIS2), SWIR1 (~1.6 µm, S2 B11) and SWIR2 (~2.2 µm, S2 B12) may be {@code null}. Arrays are shared,
 * not copied: callers must not modify them afterwards.
 */
public record BandSet(int width, int height, float[] blue, float[] green, float[] red, float[] rededge,
                      float[] nir, float[] swir1, float[] swir2) {

    public BandSet {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("tile size must be positive: " + width + "x" + height);
        }
        int n = width * height;
        check("blue", blue, n, true);
        check("green", green, n, true);
        check("red", red, n, true);
        check("nir", nir, n, true);
        check("rededge", rededge, n, false);
        check("swir1", swir1, n, false);
        check("swir2", swir2, n, false);
    }

    private static void check(String name, float[] band, int n, boolean required) {
        if (band == null) {
            if (required) {
                throw new IllegalArgumentException("band " + name + " is required");
            }
        } else if (band.length != n) {
            throw new IllegalArgumentException("band " + name + " has " + band.length + " values, expected " + n);
        }
    }

    /** A set without SWIR or red-edge (PlanetScope, RGB+NIR). */
    public static BandSet ofVisibleNir(int width, int height, float[] blue, float[] green, float[] red, float[] nir) {
        return new BandSet(width, height, blue, green, red, null, nir, null, null);
    }

    public int size() {
        return width * height;
    }

    public boolean hasSwir() {
        return swir2 != null || swir1 != null;
    }

    /** The SWIR band NBR uses: SWIR2 (B12) when present, else SWIR1 (B11), else {@code null}. */
    public float[] nbrSwir() {
        return swir2 != null ? swir2 : swir1;
    }

    /** The bands present, in the fixed order blue, green, red, rededge, nir, swir1, swir2 ({@code null} kept). */
    public float[][] bands() {
        return new float[][] {blue, green, red, rededge, nir, swir1, swir2};
    }

    /** A new set with the given bands in {@link #bands()} order (same size). */
    public static BandSet of(int width, int height, float[][] b) {
        return new BandSet(width, height, b[0], b[1], b[2], b[3], b[4], b[5], b[6]);
    }
}
