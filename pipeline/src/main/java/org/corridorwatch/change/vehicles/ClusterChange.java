package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the vehicle clusters of two dates of the same place (positions in the same metric
 * frame, e.g. the tile's UTM grid). An after-date cluster that matches a before-date cluster
 * (centroids within {@link ClusterChangeParameters#matchDistanceM()}, or most members near a
 * before-date member) is PERSISTENT —
 * a truck park, market or checkpoint, not evidence. An unmatched one is NEW and is classed as a
 * wreck line (mostly dark), a queue (mostly bright, long and straight) or other.
 *
 * <p>The scan passes after-date objects that are already new at object level ({@link StaticObjects}:
 * trees, roofs and unmoved vehicles removed), so matching here only catches vehicles arriving at a place
 * where vehicles stood (a park's turnover). A mostly dark cluster is therefore never matched: dark
 * objects that were not there before are burnt vehicles, whatever stood nearby (a dark tree 20 m from
 * the road must not turn the wreck line beside it into a "truck park").
 *
 * <pre>
 *   ClusterChange.Result r = ClusterChange.compare(before, after, ClusterChangeParameters.DEFAULT);
 * </pre>
 */
public final class ClusterChange {

    /** What an after-date cluster is. */
    public enum Kind {
        /** Present before as well: not evidence. */
        PERSISTENT,
        /** New, mostly dark members: burnt vehicles. */
        NEW_WRECK_LINE,
        /** New, mostly bright, long and straight: stranded vehicles (disruption). */
        NEW_QUEUE,
        /** New, neither of the above. */
        NEW_OTHER;

        public boolean isNew() {
            return this != PERSISTENT;
        }
    }

    /**
     * One after-date cluster and its verdict.
     *
     * @param after          the cluster
     * @param kind           the verdict
     * @param matchedBefore  the before-date cluster it matched (null when new)
     * @param matchDistanceM centroid distance to that cluster, metres (NaN when new)
     */
    public record Match(VehicleCluster after, Kind kind, VehicleCluster matchedBefore, double matchDistanceM) {
    }

    /**
     * @param after    a verdict for every after-date cluster, in the order given
     * @param vanished before-date clusters matched by no after-date cluster
     */
    public record Result(List<Match> after, List<VehicleCluster> vanished) {
        public Result {
            after = List.copyOf(after);
            vanished = List.copyOf(vanished);
        }

        /** The after-date clusters of one kind. */
        public List<Match> ofKind(Kind kind) {
            return after.stream().filter(m -> m.kind() == kind).toList();
        }
    }

    private ClusterChange() {
    }

    public static Result compare(List<VehicleCluster> before, List<VehicleCluster> after,
                                 ClusterChangeParameters p) {
        List<Match> matches = new ArrayList<>();
        boolean[] used = new boolean[before.size()];
        for (VehicleCluster a : after) {
            if (a.wreckFraction() >= p.minWreckFraction()) {
                matches.add(new Match(a, Kind.NEW_WRECK_LINE, null, Double.NaN));
                continue;
            }
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int i = 0; i < before.size(); i++) {
                VehicleCluster b = before.get(i);
                double d = Math.hypot(a.centroidX() - b.centroidX(), a.centroidY() - b.centroidY());
                if ((d <= p.matchDistanceM() || sharedFraction(a, b, p.matchDistanceM()) >= p.minSharedFraction()) && d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matches.add(new Match(a, Kind.PERSISTENT, before.get(best), bestDistance));
            } else {
                matches.add(new Match(a, kindOfNew(a, p), null, Double.NaN));
            }
        }
        List<VehicleCluster> vanished = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!used[i]) {
                vanished.add(before.get(i));
            }
        }
        return new Result(matches, vanished);
    }

    static Kind kindOfNew(VehicleCluster c, ClusterChangeParameters p) {
        if (c.wreckFraction() >= p.minWreckFraction()) {
            return Kind.NEW_WRECK_LINE;
        }
        if (c.lengthM() >= p.minQueueLengthM() && c.straightness() >= p.minQueueStraightness()) {
            return Kind.NEW_QUEUE;
        }
        return Kind.NEW_OTHER;
    }

    /** Share of a's members with a member of b within the distance. */
    static double sharedFraction(VehicleCluster a, VehicleCluster b, double distance) {
        int shared = 0;
        for (PlacedVehicle u : a.members()) {
            for (PlacedVehicle v : b.members()) {
                if (Math.hypot(u.x() - v.x(), u.y() - v.y()) <= distance) {
                    shared++;
                    break;
                }
            }
        }
        return a.members().isEmpty() ? 0 : (double) shared / a.members().size();
    }
}
