package org.corridorwatch.roads;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.RoadSegment;
import org.corridorwatch.model.RoadSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;

/**
 * The roads of the corridors of a run: built from road data when a roads file is given, else none (each corridor's
 * road is then its configured line). Immutable.
 */
public final class CorridorRoads {
    private static final CorridorRoads NONE = new CorridorRoads(Map.of(), null);

    private final Map<String, CorridorRoad> byCorridor;
    private final RoadProvenance provenance;
    private final Path imageryCache;

    private CorridorRoads(Map<String, CorridorRoad> byCorridor, RoadProvenance provenance) {
        this(byCorridor, provenance, null);
    }

    private CorridorRoads(Map<String, CorridorRoad> byCorridor, RoadProvenance provenance, Path imageryCache) {
        this.byCorridor = Map.copyOf(byCorridor);
        this.provenance = provenance;
        this.imageryCache = imageryCache;
    }

    /**
     * These roads, the roads found in the imagery cached in {@code folder} (a nightly workspace's {@code cache/roads}),
     * shared by every scan given them; without it a scan caches them in {@code roads-cache/} of its output folder.
     */
    public CorridorRoads withImageryCache(Path folder) {
        return new CorridorRoads(byCorridor, provenance, folder);
    }

    /** The folder the roads found in the imagery are cached in, when set by {@link #withImageryCache}. */
    public Optional<Path> imageryCache() {
        return Optional.ofNullable(imageryCache);
    }

    /** No road data: every corridor is measured along its configured line. */
    public static CorridorRoads none() {
        return NONE;
    }

    /** Reads {@code file} once and builds the road of each of {@code corridors}. */
    public static CorridorRoads load(Path file, List<Corridor> corridors, RoadsParameters p, String attribution) {
        return build(corridors, RoadData.read(file, reach(corridors, p), attribution), p);
    }

    /** Builds the road of each corridor from {@code data}. Pure. */
    public static CorridorRoads build(List<Corridor> corridors, RoadData data, RoadsParameters p) {
        Map<String, CorridorRoad> roads = new LinkedHashMap<>();
        String describe = data.provenance() == null ? "" : data.provenance().describe();
        for (Corridor c : corridors) {
            roads.put(c.id(), road(c, data.ways(), p, describe));
        }
        return new CorridorRoads(roads, data.provenance());
    }

    /** The road of one corridor from {@code ways}. Pure. */
    static CorridorRoad road(Corridor c, List<RoadWay> ways, RoadsParameters p, String provenance) {
        WayGraph g = WayGraph.of(ways, new WayClass.Classifier(c.refs(), p.classes()), p);
        LineString configured = c.lineWgs84();
        RoadRouter.Route route = RoadRouter.route(g, List.of(configured.getCoordinates()), p.snapM());
        return RoadAssembler.assemble(c.id(), configured, route, provenance, p.snapM());
    }

    /** The area road data is read from: the corridors' envelope grown by snap_m and max_gap_m. */
    static Envelope reach(List<Corridor> corridors, RoadsParameters p) {
        Envelope e = new Envelope();
        corridors.forEach(c -> e.expandToInclude(c.lineWgs84().getEnvelopeInternal()));
        e.expandBy((p.snapM() + p.maxGapM()) / 100_000.0);
        return e;
    }

    /** The catalog with each built corridor's line replaced by its road. */
    public CorridorCatalog applyTo(CorridorCatalog catalog) {
        Map<String, LineString> lines = new LinkedHashMap<>();
        byCorridor.forEach((id, road) -> lines.put(id, road.lineWgs84()));
        return lines.isEmpty() ? catalog : catalog.withLines(lines);
    }

    /** The road of each corridor (its line as the configured line when no road was built for it). */
    public List<CorridorRoad> forCorridors(List<Corridor> corridors) {
        List<CorridorRoad> out = new ArrayList<>();
        for (Corridor c : corridors) {
            out.add(byCorridor.getOrDefault(c.id(), CorridorRoad.configured(c.id(), c.lineWgs84())));
        }
        return out;
    }

    /** Where the road data came from; empty when no roads file was given. */
    public Optional<RoadProvenance> provenance() {
        return Optional.ofNullable(provenance);
    }

    /** One line per built corridor for the log: km from road data, km bridged, gaps with their chainage. */
    public List<String> report() {
        List<String> out = new ArrayList<>();
        byCorridor.forEach((id, road) -> out.add(summary(road)));
        return out;
    }

    static String summary(CorridorRoad road) {
        double at = 0;
        double data = 0;
        List<String> bridged = new ArrayList<>();
        for (RoadSegment s : road.segments()) {
            double km = LocalMetres.length(s.lineWgs84()) / 1000;
            if (s.source() == RoadSource.CONFIGURED) {
                bridged.add(String.format(Locale.ROOT, "km %.1f-%.1f", at, at + km));
            } else {
                data += km;
            }
            at += km;
        }
        return String.format(Locale.ROOT, "roads: %s %.1f km, %.1f km from road data, %d stretch(es) on the configured line%s",
                road.corridorId(), at, data, bridged.size(), bridged.isEmpty() ? "" : " (" + String.join(", ", bridged) + ")");
    }

}
