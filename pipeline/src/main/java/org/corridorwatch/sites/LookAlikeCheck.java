package org.corridorwatch.sites;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corridorwatch.model.SiteFeatures;

/**
 * Site-level rejection of darkenings and index drops that are not char, applied after scoring: a rejected site
 * keeps its measurements, its score is capped below the report threshold ({@link #capped}) and its reasons end
 * with "not flagged: … — …?" naming the look-alike. Per-pixel look-alikes (water, wet soil) are removed earlier, in
 * the evidence ({@code change/evidence/CharDarkening} gates); what needs the whole site is here:
 * <ul>
 *   <li><b>stays bright</b>: the change index fell (NBR or NIR) but the site did not darken — its mean darkness
 *       (visible+NIR albedo drop, 0.1 = 1) is below {@link #MIN_DARKNESS}. Vegetation that dried and harvested
 *       fields lose NIR while red and green brighten; char on any ground darkens (darkness ≥ 0.3 on asphalt,
 *       ≥ 0.6 on soils, grass and vegetation in the sweep).</li>
 *   <li><b>resurfacing</b>: a strip along the road at least {@link #RESURFACING_MIN_LENGTH_M} long, at most
 *       {@link #RESURFACING_MAX_WIDTH_M} wide and {@link #RESURFACING_MIN_ELONGATION}:1, all within the road's
 *       hug strip, with no wreck counted: fresh asphalt, not a convoy fire (which chars the verge too). The same
 *       rule removes the thin strips a misregistered road edge leaves (dark asphalt shifted onto bright shoulder).</li>
 *   <li><b>cloud shadow</b> (one the scene classification missed): at least {@link #SHADOW_MIN_HA} ha, compact
 *       (under {@link #SHADOW_MAX_ELONGATION}:1), less than half of it within the hug strip and, with SWIR, NBR
 *       unchanged (|dNBR| below {@link #SHADOW_MAX_DNBR}): a dark patch lying across the road rather than along
 *       it. Convoy scars lie along the road; bush fires lower NBR.</li>
 * </ul>
 * Constants, measured on the sweep's tune seeds (docs/sweep.md); none of the committed samples' flagged sites
 * matches a rule.
 */
public final class LookAlikeCheck {
    /** Mean darkness below which a site "stays bright". */
    public static final double MIN_DARKNESS = 0.12;
    public static final double RESURFACING_MIN_LENGTH_M = 300;
    public static final double RESURFACING_MAX_WIDTH_M = 20;
    public static final double RESURFACING_MIN_ELONGATION = 15;
    public static final double RESURFACING_MIN_ROAD_FRACTION = 0.9;
    public static final double SHADOW_MIN_HA = 3;
    public static final double SHADOW_MAX_ELONGATION = 3;
    public static final double SHADOW_MAX_ROAD_FRACTION = 0.5;
    public static final double SHADOW_MAX_DNBR = 0.1;
    /** A rejected site's score is at most this fraction of the report threshold. */
    public static final double CAP = 0.8;

    private LookAlikeCheck() {
    }

    /**
     * The reason a scored site is a look-alike ("not flagged: …"), or empty. {@code details} are the terms'
     * output fields ({@code wreck_count} when vehicles were counted).
     */
    public static Optional<String> reject(SiteFeatures f, Map<String, Object> details) {
        if (f.darkness() < MIN_DARKNESS) {
            return Optional.of(String.format(Locale.ROOT, "not flagged: %s fell but the ground stays bright "
                    + "(darkness %.2f) — vegetation dried or harvested?", f.swir() ? "NBR" : "NIR", f.darkness()));
        }
        double e = f.elongation();
        if (e >= RESURFACING_MIN_ELONGATION && !Double.isNaN(f.roadFraction())
                && f.roadFraction() >= RESURFACING_MIN_ROAD_FRACTION && noWrecks(details)) {
            double width = Math.sqrt(f.areaM2() / e);
            double length = width * e;
            if (width <= RESURFACING_MAX_WIDTH_M && length >= RESURFACING_MIN_LENGTH_M) {
                return Optional.of(String.format(Locale.ROOT, "not flagged: uniform road-wide darkening "
                        + "(%.0f m long, %.0f m wide), no wrecks — resurfacing?", length, width));
            }
        }
        if (f.areaHa() >= SHADOW_MIN_HA && e < SHADOW_MAX_ELONGATION && !Double.isNaN(f.roadFraction())
                && f.roadFraction() < SHADOW_MAX_ROAD_FRACTION && (!f.swir() || Math.abs(f.meanBurn()) < SHADOW_MAX_DNBR)) {
            return Optional.of(String.format(Locale.ROOT, "not flagged: a %.1f ha patch dark in every band, lying "
                    + "across the road (%.0f%% within %.0f m)%s — cloud shadow?", f.areaHa(), 100 * f.roadFraction(),
                    SiteFeatures.HUG_M, f.swir() ? String.format(Locale.ROOT, ", NBR unchanged (dNBR %.2f)",
                            f.meanBurn()) : ""));
        }
        return Optional.empty();
    }

    /** The score of a rejected site: below the report threshold. */
    public static double capped(double score, double threshold) {
        return Math.min(score, CAP * threshold);
    }

    private static boolean noWrecks(Map<String, Object> details) {
        Object w = details.get("wreck_count");
        return !(w instanceof Number n) || n.intValue() == 0;
    }
}
