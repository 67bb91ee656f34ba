package org.corridorwatch.sites;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corridorwatch.model.EvidenceComponents;
import org.corridorwatch.model.SiteFeatures;

/**
 * Site-level rejection of darkenings and index drops that are not char, applied after scoring: a rejected site
 * keeps its measurements, its score is capped below the report threshold ({@link #capped}) and its reasons end
 * with "not flagged: … — …?" naming the look-alike. Per-pixel look-alikes (water, wet soil) are removed earlier, in
 * the evidence ({@code change/evidence/CharDarkening} gates); what needs the whole site is here:
 * <ul>
 *   <li><b>stays bright</b>: the change index fell (NBR or NIR) but the site did not darken — its mean darkness
 *       (visible+NIR albedo drop, 0.1 = 1) is below {@code min_darkness}. Vegetation that dried and harvested
 *       fields lose NIR while red and green brighten; char on any ground darkens (darkness ≥ 0.3 on asphalt,
 *       ≥ 0.6 on soils, grass and vegetation in the sweep).</li>
 *   <li><b>resurfacing</b>: a strip along the road at least {@code resurfacing_min_length_m} long, at most
 *       {@code resurfacing_max_width_m} wide and {@code resurfacing_min_elongation}:1, all within the road's
 *       hug strip, with no wreck counted and no fire detected near it (FIRMS term below {@code firms_near_score}):
 *       fresh asphalt, not a convoy fire (which chars the verge too).</li>
 *   <li><b>road edge</b>: a strip at most {@code strip_max_width_m} wide (one or two 3 m pixels), at least
 *       {@code strip_min_elongation}:1, on the road as above, of any length: the road's dark edge shifted by a
 *       pixel onto the bright shoulder or verge between the dates (sub-pixel misregistration at 3 m). A convoy fire
 *       chars the verge and is wider, also where a fire was detected nearby; a 10 m pixel makes no strip this thin.</li>
 *   <li><b>water edge</b> ({@link #waterEdge}, without SWIR): a site mostly beside open water whose NIR darkened
 *       far more than its visible bands, no fire detected near it — the mixed edge of a flood.</li>
 *   <li><b>carriageway</b> ({@link #carriageway}): a strip along the road no wider than the carriageway
 *       ({@code carriageway_max_width_m}; unmixed where the darkening or the strip component carried it, or with SWIR
 *       where it is dark in every band, or without SWIR where every band darkened), at least
 *       {@code carriageway_min_length_m} long and
 *       {@code carriageway_min_elongation}:1, with no fire detected near it — resurfacing, whatever dark patches the
 *       vehicle term counted on the fresh asphalt, also in the pieces 10 m pixels break it into.</li>
 *   <li><b>road line moved</b> ({@link MovedRoadLine}, with SWIR, and without it where no wreck was counted): a line
 *       one or two pixels wide along the road, carried by the change index, holding at most {@code road_line_max_char_width_m} of char unmixed, no fire detected near it —
 *       the road moved onto the vegetated verge by misregistration.</li>
 *   <li><b>cloud shadow</b> (one the scene classification missed): at least {@code shadow_min_ha} ha, compact
 *       (under {@code shadow_max_elongation}:1), less than half of it within the hug strip and, with SWIR, NBR
 *       unchanged (|dNBR| below {@code shadow_max_dnbr}): a dark patch lying across the road rather than along
 *       it. Convoy scars lie along the road; bush fires lower NBR. From {@code shadow_small_min_ha} where the site is
 *       darker than a fire leaves the ground, at least {@code shadow_small_min_darkening} in green, red and NIR alike
 *       (the generator's shadows 50–66 % in every band): tune seed 5058 (PlanetScope), a 2.1 ha planted shadow reaching
 *       across the road (33 % within 60 m), 50 % darker in every band, on which the trees in the shade were counted as 12
 *       wrecks, so the bush-fire rule (at most 8 wrecks) kept it. Attack sites of the tune scenes reaching off the road
 *       (under half within 60 m, compact) are at most 37 % darker in their least darkened band.</li>
 *   <li><b>shade</b> (small cloud shadows, any shape): with SWIR, at least {@code shade_min_swir_darkening} darker
 *       in SWIR and that much more ({@code shade_min_swir_excess}) than in the visible, with NBR unchanged. Shade
 *       loses the direct sun and keeps the skylight, which is blue: it darkens SWIR most (59–69 % against 46–53 % in
 *       the visible on the tune scenes' flagged shadows). Char on bare ground darkens SWIR no more than NIR (at most
 *       51 % on the tune scenes' found attacks).</li>
 *   <li><b>shade around</b> ({@link #shadeAround}): the ground around the site darkened as much as a cloud's shade
 *       darkens it ({@code shade_around_min_darkening} more than the scene), no fire detected near it, no wreck: a
 *       shadow over the road of which only the road read as char.</li>
 *   <li><b>cloud shadow across the road</b>: elongated at least {@code shadow_across_min_elongation}:1 with its axis
 *       at least {@code shadow_across_min_road_angle_deg} off the road's, no fire detected near it (FIRMS term below
 *       {@code firms_near_score}) and no wreck: a shadow band crossing the road. Convoy scars lie along the road (axis
 *       ≤ 7° off it on the tune scenes; the one attack site more than 45° off was compact, 1.3:1). With a fire detected
 *       near it, the same shape is a shadow still where the ground around it darkened as under shade
 *       ({@link #shadedAcross}).</li>
 *   <li><b>harvested or ploughed field</b>: FIRMS was searched and saw no fire, less than
 *       {@code harvest_max_road_fraction} of the site within the hug strip, and straight-edged: its area fills at least
 *       {@code harvest_min_rectangularity} of its minimum bounding rectangle. A parcel beside the road, not a fire.</li>
 *   <li><b>bush fire</b>: at least {@code bushfire_min_ha} ha, less than {@code bushfire_max_road_fraction} of it within
 *       the hug strip (it reaches out into the bush), not lying along the road (elongation below
 *       {@code bushfire_along_min_elongation} or its axis at least {@code bushfire_min_road_angle_deg} off the road's)
 *       and no wreck line (at most {@code bushfire_max_wrecks} wrecks counted on it: at 3 m, wet soil and bush
 *       beside the road give a few false wrecks; with {@code bushfire_wreck_line_needs_fire}, a wreck line keeps it only
 *       where FIRMS saw a fire within its search distances: tune seed 5187, a 7.2 ha shadow reaching across the road
 *       with 10 dark objects of the char texture counted in a line, no detection within 750 m). Convoy scars in the sweep lie along the road, ≥ 89 % within the strip.
 *       A burn that lies along the road but has less than {@code bushfire_along_max_road_fraction} of it within the strip
 *       is a bush fire too (the 8–13 ha bush fires beside the road on tune seeds 5031, 5402, 5405: 36–50 % within).</li>
 *   <li><b>shade beside its cloud</b> ({@link #shadeBesideCloud}, next to last, where no rule before it took the site): part of the
 *       ground around it is the mask's cloud or shade, at most {@code cloud_beside_max_wrecks} wrecks where wrecks are
 *       counted, and no fire detected on it (a detection hundreds of
 *       metres away does not keep it): a piece of a cloud's shade that the mask missed.</li>
 *   <li><b>burn across the road</b> ({@link BurnAcrossRoad}, last): elongated across the road as above, no wreck, whatever
 *       fire was detected near it — a bush fire's front that crossed the road.</li>
 * </ul>
 * Thresholds: {@code sites.look_alikes} in config/corridorwatch.yaml ({@link SiteParameters.LookAlikes}), chosen on
 * the sweep's tune seeds (docs/sweep.md); none of the committed samples' flagged sites matches a rule.
 */
public final class LookAlikeCheck {
    private LookAlikeCheck() {
    }

    /**
     * The reason a scored site is a look-alike ("not flagged: …"), or empty. {@code details} are the terms'
     * output fields ({@code wreck_count} when vehicles were counted).
     */
    public static Optional<String> reject(SiteFeatures f, Map<String, Object> details, SiteParameters.LookAlikes p) {
        return reject(f, Double.NaN, details, p);
    }

    /**
     * As {@link #reject(SiteFeatures, Map, SiteParameters.LookAlikes)}, with the site's {@code rectangularity} (area
     * over its minimum bounding rectangle's, NaN = unknown: no field rule).
     */
    public static Optional<String> reject(SiteFeatures f, double rectangularity, Map<String, Object> details,
                                          SiteParameters.LookAlikes p) {
        return reject(f, rectangularity, 0, details, p);
    }

    /**
     * As {@link #reject(SiteFeatures, double, Map, SiteParameters.LookAlikes)}, with the site's FIRMS term value
     * ({@code firmsScore}, 0 = no detection near it): a fire detected close to a long road strip (at least
     * {@code firms_near_score}) keeps it from the resurfacing rule — fresh asphalt does not burn; an attack merged with
     * the shifted road edge beside it makes such a strip.
     */
    public static Optional<String> reject(SiteFeatures f, double rectangularity, double firmsScore,
                                          Map<String, Object> details, SiteParameters.LookAlikes p) {
        if (f.darkness() < p.minDarkness()) {
            return Optional.of(String.format(Locale.ROOT, "not flagged: %s fell but the ground stays bright "
                    + "(darkness %.2f) — vegetation dried or harvested?", f.swir() ? "NBR" : "NIR", f.darkness()));
        }
        Optional<String> water = waterEdge(f, firmsScore, p);
        if (water.isPresent()) {
            return water;
        }
        double e = f.elongation();
        boolean onRoad = !Double.isNaN(f.roadFraction()) && f.roadFraction() >= p.resurfacingMinRoadFraction()
                && noWrecks(details);
        double width = Math.sqrt(f.areaM2() / e);
        if (onRoad && e >= p.stripMinElongation() && width <= p.stripMaxWidthM()) {
            return Optional.of(String.format(Locale.ROOT, "not flagged: a strip %.0f m wide and %.0f m long on the road's "
                    + "edge, no wrecks — road edge shifted between the dates?", width, width * e));
        }
        if (onRoad && !(firmsScore >= p.firmsNearScore()) && e >= p.resurfacingMinElongation()) {
            double length = width * e;
            if (width <= p.resurfacingMaxWidthM() && length >= p.resurfacingMinLengthM()) {
                return Optional.of(String.format(Locale.ROOT, "not flagged: uniform road-wide darkening "
                        + "(%.0f m long, %.0f m wide), no wrecks — resurfacing?", length, width));
            }
        }
        Optional<String> carriageway = carriageway(f, firmsScore, p);
        if (carriageway.isPresent()) {
            return carriageway;
        }
        Optional<String> roadLine = MovedRoadLine.reject(f, firmsScore, wrecks(details), p);
        if (roadLine.isPresent()) {
            return roadLine;
        }
        double darkest = f.components().mean(EvidenceComponents.Component.DARKENING_MIN);
        boolean shadeDark = f.areaHa() >= p.shadowSmallMinHa() && darkest >= p.shadowSmallMinDarkening();
        if ((f.areaHa() >= p.shadowMinHa() || shadeDark) && e < p.shadowMaxElongation() && !Double.isNaN(f.roadFraction())
                && f.roadFraction() < p.shadowMaxRoadFraction() && (!f.swir() || Math.abs(f.meanBurn()) < p.shadowMaxDnbr())) {
            return Optional.of(String.format(Locale.ROOT, "not flagged: a %.1f ha patch dark in every band%s, lying "
                    + "across the road (%.0f%% within %.0f m)%s — cloud shadow?", f.areaHa(), f.areaHa() >= p.shadowMinHa()
                            ? "" : String.format(Locale.ROOT, " (green, red and NIR at least %.0f %% darker; what the shade "
                            + "covers reads dark, wrecks too)", 100 * darkest), 100 * f.roadFraction(),
                    SiteFeatures.HUG_M, f.swir() ? String.format(Locale.ROOT, ", NBR unchanged (dNBR %.2f)",
                            f.meanBurn()) : ""));
        }
        double swirDark = f.components().mean(EvidenceComponents.Component.DARKENING_SWIR);
        double visibleDark = f.components().mean(EvidenceComponents.Component.DARKENING_VISIBLE);
        if (f.swir() && swirDark >= p.shadeMinSwirDarkening() && swirDark - visibleDark >= p.shadeMinSwirExcess()
                && Math.abs(f.meanBurn()) < p.shadowMaxDnbr()) {
            return Optional.of(String.format(Locale.ROOT, "not flagged: darker in SWIR (%.0f %%) than in the visible "
                    + "(%.0f %%), NBR unchanged (dNBR %.2f) — shade of a cloud rather than char?", 100 * swirDark,
                    100 * visibleDark, f.meanBurn()));
        }
        Optional<String> shadeAround = shadeAround(f, firmsScore, details, p);
        if (shadeAround.isPresent()) {
            return shadeAround;
        }
        if (e >= p.shadowAcrossMinElongation() && f.roadAngleDeg() >= p.shadowAcrossMinRoadAngleDeg() && noWrecks(details)) {
            if (!(firmsScore >= p.firmsNearScore())) {
                return Optional.of(String.format(Locale.ROOT, "not flagged: a %.2f ha patch lying across the road (%.1f:1, "
                        + "%.0f° off it), no fire detected near it, no wrecks — cloud shadow?", f.areaHa(), e, f.roadAngleDeg()));
            }
            Optional<String> shaded = shadedAcross(f, details, p);
            if (shaded.isPresent()) {
                return shaded;
            }
        }
        boolean offRoad = !Double.isNaN(f.roadFraction());
        if (offRoad && f.roadFraction() < p.harvestMaxRoadFraction() && rectangularity >= p.harvestMinRectangularity()
                && details.get("firms_count") instanceof Number n && n.intValue() == 0) {
            return Optional.of(String.format(Locale.ROOT, "not flagged: a straight-edged %.1f ha parcel (fills %.0f %% "
                    + "of its bounding rectangle) beside the road (%.0f %% within %.0f m), no fire detected — harvested or "
                    + "ploughed field?", f.areaHa(), 100 * rectangularity, 100 * f.roadFraction(), SiteFeatures.HUG_M));
        }
        boolean along = e >= p.bushfireAlongMinElongation() && !(f.roadAngleDeg() >= p.bushfireMinRoadAngleDeg());
        boolean reachesOff = offRoad && (f.roadFraction() < p.bushfireAlongMaxRoadFraction()
                || (f.roadFraction() < p.bushfireMaxRoadFraction() && !along));
        boolean unseen = p.bushfireWreckLineNeedsFire() && details.get("firms_count") instanceof Number n && n.intValue() == 0;
        if (reachesOff && f.areaHa() >= p.bushfireMinHa() && (wrecks(details) <= p.bushfireMaxWrecks() || unseen)) {
            return Optional.of(String.format(Locale.ROOT, "not flagged: a %.1f ha burn reaching off the road (%.0f %% "
                    + "beyond %.0f m of it), %s, %s — bush fire?", f.areaHa(), 100 * (1 - f.roadFraction()),
                    SiteFeatures.HUG_M, along ? "though lying along it" : e < p.bushfireAlongMinElongation()
                            ? String.format(Locale.ROOT, "compact (%.1f:1)", e)
                            : String.format(Locale.ROOT, "across the road (%.0f° off it)", f.roadAngleDeg()),
                    wrecks(details) <= p.bushfireMaxWrecks() ? "no wreck line" : String.format(Locale.ROOT, "%d dark "
                            + "objects counted on it as wrecks but no fire detected near it (a convoy fire is seen from "
                            + "space)", wrecks(details))));
        }
        return shadeBesideCloud(f, details, p).or(() -> BurnAcrossRoad.reject(f, wrecks(details), details, p));
    }

    /**
     * The water-edge rule, for sensors without SWIR (with SWIR the not-wet gate removes wet ground pixel by pixel): at
     * least {@code water_edge_min_share} of the site lies within {@code evidence.darkening.water_edge_px} pixels of open
     * water after the event ({@link EvidenceComponents.Component#WATER_EDGE}) and NIR darkened more than the visible
     * bands by at least {@code water_edge_min_nir_excess}, and no fire detected near it (FIRMS term below
     * {@code firms_near_score}: on tune seed 5356 an attack merged with a flood's edge, 33 % of it beside water, VIIRS
     * 32 m from it). The not-water gate removes the water itself (NDWI above 0),
     * but its mixed edge — half water, half vegetation — keeps NIR above green and loses NIR like burnt vegetation
     * (tune seed 5307, PlanetScope flood: NIR 36–40 % darker, visible 4–15 %, 50–100 % of the sites within 2 pixels of
     * open water; no attack site of the tune range more than 1 %).
     */
    static Optional<String> waterEdge(SiteFeatures f, double firmsScore, SiteParameters.LookAlikes p) {
        double share = f.components().mean(EvidenceComponents.Component.WATER_EDGE);
        double nir = f.components().mean(EvidenceComponents.Component.DARKENING_NIR);
        double visible = f.components().mean(EvidenceComponents.Component.DARKENING_VISIBLE);
        if (f.swir() || !(share >= p.waterEdgeMinShare()) || !(nir - visible >= p.waterEdgeMinNirExcess())
                || firmsScore >= p.firmsNearScore()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "not flagged: on the edge of standing water (%.0f %% of it beside "
                + "open water after the event), NIR %.0f %% darker against %.0f %% in the visible, no fire detected near it "
                + "— flood?", 100 * share,
                100 * nir, 100 * visible));
    }

    /**
     * The carriageway rule: a site (carried by the change index, the darkening or the strip component) that is a strip
     * along the road no wider than the
     * carriageway ({@code carriageway_max_width_m}), at least {@code carriageway_min_length_m} long and
     * {@code carriageway_min_elongation}:1, all on the road, with no fire detected near it. Fresh asphalt lowers NIR
     * over exactly the resurfaced width; a convoy fire chars the verge beside the tankers too (convoy scars at 3 m are
     * at least 12 m wide on the tune scenes). At 3 m the vehicle term finds dark vehicle-sized patches on a fresh
     * strip (26 "wrecks" on tune seed 5306's 500 m of resurfacing), so unlike the resurfacing rule this one does not
     * ask for a strip without wrecks: its width is what tells it from a convoy.
     *
     * <p>Sites the darkening or the strip component carried are judged on their width unmixed: the char area
     * ({@code char_area_m2}, area × mean char fraction) over the length. On 10 m pixels a 7 m strip of fresh asphalt
     * fills one or two pixels, partly, so its pixel width says nothing; the darkening it leaves, unmixed against full
     * char, is as wide as the asphalt laid. With SWIR (10–20 m pixels) the same holds where the change index carried a
     * site that is dark in every band ({@code carriageway_unmix_min_darkness}, the burn term's "charred: dark in every
     * band"): fresh asphalt lowers NBR too, and tune seed 5663's strip was carried by dNBR in two of its pieces. Convoy
     * scars unmix to at least 14 m on the tune scenes (5621's strip; 5317's 580 m merged site, 6.9 m unmixed, had its fire
     * detected near it). Without SWIR (3 m) likewise where dNIR carried a site darker in every band (blue, green, red and
     * NIR) by at least {@code carriageway_unmix_min_band_darkening}: fresh asphalt darkens every band, and its pixel
     * width at 3 m takes in the partly covered pixels of both edges (branch issue-16ad: tune seed 5297, PlanetScope, 701 m
     * of fresh asphalt read as 12 m of pixels and 6.5 m unmixed, every band at least 21 % darker, 39 "wrecks" of its
     * texture, no FIRMS detection). A road line moved or dried vegetation brightens a visible band and is not unmixed
     * here. Attack sites without SWIR that unmix under 10 m had a fire detected near them on every tune set of issue 16.
     *
     * <p>Length and elongation ({@code carriageway_min_length_m}, {@code carriageway_min_elongation}, length over that
     * width) are looser than the resurfacing rule's: on 10 m pixels the partly filled strip drops under the weak evidence
     * here and there, and tune seed 5663's 0.5–1.2 km of fresh asphalt came out as pieces 113–226 m long (9–18:1 by their
     * pixels). Width and the missing fire are what tell them from a convoy.
     */
    static Optional<String> carriageway(SiteFeatures f, double firmsScore, SiteParameters.LookAlikes p) {
        EvidenceComponents.Carrier by = f.components().mainCarrier();
        if (by == null || by == EvidenceComponents.Carrier.TEXTURE || Double.isNaN(f.roadFraction())
                || f.roadFraction() < p.resurfacingMinRoadFraction() || firmsScore >= p.firmsNearScore()) {
            return Optional.empty();
        }
        double e = f.elongation();
        double length = f.lengthM();
        boolean unmixed = by != EvidenceComponents.Carrier.INDEX
                || (f.swir() && f.darkness() >= p.carriagewayUnmixMinDarkness())
                || (!f.swir() && f.components().mean(EvidenceComponents.Component.DARKENING_MIN)
                        >= p.carriagewayUnmixMinBandDarkening());
        double width = unmixed ? EvidenceWords.charWidthM(f) : f.areaM2() / length;
        if (!(width > 0) || length / width < p.carriagewayMinElongation() || length < p.carriagewayMinLengthM()
                || width > p.carriagewayMaxWidthM()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "not flagged: a strip no wider than the carriageway (%.0f m wide%s, "
                + "%.0f m long) along the road, no fire detected near it — resurfacing? (a convoy fire chars the verge "
                + "too)", width, unmixed ? String.format(Locale.ROOT, " unmixed, over %.0f m of pixels", f.areaM2() / length)
                : "", length));
    }

    /**
     * The shade-around rule: the ground around the site ({@link EvidenceComponents.Component#DARKENING_AROUND}: within 3
     * pixels of it and in no burn region) darkened in green, red and NIR by at least {@code shade_around_min_darkening}
     * more than the scene, no fire detected near it and no wreck counted. A cloud shadow darkens everything under it;
     * where it crosses a dark road only the road passes the darkening's dark-after gate, and the flagged piece is ringed by
     * shaded ground that darkened as much but stayed bright (tune seed 5320: a 0.06 ha piece, the ground around it 38 %
     * darker than the scene; the pieces of 5313's and 5320's other shadows 15–58 %). Char leaves the ground beside it as it
     * was: −0.10 to +0.08 around every attack site of the tune range, at most +0.13 on every tune set of issue 16 (the
     * threshold was 0.25 until tune seed 5070 of issue-16z: a 0.11 ha shadow piece on the road, ringed by ground 0.20
     * darker than the scene, no fire detected near it). A fire detected near it keeps the site (an attack
     * under a cloud shadow is ringed by shade too), as does a wreck line.
     */
    static Optional<String> shadeAround(SiteFeatures f, double firmsScore, Map<String, Object> details,
                                        SiteParameters.LookAlikes p) {
        double around = f.components().mean(EvidenceComponents.Component.DARKENING_AROUND);
        if (!(around >= p.shadeAroundMinDarkening()) || firmsScore >= p.firmsNearScore() || !noWrecks(details)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "not flagged: the ground around it darkened too (%.0f %% more than "
                + "the scene in every band, the site itself %.0f %%) but stayed too bright to read as char, no fire detected "
                + "near it — a cloud shadow over the road?", 100 * around,
                100 * f.components().mean(EvidenceComponents.Component.DARKENING_MIN)));
    }

    /**
     * The shaded-across-the-road rule, for a site the across-the-road rule found lying across the road (elongated, its
     * axis well off the road's, no wreck) but with a fire detected near it: the ground around it darkened by at least
     * {@code shadow_across_around_min_darkening} more than the scene ({@link EvidenceComponents.Component#DARKENING_AROUND}),
     * as the ground under a cloud's shade does. Either sign alone is kept where a fire was detected near the site (an
     * attack under a shadow is ringed by shade; a compact attack site can lie at any angle), but no attack site of the
     * tune scenes has both: they lie along the road (every one elongated at least 2:1 is under 23° off it), and the
     * ground around them darkened at most 0.13 more than the scene, except two compact pieces of tune seed 5040's attack
     * under a shadow (0.37, 0.40; 1.4:1 and 1.6:1). Tune seed 5063 (Sentinel-2, laterite): a 0.14 ha piece of a planted
     * cloud shadow on the road, 4.3:1 at 73° off it, the ground around it 35 % darker than the scene, NBR nearly unchanged
     * (dNBR 0.09), kept by the attack's VIIRS detections 182 m away (FIRMS term 0.74). Likewise where at least
     * {@code shadow_across_cloud_min_share} of the ground around it is the mask's cloud or shade
     * ({@link EvidenceComponents.Component#CLOUD_BESIDE}): the patch lies at a cloud's edge, and its ring is the cloud,
     * brighter than the scene (tune seed 5197, PlanetScope: a 0.10 ha patch 8.1:1 at 57° off the road, 97 % of its ring
     * masked, the visible bands 2 % brighter and NIR 37 % darker, the attack's VIIRS 235 m away). No attack site of the
     * tune sets lies across the road at 2:1 or more.
     */
    static Optional<String> shadedAcross(SiteFeatures f, Map<String, Object> details, SiteParameters.LookAlikes p) {
        double around = f.components().mean(EvidenceComponents.Component.DARKENING_AROUND);
        double cloud = f.components().mean(EvidenceComponents.Component.CLOUD_BESIDE);
        boolean shaded = around >= p.shadowAcrossAroundMinDarkening();
        if (!shaded && !(cloud >= p.shadowAcrossCloudMinShare())) {
            return Optional.empty();
        }
        double nearest = details.get("firms_nearest_m") instanceof Number n ? n.doubleValue() : Double.NaN;
        return Optional.of(String.format(Locale.ROOT, "not flagged: a %.2f ha patch lying across the road (%.1f:1, %.0f° "
                + "off it) %s, no wrecks — cloud shadow? (the fire detected%s is not on it)", f.areaHa(), f.elongation(),
                f.roadAngleDeg(), shaded ? String.format(Locale.ROOT, "and the ground around it darkened too (%.0f %% more "
                        + "than the scene)", 100 * around) : String.format(Locale.ROOT, "at a cloud's edge (%.0f %% of the "
                        + "ground around it is masked cloud or shade)", 100 * cloud),
                Double.isNaN(nearest) ? " near it" : String.format(Locale.ROOT, " %.0f m away", nearest)));
    }

    /**
     * The shade-beside-its-cloud rule: at least {@code cloud_beside_min_share} of the ground around the site (within 3
     * pixels, in no burn region; {@link EvidenceComponents.Component#CLOUD_BESIDE}) is the mask's cloud, cirrus or
     * cloud shadow, vehicles were counted (pixels up to {@code sites.vehicles.max_gsd_m}) and at most
     * {@code cloud_beside_max_wrecks} found (no wreck line: a convoy attack leaves five or more; tune seed 5027, a truck
     * park under a cloud's shade, the mask's shadow all around it, one truck in the shade counted as a wreck), and no fire
     * detected on it: the nearest FIRMS detection is farther than
     * {@code cloud_beside_firms_on_m} (one VIIRS pixel, 375 m) from its outline, or there is none. A piece of a cloud's
     * shade that the mask missed (on bright ground NIR stays above {@code shadow_max_nir} in the shade) lies beside its
     * cloud, and the shade-around rule does not see it: its ring is the masked cloud and unshaded ground (tune seed 5757:
     * a 0.53 ha piece on the road, the ground around it +0.01, the attack's VIIRS detections 504 m away, FIRMS term 0.53).
     * Detections hundreds of metres away date a fire nearby, not this patch; one on the site keeps it, as does a wreck
     * line.
     * Without a wreck count (10 m pixels) the rule does not apply: attack sites beside a cloud on the tune scenes had their
     * VIIRS detections 372–469 m away too (5546, 5856, 5558), and only their wrecks told them from the shade.
     */
    static Optional<String> shadeBesideCloud(SiteFeatures f, Map<String, Object> details, SiteParameters.LookAlikes p) {
        double share = f.components().mean(EvidenceComponents.Component.CLOUD_BESIDE);
        double nearest = details.get("firms_nearest_m") instanceof Number n ? n.doubleValue() : Double.NaN;
        boolean counted = details.get("wreck_count") instanceof Number;
        if (!(share >= p.cloudBesideMinShare()) || !counted || wrecks(details) > p.cloudBesideMaxWrecks()
                || nearest <= p.cloudBesideFirmsOnM()) {
            return Optional.empty();
        }
        int w = wrecks(details);
        return Optional.of(String.format(Locale.ROOT, "not flagged: beside a cloud (%.0f %% of the ground around it is "
                + "masked cloud or shade), %s, %s — a cloud's shade beside its cloud?", 100 * share,
                w == 0 ? "no wrecks" : String.format(Locale.ROOT, "%d dark object%s in it, no wreck line", w, w == 1 ? "" : "s"),
                Double.isNaN(nearest) ? "no fire detected near it" : String.format(Locale.ROOT,
                        "no fire detected on it (nearest %.0f m)", nearest)));
    }

    /** The score of a rejected site: below the report threshold. */
    public static double capped(double score, double threshold, SiteParameters.LookAlikes p) {
        return Math.min(score, p.cap() * threshold);
    }

    /** Wrecks counted on the site (0 when vehicles were not counted). */
    private static int wrecks(Map<String, Object> details) {
        return details.get("wreck_count") instanceof Number n ? n.intValue() : 0;
    }

    private static boolean noWrecks(Map<String, Object> details) {
        Object w = details.get("wreck_count");
        return !(w instanceof Number n) || n.intValue() == 0;
    }
}
