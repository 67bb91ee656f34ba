package org.corridorwatch.roads;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.RoadSegment;
import org.corridorwatch.model.RoadSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Turns a {@link RoadRouter.Route} into a {@link CorridorRoad}: consecutive steps of the same kind become one
 * segment (road data with its ref, by class, unattributed), gaps follow the configured line (its vertices between
 * where the gap starts and ends), and the stretches before the first and after the last snapped waypoint are the
 * configured line, so the road still runs from the corridor's origin to its end. Pure.
 */
final class RoadAssembler {
    private static final GeometryFactory GF = new GeometryFactory();

    private final LineString configured;
    private final LengthIndexedLine index;
    private final double[] vertexIndex;
    private final List<RoadSegment> segments = new ArrayList<>();

    private RoadAssembler(LineString configured) {
        this.configured = configured;
        this.index = new LengthIndexedLine(configured);
        Coordinate[] cs = configured.getCoordinates();
        vertexIndex = new double[cs.length];
        for (int i = 1; i < cs.length; i++) {
            vertexIndex[i] = vertexIndex[i - 1] + cs[i - 1].distance(cs[i]);
        }
    }

    static CorridorRoad assemble(String corridorId, LineString configured, RoadRouter.Route route, String provenance,
                                 double snapM) {
        Coordinate[] waypoints = configured.getCoordinates();
        if (route.steps().size() < 2) {
            return new CorridorRoad(corridorId, List.of(new RoadSegment(configured, RoadSource.CONFIGURED, 0, 0,
                    String.format(Locale.ROOT, "no road data within %.0f m of two of the corridor's waypoints: configured line",
                            snapM))), provenance);
        }
        RoadAssembler a = new RoadAssembler(configured);
        List<RoadRouter.Step> steps = route.steps();
        if (route.firstWaypoint() > 0) {
            CoordinateList c = new CoordinateList();
            for (int i = 0; i < route.firstWaypoint(); i++) {
                c.add(waypoints[i], false);
            }
            c.add(steps.get(0).at(), false);
            a.configuredPiece(c, "no road data near the start: configured line to the first waypoint the road data reaches");
        }
        int i = 1;
        while (i < steps.size()) {
            WayClass kind = steps.get(i).kind();
            CoordinateList c = new CoordinateList();
            c.add(steps.get(i - 1).at(), false);
            Set<RoadWay> ways = new LinkedHashSet<>();
            while (i < steps.size() && steps.get(i).kind() == kind) {
                if (kind == WayClass.GAP) {
                    c.add(a.configuredBetween(steps.get(i - 1).at(), steps.get(i).at()), false);
                } else {
                    ways.add(steps.get(i).way());
                }
                c.add(steps.get(i).at(), false);
                i++;
            }
            if (kind == WayClass.GAP) {
                a.configuredPiece(c, String.format(Locale.ROOT, "gap of %.1f km in the road data, bridged by the configured line",
                        LocalMetres.length(line(c)) / 1000));
            } else {
                a.dataPiece(c, kind, ways);
            }
        }
        if (route.lastWaypoint() < waypoints.length - 1) {
            CoordinateList c = new CoordinateList();
            c.add(steps.get(steps.size() - 1).at(), false);
            for (int k = route.lastWaypoint() + 1; k < waypoints.length; k++) {
                c.add(waypoints[k], false);
            }
            a.configuredPiece(c, "no road data near the end: configured line from the last waypoint the road data reaches");
        }
        return new CorridorRoad(corridorId, a.segments, provenance);
    }

    /** The configured line's vertices strictly between the points nearest {@code from} and {@code to}, in travel order. */
    private Coordinate[] configuredBetween(Coordinate from, Coordinate to) {
        double a = index.project(from);
        double b = index.project(to);
        List<Coordinate> out = new ArrayList<>();
        Coordinate[] cs = configured.getCoordinates();
        for (int k = 0; k < cs.length; k++) {
            if (vertexIndex[k] > Math.min(a, b) && vertexIndex[k] < Math.max(a, b)) {
                out.add(cs[k]);
            }
        }
        if (b < a) {
            java.util.Collections.reverse(out);
        }
        return out.toArray(Coordinate[]::new);
    }

    private void configuredPiece(CoordinateList c, String note) {
        if (c.size() < 2) {
            return;
        }
        LineString l = line(c);
        segments.add(new RoadSegment(l, RoadSource.CONFIGURED, 0, LocalMetres.medianOffset(l, configured), note));
    }

    private void dataPiece(CoordinateList c, WayClass kind, Set<RoadWay> ways) {
        LineString l = line(c);
        String refs = ways.stream().flatMap(w -> w.refs().stream()).distinct().collect(Collectors.joining(", "));
        String classes = ways.stream().map(RoadWay::highway).filter(h -> !h.isEmpty()).distinct()
                .collect(Collectors.joining(", "));
        String n = ways.size() + (ways.size() == 1 ? " way" : " ways");
        String note = switch (kind) {
            case REF -> "ref " + refs + (classes.isEmpty() ? "" : " (" + classes + ")") + "; " + n;
            case CLASS -> "no way with the corridor's ref: highway " + classes + "; " + n;
            default -> "lines without ref or class; " + n;
        };
        segments.add(new RoadSegment(l, RoadSource.OSM, kind.confidence(), LocalMetres.medianOffset(l, configured), note));
    }

    private static LineString line(CoordinateList c) {
        return GF.createLineString(c.toCoordinateArray());
    }
}
