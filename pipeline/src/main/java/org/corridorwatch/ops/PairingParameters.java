package org.corridorwatch.ops;

/**
 * How an after-scene finds its before-scene (see {@link ScenePairing}).
 *
 * @param maxGapDays         the before-scene is at most this many days older than the after-scene (> 0)
 * @param maxCloudFraction   the before-scene's cloud fraction over the corridors must not exceed this (0–1)
 * @param minOverlapFraction the before-scene's footprint must cover at least this share of the after-scene's (0–1]
 */
public record PairingParameters(double maxGapDays, double maxCloudFraction, double minOverlapFraction) {
    public static final double DEFAULT_MAX_GAP_DAYS = 60;
    public static final double DEFAULT_MAX_CLOUD_FRACTION = 0.5;
    public static final double DEFAULT_MIN_OVERLAP_FRACTION = 0.3;
    public static final PairingParameters DEFAULT = new PairingParameters(DEFAULT_MAX_GAP_DAYS,
            DEFAULT_MAX_CLOUD_FRACTION, DEFAULT_MIN_OVERLAP_FRACTION);

    public PairingParameters {
        if (!(maxGapDays > 0)) {
            throw new IllegalArgumentException("pairing.max_gap_days must be > 0, not " + maxGapDays);
        }
        if (!(maxCloudFraction >= 0 && maxCloudFraction <= 1)) {
            throw new IllegalArgumentException("pairing.max_cloud_fraction must be within 0..1, not " + maxCloudFraction);
        }
        if (!(minOverlapFraction > 0 && minOverlapFraction <= 1)) {
            throw new IllegalArgumentException("pairing.min_overlap_fraction must be within (0, 1], not " + minOverlapFraction);
        }
    }
}
