package org.corridorwatch.model;

/** Where a stretch of a corridor's road geometry came from. */
public enum RoadSource {
    /** Ways of an OpenStreetMap extract or another road line layer given with {@code --roads}. */
    OSM,
    /** The road located in the scene's own pixels (the before date). */
    IMAGERY,
    /** The corridor's configured line ({@code config/corridors.geojson}), used where nothing better exists. */
    CONFIGURED;

    /** The lower-case name written in outputs ("osm", "imagery", "configured"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
