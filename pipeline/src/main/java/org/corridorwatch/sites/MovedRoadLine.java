package org.corridorwatch.sites;

import java.util.Locale;
import java.util.Optional;
import org.corridorwatch.model.EvidenceComponents;
import org.corridorwatch.model.SiteFeatures;

/**
 * The moved-road-line look-alike on 10–20 m pixels (sensors with SWIR): a line one pixel wide along the road, carried by
 * the change index, that holds almost no char once unmixed. Where the images are misregistered by a fraction of a
 * pixel, the road moves onto the vegetated verge beside it along its whole length: NIR falls there (dNBR or dNIR rises
 * as over burnt vegetation) while the visible bands barely change, since the road is no darker than the vegetation in
 * the visible. Char darkens every band, so the darkening the site does show, unmixed against full char
 * ({@code char_area_m2}, area × mean char fraction), is only a few metres wide over the line's length. Tune seeds 5132
 * and 5114 (Sentinel-2, woodland and dry grass, misregistered 0.77 and 0.66 pixels): four such lines flagged, 71–155 m
 * long, 8–16 m of pixels (1–1.6 pixels), 2.6–5.7 m of char unmixed, no fire detected near them (FIRMS term 0–0.08). Convoy scars on
 * 10 m pixels carried by the index unmix to at least 14 m on every tune set of issue 16 (12 m carried by the
 * darkening), and a fire detected near the line keeps it (FIRMS term at least {@code firms_near_score}).
 *
 * <p>Conditions: with SWIR, carried mostly by the change index, at least {@code resurfacing_min_road_fraction} of it
 * within {@link SiteFeatures#HUG_M} of the road, at most {@code road_line_max_width_m} of pixels wide (a line of
 * one or two 10 m pixels: a misregistration of a fraction of a pixel moves the road by less than one), elongated at least {@code road_line_min_elongation}:1 with its axis
 * at most {@code road_line_max_road_angle_deg} off the road's, at most {@code road_line_max_char_width_m} of char
 * unmixed over its length (0: off), and no fire detected near it. Without SWIR (3 m and finer) the road-edge rule of
 * {@link LookAlikeCheck} takes such strips by their pixel width up to {@code strip_max_width_m}; a wider line, carried
 * by dNIR, is this rule's where {@code road_line_without_swir} and no wreck was counted on it (branch issue-16ad: tune
 * seed 5217, PlanetScope misregistered 0.92 px, the road through a village and a patch of dried vegetation: 276 m along
 * the road, 13 m of pixels, 3.0 m of char unmixed, the visible bands 5 % brighter, NIR 28 % darker, no wreck, the
 * attack's VIIRS 466 m away (FIRMS term 0.499)). Attack sites without SWIR this narrow (at most 8 m unmixed) had a fire
 * detected near them on every tune set of issue 16 (FIRMS term at least 0.56), and most had a wreck line.
 */
final class MovedRoadLine {
    private MovedRoadLine() {
    }

    /** The reason the site is the road's line moved between the dates, or empty. */
    static Optional<String> reject(SiteFeatures f, double firmsScore, int wrecks, SiteParameters.LookAlikes p) {
        if ((!f.swir() && (!p.roadLineWithoutSwir() || wrecks > 0))
                || f.components().mainCarrier() != EvidenceComponents.Carrier.INDEX || Double.isNaN(f.roadFraction())
                || f.roadFraction() < p.resurfacingMinRoadFraction() || firmsScore >= p.firmsNearScore()
                || f.elongation() < p.roadLineMinElongation() || !(f.roadAngleDeg() <= p.roadLineMaxRoadAngleDeg())) {
            return Optional.empty();
        }
        double length = f.lengthM();
        double charWidth = EvidenceWords.charWidthM(f);
        if (!(charWidth <= p.roadLineMaxCharWidthM()) || p.roadLineMaxCharWidthM() <= 0
                || f.areaM2() / length > p.roadLineMaxWidthM()) {
            return Optional.empty();
        }
        double visible = f.components().mean(EvidenceComponents.Component.DARKENING_VISIBLE);
        return Optional.of(String.format(Locale.ROOT, "not flagged: a line along the road (%.0f m long, %.0f m of pixels "
                + "wide) holding %.1f m of char unmixed, %s %.2f%s, %sno fire detected near it — the road's edge moved "
                + "between the dates?", length, f.areaM2() / length, charWidth, f.swir() ? "dNBR" : "dNIR", f.meanBurn(),
                Double.isNaN(visible) ? ""
                : String.format(Locale.ROOT, " with the visible bands %.0f %% %s", 100 * Math.abs(visible),
                visible < 0 ? "brighter" : "darker"), f.swir() ? "" : "no wrecks, "));
    }
}
