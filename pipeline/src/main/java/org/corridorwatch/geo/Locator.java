package org.corridorwatch.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locates WGS84 points against corridors: nearest corridor, chainage, signed offset, nearest place. The offset is from
 * the corridor's line (the road used); the chainage is {@link MetricCorridor#reportedChainageKm}, along the prior line
 * where the road found in the imagery moved the corridor.
 * Each point is measured in its own UTM zone (the corridors are projected once per zone and cached).
 * Thread-safe.
 */
public final class Locator {
    private final List<Corridor> corridors;
    private final Gazetteer places;
    private final Map<Integer, List<MetricCorridor>> byZone = new ConcurrentHashMap<>();

    /** @param places may be null: locations then carry no place name */
    public Locator(List<Corridor> corridors, Gazetteer places) {
        if (corridors.isEmpty()) {
            throw new IllegalArgumentException("no corridors to locate against");
        }
        this.corridors = List.copyOf(corridors);
        this.places = places;
    }

    /** Location of a WGS84 point on the nearest corridor. */
    public Location locate(double lon, double lat) {
        Projection p = Projections.utmFor(lon, lat);
        List<MetricCorridor> metric = byZone.computeIfAbsent(p.epsg(),
                z -> corridors.stream().map(c -> MetricCorridor.of(c, p)).toList());
        double[] xy = p.forward(lon, lat);
        MetricCorridor best = null;
        double[] bestCo = null;
        for (MetricCorridor m : metric) {
            double[] co = m.chainageAndOffset(xy[0], xy[1]);
            if (bestCo == null || Math.abs(co[1]) < Math.abs(bestCo[1])) {
                best = m;
                bestCo = co;
            }
        }
        if (!best.reportsAlongLine()) {
            bestCo[0] = best.reportedChainageKm(xy[0], xy[1]); // its foot on the prior line
        }
        String side = Math.abs(bestCo[1]) < 1 ? "on" : bestCo[1] > 0 ? "left" : "right";
        Optional<Place> place = places == null ? Optional.empty() : places.nearest(lon, lat);
        if (place.isEmpty()) {
            return new Location(best.corridor().id(), bestCo[0], bestCo[1], side, "", Double.NaN, "");
        }
        Place pl = place.get();
        double[] da = Geodesic.inverse(pl.lon(), pl.lat(), lon, lat);
        return new Location(best.corridor().id(), bestCo[0], bestCo[1], side, pl.name(), da[0] / 1000,
                Geodesic.compass8(da[1]));
    }

    /** The corridor a location refers to (for its short name). */
    public Corridor corridor(String id) {
        return corridors.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
