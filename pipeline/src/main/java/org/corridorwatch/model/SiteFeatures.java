package org.corridorwatch.model;

/**
 * What is measured about one candidate burn region, in physical units. Immutable.
 *
 * @param areaM2          area of the region
 * @param meanBurn        mean burn metric (dNBR with SWIR; evidence in [0,1] without)
 * @param maxBurn         maximum burn metric
 * @param meanEvidence    mean per-pixel evidence in [0,1]
 * @param darkness        mean post-date darkness in [0,1] (char is dark in every band)
 * @param elongation      major/minor axis ratio of the region (≥ 1)
 * @param axisBearingDeg  major axis direction, degrees clockwise from north, [0,180)
 * @param roadAngleDeg    angle between the major axis and the road direction at the site, [0,90]; NaN without a corridor
 * @param roadBearingDeg  direction of the road at the site's chainage, degrees clockwise from grid north of the
 *                        scene's CRS (the plane vehicle objects are placed in), [0,180); NaN without a corridor
 * @param distanceM       distance from the corridor line to the nearest point of the region (0 when it crosses it); NaN without a corridor
 * @param roadFraction    share of the region's area within {@link #HUG_M} of the corridor line, [0,1]; NaN without a corridor
 * @param swir            true when the burn metric is dNBR (the sensor has SWIR)
 * @param components      statistics of each evidence component over the region ({@link EvidenceComponents#EMPTY}
 *                        for sites that are not burn regions)
 */
public record SiteFeatures(double areaM2, double meanBurn, double maxBurn, double meanEvidence, double darkness,
                           double elongation, double axisBearingDeg, double roadAngleDeg, double roadBearingDeg,
                           double distanceM, double roadFraction, boolean swir, EvidenceComponents components) {

    public SiteFeatures {
        if (components == null) {
            components = EvidenceComponents.EMPTY;
        }
    }

    /** Features without evidence components. */
    public SiteFeatures(double areaM2, double meanBurn, double maxBurn, double meanEvidence, double darkness,
                        double elongation, double axisBearingDeg, double roadAngleDeg, double roadBearingDeg,
                        double distanceM, double roadFraction, boolean swir) {
        this(areaM2, meanBurn, maxBurn, meanEvidence, darkness, elongation, axisBearingDeg, roadAngleDeg,
                roadBearingDeg, distanceM, roadFraction, swir, EvidenceComponents.EMPTY);
    }

    /** Half-width of the strip along the road in which a burn "hugs" it, metres (a road, its shoulders, parked trucks). */
    public static final double HUG_M = 60;

    /** Length along the site's axis, metres: of a rectangle of its area and elongation ({@code sqrt(area × elongation)}). */
    public double lengthM() {
        return Math.sqrt(areaM2 * elongation);
    }

    public double areaHa() {
        return areaM2 / 10_000;
    }

    /** Angle in [0,90] between two undirected bearings in degrees. */
    public static double axisAngle(double bearingA, double bearingB) {
        double d = Math.abs(bearingA - bearingB) % 180;
        return d > 90 ? 180 - d : d;
    }
}
