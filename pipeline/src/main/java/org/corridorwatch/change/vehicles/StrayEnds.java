package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Trims the stray objects at the ends of a wreck line before it is counted by its length ({@link LineCount}). On a
 * 3 m scene the line of a site takes every dark object on its char along the road; where the scar runs on past the
 * convoy (merged char, a burnt verge) a few dark objects stand beyond it, and each of them adds its distance to the
 * line's length: tune seed 5408 counted 89 for 40 with seven objects 330 m past the convoy, 5410 49 for 31 with one
 * 590 m before it. Two rules, at either end:
 * <ul>
 *   <li><b>beyond a gap</b>: the objects beyond a gap along the road larger than {@code gapRatio} times the line's own
 *       spacing (the median gap between consecutive objects) and at least {@code minGapM} are dropped, when they are at
 *       most {@code maxFraction} of the line's objects. A line found sparsely (a third of its wrecks) has a wide
 *       spacing of its own, so its gaps are not cut;</li>
 *   <li><b>off the lane</b>: then the end objects standing more than {@code laneToleranceM} across the road from the
 *       line's median offset are dropped one by one, up to {@code maxFraction} of the line at each end: wrecks stand
 *       on the road, the char texture past the convoy anywhere in the band.</li>
 * </ul>
 * Lines of fewer than {@code minObjects} objects are left whole (tune seed 5412: 4 of 23 wrecks found, one of them 420 m
 * from the other three). Chosen offline on the dark objects of the sites' lines of tune seeds 5400–5439: the gaps past a
 * convoy measured 240–590 m (5408, 5410, 5411), and 170 m before 5430's; a convoy found sparsely at its end also leaves
 * gaps of 159–188 m (5406, 5416, 5434), which are cut too (5416 and 5434 then count 2 wrecks' length less).
 *
 * <pre>
 *   StrayEnds.Trim t = StrayEnds.trim(darkObjectsOfTheLine, roadAzimuthDeg, StrayEnds.Parameters.DEFAULTS);
 *   int wrecks = LineCount.vehicles(t.kept(), 19, true);
 * </pre>
 */
public final class StrayEnds {

    /**
     * @param gapRatio       a gap cuts off an end when it is larger than this times the line's median gap (&gt; 1)
     * @param minGapM        and at least this long, metres (&ge; 0)
     * @param maxFraction    largest share of the line's objects an end may lose, in (0, 0.5)
     * @param laneToleranceM an end object this far or farther across the road from the line's median offset is off the
     *                       lane, metres (&gt; 0; infinite: the rule is off)
     * @param minObjects     fewest objects in a line that may be trimmed (&ge; 3)
     */
    public record Parameters(double gapRatio, double minGapM, double maxFraction, double laneToleranceM, int minObjects) {
        /** The shipped values (config/corridorwatch.yaml {@code sites.vehicles.ends}), chosen on tune seeds 5400–5439. */
        public static final Parameters DEFAULTS = new Parameters(6, 150, 0.34, 12, 6);

        public Parameters {
            if (!(gapRatio > 1) || !(minGapM >= 0) || !(maxFraction > 0 && maxFraction < 0.5) || !(laneToleranceM > 0)
                    || minObjects < 3) {
                throw new IllegalArgumentException("sites.vehicles.ends: need gap_ratio > 1, min_gap_m >= 0, max_fraction in "
                        + "(0, 0.5), lane_tolerance_m > 0, min_objects >= 3");
            }
        }
    }

    /** Why an end was trimmed. */
    public enum Rule {
        /** beyond a gap larger than the line's own spacing */
        GAP,
        /** off the line's lane across the road */
        OFF_LANE
    }

    /**
     * One trimmed end.
     *
     * @param rule      which rule trimmed it
     * @param objects   objects dropped
     * @param gapM      for {@link Rule#GAP}: the gap along the road, metres; for {@link Rule#OFF_LANE}: the largest
     *                  distance of a dropped object from the lane, metres
     * @param spacingM  the line's median gap between consecutive objects, metres
     */
    public record End(Rule rule, int objects, double gapM, double spacingM) {
    }

    /** The line's objects kept (in order along the road) and the ends trimmed (none: the line whole). */
    public record Trim(List<PlacedVehicle> kept, List<End> ends) {
        public Trim {
            kept = List.copyOf(kept);
            ends = List.copyOf(ends);
        }

        public int trimmed() {
            return ends.stream().mapToInt(End::objects).sum();
        }
    }

    private StrayEnds() {
    }

    /**
     * @param line       the dark objects of one wreck line, in a metric plane
     * @param azimuthDeg direction of the road, degrees clockwise from +y
     */
    public static Trim trim(List<PlacedVehicle> line, double azimuthDeg, Parameters p) {
        int n = line.size();
        if (n < p.minObjects() || !Double.isFinite(azimuthDeg)) {
            return new Trim(line, List.of());
        }
        double a = Math.toRadians(azimuthDeg);
        double sin = Math.sin(a);
        double cos = Math.cos(a);
        List<PlacedVehicle> sorted = new ArrayList<>(line);
        sorted.sort(Comparator.comparingDouble(v -> v.x() * sin + v.y() * cos));
        double[] s = sorted.stream().mapToDouble(v -> v.x() * sin + v.y() * cos).toArray();
        double[] gaps = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            gaps[i] = s[i + 1] - s[i];
        }
        double spacing = median(gaps.clone());
        double bar = Math.max(p.minGapM(), p.gapRatio() * spacing);
        int most = (int) Math.floor(p.maxFraction() * n);
        List<End> ends = new ArrayList<>();
        // beyond a gap: the innermost qualifying gap at each end
        int lo = 0;
        int hi = n;
        double loGap = 0;
        double hiGap = 0;
        for (int i = 0; i < n - 1; i++) {
            if (gaps[i] > bar && i + 1 <= most) {
                lo = i + 1;
                loGap = gaps[i];
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            if (gaps[i] > bar && n - (i + 1) <= most) {
                hi = i + 1;
                hiGap = gaps[i];
            }
        }
        if (lo > 0) {
            ends.add(new End(Rule.GAP, lo, loGap, spacing));
        }
        if (hi < n) {
            ends.add(new End(Rule.GAP, n - hi, hiGap, spacing));
        }
        List<PlacedVehicle> kept = sorted.subList(lo, hi);
        // off the lane: end objects one by one
        int m = kept.size();
        if (m >= p.minObjects() && Double.isFinite(p.laneToleranceM())) {
            int mostOff = (int) Math.floor(p.maxFraction() * m);
            double[] off = kept.stream().mapToDouble(v -> v.x() * cos - v.y() * sin).toArray();
            double lane = median(off.clone());
            int from = 0;
            int to = m;
            double worstFrom = 0;
            double worstTo = 0;
            while (from < mostOff && Math.abs(off[from] - lane) >= p.laneToleranceM()) {
                worstFrom = Math.max(worstFrom, Math.abs(off[from] - lane));
                from++;
            }
            while (m - to < mostOff && to - 1 > from && Math.abs(off[to - 1] - lane) >= p.laneToleranceM()) {
                worstTo = Math.max(worstTo, Math.abs(off[to - 1] - lane));
                to--;
            }
            if (from > 0) {
                ends.add(new End(Rule.OFF_LANE, from, worstFrom, spacing));
            }
            if (to < m) {
                ends.add(new End(Rule.OFF_LANE, m - to, worstTo, spacing));
            }
            kept = kept.subList(from, to);
        }
        return new Trim(kept, ends);
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }
}
