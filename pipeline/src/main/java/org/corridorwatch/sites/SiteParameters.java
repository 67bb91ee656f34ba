package org.corridorwatch.sites;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridorwatch.change.vehicles.LinePitch;
import org.corridorwatch.change.vehicles.StrayEnds;
import org.corridorwatch.change.vehicles.WreckLanes;

/**
 * Parameters of the site stage (features, evidence terms, scoring, ranking): the {@code sites:} section of
 * {@code config/corridorwatch.yaml}, whose comments explain each value. Immutable and validated: a
 * constructor given inconsistent values throws {@link IllegalArgumentException} naming the YAML key.
 */
public record SiteParameters(double minAreaM2, double reportThreshold, Strength strength, Size size,
                    Proximity proximity, Hug hug, AlongRoad alongRoad, Vehicles vehicles, Firms firms, Map<String, Double> weights,
                    LookAlikes lookAlikes) {
    public SiteParameters {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights)); // file order: run.json and hashes are stable
        require(minAreaM2 >= 0, "sites.min_area_m2 must be >= 0");
        require(reportThreshold > 0 && reportThreshold <= 1, "sites.report_threshold must be in (0, 1]");
        require(0 <= hug.zeroFraction() && hug.zeroFraction() < hug.fullFraction() && hug.fullFraction() <= 1,
                "sites.hug needs 0 <= zero_fraction < full_fraction <= 1");
        require(strength.evidenceHigh() > strength.evidenceLow(), "sites.strength.evidence_high must exceed evidence_low");
        require(0 < size.zeroBelowHa() && size.zeroBelowHa() < size.minHa() && size.minHa() < size.maxHa()
                && size.maxHa() < size.zeroAboveHa(), "sites.size needs 0 < zero_below_ha < min_ha < max_ha < zero_above_ha");
        require(0 <= proximity.fullM() && proximity.fullM() < proximity.zeroM(), "sites.proximity needs 0 <= full_m < zero_m");
        Vehicles v = vehicles;
        require(v.maxGsdM() > 0 && v.roadBufferM() > 0 && v.siteDistanceM() >= 0 && v.wrecksForHalf() > 0
                && 0 < v.queueMinM() && v.queueMinM() < v.queueFullM(), "sites.vehicles: sizes must be positive, queue_min_m < queue_full_m");
        require(v.staticMatchM() >= 0 && v.wreckPitchM() > 0 && v.countByLengthAboveGsdM() > 0 && v.wreckOnScarM() >= 0
                && v.wreckLineOffsetM() >= 0, "sites.vehicles: static_match_m, wreck_on_scar_m, wreck_line_offset_m >= 0; "
                + "wreck_pitch_m, count_by_length_above_gsd_m > 0");
        require(v.loneLineMin() >= 2, "sites.vehicles.lone_line_min must be >= 2");
        require(alongRoad.bonus() >= 0 && alongRoad.bonus() < 1, "sites.along_road.bonus must be in [0, 1)");
        require(firms.viirsDistanceM() > 0 && firms.viirsDistanceM() <= 10_000
                && firms.modisDistanceM() > 0 && firms.modisDistanceM() <= 10_000,
                "sites.firms.viirs_distance_m and modis_distance_m must be in (0, 10000]");
        require(firms.dateSlackDays() >= 0 && firms.dateSlackDays() <= 30, "sites.firms.date_slack_days must be in [0, 30]");
        require(weights.values().stream().allMatch(w -> w != null && w >= 0 && w <= 1), "sites.weights must be in [0, 1]");
        LookAlikes l = lookAlikes;
        require(l.minDarkness() >= 0 && l.resurfacingMinLengthM() > 0 && l.resurfacingMaxWidthM() > 0
                && l.resurfacingMinElongation() >= 1 && l.shadowMinHa() > 0 && l.shadowMaxElongation() >= 1
                && l.shadowMaxDnbr() >= 0, "sites.look_alikes: lengths, widths and areas > 0, elongations >= 1, "
                + "min_darkness and shadow_max_dnbr >= 0");
        require(0 <= l.resurfacingMinRoadFraction() && l.resurfacingMinRoadFraction() <= 1
                && 0 <= l.shadowMaxRoadFraction() && l.shadowMaxRoadFraction() <= 1 && 0 <= l.cap() && l.cap() < 1,
                "sites.look_alikes: road fractions in [0, 1], cap in [0, 1)");
        require(l.bushfireMinHa() > 0 && l.bushfireAlongMinElongation() >= 1 && 0 <= l.bushfireMaxRoadFraction() && l.bushfireMaxRoadFraction() <= 1
                && 0 <= l.bushfireMinRoadAngleDeg() && l.bushfireMinRoadAngleDeg() <= 90 && l.bushfireMaxWrecks() >= 0
                && 0 <= l.harvestMaxRoadFraction() && l.harvestMaxRoadFraction() <= 1
                && 0 < l.harvestMinRectangularity() && l.harvestMinRectangularity() <= 1
                && l.stripMaxWidthM() >= 0 && l.stripMinElongation() >= 1 && 0 <= l.firmsNearScore() && l.firmsNearScore() <= 1
                && l.shadeMinSwirDarkening() > 0 && l.shadeMinSwirDarkening() <= 1 && l.shadeMinSwirExcess() >= 0
                && 0 <= l.bushfireAlongMaxRoadFraction() && l.bushfireAlongMaxRoadFraction() <= l.bushfireMaxRoadFraction()
                && l.shadowAcrossMinElongation() >= 1 && 0 <= l.shadowAcrossMinRoadAngleDeg()
                && l.shadowAcrossMinRoadAngleDeg() <= 90 && l.carriagewayMaxWidthM() > 0
                && 0 < l.waterEdgeMinShare() && l.waterEdgeMinShare() <= 1 && l.waterEdgeMinNirExcess() >= 0
                && l.carriagewayMinLengthM() > 0 && l.carriagewayMinElongation() >= 1 && l.carriagewayUnmixMinDarkness() >= 0 && l.shadeAroundMinDarkening() > 0
                && l.cloudBesideMinShare() > 0 && l.cloudBesideFirmsOnM() >= 0 && l.cloudBesideMaxWrecks() >= 0
                && l.shadowAcrossAroundMinDarkening() > 0 && l.shadowAcrossCloudMinShare() > 0
                && l.shadowSmallMinHa() > 0 && l.shadowSmallMinDarkening() > 0 && l.roadLineMaxCharWidthM() >= 0
                && l.roadLineMaxWidthM() > 0 && l.roadLineMinElongation() >= 1 && 0 <= l.roadLineMaxRoadAngleDeg() && l.roadLineMaxRoadAngleDeg() <= 90
                && l.carriagewayUnmixMinBandDarkening() > 0,
                "sites.look_alikes: bushfire_min_ha > 0, bushfire_along_min_elongation >= 1, bushfire_max_road_fraction and harvest_max_road_fraction in "
                        + "[0, 1], bushfire_min_road_angle_deg in [0, 90], bushfire_max_wrecks >= 0, harvest_min_rectangularity in (0, 1], "
                        + "strip_max_width_m >= 0, strip_min_elongation >= 1, firms_near_score in [0, 1], "
                        + "shade_min_swir_darkening in (0, 1], shade_min_swir_excess >= 0, bushfire_along_max_road_fraction in "
                        + "[0, bushfire_max_road_fraction], shadow_across_min_elongation >= 1, shadow_across_min_road_angle_deg "
                        + "in [0, 90], carriageway_max_width_m > 0, water_edge_min_share in (0, 1], "
                        + "water_edge_min_nir_excess >= 0, carriageway_min_length_m > 0, carriageway_min_elongation >= 1, "
                        + "carriageway_unmix_min_darkness >= 0, shade_around_min_darkening > 0, "
                        + "cloud_beside_min_share > 0 (above 1: off), cloud_beside_firms_on_m >= 0, cloud_beside_max_wrecks >= 0, "
                        + "shadow_across_around_min_darkening > 0 (above 1: off), shadow_across_cloud_min_share > 0 (above 1: off), shadow_small_min_ha > 0, "
                        + "shadow_small_min_darkening > 0 (above 1: off), road_line_max_char_width_m >= 0 (0: off), "
                        + "road_line_max_width_m > 0, road_line_min_elongation >= 1, road_line_max_road_angle_deg in [0, 90], "
                        + "carriageway_unmix_min_band_darkening > 0 (above 1: off)");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** FIRMS matching: search distance from a site's outline per instrument, and days added to the date window. */
    public record Firms(double viirsDistanceM, double modisDistanceM, int dateSlackDays) {
    }

    public record Strength(double evidenceLow, double evidenceHigh) {
    }

    public record Hug(double zeroFraction, double fullFraction) {
    }

    public record Vehicles(double maxGsdM, double roadBufferM, double siteDistanceM, double wrecksForHalf,
                           double queueMinM, double queueFullM, double staticMatchM, double wreckPitchM,
                           double countByLengthAboveGsdM, double wreckOnScarM, double wreckLineOffsetM,
                           int loneLineMin, WreckLanes.Parameters lanes, StrayEnds.Parameters ends,
                           LinePitch.Parameters pitch) {
        public Vehicles {
            java.util.Objects.requireNonNull(lanes, "sites.vehicles.lanes");
            java.util.Objects.requireNonNull(ends, "sites.vehicles.ends");
            java.util.Objects.requireNonNull(pitch, "sites.vehicles.pitch");
        }
    }

    public record Size(double zeroBelowHa, double minHa, double maxHa, double zeroAboveHa) {
    }

    public record Proximity(double fullM, double zeroM) {
    }

    public record AlongRoad(double minElongation, double maxAngleDeg, double bonus) {
    }

    /** The site shapes of char's look-alikes ({@link LookAlikeCheck}); {@code cap}: a rejected site's score is at
     *  most this fraction of the report threshold. */
    public record LookAlikes(double minDarkness, double resurfacingMinLengthM, double resurfacingMaxWidthM,
                             double resurfacingMinElongation, double resurfacingMinRoadFraction, double shadowMinHa,
                             double shadowMaxElongation, double shadowMaxRoadFraction, double shadowMaxDnbr,
                             double bushfireMinHa, double bushfireMaxRoadFraction, double bushfireAlongMinElongation,
                             double bushfireMinRoadAngleDeg, int bushfireMaxWrecks, boolean bushfireWreckLineNeedsFire,
                             double harvestMaxRoadFraction, double harvestMinRectangularity, double stripMaxWidthM,
                             double stripMinElongation, double firmsNearScore, double shadeMinSwirDarkening,
                             double shadeMinSwirExcess, double bushfireAlongMaxRoadFraction,
                             double shadowAcrossMinElongation, double shadowAcrossMinRoadAngleDeg,
                             double carriagewayMaxWidthM, double waterEdgeMinShare, double waterEdgeMinNirExcess,
                             double carriagewayMinLengthM, double carriagewayMinElongation,
                             double carriagewayUnmixMinDarkness, double shadeAroundMinDarkening,
                             double cloudBesideMinShare, double cloudBesideFirmsOnM, int cloudBesideMaxWrecks,
                             double shadowAcrossAroundMinDarkening, double shadowAcrossCloudMinShare, double shadowSmallMinHa,
                             double shadowSmallMinDarkening, double roadLineMaxCharWidthM, double roadLineMaxWidthM,
                             double roadLineMinElongation, double roadLineMaxRoadAngleDeg, boolean roadLineWithoutSwir,
                             double carriagewayUnmixMinBandDarkening, boolean burnAcrossRoad, double cap) {
        /** The shipped values (config/corridorwatch.yaml), tuned on the sweep's seeds 5000-5999 (docs/sweep.md). */
        public static final LookAlikes DEFAULTS = new LookAlikes(0.12, 300, 20, 20, 0.9, 3, 3, 0.5, 0.1,
                0.1, 0.85, 2, 20, 8, true, 0.6, 0.7, 8, 10, 0.5, 0.55, 0.1, 0.6, 2, 45, 10, 0.25, 0.15, 100, 8, 0.5, 0.15, 0.05,
                375, 2, 0.25, 0.5, 1, 0.45, 8, 18, 4, 20, true, 0.1, true, 0.8);
    }
}
