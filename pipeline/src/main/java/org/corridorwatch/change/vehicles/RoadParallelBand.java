package org.corridorwatch.change.vehicles;

import java.util.Arrays;
import java.util.List;

/**
 * The objects of a wreck line that stand in one band parallel to the road. A burnt convoy stopped on
 * the road: its wrecks lie along the road, within a few metres of its axis (1–3 lanes of ~3.5 m, a wreck
 * pushed or rolled off the road up to ~10 m beside it). Dark objects tens of metres beside that line
 * (the rims of tree crowns, char texture) are not wrecks even when clustering put them with it.
 *
 * <p>Each object's offset across the road is its position projected on the road's normal; the band is
 * {@code 2 × halfWidthM} wide, placed where it holds the most objects (a 1-D densest window across the
 * road, not the mean or the median: a group of dark objects beside a line of few detected wrecks drags
 * those anywhere between the two). Among windows holding as many objects, the one whose objects
 * spread farthest along the road wins: a wreck line runs along it, a tree's rim is a few metres long.
 * The direction is the road's, not the line's own principal axis or the scar's long axis, which a few
 * objects beside the line or an oblique scar tilt.
 *
 * <pre>
 *   List&lt;PlacedVehicle&gt; line = RoadParallelBand.keep(wreckLineMembers, roadAzimuthDeg, 15.0);
 * </pre>
 */
public final class RoadParallelBand {
    private RoadParallelBand() {
    }

    /**
     * @param objects     objects in a metric plane (x east, y north, metres)
     * @param azimuthDeg  direction of the road, degrees clockwise from +y (either way along it)
     * @param halfWidthM  largest distance from the band's centre line, metres (&ge; 0)
     * @return the objects in the band, in their input order; empty for no objects
     */
    public static List<PlacedVehicle> keep(List<PlacedVehicle> objects, double azimuthDeg, double halfWidthM) {
        if (!(halfWidthM >= 0) || !Double.isFinite(azimuthDeg)) {
            throw new IllegalArgumentException("need a finite azimuth and halfWidthM >= 0: " + azimuthDeg + ", " + halfWidthM);
        }
        if (objects.isEmpty()) {
            return List.of();
        }
        double centre = centre(objects, azimuthDeg, halfWidthM);
        return objects.stream().filter(v -> Math.abs(across(v, azimuthDeg) - centre) <= halfWidthM).toList();
    }

    /** Offset of the band's centre line across the road: the median offset of the objects in the best window. */
    static double centre(List<PlacedVehicle> objects, double azimuthDeg, double halfWidthM) {
        int n = objects.size();
        Integer[] byOffset = new Integer[n];
        double[] across = new double[n];
        double[] along = new double[n];
        for (int i = 0; i < n; i++) {
            byOffset[i] = i;
            across[i] = across(objects.get(i), azimuthDeg);
            along[i] = along(objects.get(i), azimuthDeg);
        }
        Arrays.sort(byOffset, (a, b) -> Double.compare(across[a], across[b]));
        int bestFrom = 0;
        int bestTo = 0;
        double bestSpread = -1;
        for (int from = 0, to = 0; from < n; from++) {
            to = Math.max(to, from);
            while (to + 1 < n && across[byOffset[to + 1]] - across[byOffset[from]] <= 2 * halfWidthM) {
                to++;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = from; k <= to; k++) {
                lo = Math.min(lo, along[byOffset[k]]);
                hi = Math.max(hi, along[byOffset[k]]);
            }
            int count = to - from + 1;
            int bestCount = bestTo - bestFrom + 1;
            if (bestSpread < 0 || count > bestCount || (count == bestCount && hi - lo > bestSpread)) {
                bestFrom = from;
                bestTo = to;
                bestSpread = hi - lo;
            }
        }
        int m = bestTo - bestFrom + 1;
        double a = across[byOffset[bestFrom + (m - 1) / 2]];
        double b = across[byOffset[bestFrom + m / 2]];
        return 0.5 * (a + b);
    }

    /** Offset across the road, metres, positive to the right of travel along {@code azimuthDeg}. */
    static double across(PlacedVehicle v, double azimuthDeg) {
        double az = Math.toRadians(azimuthDeg);
        return v.x() * Math.cos(az) - v.y() * Math.sin(az);
    }

    /** Distance along the road, metres. */
    static double along(PlacedVehicle v, double azimuthDeg) {
        double az = Math.toRadians(azimuthDeg);
        return v.x() * Math.sin(az) + v.y() * Math.cos(az);
    }
}
