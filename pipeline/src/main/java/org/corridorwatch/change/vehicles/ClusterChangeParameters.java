package org.corridorwatch.change.vehicles;

/**
 * Settings of {@link ClusterChange}. Immutable, validated.
 *
 * @param matchDistanceM     an after-date cluster is the same place as a before-date cluster when
 *                           their centroids are at most this far apart, metres, ...
 * @param minSharedFraction  ... or when at least this share of its members have a before-date member
 *                           within {@code matchDistanceM} (overlap); a long new queue that merely starts
 *                           at an old checkpoint shares few members and stays new
 * @param minWreckFraction   a new cluster with at least this share of dark members is a wreck line
 * @param minQueueLengthM    a new, mostly bright cluster at least this long ...
 * @param minQueueStraightness ... and at least this straight (see {@link VehicleCluster#straightness})
 *                           is a queue of stranded vehicles
 */
public record ClusterChangeParameters(double matchDistanceM, double minSharedFraction, double minWreckFraction, double minQueueLengthM,
                                      double minQueueStraightness) {
    public static final double DEFAULT_MATCH_DISTANCE_M = 40.0;
    public static final double DEFAULT_MIN_SHARED_FRACTION = 0.5;
    public static final double DEFAULT_MIN_WRECK_FRACTION = 0.5;
    public static final double DEFAULT_MIN_QUEUE_LENGTH_M = 100.0;
    public static final double DEFAULT_MIN_QUEUE_STRAIGHTNESS = 0.9;
    public static final ClusterChangeParameters DEFAULT = new ClusterChangeParameters(DEFAULT_MATCH_DISTANCE_M,
            DEFAULT_MIN_SHARED_FRACTION, DEFAULT_MIN_WRECK_FRACTION, DEFAULT_MIN_QUEUE_LENGTH_M, DEFAULT_MIN_QUEUE_STRAIGHTNESS);

    public ClusterChangeParameters {
        if (!(matchDistanceM >= 0)) {
            throw new IllegalArgumentException("matchDistanceM must be >= 0: " + matchDistanceM);
        }
        if (!(minSharedFraction > 0 && minSharedFraction <= 1)) {
            throw new IllegalArgumentException("minSharedFraction must be in (0,1]: " + minSharedFraction);
        }
        if (!(minWreckFraction > 0 && minWreckFraction <= 1)) {
            throw new IllegalArgumentException("minWreckFraction must be in (0,1]: " + minWreckFraction);
        }
        if (!(minQueueLengthM > 0)) {
            throw new IllegalArgumentException("minQueueLengthM must be > 0: " + minQueueLengthM);
        }
        if (!(minQueueStraightness >= 0.5 && minQueueStraightness <= 1)) {
            throw new IllegalArgumentException("minQueueStraightness must be in [0.5,1]: " + minQueueStraightness);
        }
    }
}
