package org.corridorwatch.firms;

/** The sensor behind a FIRMS detection, with its nominal fire-pixel size at nadir. */
public enum Instrument {
    /** VIIRS I-band (Suomi-NPP, NOAA-20, NOAA-21): 375 m pixels. */
    VIIRS(375),
    /** MODIS (Terra, Aqua): 1 km pixels. */
    MODIS(1000);

    private final double nominalPixelM;

    Instrument(double nominalPixelM) {
        this.nominalPixelM = nominalPixelM;
    }

    /** Nominal pixel side at nadir, metres (pixels grow off nadir; see the {@code scan}/{@code track} columns). */
    public double nominalPixelM() {
        return nominalPixelM;
    }
}
