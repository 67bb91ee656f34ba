package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Completes a wreck line with the dark objects clustering left alone. DBSCAN keeps an object only with
 * neighbours within its radius; along a burnt convoy where most wrecks are too faint to detect (3 m
 * pixels: a few hundredths darker than the char) the wreck at the far end of the line may have none
 * and is dropped as noise, so the line looks shorter than it is. Such a lone dark object still belongs
 * to the line when it stands on the same scar and on the line's axis: the line in the direction of the
 * road at the members' median offset across it (members already in one band along the road,
 * {@link RoadParallelBand}). Not the members' own principal
 * axis or their mean position: a few dark objects beside the line (wrecks pushed off the road, char
 * texture) tilt or shift those enough to miss a wreck 200 m further on.
 *
 * <pre>
 *   List&lt;PlacedVehicle&gt; line = LoneWrecks.join(wreckLineMembers, unclustered, onScar, scarAzimuthDeg, 15.0);
 * </pre>
 */
public final class LoneWrecks {
    private LoneWrecks() {
    }

    /**
     * @param line         the dark members of the site's wreck line(s), in a metric plane (may be empty)
     * @param lone         new objects that are in no cluster, same plane
     * @param onScar       true for an object standing on (or next to) the site's burn scar
     * @param azimuthDeg   direction of the line, degrees clockwise from +y (the road's, or the scar's long axis)
     * @param maxOffsetM   largest distance from the axis, metres (&ge; 0)
     * @return {@code line} plus the lone dark objects on the scar within {@code maxOffsetM} of the axis
     *         at the members' median offset; {@code line} unchanged when it is empty
     */
    public static List<PlacedVehicle> join(List<PlacedVehicle> line, List<PlacedVehicle> lone,
                                           Predicate<PlacedVehicle> onScar, double azimuthDeg, double maxOffsetM) {
        if (!(maxOffsetM >= 0)) {
            throw new IllegalArgumentException("maxOffsetM must be >= 0: " + maxOffsetM);
        }
        if (line.isEmpty()) {
            return List.of();
        }
        double a = Math.toRadians(azimuthDeg);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double[] across = line.stream().mapToDouble(v -> v.x() * cos - v.y() * sin).sorted().toArray();
        int n = across.length;
        double axis = n % 2 == 1 ? across[n / 2] : 0.5 * (across[n / 2 - 1] + across[n / 2]);
        List<PlacedVehicle> out = new ArrayList<>(line);
        for (PlacedVehicle v : lone) {
            double offset = Math.abs(v.x() * cos - v.y() * sin - axis);
            if (v.object().isWreckCandidate() && !line.contains(v) && offset <= maxOffsetM && onScar.test(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * A wreck line made of lone dark objects only. At 3 m, where most wrecks of a burnt convoy are too faint to
     * detect, the few found can stand more than the clustering radius apart all along the scar: no cluster holds
     * them and the line was empty (tune seed 5414: 4 of 28 wrecks found over 590 m, none counted). The lone dark
     * objects on the scar in the densest band along the road ({@link RoadParallelBand}) are the line when there are
     * at least {@code minObjects} of them.
     *
     * @param lone        new objects in no cluster, in a metric plane
     * @param onScar      true for an object standing on (or next to) the site's burn scar
     * @param azimuthDeg  direction of the road, degrees clockwise from +y
     * @param maxOffsetM  half-width of the band across the road, metres
     * @param minObjects  fewest objects that make a line (&ge; 2)
     * @return the line's objects, or an empty list
     */
    public static List<PlacedVehicle> lineOfLone(List<PlacedVehicle> lone, Predicate<PlacedVehicle> onScar,
                                                 double azimuthDeg, double maxOffsetM, int minObjects) {
        if (minObjects < 2) {
            throw new IllegalArgumentException("minObjects must be >= 2: " + minObjects);
        }
        List<PlacedVehicle> dark = lone.stream().filter(v -> v.object().isWreckCandidate() && onScar.test(v)).toList();
        List<PlacedVehicle> band = RoadParallelBand.keep(dark, azimuthDeg, maxOffsetM);
        return band.size() >= minObjects ? band : List.of();
    }
}
