package org.corridorwatch.config;

import java.util.Locale;

/** The spectral roles the pipeline uses, whatever a producer calls the band. */
public enum BandRole {
    BLUE, GREEN, RED, REDEDGE, NIR, SWIR1, SWIR2, SCL;

    /** The key used in YAML ("swir2"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
