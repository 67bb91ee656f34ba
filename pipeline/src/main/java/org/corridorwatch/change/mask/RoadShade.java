package org.corridorwatch.change.mask;

/**
 * Pair-test shadow patches that follow the road are not a cloud's shade. The pair test ({@link
 * PixelMasks#markPairShadow}) cannot tell char on bare ground from shade without SWIR: both darken every band by
 * about half and keep NDVI and the colour (the sweep's laterite char is 0.55/0.50/0.50/0.50 of the before date in
 * blue, green, red, NIR; a cloud's shade 0.48 in every band). A cloud's shade falls where its cloud is and takes the
 * cloud's shape, across the road as often as not; a convoy fire's char lies on the road. So a shadow patch with at
 * least {@code minRoadShare} of its pixels within the road strip is returned to VALID, and the look-alike rules of
 * the sites stage (shade around, shadow across the road, cloud shadow) judge what it is.
 *
 * <p>Tune seed 5718 (PlanetScope, laterite, 22 clouds after): 621 of the attack's 1107 pixels formed one 624-pixel
 * shadow patch, all of it within 60 m of the road; with the one-pixel shadow dilation 95 % of the attack was masked and
 * the attack missed. The pair-test patches of the generated cloud shadows on the PlanetScope tune scenes lie at most
 * 76 % within the strip (5546), most of them 0 %.
 */
public final class RoadShade {
    private RoadShade() {
    }

    /**
     * Returns to VALID (in place) every 8-connected patch of {@link MaskCode#SHADOW} with at least {@code minRoadShare}
     * of its pixels in {@code road}; returns those pixels (true), or null when there were none. {@code road} null: none.
     */
    public static boolean[] unmaskAlongRoad(byte[] m, int width, int height, boolean[] road, double minRoadShare) {
        if (road == null || !(minRoadShare <= 1)) {
            return null;
        }
        if (road.length != m.length) {
            throw new IllegalArgumentException("road strip and mask differ in size: " + road.length + " vs " + m.length);
        }
        boolean[][] returned = new boolean[1][]; // allocated at the first patch returned
        MaskPatches.forEach(m, width, height, MaskCode.SHADOW, (patch, size) -> {
            int onRoad = 0;
            for (int k = 0; k < size; k++) {
                if (road[patch[k]]) {
                    onRoad++;
                }
            }
            if (onRoad >= minRoadShare * size) {
                if (returned[0] == null) {
                    returned[0] = new boolean[m.length];
                }
                for (int k = 0; k < size; k++) {
                    m[patch[k]] = MaskCode.VALID;
                    returned[0][patch[k]] = true;
                }
            }
        });
        return returned[0];
    }
}
