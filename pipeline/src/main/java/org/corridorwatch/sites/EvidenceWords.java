package org.corridorwatch.sites;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.corridorwatch.model.EvidenceComponents;
import org.corridorwatch.model.EvidenceComponents.Carrier;
import org.corridorwatch.model.EvidenceComponents.Component;
import org.corridorwatch.model.SiteFeatures;

/**
 * The evidence components of a burn site as output fields and in words: which component carried the site
 * (the change index on vegetated ground, the darkening on bare and dry ground, texture without SWIR) and
 * what the others say, e.g. "road surface and verge charred: 45 % darker in every band; dNBR unchanged
 * (0.01) because the ground was bare or dry before".
 */
final class EvidenceWords {
    /** Below this mean change index the index "did not change" (USGS unburned/low break for dNBR). */
    static final double INDEX_UNCHANGED = 0.1;
    /** A site with at least this share of its area within {@link SiteFeatures#HUG_M} of the road lies on road and verge. */
    static final double ON_ROAD_FRACTION = 0.5;
    /** A site with at least this share of its pixels on shade-like patches left unmasked along the road says so. */
    static final double ROAD_SHADE_SHARE = 0.1;

    private EvidenceWords() {
    }

    /** The name of the carrier in outputs: the index's name ("dNBR", "dNIR"), "darkening" or "texture". */
    static String carrierName(Carrier c, boolean swir) {
        return switch (c) {
            case INDEX -> swir ? "dNBR" : "dNIR";
            case DARKENING -> "darkening";
            case TEXTURE -> "texture";
            case STRIP -> "strip";
        };
    }

    /**
     * Output fields: {@code evidence_carried_by}, {@code carried_share_*} and {@code <component>_mean},
     * {@code <component>_max} for every {@link Component} (null where the sensor does not give it).
     */
    static Map<String, Object> details(SiteFeatures s) {
        EvidenceComponents c = s.components();
        Map<String, Object> d = new LinkedHashMap<>();
        Carrier main = c.mainCarrier();
        d.put("evidence_carried_by", main == null ? null : carrierName(main, s.swir()));
        for (Carrier k : Carrier.values()) {
            d.put("carried_share_" + k.name().toLowerCase(Locale.ROOT), round(c.carriedShare(k), 3));
        }
        for (Component k : Component.values()) {
            d.put(k.key() + "_mean", round(c.mean(k), 4));
            d.put(k.key() + "_max", round(c.max(k), 4));
        }
        d.put("char_area_m2", round(charAreaHa(s) * 10_000, 1));
        return d;
    }

    /** One reason saying which component carried the site and why the others did not; null without components. */
    static String carried(SiteFeatures s) {
        EvidenceComponents c = s.components();
        Carrier main = c.mainCarrier();
        if (main == null) {
            return null;
        }
        String index = s.swir() ? "dNBR" : "dNIR";
        double darker = 100 * c.mean(Component.DARKENING_MIN);
        boolean onRoad = !Double.isNaN(s.roadFraction()) && s.roadFraction() >= ON_ROAD_FRACTION;
        String text = switch (main) {
            case DARKENING -> String.format(Locale.ROOT, "%s charred: %.0f %% darker in every band; %s",
                    onRoad ? "road surface and verge" : "bare ground", darker,
                    s.meanBurn() < INDEX_UNCHANGED
                            ? String.format(Locale.ROOT, "%s unchanged (%.2f) because the ground was bare or dry before",
                                    index, s.meanBurn())
                            : String.format(Locale.ROOT, "%s %.2f as well", index, s.meanBurn()));
            case INDEX -> String.format(Locale.ROOT, "vegetation burnt: %s %.2f; visible bands %.0f %% darker",
                    index, s.meanBurn(), 100 * c.mean(Component.DARKENING_VISIBLE));
            case TEXTURE -> String.format(Locale.ROOT, "ground charred smooth: texture %.0f %% lower and %.0f %% darker "
                    + "in every band", 100 * (1 - Math.exp(c.mean(Component.TEXTURE_CHANGE))), darker);
            case STRIP -> String.format(Locale.ROOT, "a strip of char narrower than its pixels%s: %.0f %% darker in every "
                    + "band, unmixed %.0f m² of char over %.0f m² of mixed pixels; %s %.2f",
                    onRoad ? " on the road" : "", darker, charAreaHa(s) * 10_000, s.areaHa() * 10_000, index, s.meanBurn());
        };
        String swir = swirWords(c);
        return roadShadeWords(c, swir == null ? text : text + "; " + swir);
    }

    /**
     * {@code text} and, when at least {@link #ROAD_SHADE_SHARE} of the site lies on patches the mask took for a cloud's
     * shade but left unmasked along the road ({@link Component#ROAD_SHADE}), a clause saying so.
     */
    static String roadShadeWords(EvidenceComponents c, String text) {
        double share = c.mean(Component.ROAD_SHADE);
        if (!(share >= ROAD_SHADE_SHARE)) {
            return text;
        }
        return text + String.format(Locale.ROOT, "; %.0f %% of it passed the cloud-shade test (every band darker alike, "
                + "colour and NDVI kept) but lies along the road, so it was not masked as shade", 100 * share);
    }

    /**
     * The site's char area unmixed, hectares: its area times the mean unmixed char fraction of its pixels
     * ({@link Component#CHAR_FRACTION}); NaN where that was not measured.
     */
    static double charAreaHa(SiteFeatures s) {
        return s.areaHa() * s.components().mean(Component.CHAR_FRACTION);
    }

    /** The site's char unmixed, as a strip of its length: {@link #charAreaHa} over {@link SiteFeatures#lengthM}, metres. */
    static double charWidthM(SiteFeatures s) {
        return charAreaHa(s) * 10_000 / s.lengthM();
    }

    /** What the SWIR indices say (null without SWIR). */
    static String swirWords(EvidenceComponents c) {
        double nbr2 = c.mean(Component.DNBR2);
        double mirbi = c.mean(Component.DMIRBI);
        if (Double.isNaN(nbr2) || Double.isNaN(mirbi)) {
            return null;
        }
        if (nbr2 < 0) {
            return String.format(Locale.ROOT, "NBR2 rose by %.2f (wetter after, unlike char)", -nbr2);
        }
        return String.format(Locale.ROOT, "NBR2 fell by %.2f and MIRBI %s by %.2f", nbr2,
                mirbi >= 0 ? "rose" : "fell", Math.abs(mirbi));
    }

    private static Double round(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
