package org.corridorwatch.roads.imagery;

import java.util.Locale;

/**
 * Settings of the road found in the imagery (YAML section {@code roads_from_imagery}). Validated on construction;
 * messages name the YAML key.
 *
 * @param enabled                 snap the corridors to the road found in the before date
 * @param searchHalfWidthM        the road is searched within this distance of the prior line, metres
 * @param resolutionM             cell size of the decimated grid the search runs on, metres (never finer than the scene)
 * @param minSupport              a stretch is accepted when its mean road-likeness support (0..1) is at least this
 * @param maxCloudFraction        ... and at most this fraction of its cells is cloud (with {@code cloudMarginM} 0)
 * @param cloudMarginM            when above 0, the cloud test is instead: no before-date cloud cell within this
 *                                distance along the path, and the window's support, similarity to the road's surface
 *                                and the parallel rival's reference are means over its clear cells (the refusal keeps
 *                                to the cloud and its rim; the clear road beside it is judged as any other), metres
 * @param stretchM                length of the window support and cloud are judged over; accepted stretches are at
 *                                least this long, metres
 * @param keepConfiguredWithinM   an accepted stretch whose median offset from the prior is below this keeps the prior
 *                                line (the imagery confirms it), metres
 * @param keepConfiguredMaxM      ... unless a vertex of the stretch lies farther than this from the prior: the road
 *                                leaves the prior there (a meander off a straight line), and the stretch is used as
 *                                found, metres
 * @param maxTortuosity           a stretch whose path length over chord across the stretch window exceeds this is
 *                                refused as "winding": a road bends gently (a 40 m bend every 700 m is 1.03, a 300 m
 *                                detour over 2 km 1.05); a path hopping along field margins, tracks and scar edges
 *                                zigzags (1.2-1.4)
 * @param rivalFromM              lines parallel to the path are searched for a rival from this offset, metres ...
 * @param rivalToM                ... to this one
 * @param rivalShare              a stretch is refused as "parallel track" when a parallel line, at one offset over the
 *                                whole stretch window, has at least this share of the path's own support
 * @param profileBalance          cross-profile (averaged over the stretch window): the weaker side's contrast with the
 *                                centre, 60-100 m out, is at least this share of the stronger side's (a road differs
 *                                from both sides; a field or shadow edge from one)
 * @param profileSharpness        ... the centre already differs from both sides 20 m out by at least this share of
 *                                that contrast (a road is a cell or two wide; a path inside a wide band is not)
 * @param profileSignShare        ... and the centre differs in the same sense at at least this share of the window's
 *                                vertices (one surface along the stretch; a path hopping between parcels flips)
 * @param signatureTolerance      the surface of the stretches a first search accepts is learned (per channel the
 *                                median and robust spread of the cells under them) and the road searched again with
 *                                the similarity to it, exp(-d²/2) for d the distance in this many spreads, as an extra
 *                                channel (0: one search only)
 * @param signatureMinMatch       ... and a stretch of the second search is refused ("unlike the road's surface") when
 *                                its mean similarity over the stretch window is below this
 * @param nirCell                 how a cell's near-infrared is made from the scene's pixels ({@link NirCell})
 * @param beforeShadow            what is done to the before date's cloud shadow ({@link BeforeShadow})
 * @param priorOnRoadSupport      the prior line is kept as it is, and nothing in the scene moved, when the prior itself
 *                                lies on a road visible in the before date: its own support ({@link PriorOnRoad}: the
 *                                best support within one cell of it, per cell of its length, averaged) is at least this
 *                                (above 1: never); without it the strongest line in the search band replaced a prior
 *                                that was the road (burn sweep tune scenes 5306, 5348: moved 492-658 m, attack lost)
 * @param cloudGapMinM            with {@code cloudMarginM} above 0, an accepted run shorter than {@code stretchM} is
 *                                kept when it is the clear road beside a cloud (a cloud on one side; a cloud, a found
 *                                stretch or the path's end on the other) and at least this long, metres (at
 *                                or above {@code stretchM}: never); each of its vertices passed on its own clear window
 */
public record ImageryRoadParameters(boolean enabled, double searchHalfWidthM, double resolutionM, double minSupport,
                                    double maxCloudFraction, double cloudMarginM, double stretchM,
                                    double keepConfiguredWithinM, double keepConfiguredMaxM,
                                    double maxTortuosity, double rivalFromM, double rivalToM, double rivalShare,
                                    double profileBalance, double profileSharpness, double profileSignShare,
                                    double signatureTolerance, double signatureMinMatch, NirCell nirCell,
                                    BeforeShadow beforeShadow, double priorOnRoadSupport, double cloudGapMinM) {
    public static final ImageryRoadParameters DEFAULT = new ImageryRoadParameters(true, 12_000, 20, 0.55, 0.2, 30,
            600, 20, 30, 1.12, 60, 400, 0.95, 0.5, 0.3, 0.8, 2.0, 0.3, NirCell.MIN, BeforeShadow.LIFT, 0.8, 200);

    public ImageryRoadParameters {
        require(priorOnRoadSupport > 0, "roads_from_imagery.prior_on_road_support must be > 0 (above 1: off)");
        require(searchHalfWidthM > 0 && searchHalfWidthM <= 50_000, "roads_from_imagery.search_half_width_m must be in (0, 50000]");
        require(resolutionM >= 1 && resolutionM <= 100, "roads_from_imagery.resolution_m must be in [1, 100]");
        require(minSupport >= 0 && minSupport <= 1, "roads_from_imagery.min_support must be in [0, 1]");
        require(maxCloudFraction >= 0 && maxCloudFraction <= 1, "roads_from_imagery.max_cloud_fraction must be in [0, 1]");
        require(cloudMarginM >= 0 && cloudMarginM <= 5000, "roads_from_imagery.cloud_margin_m must be in [0, 5000]");
        require(cloudGapMinM >= 0, "roads_from_imagery.cloud_gap_min_m must be >= 0");
        require(stretchM >= 2 * resolutionM && stretchM <= 20_000,
                "roads_from_imagery.stretch_m must be in [2 x resolution_m, 20000]");
        require(keepConfiguredWithinM >= 0 && keepConfiguredWithinM <= 1000,
                "roads_from_imagery.keep_configured_within_m must be in [0, 1000]");
        require(keepConfiguredMaxM >= keepConfiguredWithinM,
                "roads_from_imagery.keep_configured_max_m must be >= keep_configured_within_m");
        require(maxTortuosity >= 1, "roads_from_imagery.max_tortuosity must be >= 1");
        require(rivalFromM > 0 && rivalToM >= rivalFromM && rivalToM <= searchHalfWidthM,
                "roads_from_imagery needs 0 < rival_from_m <= rival_to_m <= search_half_width_m");
        require(rivalShare > 0, "roads_from_imagery.rival_share must be > 0");
        require(profileBalance >= 0 && profileBalance <= 1, "roads_from_imagery.profile_balance must be in [0, 1]");
        require(profileSharpness >= 0 && profileSharpness <= 1, "roads_from_imagery.profile_sharpness must be in [0, 1]");
        require(profileSignShare >= 0 && profileSignShare <= 1, "roads_from_imagery.profile_sign_share must be in [0, 1]");
        require(signatureTolerance >= 0, "roads_from_imagery.signature_tolerance must be >= 0");
        require(signatureMinMatch >= 0 && signatureMinMatch <= 1, "roads_from_imagery.signature_min_match must be in [0, 1]");
        require(nirCell != null, "roads_from_imagery.nir_cell must be min or mean");
        require(beforeShadow != null, "roads_from_imagery.before_shadow must be lift or none");
    }

    /** True when a cell's near-infrared is the darkest of its pixels ({@code nir_cell: min}). */
    public boolean darkestNir() {
        return nirCell == NirCell.MIN;
    }

    /** True when the before date's cloud shadow is lifted ({@code before_shadow: lift}). */
    public boolean liftShadow() {
        return beforeShadow == BeforeShadow.LIFT;
    }

    /** How a cell's near-infrared is made from the scene's pixels ({@code nir_cell}). */
    public enum NirCell {
        /**
         * The darkest of them: a road one pixel wide, dark in NIR against vegetation and soil, keeps its full depth in a
         * cell of 2 x 2 pixels.
         */
        MIN,
        /** Their mean, as for the other channels (which halves such a road's depth). */
        MEAN;

        /** The YAML word, "min" or "mean" (the configuration reads and writes it, run.json records it). */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What is done to the before date's cloud shadow (SCL class 3, when the scene has SCL) ({@code before_shadow}). */
    public enum BeforeShadow {
        /**
         * Each channel divided there by the shadow's factor ({@link ShadowLift}): the road inside keeps its contrast, the
         * rim no edge.
         */
        LIFT,
        /** Nothing. */
        NONE;

        /** The YAML word, "lift" or "none" (the configuration reads and writes it, run.json records it). */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
