package org.corridorwatch.nightly.store;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * One catalogued scene.
 *
 * @param id             SHA-256 of the file's bytes (64 hex digits): the same scene under two names is one scene
 * @param path           where it is read from (a file, or a /vsicurl/ URL)
 * @param sensorProfile  profile of config/sensors.yaml its bands matched
 * @param date           acquisition date (metadata, else file name); null when unknown
 * @param footprint      valid-data footprint, WGS84 lon/lat
 * @param cloudFraction  share of sampled pixels over the buffered corridors that are cloud, cirrus or shadow (0–1);
 *                       NaN when the scene reaches no corridor
 * @param sizeBytes      file size
 */
public record SceneRecord(String id, String path, String sensorProfile, LocalDate date, Geometry footprint,
                          double cloudFraction, long sizeBytes) {

    /** True when the scene's footprint reaches a buffered corridor. */
    public boolean onCorridor() {
        return !Double.isNaN(cloudFraction);
    }

    /** The first 8 hex digits of the id, for folder names and messages. */
    public String shortId() {
        return id.substring(0, 8);
    }

    public String label() {
        return (date == null ? "undated" : date.toString()) + " " + shortId();
    }
}
