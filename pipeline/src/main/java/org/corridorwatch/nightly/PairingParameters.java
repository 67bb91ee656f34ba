package org.corridorwatch.nightly;

/**
 * How the tiles of an after-scene find their before-scene (see {@link TilePairing}).
 *
 * @param maxGapDays       the before-scene is at most this many days older than the after-scene (> 0)
 * @param maxCloudFraction a before-scene leaving more of a tile than this unusable (cloud, cirrus, shadow or
 *                         nodata; 0–1) is skipped for that tile
 */
public record PairingParameters(double maxGapDays, double maxCloudFraction) {
    public static final double DEFAULT_MAX_GAP_DAYS = 60;
    public static final double DEFAULT_MAX_CLOUD_FRACTION = 0.5;
    public static final PairingParameters DEFAULT = new PairingParameters(DEFAULT_MAX_GAP_DAYS, DEFAULT_MAX_CLOUD_FRACTION);

    public PairingParameters {
        if (!(maxGapDays > 0)) {
            throw new IllegalArgumentException("pairing.max_gap_days must be > 0, not " + maxGapDays);
        }
        if (!(maxCloudFraction >= 0 && maxCloudFraction <= 1)) {
            throw new IllegalArgumentException("pairing.max_cloud_fraction must be within 0..1, not " + maxCloudFraction);
        }
    }
}
