package org.corridorwatch.samples;

/**
 * Surface reflectance (0..1) of the materials the generator paints, in the six canonical bands
 * {@link #BLUE}, {@link #GREEN}, {@link #RED}, {@link #NIR}, {@link #SWIR1} (≈1.6 µm), {@link #SWIR2}
 * (≈2.2 µm). Values are typical of Sahel surfaces in Sentinel-2 L2A products; what matters for the
 * tests is their ordering: green vegetation NBR ≈ +0.5, bare soils ≈ −0.05, char ≈ −0.35, water dark
 * in NIR and SWIR.
 */
public enum Spectrum {
    LATERITE(0.07, 0.11, 0.20, 0.28, 0.38, 0.32),
    SAND(0.12, 0.17, 0.24, 0.31, 0.40, 0.34),
    GREEN_VEGETATION(0.035, 0.07, 0.045, 0.38, 0.20, 0.10),
    DRY_GRASS(0.07, 0.10, 0.14, 0.26, 0.33, 0.24),
    TREE(0.025, 0.05, 0.03, 0.32, 0.15, 0.07),
    CROP(0.03, 0.07, 0.04, 0.42, 0.22, 0.11),
    PLOUGHED(0.06, 0.08, 0.12, 0.18, 0.26, 0.22),
    WATER(0.06, 0.08, 0.07, 0.03, 0.012, 0.006),
    WET_SOIL(0.05, 0.07, 0.11, 0.16, 0.18, 0.14),
    ASPHALT(0.07, 0.08, 0.09, 0.11, 0.14, 0.13),
    DIRT(0.09, 0.13, 0.22, 0.30, 0.40, 0.34),
    COMPACTED_SOIL(0.10, 0.14, 0.21, 0.28, 0.37, 0.32),
    METAL_ROOF(0.38, 0.40, 0.41, 0.42, 0.36, 0.30),
    RUSTY_ROOF(0.10, 0.12, 0.19, 0.26, 0.31, 0.28),
    MUD_ROOF(0.09, 0.13, 0.22, 0.29, 0.39, 0.33),
    CHAR(0.035, 0.04, 0.045, 0.07, 0.15, 0.14),
    ASH(0.12, 0.13, 0.14, 0.16, 0.22, 0.20),
    WRECK(0.03, 0.03, 0.04, 0.05, 0.06, 0.06),
    TRUCK_WHITE(0.45, 0.47, 0.48, 0.50, 0.45, 0.38),
    TRUCK_RED(0.08, 0.07, 0.35, 0.40, 0.38, 0.32),
    TRUCK_BLUE(0.22, 0.15, 0.09, 0.25, 0.30, 0.26),
    TRUCK_YELLOW(0.10, 0.35, 0.42, 0.45, 0.40, 0.33),
    STALL_CANVAS(0.25, 0.20, 0.30, 0.40, 0.35, 0.30),
    CLOUD(0.55, 0.54, 0.53, 0.55, 0.40, 0.28),
    CIRRUS(0.30, 0.29, 0.28, 0.28, 0.22, 0.16);

    public static final int BLUE = 0;
    public static final int GREEN = 1;
    public static final int RED = 2;
    public static final int NIR = 3;
    public static final int SWIR1 = 4;
    public static final int SWIR2 = 5;
    /** Number of canonical bands. */
    public static final int BANDS = 6;

    private final double[] reflectance;

    Spectrum(double... reflectance) {
        this.reflectance = reflectance;
    }

    /** Reflectance in canonical band {@code b}. */
    public double at(int b) {
        return reflectance[b];
    }

    /** A copy of the six reflectances. */
    public double[] reflectances() {
        return reflectance.clone();
    }

    /** Normalised burn ratio (NIR − SWIR2)/(NIR + SWIR2) of this material. */
    public double nbr() {
        return (reflectance[NIR] - reflectance[SWIR2]) / (reflectance[NIR] + reflectance[SWIR2]);
    }
}
