package org.corridorwatch.config;

import java.util.List;
import java.util.Locale;

/** The spectral roles the pipeline uses, whatever a producer calls the band. */
public enum BandRole {
    BLUE, GREEN, RED, REDEDGE, NIR, SWIR1, SWIR2, SCL;

    /** The reflectance roles, in the order of {@code change.BandSet}'s bands (all but SCL). */
    public static final List<BandRole> SPECTRAL = List.of(BLUE, GREEN, RED, REDEDGE, NIR, SWIR1, SWIR2);

    /** The key used in YAML ("swir2"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
