package org.corridorwatch.change.mask;

/**
 * Thresholds of the spectral masks ({@link PixelMasks}). Reflectance in 0..1; ratios dimensionless;
 * radii in pixels.
 *
 * @param cloudBlue          a cloud has blue reflectance at least this (haze-free surfaces rarely do)
 * @param cloudVisible       ... and a mean visible reflectance at least this
 * @param cloudWhiteness     ... and a whiteness (Σ|band − mean|/mean over blue, green, red) at most this
 * @param cloudMaxNdvi       ... and |NDVI| at most this (clouds are spectrally flat)
 * @param waterIndex         water when MNDWI (green vs SWIR) or NDWI (green vs NIR) exceeds this
 * @param shadowRatio        shadow when one date's NIR, visible mean (and SWIR) are all below this fraction of the other date's
 * @param shadowMaxNir       ... its NIR is below this
 * @param shadowMaxIndexChange ... and NBR (NDVI without SWIR) changed by less than this (char drops NBR, shade does not)
 * @param shadowMaxColourChange ... and the red share of the visible sum, red/(blue+green+red), moved by less than
 *                           this: shade dims a surface and keeps its colour (skylight makes it a little bluer),
 *                           char turns red laterite or dry grass (share 0.45–0.55) neutral (0.37)
 * @param shadowMinCloudFraction ... and the darker date has clouds in at least this fraction of the tile: a cloud
 *                           shadow needs its cloud (1–3 km up, cast at most a few km in the Sahel's high sun, so
 *                           within the tile or its margin). Without SWIR, char on dry ground darkens every band
 *                           and barely moves NDVI, exactly like shade; this keeps such scars from being masked
 * @param cloudMinPixels     a spectral cloud is a connected patch of at least this many pixels unless it touches the
 *                           tile's edge (part of a larger cloud): white trucks, tanks and metal roofs pass the
 *                           spectral tests too, and masking them (and, through them, shade around a burn) hides
 *                           the road. Pair-test shadow patches need as many (a cloud's shade is as large as
 *                           the cloud; scattered char pixels that pass the shade tests are not). {@link
 *                           #forPixelArea} sets it from {@link #CLOUD_MIN_AREA_M2}
 * @param shadowRoadShare    a pair-test shadow patch with at least this share of its pixels within the road strip is
 *                           not masked ({@link RoadShade}): char on the road, not a cloud's shade; above 1: every
 *                           patch is masked
 * @param cloudDilation      cloud and cirrus masks grow by this many pixels
 * @param shadowDilation     shadow masks grow by this many pixels
 */
public record MaskParameters(double cloudBlue, double cloudVisible, double cloudWhiteness, double cloudMaxNdvi,
                             double waterIndex, double shadowRatio, double shadowMaxNir, double shadowMaxIndexChange,
                             double shadowMaxColourChange, double shadowMinCloudFraction, int cloudMinPixels,
                             double shadowRoadShare, int cloudDilation, int shadowDilation) {
    /** Smallest cloud, m²: a fair-weather cumulus is some 100 m across or more. */
    public static final double CLOUD_MIN_AREA_M2 = 5000;
    public static final double DEFAULT_CLOUD_BLUE = 0.20;
    public static final double DEFAULT_CLOUD_VISIBLE = 0.22;
    public static final double DEFAULT_CLOUD_WHITENESS = 0.70;
    public static final double DEFAULT_CLOUD_MAX_NDVI = 0.25;
    public static final double DEFAULT_WATER_INDEX = 0.0;
    public static final double DEFAULT_SHADOW_RATIO = 0.65;
    public static final double DEFAULT_SHADOW_MAX_NIR = 0.15;
    public static final double DEFAULT_SHADOW_MAX_INDEX_CHANGE = 0.10;
    public static final double DEFAULT_SHADOW_MAX_COLOUR_CHANGE = 0.05;
    public static final double DEFAULT_SHADOW_MIN_CLOUD_FRACTION = 0.001;
    public static final double DEFAULT_SHADOW_ROAD_SHARE = 0.9;
    public static final int DEFAULT_CLOUD_DILATION = 2;
    public static final int DEFAULT_SHADOW_DILATION = 1;

    public static final MaskParameters DEFAULTS = new MaskParameters(DEFAULT_CLOUD_BLUE, DEFAULT_CLOUD_VISIBLE,
            DEFAULT_CLOUD_WHITENESS, DEFAULT_CLOUD_MAX_NDVI, DEFAULT_WATER_INDEX, DEFAULT_SHADOW_RATIO,
            DEFAULT_SHADOW_MAX_NIR, DEFAULT_SHADOW_MAX_INDEX_CHANGE, DEFAULT_SHADOW_MAX_COLOUR_CHANGE,
            DEFAULT_SHADOW_MIN_CLOUD_FRACTION, cloudMinPixels(100), DEFAULT_SHADOW_ROAD_SHARE,
            DEFAULT_CLOUD_DILATION, DEFAULT_SHADOW_DILATION);

    public MaskParameters {
        if (!(cloudBlue > 0 && cloudVisible > 0 && cloudWhiteness > 0 && cloudMaxNdvi > 0)) {
            throw new IllegalArgumentException("cloud thresholds must be positive");
        }
        if (!(waterIndex > -1 && waterIndex < 1)) {
            throw new IllegalArgumentException("waterIndex must be in (-1, 1): " + waterIndex);
        }
        if (!(shadowRatio > 0 && shadowRatio < 1) || !(shadowMaxNir > 0) || !(shadowMaxIndexChange > 0)
                || !(shadowMaxColourChange > 0) || !(shadowMinCloudFraction >= 0 && shadowMinCloudFraction < 1)
                || !(shadowRoadShare > 0)) {
            throw new IllegalArgumentException("shadow thresholds out of range");
        }
        if (cloudDilation < 0 || shadowDilation < 0 || cloudMinPixels < 1) {
            throw new IllegalArgumentException("dilation radii must be >= 0 and cloudMinPixels >= 1");
        }
    }

    /** These thresholds with {@link #cloudMinPixels} set for pixels of {@code pixelAreaM2} (DEFAULTS: 10 m pixels). */
    public MaskParameters forPixelArea(double pixelAreaM2) {
        return new MaskParameters(cloudBlue, cloudVisible, cloudWhiteness, cloudMaxNdvi, waterIndex, shadowRatio,
                shadowMaxNir, shadowMaxIndexChange, shadowMaxColourChange, shadowMinCloudFraction,
                cloudMinPixels(pixelAreaM2), shadowRoadShare, cloudDilation, shadowDilation);
    }

    /** Pixels of {@code pixelAreaM2} in the smallest cloud ({@link #CLOUD_MIN_AREA_M2}). */
    private static int cloudMinPixels(double pixelAreaM2) {
        return (int) Math.max(1, Math.ceil(CLOUD_MIN_AREA_M2 / pixelAreaM2));
    }
}
