package org.corridorwatch.roads;

/**
 * Where road data came from, recorded in run.json and shown with the road.
 *
 * @param file         absolute path of the roads file
 * @param sha256       SHA-256 of its bytes (hex)
 * @param format       the GDAL driver that read it ("OSM", "GPKG", …)
 * @param osmTimestamp the OSM replication time of the extract (ISO-8601), or null when the file has none
 * @param ways         lines read from it (within reach of the corridors)
 * @param attribution  the licence attribution of the data, e.g. "© OpenStreetMap contributors, ODbL"
 */
public record RoadProvenance(String file, String sha256, String format, String osmTimestamp, int ways, String attribution) {
    /** One line for the roads layer and CorridorRoad: file, data date, checksum prefix and attribution. */
    public String describe() {
        return java.nio.file.Path.of(file).getFileName() + (osmTimestamp != null ? " (OSM data as of " + osmTimestamp + ")" : "")
                + ", sha256 " + sha256.substring(0, 12) + "…" + (attribution.isBlank() ? "" : "; " + attribution);
    }
}
