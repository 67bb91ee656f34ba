package org.corridorwatch.sites;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corridorwatch.model.SiteFeatures;

/**
 * The burn-across-the-road look-alike, the last of {@link LookAlikeCheck}'s rules: a burn lying across the road (elongated
 * at least {@code shadow_across_min_elongation}:1 with its axis at least {@code shadow_across_min_road_angle_deg} off the
 * road's), with no wreck counted on it, is not a convoy fire even where a fire was detected near it. A convoy fire burns
 * the tankers on the road and chars the verge beside them: its scar lies along the road. A band of burnt ground crossing
 * the road is a bush fire's front that crossed it; the fire detected near it is that bush fire's. Without a fire near it
 * the same shape is taken earlier as a cloud shadow across the road, and with the ground around it shaded as
 * {@link LookAlikeCheck#shadedAcross}; this rule takes what they leave.
 *
 * <p>Branch issue-16ad: tune seed 5203 (Sentinel-2, woodland): a bush fire's 0.41 ha tongue across the road, 3.4:1 at 82°
 * off it, dNBR 0.21, its own VIIRS detections 81 m away (FIRMS term 0.87); tune seed 5736 (PlanetScope, a flood and wet
 * soil): 855 m² at 2.8:1, 57° off the road, VIIRS 311 m away. No flagged site within 250 m of an attack on seven tune
 * sets (5200-5299, 5300-5365, 5100-5199 and the 16z, 16q and 16u sets: 341 attacks) lies across the road at 2:1 or more
 * (the earlier rules' surveys: every attack site elongated 2:1 or more under 23° off the road; the one more than 45° off
 * compact, 1.3:1). A real convoy fire that spread across the road into the bush as a narrow band, with no
 * wreck counted on it, would be rejected: the rule trades that case for bush fires crossing the road.
 * {@code burn_across_road} false: off.
 */
final class BurnAcrossRoad {
    private BurnAcrossRoad() {
    }

    /** The reason the site is a burn crossing the road, or empty; {@code wrecks}: wrecks counted on it (0: none or not counted). */
    static Optional<String> reject(SiteFeatures f, int wrecks, Map<String, Object> details, SiteParameters.LookAlikes p) {
        if (!p.burnAcrossRoad() || wrecks > 0 || f.elongation() < p.shadowAcrossMinElongation()
                || !(f.roadAngleDeg() >= p.shadowAcrossMinRoadAngleDeg())) {
            return Optional.empty();
        }
        double nearest = details.get("firms_nearest_m") instanceof Number n ? n.doubleValue() : Double.NaN;
        return Optional.of(String.format(Locale.ROOT, "not flagged: a %.2f ha burn lying across the road (%.1f:1, %.0f° off "
                + "it), no wrecks — a bush fire's front crossing the road? (a convoy fire's scar lies along the road%s)",
                f.areaHa(), f.elongation(), f.roadAngleDeg(), Double.isNaN(nearest) ? "" : String.format(Locale.ROOT,
                        "; the fire detected %.0f m away is the bush fire's", nearest)));
    }
}
