package org.corridorwatch.roads;

import java.util.List;

/**
 * How a corridor's road is built from road data (the {@code roads:} section of the configuration).
 *
 * @param classes      highway classes used where no way carries the corridor's ref
 * @param snapM        a waypoint further than this from every selected way is skipped
 * @param maxGapM      dead ends of the road data are joined to other pieces within this distance
 * @param classPenalty cost per metre of a way without the corridor's ref, relative to one with it (>= 1)
 * @param gapPenalty   cost per metre of a gap bridged by the configured line (>= class_penalty)
 */
public record RoadsParameters(List<String> classes, double snapM, double maxGapM, double classPenalty, double gapPenalty) {
    public static final RoadsParameters DEFAULT = new RoadsParameters(List.of("trunk", "primary", "secondary"),
            5000, 30000, 3, 10);

    /** The parameters of the configuration's {@code roads:} section. */
    public static RoadsParameters of(org.corridorwatch.config.ScanConfig.Roads r) {
        return new RoadsParameters(r.classes(), r.snapM(), r.maxGapM(), r.classPenalty(), r.gapPenalty());
    }

    public RoadsParameters {
        classes = classes == null ? List.of() : classes.stream().map(c -> c.trim().toLowerCase(java.util.Locale.ROOT)).toList();
        require(snapM > 0, "roads.snap_m must be > 0");
        require(maxGapM >= 0, "roads.max_gap_m must be >= 0");
        require(classPenalty >= 1, "roads.class_penalty must be >= 1");
        require(gapPenalty >= classPenalty, "roads.gap_penalty must be >= roads.class_penalty");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
