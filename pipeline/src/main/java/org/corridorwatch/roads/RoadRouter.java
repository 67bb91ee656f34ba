package org.corridorwatch.roads;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.locationtech.jts.geom.Coordinate;

/**
 * Routes a corridor through its waypoints over a {@link WayGraph}: each waypoint snaps to the graph (or is skipped
 * when no way is within {@code snap_m}), consecutive snapped waypoints are joined by the shortest path, and a leg
 * with no path at all becomes one gap. Out-and-back spurs (a waypoint snapped to a side way) are cut. Pure.
 */
final class RoadRouter {
    /**
     * One vertex of the route and how it was reached from the previous one.
     *
     * @param at   the vertex
     * @param kind how the step into it counts ({@code null} for the first vertex)
     * @param way  the way it followed ({@code null} for a gap or the first vertex)
     */
    record Step(Coordinate at, WayClass kind, RoadWay way) {
    }

    /**
     * The route and which waypoints it starts and ends at.
     *
     * @param steps         vertices in travel order; empty when fewer than two waypoints snapped
     * @param firstWaypoint index of the first snapped waypoint (-1 if none)
     * @param lastWaypoint  index of the last snapped waypoint (-1 if none)
     * @param skipped       indices of waypoints with no way within snap_m
     */
    record Route(List<Step> steps, int firstWaypoint, int lastWaypoint, List<Integer> skipped) {
    }

    private RoadRouter() {
    }

    static Route route(WayGraph g, List<Coordinate> waypoints, double snapM) {
        List<Integer> snapped = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < waypoints.size(); i++) {
            int v = g.snap(waypoints.get(i), snapM);
            if (v < 0) {
                skipped.add(i);
            } else {
                snapped.add(i);
                at.add(v);
            }
        }
        if (snapped.size() < 2) {
            return new Route(List.of(), snapped.isEmpty() ? -1 : snapped.get(0), snapped.isEmpty() ? -1 : snapped.get(0), skipped);
        }
        DijkstraShortestPath<Integer, WayGraph.Edge> dijkstra = new DijkstraShortestPath<>(g.graph());
        List<Integer> nodes = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        push(nodes, steps, at.get(0), new Step(g.coordinate(at.get(0)), null, null));
        for (int k = 1; k < at.size(); k++) {
            int from = at.get(k - 1);
            int to = at.get(k);
            if (from == to) {
                continue;
            }
            GraphPath<Integer, WayGraph.Edge> path = dijkstra.getPath(from, to);
            if (path == null) {
                push(nodes, steps, to, new Step(g.coordinate(to), WayClass.GAP, null));
                continue;
            }
            List<Integer> vs = path.getVertexList();
            List<WayGraph.Edge> es = path.getEdgeList();
            for (int i = 1; i < vs.size(); i++) {
                WayGraph.Edge e = es.get(i - 1);
                push(nodes, steps, vs.get(i), new Step(g.coordinate(vs.get(i)), e.kind, e.way));
            }
        }
        return new Route(steps, snapped.get(0), snapped.get(snapped.size() - 1), skipped);
    }

    /** Appends a step, or steps back when it returns to the vertex before the last one (an out-and-back spur). */
    private static void push(List<Integer> nodes, List<Step> steps, int node, Step step) {
        int n = nodes.size();
        if (n >= 2 && nodes.get(n - 2) == node) {
            nodes.remove(n - 1);
            steps.remove(n - 1);
            return;
        }
        nodes.add(node);
        steps.add(step);
    }
}
