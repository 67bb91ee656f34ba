package org.corridorwatch.roads.imagery;

/**
 * Settings of the road found in the imagery (YAML section {@code roads_from_imagery}). Validated on construction;
 * messages name the YAML key.
 *
 * @param enabled                 snap the corridors to the road found in the before date
 * @param searchHalfWidthM        the road is searched within this distance of the prior line, metres
 * @param resolutionM             cell size of the decimated grid the search runs on, metres (never finer than the scene)
 * @param minSupport              a stretch is accepted when its mean road-likeness support (0..1) is at least this
 * @param maxCloudFraction        ... and at most this fraction of its cells is cloud
 * @param stretchM                length of the window support and cloud are judged over; accepted stretches are at
 *                                least this long, metres
 * @param keepConfiguredWithinM   an accepted stretch whose median offset from the prior is below this keeps the prior
 *                                line (the imagery confirms it), metres
 */
public record ImageryRoadParameters(boolean enabled, double searchHalfWidthM, double resolutionM, double minSupport,
                                    double maxCloudFraction, double stretchM, double keepConfiguredWithinM) {
    public static final ImageryRoadParameters DEFAULT = new ImageryRoadParameters(false, 12_000, 20, 0.55, 0.2, 600, 20);

    public ImageryRoadParameters {
        require(searchHalfWidthM > 0 && searchHalfWidthM <= 50_000, "roads_from_imagery.search_half_width_m must be in (0, 50000]");
        require(resolutionM >= 1 && resolutionM <= 100, "roads_from_imagery.resolution_m must be in [1, 100]");
        require(minSupport >= 0 && minSupport <= 1, "roads_from_imagery.min_support must be in [0, 1]");
        require(maxCloudFraction >= 0 && maxCloudFraction <= 1, "roads_from_imagery.max_cloud_fraction must be in [0, 1]");
        require(stretchM >= 2 * resolutionM && stretchM <= 20_000,
                "roads_from_imagery.stretch_m must be in [2 x resolution_m, 20000]");
        require(keepConfiguredWithinM >= 0 && keepConfiguredWithinM <= 1000,
                "roads_from_imagery.keep_configured_within_m must be in [0, 1000]");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
