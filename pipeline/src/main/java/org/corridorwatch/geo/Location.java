package org.corridorwatch.geo;

import java.util.Locale;

/**
 * Where a point is, the way analysts say it. Immutable.
 *
 * @param corridorId      the nearest corridor
 * @param chainageKm      km from the corridor's origin (Bamako) of the foot point on its chainage line (the line, or
 *                        the prior line where the road found in the imagery moved it: {@link Corridor#chainageLineWgs84()})
 * @param offsetM         signed perpendicular distance from the line (the road used), m; + = left of travel from Bamako
 * @param side            "left", "right" (or "on" within 1 m)
 * @param placeName       nearest named place ("" when there is no gazetteer)
 * @param placeDistanceKm distance from that place, km (NaN without a place)
 * @param placeBearing    8-point compass direction from the place to the point ("SE")
 */
public record Location(String corridorId, double chainageKm, double offsetM, String side,
                       String placeName, double placeDistanceKm, String placeBearing) {

    /** "km 212.4 on rn1-senegal, 4.2 km SE of Kolokani". */
    public String label() {
        return labelWith(corridorId);
    }

    /** The label with another name for the corridor, e.g. its alias: "km 212.4 on RN1, 4.2 km SE of Kolokani". */
    public String labelWith(String corridorName) {
        String km = String.format(Locale.ROOT, "km %.1f on %s", chainageKm, corridorName);
        if (placeName == null || placeName.isEmpty()) {
            return km;
        }
        if (placeDistanceKm < 0.05) {
            return km + ", at " + placeName;
        }
        return km + String.format(Locale.ROOT, ", %.1f km %s of %s", placeDistanceKm, placeBearing, placeName);
    }
}
