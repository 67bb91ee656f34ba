package org.corridorwatch.roads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridorwatch.geo.Geodesic;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The road data of one corridor as a weighted graph: every vertex of a usable way is a node (ways sharing a vertex
 * share the node: OSM junctions, roundabouts, ways split at a junction), consecutive vertices are joined by an edge
 * costing its geodesic length times its {@link WayClass}'s factor. Dead ends are then joined to the nearest node of
 * every other piece within {@code max_gap_m} by a {@link WayClass#GAP} edge. Pure: values in, a graph out.
 */
final class WayGraph {
    /** An edge: how it counts and the way it came from (none for a gap). */
    static final class Edge extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        WayClass kind;
        RoadWay way;
    }

    private final SimpleWeightedGraph<Integer, Edge> graph = new SimpleWeightedGraph<>(Edge.class);
    private final List<Coordinate> nodes = new ArrayList<>();
    private final Map<Long, Integer> index = new HashMap<>();
    private final STRtree all = new STRtree();
    private final STRtree byRef = new STRtree();

    private WayGraph() {
    }

    /** The graph of {@code ways} as {@code classifier} counts them, with gap edges. */
    static WayGraph of(List<RoadWay> ways, WayClass.Classifier classifier, RoadsParameters p) {
        WayGraph g = new WayGraph();
        for (RoadWay w : ways) {
            WayClass kind = classifier.of(w);
            if (kind != WayClass.EXCLUDED) {
                g.addWay(w, kind, kind == WayClass.CLASS ? p.classPenalty() : 1);
            }
        }
        for (int v : g.graph.vertexSet()) {
            Coordinate c = g.nodes.get(v);
            g.all.insert(new Envelope(c), v);
            if (g.graph.edgesOf(v).stream().anyMatch(e -> e.kind == WayClass.REF)) {
                g.byRef.insert(new Envelope(c), v);
            }
        }
        if (p.maxGapM() > 0) {
            g.addGaps(p);
        }
        return g;
    }

    private void addWay(RoadWay w, WayClass kind, double factor) {
        Coordinate[] cs = w.lineWgs84().getCoordinates();
        int prev = node(cs[0]);
        for (int i = 1; i < cs.length; i++) {
            int next = node(cs[i]);
            if (next != prev) {
                addEdge(prev, next, kind, w, factor * metres(nodes.get(prev), nodes.get(next)));
            }
            prev = next;
        }
    }

    private void addEdge(int a, int b, WayClass kind, RoadWay way, double weight) {
        Edge e = graph.getEdge(a, b);
        if (e == null) {
            e = graph.addEdge(a, b);
        } else if (graph.getEdgeWeight(e) <= weight) {
            return;
        }
        e.kind = kind;
        e.way = way;
        graph.setEdgeWeight(e, weight);
    }

    private int node(Coordinate c) {
        long key = (Math.round(c.x * 1e7) << 32) ^ (Math.round(c.y * 1e7) & 0xffffffffL);
        return index.computeIfAbsent(key, k -> {
            nodes.add(new Coordinate(c.x, c.y));
            graph.addVertex(nodes.size() - 1);
            return nodes.size() - 1;
        });
    }

    private void addGaps(RoadsParameters p) {
        ConnectivityInspector<Integer, Edge> pieces = new ConnectivityInspector<>(graph);
        List<int[]> gaps = new ArrayList<>();
        for (int d : graph.vertexSet()) {
            if (graph.degreeOf(d) != 1) {
                continue;
            }
            Set<Integer> own = pieces.connectedSetOf(d);
            Map<Set<Integer>, Integer> nearest = new IdentityHashMap<>();
            Map<Set<Integer>, Double> nearestM = new IdentityHashMap<>();
            for (Object o : all.query(around(nodes.get(d), p.maxGapM()))) {
                int v = (Integer) o;
                if (own.contains(v)) {
                    continue;
                }
                double m = quickMetres(nodes.get(d), nodes.get(v));
                Set<Integer> piece = pieces.connectedSetOf(v);
                if (m <= p.maxGapM() && m < nearestM.getOrDefault(piece, Double.POSITIVE_INFINITY)) {
                    nearest.put(piece, v);
                    nearestM.put(piece, m);
                }
            }
            nearest.values().forEach(v -> gaps.add(new int[] {d, v}));
        }
        for (int[] gap : gaps) {
            addEdge(gap[0], gap[1], WayClass.GAP, null, p.gapPenalty() * metres(nodes.get(gap[0]), nodes.get(gap[1])));
        }
    }

    /** The node nearest {@code c} within {@code maxM}, preferring nodes on ways with the corridor's ref; -1 if none. */
    int snap(Coordinate c, double maxM) {
        int v = nearest(byRef, c, maxM);
        return v >= 0 ? v : nearest(all, c, maxM);
    }

    private int nearest(STRtree tree, Coordinate c, double maxM) {
        int best = -1;
        double bestM = maxM;
        for (Object o : tree.query(around(c, maxM))) {
            int v = (Integer) o;
            double m = quickMetres(c, nodes.get(v));
            if (m <= bestM) {
                best = v;
                bestM = m;
            }
        }
        return best;
    }

    SimpleWeightedGraph<Integer, Edge> graph() {
        return graph;
    }

    Coordinate coordinate(int node) {
        return nodes.get(node);
    }

    int size() {
        return nodes.size();
    }

    static double metres(Coordinate a, Coordinate b) {
        return Geodesic.distanceM(a.x, a.y, b.x, b.y);
    }

    /** Metres in a local equirectangular frame: cheap, within 0.5 % of geodesic at these distances (search only). */
    static double quickMetres(Coordinate a, Coordinate b) {
        double dx = (b.x - a.x) * 111_320 * Math.cos(Math.toRadians((a.y + b.y) / 2));
        double dy = (b.y - a.y) * 110_574;
        return Math.hypot(dx, dy);
    }

    private static Envelope around(Coordinate c, double metres) {
        double dLat = metres / 110_000.0;
        double dLon = metres / (110_000.0 * Math.max(0.1, Math.cos(Math.toRadians(c.y))));
        return new Envelope(c.x - dLon, c.x + dLon, c.y - dLat, c.y + dLat);
    }
}
