package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.corridorwatch.model.EvidenceComponents;
import org.corridorwatch.model.SiteFeatures;
import org.junit.jupiter.api.Test;

/** The road's line moved between the dates on 10 m pixels: a one-pixel line along the road with almost no char. */
class MovedRoadLineTest {
    private static final SiteParameters.LookAlikes P = SiteParameters.LookAlikes.DEFAULTS;

    /**
     * A site all within 60 m of the road: area, elongation, angle off the road, dNBR, darkness, mean char fraction,
     * visible darkening, carrier, SWIR or not.
     */
    private static SiteFeatures line(double areaM2, double elongation, double roadAngle, double dNbr, double darkness,
                                     double charFraction, double visible, EvidenceComponents.Carrier by, boolean swir) {
        float[] v = new float[EvidenceComponents.Component.values().length];
        Arrays.fill(v, Float.NaN);
        v[EvidenceComponents.Component.CHAR_FRACTION.ordinal()] = (float) charFraction;
        v[EvidenceComponents.Component.DARKENING_VISIBLE.ordinal()] = (float) visible;
        EvidenceComponents c = new EvidenceComponents.Builder().add(v, by).build();
        return new SiteFeatures(areaM2, dNbr, 0.4, 0.9, darkness, elongation, 60, roadAngle, 60, 0, 1.0, swir, c);
    }

    /** Tune seed 5132 (Sentinel-2, woodland, misregistered 0.77 px): 1700 m² at 14.2:1, 700 m² of char unmixed. */
    private static SiteFeatures seed5132(EvidenceComponents.Carrier by, boolean swir) {
        return line(1700, 14.2, 0.4, 0.230, 0.345, 700.0 / 1700, 0.043, by, swir);
    }

    @Test
    void aOnePixelLineAlongTheRoadWithAlmostNoCharAndNoFireNearIsTheRoadMoved() {
        Optional<String> r = LookAlikeCheck.reject(seed5132(EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0,
                Map.of("firms_count", 0), P);
        assertEquals(Optional.of("not flagged: a line along the road (155 m long, 11 m of pixels wide) holding 4.5 m of "
                + "char unmixed, dNBR 0.23 with the visible bands 4 % darker, no fire detected near it — the road's edge "
                + "moved between the dates?"), r);
        // its other lines: 1400 m² at 5.7:1, 3° off the road, 236 m² of char; 600 m² at 8.4:1, 5° off, 283 m², FIRMS 0.08;
        // seed 5114 (dry grass, 0.66 px): 1000 m² at 7.8:1, 504 m² of char (5.7 m)
        assertEquals(Optional.of("not flagged: a line along the road (89 m long, 16 m of pixels wide) holding 2.6 m of "
                + "char unmixed, dNBR 0.21 with the visible bands 15 % brighter, no fire detected near it — the road's edge "
                + "moved between the dates?"), LookAlikeCheck.reject(line(1400, 5.68, 3.1, 0.211, 0.156, 235.5 / 1400,
                -0.147, EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0, Map.of(), P));
        assertTrue(LookAlikeCheck.reject(line(600, 8.43, 5.0, 0.218, 0.368, 282.9 / 600, 0.081,
                EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0.076, Map.of(), P).isPresent());
        assertTrue(LookAlikeCheck.reject(line(1000, 7.83, 0.9, 0.176, 0.388, 503.6 / 1000, 0.138,
                EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0, Map.of(), P).isPresent());
    }

    @Test
    void convoyScarsAFireNearItAndOtherCarriersAreNotThisRule() {
        // the narrowest index-carried convoy scar of the tune sets on 10 m pixels (5331: 14.5 m of pixels, 4.8:1,
        // 14.2 m of char unmixed) passes even without its FIRMS detection
        assertTrue(LookAlikeCheck.reject(line(14.5 * 14.5 * 4.8, 4.8, 0.9, 0.25, 0.5, 14.2 / 14.5, 0.2,
                EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0, Map.of(), P).isEmpty());
        // a fire detected near the line keeps it (tune seed 5114's line beside its attack, FIRMS term 0.56)
        assertTrue(LookAlikeCheck.reject(seed5132(EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0.563,
                Map.of(), P).isEmpty());
        // without SWIR with wrecks counted on it, or carried by the darkening: not this rule
        assertTrue(LookAlikeCheck.reject(seed5132(EvidenceComponents.Carrier.INDEX, false), Double.NaN, 0,
                Map.of("wreck_count", 2), P).isEmpty());
        // (a darkening-carried strip this narrow is the carriageway rule's)
        assertTrue(MovedRoadLine.reject(seed5132(EvidenceComponents.Carrier.DARKENING, true), 0, 0, P).isEmpty());
        // two and a half pixels wide (400 m x 25 m at 7 m of char unmixed), across the road, or compact: not a road line
        assertTrue(LookAlikeCheck.reject(line(10_000, 16, 0.4, 0.23, 0.4, 0.28, 0.1, EvidenceComponents.Carrier.INDEX,
                true), Double.NaN, 0, Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(line(1700, 14.2, 35, 0.23, 0.345, 700.0 / 1700, 0.043,
                EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0, Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(line(1700, 3.0, 0.4, 0.23, 0.345, 700.0 / 1700, 0.043,
                EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0, Map.of(), P).isEmpty());
    }

    /**
     * Tune seed 5217 (branch issue-16ad; PlanetScope, sand, misregistered 0.92 px): the road through a village and a
     * patch of dried vegetation, 3609 m² at 21.1:1 along it (276 m, 13 m of pixels: wider than the 3 m road-edge rule's
     * 8 m), carried by dNIR (0.34), 823 m² of char unmixed (3.0 m), the visible bands 5 % brighter, no wreck, the attack's
     * VIIRS 466 m away (FIRMS term 0.499).
     */
    @Test
    void withoutSwirALineAlongTheRoadWithAlmostNoCharNoWreckAndNoFireNearIsTheRoadMoved() {
        SiteFeatures s5217 = line(3609, 21.07, 1.1, 0.339, 0.223, 0.228, -0.053, EvidenceComponents.Carrier.INDEX, false);
        assertEquals(Optional.of("not flagged: a line along the road (276 m long, 13 m of pixels wide) holding 3.0 m of "
                + "char unmixed, dNIR 0.34 with the visible bands 5 % brighter, no wrecks, no fire detected near it — the "
                + "road's edge moved between the dates?"), LookAlikeCheck.reject(s5217, Double.NaN, 0.499,
                Map.of("wreck_count", 0, "firms_count", 2), P));
        // off: kept (the code before issue-16ad)
        assertTrue(LookAlikeCheck.reject(s5217, Double.NaN, 0.499, Map.of("wreck_count", 0), issue16ad(false)).isEmpty());
        // a wreck counted on it, or a fire detected near it, keeps it: the narrow attack sites without SWIR of the tune
        // sets (5567: 1168 m at 1.8 m unmixed, FIRMS term 0.56; 5357: 160 m at 3.8 m, 0.59; 5098: 892 m at 5.0 m, 8 wrecks)
        assertTrue(LookAlikeCheck.reject(s5217, Double.NaN, 0.499, Map.of("wreck_count", 1), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(line(1899, 13.5, 1.0, 0.3, 0.29, 0.32, 0.09, EvidenceComponents.Carrier.INDEX,
                false), Double.NaN, 0.59, Map.of("wreck_count", 0), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(line(8541, 93.1, 0.2, 0.3, 0.33, 0.52, 0.20, EvidenceComponents.Carrier.INDEX,
                false), Double.NaN, 0.97, Map.of("wreck_count", 8), P).isEmpty());
        // a convoy scar at 3 m unmixes wider (5177: 185 m of 16 m pixels, 11.2 m unmixed, no wreck, FIRMS term 0.56)
        assertTrue(LookAlikeCheck.reject(line(2943, 11.6, 0.0, 0.3, 0.19, 11.2 / 15.9, 0.07, EvidenceComponents.Carrier.INDEX,
                false), Double.NaN, 0.2, Map.of("wreck_count", 0), P).isEmpty());
    }

    /** The defaults with issue-16ad's three rules on or off (off: the code before it). */
    static SiteParameters.LookAlikes issue16ad(boolean on) {
        SiteParameters.LookAlikes d = P;
        return new SiteParameters.LookAlikes(d.minDarkness(), d.resurfacingMinLengthM(), d.resurfacingMaxWidthM(),
                d.resurfacingMinElongation(), d.resurfacingMinRoadFraction(), d.shadowMinHa(), d.shadowMaxElongation(),
                d.shadowMaxRoadFraction(), d.shadowMaxDnbr(), d.bushfireMinHa(), d.bushfireMaxRoadFraction(),
                d.bushfireAlongMinElongation(), d.bushfireMinRoadAngleDeg(), d.bushfireMaxWrecks(),
                d.bushfireWreckLineNeedsFire(), d.harvestMaxRoadFraction(), d.harvestMinRectangularity(), d.stripMaxWidthM(),
                d.stripMinElongation(), d.firmsNearScore(), d.shadeMinSwirDarkening(), d.shadeMinSwirExcess(),
                d.bushfireAlongMaxRoadFraction(), d.shadowAcrossMinElongation(), d.shadowAcrossMinRoadAngleDeg(),
                d.carriagewayMaxWidthM(), d.waterEdgeMinShare(), d.waterEdgeMinNirExcess(), d.carriagewayMinLengthM(),
                d.carriagewayMinElongation(), d.carriagewayUnmixMinDarkness(), d.shadeAroundMinDarkening(),
                d.cloudBesideMinShare(), d.cloudBesideFirmsOnM(), d.cloudBesideMaxWrecks(),
                d.shadowAcrossAroundMinDarkening(), d.shadowAcrossCloudMinShare(), d.shadowSmallMinHa(),
                d.shadowSmallMinDarkening(), d.roadLineMaxCharWidthM(), d.roadLineMaxWidthM(), d.roadLineMinElongation(),
                d.roadLineMaxRoadAngleDeg(), on, on ? d.carriagewayUnmixMinBandDarkening() : 2, on, d.cap());
    }
}
