package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.corridorwatch.model.EvidenceComponents;
import org.corridorwatch.model.EvidenceComponents.Carrier;
import org.corridorwatch.model.EvidenceComponents.Component;
import org.corridorwatch.model.SiteFeatures;
import org.junit.jupiter.api.Test;

/** The components of a site in output fields and words. */
class EvidenceWordsTest {

    private static SiteFeatures site(double meanDnbr, double roadFraction, boolean swir, Carrier carrier) {
        float[] v = new float[Component.values().length];
        Arrays.fill(v, Float.NaN);
        v[Component.DARKENING_MIN.ordinal()] = 0.45f;
        v[Component.DARKENING_VISIBLE.ordinal()] = 0.5f;
        if (swir) {
            v[Component.DNBR2.ordinal()] = 0.03f;
            v[Component.DMIRBI.ordinal()] = 0.3f;
        }
        EvidenceComponents c = new EvidenceComponents.Builder().add(v, carrier).add(v, carrier).build();
        return new SiteFeatures(20_000, meanDnbr, meanDnbr, 0.9, 0.8, 5, 10, 2, 10, 0, roadFraction, swir, c);
    }

    @Test
    void bareGroundCharOnTheRoadIsSaidInWords() {
        String r = EvidenceWords.carried(site(0.01, 1.0, true, Carrier.DARKENING));
        assertEquals("road surface and verge charred: 45 % darker in every band; dNBR unchanged (0.01) because the "
                + "ground was bare or dry before; NBR2 fell by 0.03 and MIRBI rose by 0.30", r);
    }

    @Test
    void vegetationAwayFromTheRoadIsCarriedByTheIndex() {
        String r = EvidenceWords.carried(site(0.4, 0.1, false, Carrier.INDEX));
        assertEquals("vegetation burnt: dNIR 0.40; visible bands 50 % darker", r);
    }

    @Test
    void detailsNameEveryComponentAndLeaveUndefinedOnesNull() {
        Map<String, Object> d = EvidenceWords.details(site(0.01, 1.0, false, Carrier.DARKENING));
        assertEquals("darkening", d.get("evidence_carried_by"));
        assertEquals(1.0, d.get("carried_share_darkening"));
        assertEquals(0.45, (Double) d.get("darkening_min_mean"), 1e-4);
        assertTrue(d.containsKey("dnbr2_mean"));
        assertNull(d.get("dnbr2_mean"));
        for (Component c : Component.values()) {
            assertTrue(d.containsKey(c.key() + "_mean") && d.containsKey(c.key() + "_max"), c.key());
        }
    }

    @Test
    void aStripOfMixedCharSaysHowMuchCharItHolds() {
        float[] v = new float[Component.values().length];
        Arrays.fill(v, Float.NaN);
        v[Component.DARKENING_MIN.ordinal()] = 0.25f;
        v[Component.STRIP_EVIDENCE.ordinal()] = 1f;
        v[Component.CHAR_FRACTION.ordinal()] = 0.55f;
        EvidenceComponents c = new EvidenceComponents.Builder().add(v, Carrier.STRIP).build();
        // 0.4 ha of mixed pixels, 55 % char on average: 0.22 ha of char
        SiteFeatures s = new SiteFeatures(4_000, 0.02, 0.02, 0.9, 0.8, 5, 10, 2, 10, 0, 1.0, false, c);
        assertEquals("a strip of char narrower than its pixels on the road: 25 % darker in every band, unmixed 2200 m² "
                + "of char over 4000 m² of mixed pixels; dNIR 0.02", EvidenceWords.carried(s));
        Map<String, Object> d = EvidenceWords.details(s);
        assertEquals("strip", d.get("evidence_carried_by"));
        assertEquals(2200.0, (Double) d.get("char_area_m2"), 0.1);
        assertEquals(0.22, EvidenceWords.charAreaHa(s), 1e-6);
    }

    @Test
    void aSiteTheMaskTookForShadeAlongTheRoadSaysSo() {
        float[] shade = new float[Component.values().length];
        Arrays.fill(shade, Float.NaN);
        shade[Component.DARKENING_MIN.ordinal()] = 0.45f;
        shade[Component.DARKENING_VISIBLE.ordinal()] = 0.4f;
        shade[Component.ROAD_SHADE.ordinal()] = 1f;
        float[] other = shade.clone();
        other[Component.ROAD_SHADE.ordinal()] = 0f;
        EvidenceComponents c = new EvidenceComponents.Builder().add(shade, Carrier.INDEX).add(other, Carrier.INDEX).build();
        SiteFeatures s = new SiteFeatures(10_000, 0.58, 0.6, 0.9, 0.8, 5, 10, 2, 10, 0, 1.0, false, c);
        assertEquals("vegetation burnt: dNIR 0.58; visible bands 40 % darker; 50 % of it passed the cloud-shade test "
                + "(every band darker alike, colour and NDVI kept) but lies along the road, so it was not masked as shade",
                EvidenceWords.carried(s));
        assertEquals(0.5, (Double) EvidenceWords.details(s).get("road_shade_mean"), 1e-9);
        other[Component.ROAD_SHADE.ordinal()] = 0f;
        shade[Component.ROAD_SHADE.ordinal()] = 0f;
        EvidenceComponents none = new EvidenceComponents.Builder().add(other, Carrier.INDEX).build();
        assertEquals("vegetation burnt: dNIR 0.58; visible bands 40 % darker", EvidenceWords.carried(
                new SiteFeatures(10_000, 0.58, 0.6, 0.9, 0.8, 5, 10, 2, 10, 0, 1.0, false, none)));
    }

    @Test
    void aSiteWithoutComponentsHasNoCarrierSentence() {
        assertNull(EvidenceWords.carried(new SiteFeatures(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, true)));
    }
}
