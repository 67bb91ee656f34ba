package org.corridorwatch.change.vehicles;

import java.util.List;

/**
 * How many vehicles stand in a line of detected objects. Where the pixels resolve the gaps between
 * nose-to-tail vehicles (0.3–1 m imagery) each object is one vehicle. On coarser pixels (3 m: a tanker
 * is 5 × 1 px and the 2–10 m gap between two tankers is a pixel or less, and burnt tankers are only a
 * few hundredths darker than the char around them) adjacent vehicles merge into one blob and faint ones
 * are missed, so the object count undercounts; the line's extent does not: it is estimated as the
 * span of the object centroids along the line's principal axis divided by the vehicle pitch
 * (nose-to-nose distance), plus one, and the count is the larger of the two. A convoy standing two abreast
 * ({@link WreckLanes}) is counted lane by lane, each lane by the span of its own objects ({@link #inLanes}), and each
 * lane's pitch may be measured on its own objects ({@link LinePitch}).
 *
 * <pre>
 *   int wrecks = LineCount.vehicles(darkObjectsOnTheScar, 19.0, true);
 * </pre>
 */
public final class LineCount {
    private LineCount() {
    }

    /**
     * @param objects   the objects of one line, in a metric plane
     * @param pitchM    nose-to-nose distance of vehicles in the line, metres (&gt; 0)
     * @param byLength  true on pixels too coarse to resolve the gaps between vehicles
     * @return the estimated number of vehicles (0 for no objects)
     */
    public static int vehicles(List<PlacedVehicle> objects, double pitchM, boolean byLength) {
        if (!(pitchM > 0)) {
            throw new IllegalArgumentException("pitch must be > 0 m: " + pitchM);
        }
        int n = objects.size();
        if (!byLength || n < 2) {
            return n;
        }
        VehicleCluster line = VehicleCluster.of(objects);
        double meanLength = objects.stream().mapToDouble(v -> v.object().lengthM()).average().orElse(0);
        double span = Math.max(0, line.lengthM() - meanLength);
        return Math.max(n, (int) Math.round(span / pitchM) + 1);
    }

    /**
     * Vehicles of a line standing in several lanes side by side, counted by length lane by lane: each lane by the span
     * of its own objects (a lane whose objects stop where the convoy stops does not take the other lane's length) at
     * its own pitch ({@link LinePitch}), and at least as many as the objects found.
     *
     * @param lanes    the objects of each lane, in a metric plane
     * @param pitchesM the pitch of each lane, metres, in the order of {@code lanes}
     */
    public static int inLanes(List<List<PlacedVehicle>> lanes, double[] pitchesM) {
        if (pitchesM.length != lanes.size()) {
            throw new IllegalArgumentException(pitchesM.length + " pitches for " + lanes.size() + " lanes");
        }
        int objects = 0;
        int byLength = 0;
        for (int i = 0; i < lanes.size(); i++) {
            objects += lanes.get(i).size();
            byLength += vehicles(lanes.get(i), pitchesM[i], true);
        }
        return Math.max(objects, byLength);
    }
}
