package org.corridorwatch.samples;

import java.util.List;

/**
 * The sensors the generator imitates: ground sample distance, output bands (as canonical
 * {@link Spectrum} band indices), how reflectance is stored, and the noise level.
 *
 * <p>Encodings: Sentinel-2 L2A from processing baseline 04.00 stores {@code DN = 10000·ρ + 1000}
 * ({@code BOA_ADD_OFFSET = -1000}); PlanetScope surface reflectance is {@code 10000·ρ}; the
 * high-resolution product is delivered like most very-high-resolution imagery, as 8-bit
 * pansharpened RGBN with a fixed linear stretch that saturates at reflectance 0.5
 * ({@code DN = 510·ρ}, Byte: dark char and wrecks keep ~10–20 DN instead of ~5–10 with {@code 255·ρ},
 * enough for the black-hat to separate them); the {@code highres} scan profile's scale of 1/510
 * ({@code config/sensors.yaml}) turns it back into reflectance. DN 0 is nodata for every sensor.
 */
public enum Sensor {
    SENTINEL2(10.0, List.of("B02", "B03", "B04", "B08", "B11", "B12"),
            new int[] {Spectrum.BLUE, Spectrum.GREEN, Spectrum.RED, Spectrum.NIR, Spectrum.SWIR1, Spectrum.SWIR2},
            10000, 1000, 65535, 0.0022, 0.00002, false),
    PLANETSCOPE(3.0, List.of("blue", "green", "red", "nir"),
            new int[] {Spectrum.BLUE, Spectrum.GREEN, Spectrum.RED, Spectrum.NIR}, 10000, 0, 65535, 0.006, 0.00005, false),
    HIGHRES(0.5, List.of("red", "green", "blue", "nir"),
            new int[] {Spectrum.RED, Spectrum.GREEN, Spectrum.BLUE, Spectrum.NIR}, 510, 0, 255, 0.004, 0.00003, true);

    /** Name of the extra Sentinel-2 scene-classification band. */
    public static final String SCL_BAND = "SCL";

    private final double gsdM;
    private final List<String> bandNames;
    private final int[] canonicalBands;
    private final double dnPerReflectance;
    private final double dnOffset;
    private final int maxDn;
    private final double noiseFloor;
    private final double noiseShot;
    private final boolean eightBit;

    Sensor(double gsdM, List<String> bandNames, int[] canonicalBands, double dnPerReflectance, double dnOffset,
           int maxDn, double noiseFloor, double noiseShot, boolean eightBit) {
        this.gsdM = gsdM;
        this.bandNames = bandNames;
        this.canonicalBands = canonicalBands;
        this.dnPerReflectance = dnPerReflectance;
        this.dnOffset = dnOffset;
        this.maxDn = maxDn;
        this.noiseFloor = noiseFloor;
        this.noiseShot = noiseShot;
        this.eightBit = eightBit;
    }

    /** True when the product is stored as 8-bit (Byte) DN, false for UInt16. */
    public boolean eightBit() {
        return eightBit;
    }

    /** Ground sample distance in metres. */
    public double gsdM() {
        return gsdM;
    }

    /** Spectral band names in file order (without SCL). */
    public List<String> bandNames() {
        return bandNames;
    }

    /** All band names written to the file (Sentinel-2 adds SCL last). */
    public List<String> fileBandNames() {
        if (!hasScl()) {
            return bandNames;
        }
        return java.util.stream.Stream.concat(bandNames.stream(), java.util.stream.Stream.of(SCL_BAND)).toList();
    }

    /** Canonical {@link Spectrum} band index of output band {@code i}. */
    public int canonicalBand(int i) {
        return canonicalBands[i];
    }

    public int bandCount() {
        return canonicalBands.length;
    }

    public boolean hasScl() {
        return this == SENTINEL2;
    }

    /** True for bands acquired at 20 m and delivered upsampled onto the 10 m grid (S2 B11, B12). */
    public boolean isCoarseBand(int i) {
        return this == SENTINEL2 && (canonicalBands[i] == Spectrum.SWIR1 || canonicalBands[i] == Spectrum.SWIR2);
    }

    public double dnPerReflectance() {
        return dnPerReflectance;
    }

    /** Added to every valid DN (1000 for Sentinel-2 baseline ≥ 04.00). */
    public double dnOffset() {
        return dnOffset;
    }

    /** Reflectance → stored DN: rounded, clamped to [1, max]; 0 is reserved for nodata. */
    public float encode(double reflectance) {
        double dn = Math.rint(reflectance * dnPerReflectance + dnOffset);
        return (float) Math.max(1, Math.min(maxDn, dn));
    }

    /** Stored DN → reflectance (NaN for nodata). */
    public double decode(double dn) {
        return dn == 0 ? Double.NaN : (dn - dnOffset) / dnPerReflectance;
    }

    /** Noise standard deviation in reflectance units at reflectance {@code rho}. */
    public double noiseSigma(double rho) {
        return Math.sqrt(noiseFloor * noiseFloor + noiseShot * Math.max(0, rho));
    }

    /** Lower-case CLI name. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
