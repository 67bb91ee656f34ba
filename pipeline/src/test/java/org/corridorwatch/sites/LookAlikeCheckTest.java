package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.corridorwatch.model.EvidenceComponents;
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
    void aThinStripOnTheRoadsEdgeWithoutWrecksIsTheRoadEdgeShifted() {
        // flagged PlanetScope strips of the sweep's tune scenes (seeds 5338, 5316): 1215 m² at 58.9:1 (4.5 m wide)
        Optional<String> r = LookAlikeCheck.reject(site(1215, 0.278, 58.86, 1.0), Double.NaN, 0.2, Map.of("wreck_count", 0), P);
        assertEquals(Optional.of("not flagged: a strip 5 m wide and 267 m long on the road's edge, no wrecks — road edge "
                + "shifted between the dates?"), r);
        assertTrue(LookAlikeCheck.reject(site(612, 0.126, 28.6, 1.0), Double.NaN, 0.46, Map.of("wreck_count", 0), P).isPresent());
        // convoy scars at 3 m are wider: 0.19 ha at 13.5:1 (12 m) and 0.25 ha at 9:1 (seeds 5357, 5306) pass
        assertTrue(LookAlikeCheck.reject(site(1900, 0.29, 13.5, 1.0), Double.NaN, 0, Map.of("wreck_count", 0), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(site(2500, 0.64, 9.0, 1.0), Double.NaN, 0, Map.of("wreck_count", 0), P).isEmpty());
        // the same strip with wrecks on it is not rejected; a fire detected near it does not make it a convoy scar
        // (seed 5027: 648 m² at 39:1, VIIRS 127 m away, the attack flagged on its own beside it)
        assertTrue(LookAlikeCheck.reject(site(1215, 0.278, 58.86, 1.0), Double.NaN, 0, Map.of("wreck_count", 6), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(site(648, 0.183, 39.04, 1.0), Double.NaN, 0.74, Map.of("wreck_count", 0), P).isPresent());
    }

    @Test
    void aLongRoadStripWithAFireDetectedCloseToItIsNotResurfacing() {
        // seed 5317: a 0.28 ha attack merged with the shifted road edge into a 580 m x 12 m site, VIIRS 134 m away
        SiteFeatures merged = site(6903, 0.507, 48.68, 1.0);
        assertTrue(LookAlikeCheck.reject(merged, Double.NaN, 0.79, Map.of("wreck_count", 0), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(merged, Double.NaN, 0.2, Map.of("wreck_count", 0), P).orElse("").endsWith("resurfacing?"));
    }

    /**
     * A Sentinel-2 site with the band darkenings of its pixels: area, dNBR, darkness, visible and SWIR darkening; 2.8:1
     * along the road (5° off it), all within 60 m of it.
     */
    private static SiteFeatures darkened(double areaM2, double dNbr, double darkness, double visible, double swir) {
        float[] v = new float[EvidenceComponents.Component.values().length];
        java.util.Arrays.fill(v, Float.NaN);
        v[EvidenceComponents.Component.DARKENING_VISIBLE.ordinal()] = (float) visible;
        v[EvidenceComponents.Component.DARKENING_SWIR.ordinal()] = (float) swir;
        EvidenceComponents c = new EvidenceComponents.Builder().add(v, EvidenceComponents.Carrier.DARKENING).build();
        return new SiteFeatures(areaM2, dNbr, dNbr, 0.8, darkness, 2.8, 0, 5, 0, 0, 1.0, true, c);
    }

    @Test
    void aSmallPatchDarkerInSwirThanInTheVisibleWithNbrUnchangedIsShade() {
        // flagged cloud shadows of the sweep's tune scenes (seeds 5313, 5355): SWIR 59-69 % darker, visible 46-53 %
        Optional<String> r = LookAlikeCheck.reject(darkened(800, 0.043, 0.88, 0.4616, 0.5882), Map.of(), P);
        assertEquals(Optional.of("not flagged: darker in SWIR (59 %) than in the visible (46 %), NBR unchanged "
                + "(dNBR 0.04) — shade of a cloud rather than char?"), r);
        assertTrue(LookAlikeCheck.reject(darkened(800, -0.067, 1.0, 0.53, 0.69), Map.of(), P).isPresent());
        // char on bare ground darkens SWIR no more than the rest (found attacks of seeds 5315, 5365, 5015)
        assertTrue(LookAlikeCheck.reject(darkened(18_200, -0.003, 0.87, 0.46, 0.51), Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(darkened(1_500, 0.0, 0.59, 0.35, 0.47), Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(darkened(13_700, 0.013, 0.78, 0.41, 0.48), Map.of(), P).isEmpty());
        // a burn that lowers NBR is not shade
        assertTrue(LookAlikeCheck.reject(darkened(800, 0.3, 0.88, 0.46, 0.6), Map.of(), P).isEmpty());
    }

    @Test
    void aLargeCompactDarkPatchAcrossTheRoadWithNbrUnchangedIsACloudShadow() {
        SiteFeatures shadow = new SiteFeatures(70_600, -0.002, 0.1, 0.94, 0.97, 1.5, 0, 40, 0, 0, 0.42, true);
        Optional<String> r = LookAlikeCheck.reject(shadow, Map.of(), P);
        assertTrue(r.isPresent() && r.get().endsWith("— cloud shadow?"), r.toString());
        // a bush fire there lowers NBR: not a shadow (the bush-fire rule names it)
        SiteFeatures bushfire = new SiteFeatures(70_600, 0.3, 0.5, 0.94, 0.97, 1.5, 0, 40, 0, 0, 0.42, true);
        assertTrue(LookAlikeCheck.reject(bushfire, Map.of(), P).orElse("").endsWith("— bush fire?"));
    }

    @Test
    void attacksLikeTheCommittedSamplesPass() {
        // the small Bougouni attack (4600 m², 13.9:1, darkness 0.62) and the Kolokani one
        assertTrue(LookAlikeCheck.reject(site(4600, 0.618, 13.91, 1.0), Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(site(15700, 0.851, 8.7, 1.0), Map.of(), P).isEmpty());
        // char on asphalt darkens less but still clearly
        assertTrue(LookAlikeCheck.reject(site(5000, 0.3, 4, 1.0), Map.of(), P).isEmpty());
    }

    /** Features with a road angle: areaM2, elongation, road angle, road fraction (dNBR 0.15, darkness 0.85, SWIR). */
    private static SiteFeatures burn(double areaM2, double elongation, double roadAngle, double roadFraction) {
        return new SiteFeatures(areaM2, 0.15, 0.3, 0.7, 0.85, elongation, 0, roadAngle, 0, 0, roadFraction, true);
    }

    @Test
    void aBurnReachingOffTheRoadAndNotAlongItIsABushFire() {
        // flagged bush fires of the sweep's tune scenes (scan of seeds 5305, 5330, 5312 before this rule)
        Optional<String> across = LookAlikeCheck.reject(burn(10_300, 2.78, 43.9, 0.784), Map.of("firms_count", 3), P);
        assertEquals(Optional.of("not flagged: a 1.0 ha burn reaching off the road (22 % beyond 60 m of it), across "
                + "the road (44° off it), no wreck line — bush fire?"), across);
        Optional<String> compact = LookAlikeCheck.reject(burn(71_700, 1.66, 12, 0.525), Map.of("firms_count", 6), P);
        assertTrue(compact.isPresent() && compact.get().contains("compact (1.7:1)"), compact.toString());
        // convoy scars of the same scenes lie along the road, >= 89 % within 60 m of it
        assertTrue(LookAlikeCheck.reject(burn(59_400, 3.98, 1.9, 0.893), Map.of("firms_count", 3), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(burn(18_400, 2.51, 3.1, 1.0), Map.of("firms_count", 2), P).isEmpty());
        // a large attack reaching off the road but along it, and a compact one with a wreck line, pass
        assertTrue(LookAlikeCheck.reject(burn(40_000, 4, 5, 0.7), Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(burn(20_000, 1.5, 5, 0.7), Map.of("wreck_count", 12), P).isEmpty());
        // compact patches from 0.1 ha reaching off the road are judged too: wet soil and flood edges at 3 m (tune seeds
        // 5337: 0.47 ha, 1.6:1, 64 % within 60 m; 5006: 0.19 ha, 1.7:1, 36 %); smaller ones are not
        assertTrue(LookAlikeCheck.reject(burn(4_734, 1.6, 38.9, 0.642), Map.of("wreck_count", 0), P).isPresent());
        assertTrue(LookAlikeCheck.reject(burn(1_944, 1.67, 3.1, 0.355), Map.of("wreck_count", 0), P).isPresent());
        assertTrue(LookAlikeCheck.reject(burn(800, 1.5, 50, 0.5), Map.of(), P).isEmpty());
    }

    @Test
    void aBurnAlongTheRoadButMostlyBeyondItIsABushFire() {
        // flagged bush fires of tune seeds 5405 (12.6 ha, 2.2:1, 4° off the road, 36 % within 60 m) and 5031 (8.5 ha,
        // 2.3:1, 12°, 50 %): along the road, so the rule for burns across it did not apply
        Optional<String> r = LookAlikeCheck.reject(burn(125_900, 2.16, 3.7, 0.357), Map.of("firms_count", 5), P);
        assertEquals(Optional.of("not flagged: a 12.6 ha burn reaching off the road (64 % beyond 60 m of it), though lying "
                + "along it, no wreck line — bush fire?"), r);
        assertTrue(LookAlikeCheck.reject(burn(84_700, 2.33, 12.4, 0.5), Map.of("firms_count", 4), P).isPresent());
        // convoy scars lie along the road with >= 86 % within 60 m of it on the tune scenes; 60-85 % along it still passes
        assertTrue(LookAlikeCheck.reject(burn(40_000, 4, 5, 0.6), Map.of(), P).isEmpty());
    }

    @Test
    void aPatchElongatedAcrossTheRoadWithNoFireNearItIsACloudShadow() {
        // the flagged cloud shadow of tune seed 5313: 0.13 ha, 2.9:1, 82° off the road, every band 36-50 % darker
        SiteFeatures shadow = new SiteFeatures(1300, 0.054, 0.1, 0.8, 0.717, 2.92, 0, 82, 0, 0, 1.0, true);
        Optional<String> r = LookAlikeCheck.reject(shadow, Double.NaN, 0.08, Map.of(), P);
        assertEquals(Optional.of("not flagged: a 0.13 ha patch lying across the road (2.9:1, 82° off it), no fire "
                + "detected near it, no wrecks — cloud shadow?"), r);
        // with a fire detected close to it, or wrecks on it, it is not this rule; with the fire near and no wreck the last
        // rule takes it as a burn across the road (issue-16ad; kept before it)
        assertTrue(LookAlikeCheck.reject(shadow, Double.NaN, 0.7, Map.of(), P).orElse("").contains("a bush fire's front"));
        assertTrue(LookAlikeCheck.reject(shadow, Double.NaN, 0.7, Map.of(), MovedRoadLineTest.issue16ad(false)).isEmpty());
        assertTrue(LookAlikeCheck.reject(shadow, Double.NaN, 0.08, Map.of("wreck_count", 5), P).isEmpty());
        // attack sites of the tune scenes more than 30° off the road: compact (5310: 1.8:1 at 40°; 5024: 1.3:1 at 86°)
        // or less than 45° off it (5023: 3.5:1 at 37°)
        assertTrue(LookAlikeCheck.reject(new SiteFeatures(1900, 0.05, 0.1, 0.8, 0.7, 1.82, 0, 40.4, 0, 0, 1.0, true),
                Double.NaN, 0.0, Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(new SiteFeatures(700, 0.05, 0.1, 0.8, 0.7, 1.27, 0, 85.8, 0, 0, 1.0, true),
                Double.NaN, 0.0, Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(new SiteFeatures(800, 0.05, 0.1, 0.8, 0.7, 3.51, 0, 36.7, 0, 0, 1.0, true),
                Double.NaN, 0.0, Map.of(), P).isEmpty());
    }

    @Test
    void aStraightEdgedParcelBesideTheRoadWithNoFireIsAHarvestedField() {
        // the generator's harvested field: 100-180 m x 70-120 m, its near edge 25 m from the road
        SiteFeatures field = burn(14_000, 1.5, 2, 0.35);
        Optional<String> r = LookAlikeCheck.reject(field, 0.86, Map.of("firms_count", 0), P);
        assertEquals(Optional.of("not flagged: a straight-edged 1.4 ha parcel (fills 86 % of its bounding rectangle) "
                + "beside the road (35 % within 60 m), no fire detected — harvested or ploughed field?"), r);
        // a fire was detected there, or FIRMS was not given: not a field (the bush-fire rule may still apply)
        assertTrue(LookAlikeCheck.reject(field, 0.86, Map.of("firms_count", 2), P).orElse("").endsWith("bush fire?"));
        assertTrue(LookAlikeCheck.reject(field, 0.86, Map.of(), P).orElse("").endsWith("bush fire?"));
        // ragged outline, or hugging the road: not this rule (a ragged compact patch off the road is judged a bush fire)
        assertTrue(LookAlikeCheck.reject(burn(4_000, 1.5, 2, 0.35), 0.5, Map.of("firms_count", 0), P).orElse("")
                .endsWith("bush fire?"));
        assertTrue(LookAlikeCheck.reject(burn(14_000, 5, 2, 0.95), 0.9, Map.of("firms_count", 0), P).isEmpty());
    }

    /** A PlanetScope site (no SWIR) whose pixels the change index (dNIR) carried: area, elongation, all on the road. */
    private static SiteFeatures nirCarried(double areaM2, double elongation) {
        float[] v = new float[EvidenceComponents.Component.values().length];
        java.util.Arrays.fill(v, Float.NaN);
        EvidenceComponents c = new EvidenceComponents.Builder().add(v, EvidenceComponents.Carrier.INDEX).build();
        return new SiteFeatures(areaM2, 0.51, 0.9, 0.97, 0.36, elongation, 77.5, 0, 77.5, 0, 1.0, false, c);
    }

    @Test
    void aStripNoWiderThanTheCarriagewayIsResurfacingWhateverWrecksWereCountedOnIt() {
        // tune seed 5306 (PlanetScope, generated resurfacing: a 7.2 m strip of fresh asphalt): 4518 m² at 55.8:1 carried by
        // dNIR, 26 dark vehicle-sized patches counted as wrecks on it, VIIRS 614 m away (FIRMS term 0.20)
        SiteFeatures fresh = nirCarried(4518, 55.82);
        Map<String, Object> wrecks = Map.of("wreck_count", 26);
        assertEquals(Optional.of("not flagged: a strip no wider than the carriageway (9 m wide, 502 m long) along the road, "
                + "no fire detected near it — resurfacing? (a convoy fire chars the verge too)"),
                LookAlikeCheck.reject(fresh, Double.NaN, 0.1958, wrecks, P));
        // a fire detected near it: not this rule
        assertTrue(LookAlikeCheck.reject(fresh, Double.NaN, 0.79, wrecks, P).isEmpty());
        // convoy scars at 3 m are wider: the same length 12 m wide (tune seed 5317's attack merged with the road edge,
        // 580 m x 11.9 m, had its fire detected near it as well), and the attack of 5306 itself (2511 m², 9:1)
        assertTrue(LookAlikeCheck.reject(nirCarried(502 * 12, 502 / 12.0), Double.NaN, 0.1958, wrecks, P).isEmpty());
        assertTrue(LookAlikeCheck.reject(nirCarried(2511, 9.03), Double.NaN, 0.59, Map.of("wreck_count", 0), P).isEmpty());
        // a piece of it 250 m long is rejected too (carriageway_min_length_m 100); under 100 m it is not this rule
        assertTrue(LookAlikeCheck.reject(nirCarried(250 * 9, 250 / 9.0), Double.NaN, 0.1958, wrecks, P).isPresent());
        assertTrue(LookAlikeCheck.reject(nirCarried(90 * 9, 90 / 9.0), Double.NaN, 0.1958, wrecks, P).isEmpty());
    }

    /** A PlanetScope site along the road carried by dNIR, with its water-edge share and NIR and visible darkening. */
    private static SiteFeatures besideWater(double areaM2, double elongation, double waterEdge, double nir, double visible) {
        float[] v = new float[EvidenceComponents.Component.values().length];
        java.util.Arrays.fill(v, Float.NaN);
        v[EvidenceComponents.Component.WATER_EDGE.ordinal()] = (float) waterEdge;
        v[EvidenceComponents.Component.DARKENING_NIR.ordinal()] = (float) nir;
        v[EvidenceComponents.Component.DARKENING_VISIBLE.ordinal()] = (float) visible;
        EvidenceComponents c = new EvidenceComponents.Builder().add(v, EvidenceComponents.Carrier.INDEX).build();
        return new SiteFeatures(areaM2, 0.46, 0.9, 0.92, 0.34, elongation, 0, 11, 0, 1, 1.0, false, c);
    }

    @Test
    void aSiteOnTheEdgeOfStandingWaterWithNirDarkenedFarMoreIsAFlood() {
        // tune seed 5307 (PlanetScope, generated flood over woodland): 1359 m² at 10.5:1, 54 % of it within 2 pixels of
        // open water, NIR 36 % darker, visible 4 % (the attack of the same scene: 2 % beside water)
        Optional<String> r = LookAlikeCheck.reject(besideWater(1359, 10.5, 0.54, 0.36, 0.04), Map.of(), P);
        assertEquals(Optional.of("not flagged: on the edge of standing water (54 % of it beside open water after the "
                + "event), NIR 36 % darker against 4 % in the visible, no fire detected near it — flood?"), r);
        // tune seed 5356: an attack merged with a flood's edge (12645 m², 33 % beside water), VIIRS 32 m away: kept
        SiteFeatures merged = besideWater(12645, 9.7, 0.33, 0.33, 0.12);
        assertTrue(LookAlikeCheck.reject(merged, Double.NaN, 0.93, Map.of("wreck_count", 20), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(merged, Double.NaN, 0, Map.of("wreck_count", 20), P).orElse("").endsWith("flood?"));
        // the attack beside it (26388 m², 2 % beside water) and burnt vegetation away from water pass
        assertTrue(LookAlikeCheck.reject(besideWater(26388, 3.6, 0.02, 0.41, 0.08), Map.of("wreck_count", 31), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(besideWater(12204, 2.3, 0.0, 0.57, 0.07), Map.of("wreck_count", 7), P).isEmpty());
        // beside water but dark in every band alike (char beside a pond): not a flood edge
        assertTrue(LookAlikeCheck.reject(besideWater(2500, 9, 0.6, 0.50, 0.45), Map.of(), P).isEmpty());
    }

    /** A Sentinel-2 site along the road carried by {@code by}, with its pixels' mean unmixed char fraction. */
    private static SiteFeatures unmixed(double areaM2, double elongation, double charFraction, EvidenceComponents.Carrier by) {
        float[] v = new float[EvidenceComponents.Component.values().length];
        java.util.Arrays.fill(v, Float.NaN);
        v[EvidenceComponents.Component.CHAR_FRACTION.ordinal()] = (float) charFraction;
        EvidenceComponents c = new EvidenceComponents.Builder().add(v, by).build();
        return new SiteFeatures(areaM2, 0.02, 0.1, 0.8, 0.4, elongation, 0, 1, 0, 0, 1.0, true, c);
    }

    @Test
    void onTenMetrePixelsTheCarriagewayRuleReadsTheWidthUnmixed() {
        // the generator's resurfacing on Sentinel-2: 7.2 m of fresh asphalt, misregistered, fills 2-3 pixels partly; 400 m x
        // 25 m of pixels (16:1, wider than the resurfacing rule's 20 m) at a mean char fraction of 0.28 is 7 m unmixed
        for (EvidenceComponents.Carrier by : new EvidenceComponents.Carrier[] {EvidenceComponents.Carrier.DARKENING,
                EvidenceComponents.Carrier.STRIP}) {
            SiteFeatures fresh = unmixed(10_000, 16, 0.28, by);
            assertEquals(Optional.of("not flagged: a strip no wider than the carriageway (7 m wide unmixed, over 25 m of "
                    + "pixels, 400 m long) along the road, no fire detected near it — resurfacing? (a convoy fire chars the "
                    + "verge too)"), LookAlikeCheck.reject(fresh, Double.NaN, 0.1, Map.of(), P), by.name());
            // a convoy scar along the road unmixes wider (the tune scenes' darkening- and strip-carried attacks: >= 25 m)
            assertTrue(LookAlikeCheck.reject(unmixed(10_000, 16, 0.9, by), Double.NaN, 0.1, Map.of(), P).isEmpty());
            // a fire detected near it: not this rule
            assertTrue(LookAlikeCheck.reject(fresh, Double.NaN, 0.79, Map.of(), P).isEmpty());
        }
        // carried by the index, the pixel width counts (25 m): not this rule
        assertTrue(LookAlikeCheck.reject(unmixed(10_000, 16, 0.28, EvidenceComponents.Carrier.INDEX), Double.NaN, 0.1, Map.of(), P)
                .isEmpty());
    }

    /** A site along the road, all on it, carried by {@code by}, with its darkness and mean unmixed char fraction. */
    private static SiteFeatures piece(double areaM2, double elongation, double darkness, double charFraction,
                                      EvidenceComponents.Carrier by, boolean swir) {
        float[] v = new float[EvidenceComponents.Component.values().length];
        java.util.Arrays.fill(v, Float.NaN);
        v[EvidenceComponents.Component.CHAR_FRACTION.ordinal()] = (float) charFraction;
        EvidenceComponents c = new EvidenceComponents.Builder().add(v, by).build();
        return new SiteFeatures(areaM2, 0.17, 0.4, 0.8, darkness, elongation, 0, 0.1, 0, 0, 1.0, swir, c);
    }

    /**
     * Tune seed 5297 (branch issue-16ad; PlanetScope, asphalt, no attack): 701 m of fresh asphalt read as 8397 m² at
     * 58.5:1 (12 m of pixels: over the carriageway's 10 m), carried by dNIR, 4568 m² of char unmixed (6.5 m), every band
     * at least 21 % darker, 39 dark objects of its texture counted as wrecks, no FIRMS detection within 750 m.
     */
    @Test
    void withoutSwirAStripDarkerInEveryBandIsReadUnmixedByTheCarriagewayRule() {
        SiteFeatures s5297 = banded(8397, 58.52, 0.388, 0.544, 0.211);
        assertEquals(Optional.of("not flagged: a strip no wider than the carriageway (7 m wide unmixed, over 12 m of "
                + "pixels, 701 m long) along the road, no fire detected near it — resurfacing? (a convoy fire chars the "
                + "verge too)"), LookAlikeCheck.reject(s5297, Double.NaN, 0, Map.of("wreck_count", 39, "firms_count", 0), P));
        // off (the code before issue-16ad): its 12 m of pixels count, kept
        assertTrue(LookAlikeCheck.reject(s5297, Double.NaN, 0, Map.of("wreck_count", 39, "firms_count", 0),
                MovedRoadLineTest.issue16ad(false)).isEmpty());
        // a band that brightened (a road line moved, dried vegetation): the pixel width counts
        assertTrue(LookAlikeCheck.reject(banded(8397, 58.52, 0.388, 0.544, -0.05), Double.NaN, 0,
                Map.of("wreck_count", 39, "firms_count", 0), P).isEmpty());
        // a fire detected near it keeps it (5108's strip, FIRMS term 0.77; attack sites without SWIR that unmix under 10 m:
        // 5296, 567 m at 7.3 m, every band >= 10 % darker, FIRMS term 0.91)
        assertTrue(LookAlikeCheck.reject(banded(6237, 51.6, 0.48, 0.66, 0.15), Double.NaN, 0.91,
                Map.of("wreck_count", 7), P).isEmpty());
        // a convoy scar at 3 m unmixes wider (5027: 497 m of 13.7 m pixels, 8.8 m unmixed, with its fire; 5188: 185 m at
        // 12.0 m unmixed): over 10 m, kept without a fire near it too
        assertTrue(LookAlikeCheck.reject(banded(2961, 11.6, 0.56, 12.0 / 16.0, 0.3), Double.NaN, 0,
                Map.of("wreck_count", 0), P).isEmpty());
    }

    /** A site all on the road without SWIR, carried by dNIR: area, elongation, darkness, char fraction, darkening_min. */
    private static SiteFeatures banded(double areaM2, double elongation, double darkness, double charFraction,
                                       double darkestBand) {
        float[] v = new float[EvidenceComponents.Component.values().length];
        java.util.Arrays.fill(v, Float.NaN);
        v[EvidenceComponents.Component.CHAR_FRACTION.ordinal()] = (float) charFraction;
        v[EvidenceComponents.Component.DARKENING_MIN.ordinal()] = (float) darkestBand;
        EvidenceComponents c = new EvidenceComponents.Builder().add(v, EvidenceComponents.Carrier.INDEX).build();
        return new SiteFeatures(areaM2, 0.46, 0.6, 0.8, darkness, elongation, 0, 0.0, 0, 0, 1.0, false, c);
    }

    @Test
    void resurfacingBrokenIntoPiecesByTenMetrePixelsIsStillTheCarriageway() {
        // tune seed 5663 (Sentinel-2, laterite; 0.5-1.2 km of generated fresh asphalt 7.2 m wide): three flagged pieces
        // along the road, no fire detected; the longest 2800 m² at 18.3:1 carried by dNBR, darkness 0.52, 2208 m² of
        // char unmixed: 226 m long, 9.8 m wide unmixed
        SiteFeatures longest = piece(2800, 18.28, 0.52, 2207.6 / 2800, EvidenceComponents.Carrier.INDEX, true);
        assertEquals(Optional.of("not flagged: a strip no wider than the carriageway (10 m wide unmixed, over 12 m of "
                + "pixels, 226 m long) along the road, no fire detected near it — resurfacing? (a convoy fire chars the "
                + "verge too)"), LookAlikeCheck.reject(longest, Double.NaN, 0, Map.of(), P));
        assertTrue(LookAlikeCheck.reject(piece(2100, 15.38, 0.53, 1700.4 / 2100, EvidenceComponents.Carrier.INDEX, true),
                Double.NaN, 0, Map.of(), P).isPresent(), "180 m at 9.5 m unmixed");
        // its third piece unmixes to 10.4 m (113 m long, carried by the darkening): over the carriageway's 10 m, kept
        assertTrue(LookAlikeCheck.reject(piece(1400, 9.14, 0.535, 1179.8 / 1400, EvidenceComponents.Carrier.DARKENING,
                true), Double.NaN, 0, Map.of(), P).isEmpty());
        // not dark in every band: the index's pixel width (12 m) counts; without SWIR (3 m pixels) too
        assertTrue(LookAlikeCheck.reject(piece(2800, 18.28, 0.45, 2207.6 / 2800, EvidenceComponents.Carrier.INDEX, true),
                Double.NaN, 0, Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(piece(2800, 18.28, 0.52, 2207.6 / 2800, EvidenceComponents.Carrier.INDEX, false),
                Double.NaN, 0, Map.of(), P).isEmpty());
        // a fire detected near it: not this rule
        assertTrue(LookAlikeCheck.reject(longest, Double.NaN, 0.59, Map.of(), P).isEmpty());
        // the narrowest convoy scar of the tune scenes on 10 m pixels (5621, strip-carried: 252 m of 23.8 m pixels,
        // 14.7 m unmixed) passes even without its VIIRS detection
        assertTrue(LookAlikeCheck.reject(piece(252 * 23.8, 10.6, 0.5, 14.7 / 23.8, EvidenceComponents.Carrier.STRIP, true),
                Double.NaN, 0, Map.of(), P).isEmpty());
    }

    /** A Sentinel-2 site beside the road carried by the darkening, with the darkening of the ground around it. */
    private static SiteFeatures ringed(double around) {
        EvidenceComponents c = components(EvidenceComponents.Carrier.DARKENING, Map.of(
                EvidenceComponents.Component.DARKENING_AROUND, around, EvidenceComponents.Component.DARKENING_MIN, 0.376,
                EvidenceComponents.Component.DARKENING_VISIBLE, 0.471, EvidenceComponents.Component.DARKENING_SWIR, 0.538));
        return new SiteFeatures(600, 0.042, 0.10, 0.77, 0.925, 2.81, 90, 26.5, 63.5, 36.4, 0.876, true, c);
    }

    /** One pixel's components (the others NaN), carried by {@code by}. */
    private static EvidenceComponents components(EvidenceComponents.Carrier by,
                                                 Map<EvidenceComponents.Component, Double> values) {
        float[] v = new float[EvidenceComponents.Component.values().length];
        java.util.Arrays.fill(v, Float.NaN);
        values.forEach((k, x) -> v[k.ordinal()] = x.floatValue());
        return new EvidenceComponents.Builder().add(v, by).build();
    }

    @Test
    void aPieceOfRoadRingedByGroundThatDarkenedAsMuchIsACloudShadow() {
        // tune seed 5320 (Sentinel-2): a 0.06 ha piece of a generated cloud shadow on the road, 38 % darker in every band,
        // SWIR 54 % darker against 47 % in the visible (just under the shade rule's 55 %), the ground within 3 pixels of it
        // 38 % darker than the scene; the attack's VIIRS detection 399 m away (FIRMS term 0.43)
        SiteFeatures shadow = ringed(0.382);
        assertEquals(Optional.of("not flagged: the ground around it darkened too (38 % more than the scene in every band, "
                + "the site itself 38 %) but stayed too bright to read as char, no fire detected near it — a cloud shadow "
                + "over the road?"), LookAlikeCheck.reject(shadow, Double.NaN, 0.4298, Map.of(), P));
        // char leaves the ground around it as it was: the tune range's attack sites read -0.10 to +0.08
        assertTrue(LookAlikeCheck.reject(ringed(0.08), Double.NaN, 0.4298, Map.of(), P).isEmpty());
        // a fire detected near it (an attack under a cloud's shade is ringed by shade too), or a wreck line: kept
        assertTrue(LookAlikeCheck.reject(shadow, Double.NaN, 0.6, Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(shadow, Double.NaN, 0.0, Map.of("wreck_count", 7), P).isEmpty());
        // not measured (NaN): not this rule
        assertTrue(LookAlikeCheck.reject(ringed(Double.NaN), Double.NaN, 0.0, Map.of(), P).isEmpty());
    }

    /** Tune seed 5063's piece of a planted cloud shadow (Sentinel-2, laterite), with the darkening around it. */
    private static SiteFeatures acrossShaded(double around, double elongation, double roadAngle) {
        EvidenceComponents c = components(EvidenceComponents.Carrier.DARKENING, Map.of(
                EvidenceComponents.Component.DARKENING_AROUND, around, EvidenceComponents.Component.DARKENING_MIN, 0.625,
                EvidenceComponents.Component.DARKENING_VISIBLE, 0.661, EvidenceComponents.Component.DARKENING_SWIR, 0.611));
        return new SiteFeatures(1400, 0.090, 0.2, 0.8, 0.954, elongation, 90, roadAngle, 20, 10, 0.914, true, c);
    }

    @Test
    void aPatchAcrossTheRoadRingedByShadeIsACloudShadowEvenWithAFireDetectedNearIt() {
        // tune seed 5063: 0.14 ha, 4.3:1 at 73° off the road, the ground around it 35 % darker than the scene, the
        // attack's VIIRS detections 182 m away (FIRMS term 0.74): flagged at 0.72 on main
        Map<String, Object> near = Map.of("firms_count", 3, "firms_nearest_m", 182.0);
        assertEquals(Optional.of("not flagged: a 0.14 ha patch lying across the road (4.3:1, 73° off it) and the ground "
                + "around it darkened too (35 % more than the scene), no wrecks — cloud shadow? (the fire detected 182 m "
                + "away is not on it)"), LookAlikeCheck.reject(acrossShaded(0.347, 4.25, 72.7), Double.NaN, 0.742, near, P));
        // either sign alone, with the fire near: not this rule — the ground around it as it was (attack sites up to
        // 0.13; lying across the road it is the last rule's burn across the road since issue-16ad) ...
        assertTrue(LookAlikeCheck.reject(acrossShaded(0.13, 4.25, 72.7), Double.NaN, 0.742, near, P).orElse("")
                .contains("a bush fire's front"));
        assertTrue(LookAlikeCheck.reject(acrossShaded(0.13, 4.25, 72.7), Double.NaN, 0.742, near,
                MovedRoadLineTest.issue16ad(false)).isEmpty());
        // ... or lying along the road (attack sites 2:1 or more: under 23° off it), or compact (tune seed 5040's pieces
        // of its attack under a shadow: 0.40 around, 1.6:1)
        assertTrue(LookAlikeCheck.reject(acrossShaded(0.347, 4.25, 22.5), Double.NaN, 0.742, near, P).isEmpty());
        assertTrue(LookAlikeCheck.reject(acrossShaded(0.401, 1.56, 72.7), Double.NaN, 0.825, near, P).isEmpty());
        // a wreck on it: kept
        assertTrue(LookAlikeCheck.reject(acrossShaded(0.347, 4.25, 72.7), Double.NaN, 0.742,
                Map.of("firms_count", 3, "firms_nearest_m", 182.0, "wreck_count", 4), P).isEmpty());
    }

    @Test
    void aPieceOfRoadRingedByGroundThatDarkenedAFifthMoreThanTheSceneWithNoFireNearIsACloudShadow() {
        // tune seed 5070 (Sentinel-2, dry grass): a 0.11 ha piece of a planted cloud shadow on the road, 3.4:1 at 27° off
        // it, no FIRMS detection, the ground around it 0.20 darker than the scene (under 0.25, the threshold until 16z)
        EvidenceComponents c = components(EvidenceComponents.Carrier.DARKENING, Map.of(
                EvidenceComponents.Component.DARKENING_AROUND, 0.198, EvidenceComponents.Component.DARKENING_MIN, 0.263,
                EvidenceComponents.Component.DARKENING_VISIBLE, 0.369, EvidenceComponents.Component.DARKENING_SWIR, 0.466));
        SiteFeatures shadow = new SiteFeatures(1100, 0.018, 0.2, 0.8, 0.687, 3.37, 90, 27.1, 10, 5, 1.0, true, c);
        assertEquals(Optional.of("not flagged: the ground around it darkened too (20 % more than the scene in every band, "
                + "the site itself 26 %) but stayed too bright to read as char, no fire detected near it — a cloud shadow "
                + "over the road?"), LookAlikeCheck.reject(shadow, Double.NaN, 0, Map.of("firms_count", 0), P));
        // around the tune scenes' attack sites the ground darkened at most 0.13 more than the scene (5040, fire near)
        EvidenceComponents kept = components(EvidenceComponents.Carrier.DARKENING, Map.of(
                EvidenceComponents.Component.DARKENING_AROUND, 0.13, EvidenceComponents.Component.DARKENING_MIN, 0.263,
                EvidenceComponents.Component.DARKENING_VISIBLE, 0.369, EvidenceComponents.Component.DARKENING_SWIR, 0.466));
        assertTrue(LookAlikeCheck.reject(new SiteFeatures(1100, 0.018, 0.2, 0.8, 0.687, 3.37, 90, 27.1, 10, 5, 1.0, true,
                kept), Double.NaN, 0, Map.of("firms_count", 0), P).isEmpty());
    }

    /** Tune seed 5058's planted cloud shadow (PlanetScope): 2.1 ha, compact, reaching across the road. */
    private static SiteFeatures smallShadow(double areaM2, double darkest, double roadFraction) {
        EvidenceComponents c = components(EvidenceComponents.Carrier.INDEX, Map.of(
                EvidenceComponents.Component.DARKENING_MIN, darkest, EvidenceComponents.Component.DARKENING_VISIBLE, 0.600,
                EvidenceComponents.Component.DARKENING_NIR, 0.500, EvidenceComponents.Component.DARKENING_AROUND, 0.0105));
        return new SiteFeatures(areaM2, 0.687, 0.7, 0.96, 0.875, 1.36, 90, 40.3, 0, 0, roadFraction, false, c);
    }

    @Test
    void aHectareScalePatchReachingAcrossTheRoadAndHalfDarkerInEveryBandIsACloudShadowWhateverWrecksWereCounted() {
        // tune seed 5058: 33 % within 60 m, green, red and NIR at least 50 % darker; the trees in the shade were counted
        // as 12 wrecks (2 lanes), so the bush-fire rule (at most 8) kept it; the attack's VIIRS detections 227 m away
        Map<String, Object> d = Map.of("firms_count", 3, "firms_nearest_m", 227.0, "wreck_count", 12);
        assertEquals(Optional.of("not flagged: a 2.1 ha patch dark in every band (green, red and NIR at least 50 % darker; "
                + "what the shade covers reads dark, wrecks too), lying across the road (33% within 60 m) — cloud shadow?"),
                LookAlikeCheck.reject(smallShadow(20_790, 0.496, 0.326), Double.NaN, 0.67, d, P));
        // attack sites of the tune scenes reaching off the road are at most 37 % darker in their least darkened band
        assertTrue(LookAlikeCheck.reject(smallShadow(20_790, 0.37, 0.326), Double.NaN, 0.67, d, P).isEmpty());
        // under a hectare, or mostly within 60 m of the road: not this rule
        assertTrue(LookAlikeCheck.reject(smallShadow(9_000, 0.496, 0.326), Double.NaN, 0.67, d, P).isEmpty());
        assertTrue(LookAlikeCheck.reject(smallShadow(20_790, 0.496, 0.6), Double.NaN, 0.67, d, P).isEmpty());
    }

    /** Tune seed 5757's piece of a cloud's shade on the road (PlanetScope), with the share of its ring that is cloud. */
    private static SiteFeatures besideCloud(double share) {
        EvidenceComponents c = components(EvidenceComponents.Carrier.INDEX, Map.of(
                EvidenceComponents.Component.CLOUD_BESIDE, share, EvidenceComponents.Component.DARKENING_AROUND, 0.0055,
                EvidenceComponents.Component.DARKENING_MIN, 0.0755, EvidenceComponents.Component.DARKENING_VISIBLE, 0.2064,
                EvidenceComponents.Component.DARKENING_NIR, 0.3521));
        return new SiteFeatures(5265, 0.30, 0.6, 0.8, 2.5, 3.14, 80, 20.1, 60, 3, 0.925, false, c);
    }

    @Test
    void aPieceOfShadeBesideItsCloudWithTheFireHundredsOfMetresAwayIsNotFlagged() {
        // tune seed 5757 (PlanetScope, sand): a 0.53 ha piece of a real cloud's shade on the road beside its cloud, 34 %
        // of its ring masked as cloud, the attack's 4 VIIRS detections 504 m away (FIRMS term 0.53), no wreck; the ground
        // around it did not darken (its ring is the cloud and unshaded ground), so the shade-around rule does not see it
        Map<String, Object> far = Map.of("firms_count", 4, "firms_nearest_m", 504.0, "wreck_count", 0);
        assertEquals(Optional.of("not flagged: beside a cloud (34 % of the ground around it is masked cloud or shade), no "
                + "wrecks, no fire detected on it (nearest 504 m) — a cloud's shade beside its cloud?"),
                LookAlikeCheck.reject(besideCloud(0.3399), Double.NaN, 0.5252, far, P));
        assertEquals(Optional.of("not flagged: beside a cloud (34 % of the ground around it is masked cloud or shade), no "
                + "wrecks, no fire detected near it — a cloud's shade beside its cloud?"),
                LookAlikeCheck.reject(besideCloud(0.3399), Double.NaN, 0, Map.of("firms_count", 0, "wreck_count", 0), P));
        // without a wreck count (10 m pixels: vehicles not searched) nothing tells an attack beside a cloud from shade
        assertTrue(LookAlikeCheck.reject(besideCloud(0.3399), Double.NaN, 0.5252,
                Map.of("firms_count", 4, "firms_nearest_m", 504.0), P).isEmpty());
        // a detection on the site (an attack under a cloud's edge), or a wreck: kept
        assertTrue(LookAlikeCheck.reject(besideCloud(0.3399), Double.NaN, 0.59,
                Map.of("firms_count", 1, "firms_nearest_m", 0.0), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(besideCloud(0.3399), Double.NaN, 0.5252,
                Map.of("firms_count", 4, "firms_nearest_m", 504.0, "wreck_count", 3), P).isEmpty());
        // no cloud around it, or not measured: not this rule
        assertTrue(LookAlikeCheck.reject(besideCloud(0), Double.NaN, 0.5252, far, P).isEmpty());
        assertTrue(LookAlikeCheck.reject(besideCloud(Double.NaN), Double.NaN, 0.5252, far, P).isEmpty());
    }

    /** Tune seed 5027's piece of a truck park under a cloud's shade (PlanetScope): the mask's shadow all around it. */
    private static SiteFeatures truckParkInShade() {
        EvidenceComponents c = components(EvidenceComponents.Carrier.INDEX, Map.of(
                EvidenceComponents.Component.CLOUD_BESIDE, 1.0, EvidenceComponents.Component.DARKENING_MIN, 0.421,
                EvidenceComponents.Component.DARKENING_VISIBLE, 0.491, EvidenceComponents.Component.DARKENING_NIR, 0.540));
        return new SiteFeatures(828, 0.744, 1.0, 0.9, 0.974, 1.38, 160, 72.8, 87, 0, 0.923, false, c);
    }

    @Test
    void oneOrTwoDarkObjectsInAPieceOfShadeBesideItsCloudAreNoWreckLine() {
        // tune seed 5027 (PlanetScope, dry grass): a 828 m² piece of a truck park under a cloud's shade, its whole ring
        // masked as cloud shadow, one truck in the shade counted as a wreck, the attack's VIIRS detection 435 m away
        Map<String, Object> one = Map.of("firms_count", 1, "firms_nearest_m", 435.0, "wreck_count", 1);
        assertEquals(Optional.of("not flagged: beside a cloud (100 % of the ground around it is masked cloud or shade), 1 "
                + "dark object in it, no wreck line, no fire detected on it (nearest 435 m) — a cloud's shade beside its "
                + "cloud?"), LookAlikeCheck.reject(truckParkInShade(), Double.NaN, 0.396, one, P));
        // a wreck line (three or more: the tune sets' attack sites beside a cloud had 9-31) keeps it
        assertTrue(LookAlikeCheck.reject(truckParkInShade(), Double.NaN, 0.396,
                Map.of("firms_count", 1, "firms_nearest_m", 435.0, "wreck_count", 3), P).isEmpty());
    }

    @Test
    void aPatchAcrossTheRoadAtACloudsEdgeIsACloudShadowEvenWithAFireDetectedNearIt() {
        // tune seed 5197 (PlanetScope, green verge): a 990 m² patch 8.1:1 at 57° off the road, 97 % of its ring masked as
        // cloud or shade (the ring brighter than the scene: -0.51), visible 2 % brighter and NIR 37 % darker, no wreck,
        // the attack's VIIRS detections 235 m away (FIRMS term 0.79)
        EvidenceComponents c = components(EvidenceComponents.Carrier.INDEX, Map.of(
                EvidenceComponents.Component.CLOUD_BESIDE, 0.974, EvidenceComponents.Component.DARKENING_AROUND, -0.514,
                EvidenceComponents.Component.DARKENING_VISIBLE, -0.021, EvidenceComponents.Component.DARKENING_NIR, 0.367));
        SiteFeatures edge = new SiteFeatures(990, 0.452, 0.9, 0.99, 0.321, 8.09, 147, 56.9, 90, 1, 0.396, false, c);
        Map<String, Object> near = Map.of("firms_count", 3, "firms_nearest_m", 235.0, "wreck_count", 0);
        assertEquals(Optional.of("not flagged: a 0.10 ha patch lying across the road (8.1:1, 57° off it) at a cloud's edge "
                + "(97 % of the ground around it is masked cloud or shade), no wrecks — cloud shadow? (the fire detected "
                + "235 m away is not on it)"), LookAlikeCheck.reject(edge, Double.NaN, 0.787, near, P));
        // less of its ring cloud (the attack sites beside a cloud on the tune sets are compact: not this shape): not this
        // rule (kept before issue-16ad; since, the last rule's burn across the road)
        EvidenceComponents half = components(EvidenceComponents.Carrier.INDEX, Map.of(
                EvidenceComponents.Component.CLOUD_BESIDE, 0.3, EvidenceComponents.Component.DARKENING_AROUND, -0.1));
        SiteFeatures halfCloud = new SiteFeatures(990, 0.452, 0.9, 0.99, 0.321, 8.09, 147, 56.9, 90, 1, 0.396, false, half);
        assertTrue(LookAlikeCheck.reject(halfCloud, Double.NaN, 0.787, near, P).orElse("").contains("a bush fire's front"));
        assertTrue(LookAlikeCheck.reject(halfCloud, Double.NaN, 0.787, near, MovedRoadLineTest.issue16ad(false)).isEmpty());
    }

    /** Tune seed 5187's site (PlanetScope): a 7.2 ha patch reaching across the road, 22 % of it within 60 m. */
    private static SiteFeatures shadowAcrossWithTexture() {
        return new SiteFeatures(72_216, 0.587, 0.9, 0.96, 0.608, 4.48, 1.4, 69.6, 71, 0, 0.223, false);
    }

    @Test
    void aWreckLineOnABurnReachingOffTheRoadKeepsItOnlyWhereAFireWasDetected() {
        // tune seed 5187 (PlanetScope, woodland): a 7.2 ha planted cloud shadow reaching across the road (70° off it,
        // 22 % within 60 m), 10 dark objects of its texture counted in a line, no FIRMS detection within 750 m
        Map<String, Object> unseen = Map.of("firms_count", 0, "wreck_count", 10);
        assertEquals(Optional.of("not flagged: a 7.2 ha burn reaching off the road (78 % beyond 60 m of it), across the "
                + "road (70° off it), 10 dark objects counted on it as wrecks but no fire detected near it (a convoy fire "
                + "is seen from space) — bush fire?"), LookAlikeCheck.reject(shadowAcrossWithTexture(), Double.NaN, 0,
                unseen, P));
        // a detection within the search distance (the tune sets' attack sites reaching off the road with a wreck line:
        // VIIRS 26-429 m away), or FIRMS not given: the wreck line keeps it
        assertTrue(LookAlikeCheck.reject(shadowAcrossWithTexture(), Double.NaN, 0.55,
                Map.of("firms_count", 2, "firms_nearest_m", 429.0, "wreck_count", 10), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(shadowAcrossWithTexture(), Double.NaN, 0, Map.of("wreck_count", 10), P).isEmpty());
    }

    @Test
    void rectangularityIsAreaOverTheMinimumBoundingRectangle() throws Exception {
        org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader();
        assertEquals(1.0, SiteDescriber.rectangularity(wkt.read("POLYGON ((0 0, 10 5, 5 15, -5 10, 0 0))")), 1e-9);
        assertEquals(0.75, SiteDescriber.rectangularity(wkt.read("POLYGON ((0 0, 2 0, 2 1, 1 1, 1 2, 0 2, 0 0))")), 1e-9);
    }

    @Test
    void aRejectedScoreFallsBelowTheThreshold() {
        assertEquals(0.4, LookAlikeCheck.capped(1.0, 0.5, P), 1e-12);
        assertEquals(0.3, LookAlikeCheck.capped(0.3, 0.5, P), 1e-12);
    }
}
