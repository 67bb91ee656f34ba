package org.corridorwatch.change.vehicles;

import java.util.Arrays;
import java.util.List;

/**
 * The nose-to-nose distance of the vehicles of one line, measured on the line itself. A line counted by its length
 * ({@link LineCount}) is its span over the pitch plus one, and a convoy's pitch is its tankers' length plus the gaps
 * they stopped at: 12–16 m and 2–10 m, so 14–26 m. A fixed pitch (19 m) counts a convoy standing 25 m apart 30 % too
 * many (tune seed 5419: 31 for 23) and one at 16 m 15 % too few. Where the detector finds wrecks one after the other,
 * the distance between consecutive objects along the road is the pitch (twice it where one wreck between was missed,
 * under a tanker's length where two stand abreast): the median of the consecutive gaps between {@code minGapM} and
 * {@code maxGapM}, when there are at least {@code minGaps} of them, held to {@code minM}–{@code maxM}; else the fixed
 * pitch. A line found sparsely keeps the fixed pitch.
 *
 * <pre>
 *   double pitch = LinePitch.of(laneObjects, roadAzimuthDeg, LinePitch.Parameters.DEFAULTS, 19);
 *   int wrecks = LineCount.vehicles(laneObjects, pitch.pitchM(), true);
 * </pre>
 */
public final class LinePitch {

    /**
     * @param minGapM shortest gap between consecutive objects taken as one pitch, metres (&gt; 0: shorter, abreast or
     *                one wreck split in two)
     * @param maxGapM longest such gap, metres (longer: a wreck between them missed)
     * @param minGaps fewest such gaps to measure the pitch (&ge; 1; fewer: the fixed pitch)
     * @param minM    least pitch measured, metres
     * @param maxM    largest pitch measured, metres
     */
    public record Parameters(double minGapM, double maxGapM, int minGaps, double minM, double maxM) {
        /** The shipped values (config/corridorwatch.yaml {@code sites.vehicles.pitch}). */
        public static final Parameters DEFAULTS = new Parameters(12, 32, 3, 14, 26);
        /** Never measured: the fixed pitch always. */
        public static final Parameters OFF = new Parameters(12, 30, Integer.MAX_VALUE, 14, 26);

        public Parameters {
            if (!(minGapM > 0 && maxGapM > minGapM) || minGaps < 1 || !(minM > 0 && maxM >= minM)) {
                throw new IllegalArgumentException("sites.vehicles.pitch: need 0 < min_gap_m < max_gap_m, min_gaps >= 1, "
                        + "0 < min_m <= max_m");
            }
        }
    }

    /**
     * The pitch of a line.
     *
     * @param pitchM   metres
     * @param measured true when measured on the line, false for the fixed pitch
     * @param gaps     the gaps it was measured on (0 when not measured)
     */
    public record Pitch(double pitchM, boolean measured, int gaps) {
    }

    private LinePitch() {
    }

    /**
     * @param line       the objects of one lane of a line, in a metric plane
     * @param azimuthDeg direction of the road, degrees clockwise from +y
     * @param fixedM     the pitch when the line does not give its own, metres
     */
    public static Pitch of(List<PlacedVehicle> line, double azimuthDeg, Parameters p, double fixedM) {
        int n = line.size();
        if (n < 2 || !Double.isFinite(azimuthDeg)) {
            return new Pitch(fixedM, false, 0);
        }
        double a = Math.toRadians(azimuthDeg);
        double sin = Math.sin(a);
        double cos = Math.cos(a);
        double[] s = line.stream().mapToDouble(v -> v.x() * sin + v.y() * cos).sorted().toArray();
        double[] gaps = new double[n - 1];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            double g = s[i + 1] - s[i];
            if (g >= p.minGapM() && g <= p.maxGapM()) {
                gaps[k++] = g;
            }
        }
        if (k < p.minGaps()) {
            return new Pitch(fixedM, false, 0);
        }
        double[] g = Arrays.copyOf(gaps, k);
        Arrays.sort(g);
        double median = RobustStats.medianOfSorted(g);
        return new Pitch(Math.min(p.maxM(), Math.max(p.minM(), median)), true, k);
    }
}
