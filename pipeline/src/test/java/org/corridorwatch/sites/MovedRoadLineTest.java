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
        // without SWIR (3 m: the road-edge rule's ground, by pixel width) or carried by the darkening: not this rule
        assertTrue(LookAlikeCheck.reject(seed5132(EvidenceComponents.Carrier.INDEX, false), Double.NaN, 0,
                Map.of("wreck_count", 2), P).isEmpty());
        // (a darkening-carried strip this narrow is the carriageway rule's)
        assertTrue(MovedRoadLine.reject(seed5132(EvidenceComponents.Carrier.DARKENING, true), 0, P).isEmpty());
        // two and a half pixels wide (400 m x 25 m at 7 m of char unmixed), across the road, or compact: not a road line
        assertTrue(LookAlikeCheck.reject(line(10_000, 16, 0.4, 0.23, 0.4, 0.28, 0.1, EvidenceComponents.Carrier.INDEX,
                true), Double.NaN, 0, Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(line(1700, 14.2, 35, 0.23, 0.345, 700.0 / 1700, 0.043,
                EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0, Map.of(), P).isEmpty());
        assertTrue(LookAlikeCheck.reject(line(1700, 3.0, 0.4, 0.23, 0.345, 700.0 / 1700, 0.043,
                EvidenceComponents.Carrier.INDEX, true), Double.NaN, 0, Map.of(), P).isEmpty());
    }
}
