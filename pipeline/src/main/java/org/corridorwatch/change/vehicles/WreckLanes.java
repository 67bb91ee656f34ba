package org.corridorwatch.change.vehicles;

import java.util.Arrays;
import java.util.List;

/**
 * How many lanes a burnt convoy stands in, from the offsets of its dark objects across the road. A convoy of more
 * than about 28 tankers stops two abreast (lanes 6–9 m apart). At 3 m a pair side by side is two one-pixel strokes
 * two or three pixels apart: the objects found are single strokes of either lane, and counted by the line's length
 * ({@link LineCount}) a two-lane line gives half its wrecks (tune seeds 5400–5439: 17 of 35, 18 of 38, 16 of 37).
 * Nothing measured per object tells the lanes apart, but their offsets do as a group: split in two at the cut that
 * leaves the least spread within the groups (1-D two-means), the line stands in two lanes when each group holds at
 * least {@code minFraction} of the objects (and at least 3), the groups' medians are {@code minSeparationM} to
 * {@code maxSeparationM} apart, and that separation is at least {@code minSeparationRatio} times the spread within
 * the groups (their pooled standard deviation). One lane with a few wrecks pushed off the road leaves a small second
 * group, or a wide spread; fewer than {@code minObjects} objects are one lane.
 *
 * <pre>
 *   WreckLanes.Split s = WreckLanes.split(darkObjectsOfTheLine, roadAzimuthDeg, WreckLanes.Parameters.DEFAULTS);
 *   int wrecks = LineCount.inLanes(WreckLanes.lanes(darkObjectsOfTheLine, roadAzimuthDeg, s), pitchPerLaneM);
 * </pre>
 */
public final class WreckLanes {

    /**
     * @param minObjects         fewest objects in a line that may be split (&ge; 4)
     * @param minFraction        each group's least share of the objects, in (0, 0.5]
     * @param minSeparationM     least distance between the groups' median offsets, metres
     * @param maxSeparationM     largest such distance, metres (farther: dark objects beside the road, not a lane)
     * @param minSeparationRatio least separation over the pooled standard deviation within the groups
     */
    public record Parameters(int minObjects, double minFraction, double minSeparationM, double maxSeparationM,
                             double minSeparationRatio) {
        /** The shipped values (config/corridorwatch.yaml {@code sites.vehicles.lanes}), chosen on tune seeds 5400–5429. */
        public static final Parameters DEFAULTS = new Parameters(6, 0.3, 5, 12.5, 2.4);

        public Parameters {
            if (minObjects < 4 || !(minFraction > 0 && minFraction <= 0.5) || !(minSeparationM > 0)
                    || !(maxSeparationM > minSeparationM) || !(minSeparationRatio > 0)) {
                throw new IllegalArgumentException("sites.vehicles.lanes: need min_objects >= 4, min_fraction in (0, 0.5], "
                        + "0 < min_separation_m < max_separation_m, min_separation_ratio > 0");
            }
        }
    }

    /**
     * The verdict on one line.
     *
     * @param lanes       1 or 2
     * @param separationM distance between the two groups' median offsets, metres (NaN when not split)
     * @param ratio       separation over the pooled standard deviation within the groups (NaN when not split)
     * @param cutM        the offset across the road (as {@link #offset}) between the two groups (NaN when not split)
     */
    public record Split(int lanes, double separationM, double ratio, double cutM) {
        static final Split ONE = new Split(1, Double.NaN, Double.NaN, Double.NaN);
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
        // optimal two-means in 1-D: the best cut of the sorted offsets
        double[] prefix = new double[n + 1];
        double[] prefix2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + o[i];
            prefix2[i + 1] = prefix2[i] + o[i] * o[i];
        }
        int cut = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            double sse = sse(prefix, prefix2, 0, i) + sse(prefix, prefix2, i, n);
            if (sse < best) {
                best = sse;
                cut = i;
            }
        }
        int smaller = Math.min(cut, n - cut);
        if (smaller < Math.max(3, p.minFraction() * n)) {
            return Split.ONE;
        }
        double separation = RobustStats.medianOfSorted(Arrays.copyOfRange(o, cut, n))
                - RobustStats.medianOfSorted(Arrays.copyOfRange(o, 0, cut));
        double sd = Math.sqrt(best / (n - 2));
        double ratio = sd > 0 ? separation / sd : Double.POSITIVE_INFINITY;
        boolean two = separation >= p.minSeparationM() && separation <= p.maxSeparationM() && ratio >= p.minSeparationRatio();
        return two ? new Split(2, separation, ratio, 0.5 * (o[cut - 1] + o[cut])) : new Split(1, separation, ratio, Double.NaN);
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

    private static double sse(double[] prefix, double[] prefix2, int from, int to) {
        int k = to - from;
        double s = prefix[to] - prefix[from];
        return Math.max(0, prefix2[to] - prefix2[from] - s * s / k);
    }
}
