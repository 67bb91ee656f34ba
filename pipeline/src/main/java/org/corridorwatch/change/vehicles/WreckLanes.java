package org.corridorwatch.change.vehicles;

import java.util.List;

/**
 * How many lanes a burnt convoy stands in, from the offsets of its dark objects across the road. A convoy of more
 * than about 28 tankers stops two abreast (lanes 6–9 m apart). At 3 m a pair side by side is two one-pixel strokes
 * two or three pixels apart: the objects found are single strokes of either lane, and counted by the line's length
 * ({@link LineCount}) a two-lane line gives half its wrecks (tune seeds 5400–5439: 17 of 35, 18 of 38, 16 of 37).
 * Nothing measured per object tells the lanes apart, but their offsets do as a group: two bands along the road, each
 * {@code laneHalfWidthM} either side of an object's offset and their centres {@code minSeparationM} to
 * {@code maxSeparationM} apart, are placed where the smaller of them holds the most objects (then the two together);
 * the line stands in two lanes when each band holds at least 3 objects and at least {@code minFraction} of the objects
 * in the two bands. Objects in neither band (char texture and wrecks pushed off the road, a quarter of the objects at
 * 3 m) do not count: a two-means split of all the offsets gave them a group of their own or a wide spread, and left
 * two-lane lines uncounted (issue 16s, docs/vehicles.md). One lane with a few wrecks pushed off the road leaves a
 * second band of 1–2 objects; fewer than {@code minObjects} objects are one lane.
 *
 * <pre>
 *   WreckLanes.Split s = WreckLanes.split(darkObjectsOfTheLine, roadAzimuthDeg, WreckLanes.Parameters.DEFAULTS);
 *   int wrecks = LineCount.inLanes(WreckLanes.lanes(darkObjectsOfTheLine, roadAzimuthDeg, s), 19);
 * </pre>
 */
public final class WreckLanes {

    /**
     * @param minObjects     fewest objects in a line that may be split (&ge; 4)
     * @param minFraction    each band's least share of the objects in the two bands, in (0, 0.5]
     * @param minSeparationM least distance between the two bands' centres, metres (&ge; twice the half width: the
     *                       bands do not overlap)
     * @param maxSeparationM largest such distance, metres (farther: dark objects beside the road, not a lane)
     * @param laneHalfWidthM half the width of a lane's band across the road, metres
     */
    public record Parameters(int minObjects, double minFraction, double minSeparationM, double maxSeparationM,
                             double laneHalfWidthM) {
        /** The shipped values (config/corridorwatch.yaml {@code sites.vehicles.lanes}), chosen on tune seeds 5400–5459. */
        public static final Parameters DEFAULTS = new Parameters(6, 0.3, 6.5, 12.5, 2.5);

        public Parameters {
            if (minObjects < 4 || !(minFraction > 0 && minFraction <= 0.5) || !(laneHalfWidthM > 0)
                    || !(minSeparationM >= 2 * laneHalfWidthM) || !(maxSeparationM > minSeparationM)) {
                throw new IllegalArgumentException("sites.vehicles.lanes: need min_objects >= 4, min_fraction in (0, 0.5], "
                        + "lane_half_width_m > 0, 2 x lane_half_width_m <= min_separation_m < max_separation_m");
            }
        }
    }

    /**
     * The verdict on one line.
     *
     * @param lanes       1 or 2
     * @param separationM distance between the two bands' centres, metres (NaN when no two bands were placed)
     * @param inBands     objects in the two bands (0 when none were placed)
     * @param cutM        the offset across the road (as {@link #offset}) between the two lanes (NaN when not split)
     */
    public record Split(int lanes, double separationM, int inBands, double cutM) {
        static final Split ONE = new Split(1, Double.NaN, 0, Double.NaN);
    }

    private WreckLanes() {
    }

    /**
     * @param line       the dark objects of one wreck line, in a metric plane
     * @param azimuthDeg direction of the road, degrees clockwise from +y
     */
    public static Split split(List<PlacedVehicle> line, double azimuthDeg, Parameters p) {
        int n = line.size();
        if (n < p.minObjects() || !Double.isFinite(azimuthDeg)) {
            return Split.ONE;
        }
        double[] o = line.stream().mapToDouble(v -> offset(v, azimuthDeg)).sorted().toArray();
        double w = p.laneHalfWidthM();
        int bestLow = -1;
        int bestHigh = -1;
        int bestSmaller = -1;
        int bestBoth = -1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double separation = o[j] - o[i];
                if (separation < p.minSeparationM() || separation > p.maxSeparationM()) {
                    continue;
                }
                int low = within(o, o[i], w);
                int high = within(o, o[j], w);
                int smaller = Math.min(low, high);
                if (smaller > bestSmaller || (smaller == bestSmaller && low + high > bestBoth)) {
                    bestSmaller = smaller;
                    bestBoth = low + high;
                    bestLow = i;
                    bestHigh = j;
                }
            }
        }
        if (bestLow < 0) {
            return Split.ONE;
        }
        double separation = o[bestHigh] - o[bestLow];
        boolean two = bestSmaller >= 3 && bestSmaller >= p.minFraction() * bestBoth;
        return two ? new Split(2, separation, bestBoth, 0.5 * (o[bestLow] + o[bestHigh]))
                : new Split(1, separation, bestBoth, Double.NaN);
    }

    /**
     * The objects of each lane: the line itself when it stands in one, else the objects on either side of the
     * split's cut across the road.
     */
    public static List<List<PlacedVehicle>> lanes(List<PlacedVehicle> line, double azimuthDeg, Split split) {
        if (split.lanes() < 2) {
            return List.of(line);
        }
        return List.of(line.stream().filter(v -> offset(v, azimuthDeg) < split.cutM()).toList(),
                line.stream().filter(v -> offset(v, azimuthDeg) >= split.cutM()).toList());
    }

    /** Offset of an object across a road of direction {@code azimuthDeg} (degrees clockwise from +y), metres. */
    static double offset(PlacedVehicle v, double azimuthDeg) {
        double a = Math.toRadians(azimuthDeg);
        return v.x() * Math.cos(a) - v.y() * Math.sin(a);
    }

    /** Offsets (sorted) within {@code halfWidth} of {@code centre}. */
    private static int within(double[] sorted, double centre, double halfWidth) {
        int k = 0;
        for (double x : sorted) {
            if (Math.abs(x - centre) <= halfWidth) {
                k++;
            }
        }
        return k;
    }
}
