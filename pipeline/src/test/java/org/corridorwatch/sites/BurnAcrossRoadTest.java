package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.corridorwatch.model.SiteFeatures;
import org.junit.jupiter.api.Test;

/** A burn lying across the road, with a fire detected near it and no wreck, is a bush fire's front crossing the road. */
class BurnAcrossRoadTest {
    private static final SiteParameters.LookAlikes P = SiteParameters.LookAlikes.DEFAULTS;

    /** area, dNBR, darkness, elongation, angle off the road, road fraction, SWIR or not. */
    private static SiteFeatures site(double areaM2, double dNbr, double darkness, double elongation, double roadAngle,
                                     double roadFraction, boolean swir) {
        return new SiteFeatures(areaM2, dNbr, 0.5, 0.8, darkness, elongation, 0, roadAngle, 0, 0, roadFraction, swir);
    }

    @Test
    void aBurnAcrossTheRoadWithAFireNearItAndNoWreckIsABushFireCrossingTheRoad() {
        // tune seed 5203 (Sentinel-2, woodland): 4100 m² at 3.4:1, 82° off the road, 91 % within 60 m, dNBR 0.21, the bush
        // fire's own VIIRS detections 81 m away (FIRMS term 0.87)
        SiteFeatures s5203 = site(4100, 0.211, 0.564, 3.42, 82, 0.915, true);
        Map<String, Object> firms = Map.of("firms_count", 4, "firms_nearest_m", 81.0);
        assertEquals(Optional.of("not flagged: a 0.41 ha burn lying across the road (3.4:1, 82° off it), no wrecks — a bush "
                + "fire's front crossing the road? (a convoy fire's scar lies along the road; the fire detected 81 m away is "
                + "the bush fire's)"), LookAlikeCheck.reject(s5203, Double.NaN, 0.871, firms, P));
        // off (the code before issue-16ad): kept
        assertTrue(LookAlikeCheck.reject(s5203, Double.NaN, 0.871, firms, MovedRoadLineTest.issue16ad(false)).isEmpty());
        // tune seed 5736 (PlanetScope, flood and wet soil): 855 m² at 2.8:1, 57° off the road, no wreck, VIIRS 311 m away
        assertTrue(LookAlikeCheck.reject(site(855, 0.4, 0.42, 2.8, 57.1, 0.35, false), Double.NaN, 0.82,
                Map.of("wreck_count", 0, "firms_count", 4, "firms_nearest_m", 311.0), P).orElse("")
                .endsWith("the fire detected 311 m away is the bush fire's)"));
    }

    @Test
    void convoyScarsLieAlongTheRoadOrAreCompactOrCarryWrecks() {
        // along the road (every attack site of the tune sets elongated 2:1 or more is under 23° off it)
        assertTrue(LookAlikeCheck.reject(site(4100, 0.3, 0.6, 3.4, 22, 0.95, true), Double.NaN, 0.87, Map.of(), P).isEmpty());
        // compact, whatever its angle (the one attack site more than 45° off the road: 1.3:1)
        assertTrue(LookAlikeCheck.reject(site(4100, 0.3, 0.6, 1.3, 80, 0.95, true), Double.NaN, 0.87, Map.of(), P).isEmpty());
        // a wreck counted on it
        assertTrue(LookAlikeCheck.reject(site(4100, 0.3, 0.6, 3.4, 82, 0.95, false), Double.NaN, 0.87,
                Map.of("wreck_count", 3, "firms_count", 2), P).isEmpty());
    }
}
