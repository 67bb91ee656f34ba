package org.corridorwatch.model;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A candidate attack site as reported: where it is, what was measured, its score and why. Immutable.
 *
 * @param id            stable id for the same site ("cw-" + corridor + a ~50 m location cell)
 * @param rank          1 = best
 * @param score         fused score in [0,1]
 * @param flagged       score reached the report threshold
 * @param pattern       "road_attack", "burn_scar", "bushfire"
 * @param corridor      corridor id, or "" when the site is far from every corridor
 * @param chainageKm    km from Bamako (NaN without a corridor)
 * @param offsetM       signed offset from the corridor line (NaN without a corridor)
 * @param place         "km 212.4 on RN1, 4.2 km SE of Kolokani" (or the nearest place only)
 * @param lon           centroid longitude
 * @param lat           centroid latitude
 * @param outlineWgs84  the site's outline
 * @param features      measured features
 * @param components    value of each evidence term ({@code burn} → {@code burn_score})
 * @param reasons       plain-language reasons
 * @param changeIndex   "dNBR" or "dNIR": what the burn metrics are
 * @param details       output fields added by evidence terms ({@code firms_count}, {@code event_date_min}...)
 */
public record Candidate(String id, int rank, double score, boolean flagged, String pattern, String corridor,
                        double chainageKm, double offsetM, String place, double lon, double lat,
                        Geometry outlineWgs84, SiteFeatures features, Map<String, Double> components,
                        List<String> reasons, String changeIndex, Map<String, Object> details) {

    public Candidate withRank(int newRank, boolean isFlagged) {
        return new Candidate(id, newRank, score, isFlagged, pattern, corridor, chainageKm, offsetM, place, lon, lat,
                outlineWgs84, features, components, reasons, changeIndex, details);
    }
}
