package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.corridorwatch.model.SiteFeatures;
import org.junit.jupiter.api.Test;

/** Site-level look-alikes: what stays bright, and road-wide resurfacing; true attacks pass. */
class LookAlikeCheckTest {
    private static final SiteParameters.LookAlikes P = SiteParameters.LookAlikes.DEFAULTS;

    /** areaM2, darkness, elongation, road fraction; along the road, crossing it, with SWIR. */
    private static SiteFeatures site(double areaM2, double darkness, double elongation, double roadFraction) {
        return new SiteFeatures(areaM2, 0.3, 0.5, 0.85, darkness, elongation, 0, 2, 0, 0, roadFraction, true);
    }

    @Test
    void driedVegetationStaysBright() {
        Optional<String> r = LookAlikeCheck.reject(site(3200, 0.002, 3, 0.7), Map.of(), P);
        assertTrue(r.isPresent());
        assertTrue(r.get().startsWith("not flagged: NBR fell but the ground stays bright"), r.get());
    }

    @Test
    void longNarrowRoadStripWithoutWrecksIsResurfacing() {
        // 700 m x 14 m, all on the road
        Optional<String> r = LookAlikeCheck.reject(site(700 * 14, 0.3, 50, 1.0), Map.of(), P);
        assertEquals(Optional.of("not flagged: uniform road-wide darkening (700 m long, 14 m wide), no wrecks "
                + "— resurfacing?"), r);
        // the same strip with wrecks counted on it is a convoy fire
        assertTrue(LookAlikeCheck.reject(site(700 * 14, 0.3, 50, 1.0), Map.of("wreck_count", 12), P).isEmpty());
    }

    @Test
    void aLargeCompactDarkPatchAcrossTheRoadWithNbrUnchangedIsACloudShadow() {
        SiteFeatures shadow = new SiteFeatures(70_600, -0.002, 0.1, 0.94, 0.97, 1.5, 0, 40, 0, 0, 0.42, true);
        Optional<String> r = LookAlikeCheck.reject(shadow, Map.of(), P);
        assertTrue(r.isPresent() && r.get().endsWith("— cloud shadow?"), r.toString());
        // a bush fire there lowers NBR
        SiteFeatures bushfire = new SiteFeatures(70_600, 0.3, 0.5, 0.94, 0.97, 1.5, 0, 40, 0, 0, 0.42, true);
        assertTrue(LookAlikeCheck.reject(bushfire, Map.of(), P).isEmpty());
    }

    @Test
    void attacksLikeTheCommittedSamplesPass() {
        // the small Bougouni attack (4600 m², 13.9:1, darkness 0.62) and the Kolokani one
        assertTrue(LookAlikeCheck.reject(site(4600, 0.618, 13.91, 1.0), Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(site(15700, 0.851, 8.7, 1.0), Map.of(), P).isEmpty());
        // char on asphalt darkens less but still clearly
        assertTrue(LookAlikeCheck.reject(site(5000, 0.3, 4, 1.0), Map.of(), P).isEmpty());
    }

    @Test
    void aRejectedScoreFallsBelowTheThreshold() {
        assertEquals(0.4, LookAlikeCheck.capped(1.0, 0.5, P), 1e-12);
        assertEquals(0.3, LookAlikeCheck.capped(0.3, 0.5, P), 1e-12);
    }
}
