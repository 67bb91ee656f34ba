package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Trims the stray ends of a wreck line before it is counted by its length ({@link LineCount}). A burn site often runs
 * on along the road beyond the convoy (its char merged with a bush fire or the verge), and a dark object on that char
 * a few hundred metres past the last wreck stretches the line: counted by length at 3 m, one such object added 10–25
 * wrecks (tune seeds 5408, 5411: objects 240–280 m beyond the rest of the line). A convoy stands nose to tail, so
 * its wrecks are a pitch or two apart even when only every third or fourth is found; an end object more than
 * {@code maxGapM} along the road from the next is dropped, with the few beyond it, as long as what is left holds at least {@code minKept}
 * objects and {@code minKeptFraction} of them (a line of a few objects found far apart is left as it is: tune seed
 * 5414 had 4 of 28 wrecks found over 590 m).
 *
 * <pre>
 *   List&lt;PlacedVehicle&gt; counted = LineEnds.trim(line, roadAzimuthDeg, LineEnds.Parameters.DEFAULTS);
 * </pre>
 */
public final class LineEnds {

    /**
     * @param maxGapM         largest gap along the road between an end object and the next, metres
     * @param minKept         fewest objects left after trimming (&ge; 2)
     * @param minKeptFraction least share of the objects left after trimming, in (0, 1]
     */
    public record Parameters(double maxGapM, int minKept, double minKeptFraction) {
        /** The shipped values ({@code sites.vehicles.line_ends}), chosen on tune seeds 5400–5439. */
        public static final Parameters DEFAULTS = new Parameters(100, 6, 0.75);

        public Parameters {
            if (!(maxGapM > 0) || minKept < 2 || !(minKeptFraction > 0 && minKeptFraction <= 1)) {
                throw new IllegalArgumentException("sites.vehicles.line_ends: need max_gap_m > 0, min_kept >= 2, "
                        + "min_kept_fraction in (0, 1]");
            }
        }
    }

    private LineEnds() {
    }

    /**
     * @param line       the objects of one line, in a metric plane
     * @param azimuthDeg direction of the road, degrees clockwise from +y
     * @return the line without its stray ends, in order along the road
     */
    public static List<PlacedVehicle> trim(List<PlacedVehicle> line, double azimuthDeg, Parameters p) {
        if (line.size() <= p.minKept() || !Double.isFinite(azimuthDeg)) {
            return line;
        }
        double a = Math.toRadians(azimuthDeg);
        double ux = Math.sin(a);
        double uy = Math.cos(a);
        List<PlacedVehicle> sorted = new ArrayList<>(line);
        sorted.sort(Comparator.comparingDouble(v -> v.x() * ux + v.y() * uy));
        int n = sorted.size();
        int least = Math.max(p.minKept(), (int) Math.ceil(p.minKeptFraction() * n));
        // the head: the innermost gap wider than maxGapM that still leaves enough objects; everything before it goes
        int from = 0;
        for (int i = 0; i + 1 < n && n - (i + 1) >= least; i++) {
            if (along(sorted.get(i + 1), ux, uy) - along(sorted.get(i), ux, uy) > p.maxGapM()) {
                from = i + 1;
            }
        }
        // the tail, likewise, counting what the head left
        int to = n;
        for (int i = n - 1; i - 1 >= from && i - from >= least; i--) {
            if (along(sorted.get(i), ux, uy) - along(sorted.get(i - 1), ux, uy) > p.maxGapM()) {
                to = i;
            }
        }
        return from == 0 && to == sorted.size() ? line : List.copyOf(sorted.subList(from, to));
    }

    private static double along(PlacedVehicle v, double ux, double uy) {
        return v.x() * ux + v.y() * uy;
    }
}
