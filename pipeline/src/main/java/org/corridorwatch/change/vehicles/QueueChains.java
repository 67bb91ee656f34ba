package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Queues of stopped trucks found as chains along the road rather than as clusters. At 3 m a queue two trucks
 * abreast is a nearly continuous bright strip on the asphalt: the detector returns a few of its trucks as bright
 * objects and the gaps between them as dark ones, and clusters of it are broken by gaps, mostly dark (so classed as
 * wreck lines) or matched to vehicles that stood beside the road before. Here every new object on the road is put
 * in order along it; a chain runs on while the next object is at most {@code maxGapM} further; it is cut down to
 * the stretch between its first and last truck-bright member (bright by at least {@code minBrightContrast} of
 * luminance: a truck on asphalt, not a bump of the char), and it is a queue when it has at least
 * {@code minBright} such members over at least {@code minLengthM}. Dark members are kept (they are the gaps of the
 * queue) but never make a queue on their own: a line of wrecks, or a dark road edge, has no bright members.
 *
 * <pre>
 *   List&lt;VehicleCluster&gt; queues = QueueChains.find(newObjects, frame, QueueChains.Parameters.DEFAULTS);
 * </pre>
 */
public final class QueueChains {

    /**
     * @param maxGapM           largest distance along the road between consecutive members of a chain, m
     * @param maxOffsetM        objects further than this from the road line are not on the road, m
     * @param minBright         fewest truck-bright members of a queue
     * @param minBrightContrast a truck-bright member's top-hat response, luminance units (reflectance)
     * @param minLengthM        shortest queue, m (first to last truck-bright member along the road)
     * @param sceneEdgeM        a queue with a member this close to the scene's edge runs off the scene: it is longer
     *                          than what is seen, m
     * @param offSceneFullM     the length at which such a queue's term is full (instead of {@code sites.vehicles.queue_full_m}), m
     */
    public record Parameters(double maxGapM, double maxOffsetM, int minBright, double minBrightContrast,
                             double minLengthM, double sceneEdgeM, double offSceneFullM) {
        public static final Parameters DEFAULTS = new Parameters(100, 15, 5, 0.035, 150, 150, 240);

        public Parameters {
            if (!(maxGapM > 0 && maxOffsetM > 0 && minBright >= 2 && minBrightContrast >= 0 && minLengthM >= 0)) {
                throw new IllegalArgumentException("queue_chains: need max_gap_m > 0, max_offset_m > 0, min_bright >= 2, "
                        + "min_bright_contrast >= 0, min_length_m >= 0: " + maxGapM + ", " + maxOffsetM + ", " + minBright
                        + ", " + minBrightContrast + ", " + minLengthM);
            }
            if (!(sceneEdgeM >= 0 && offSceneFullM > 0)) {
                throw new IllegalArgumentException("queue_chains: need scene_edge_m >= 0 and off_scene_full_m > 0: "
                        + sceneEdgeM + ", " + offSceneFullM);
            }
        }
    }

    /**
     * True when a queue runs off the scene: one of its members stands within {@code sceneEdgeM} of the scene's edge
     * (the rectangle {@code x0..x1, y0..y1} of the scene, same plane). Its length is then a lower bound.
     */
    public static boolean runsOffScene(VehicleCluster queue, double x0, double y0, double x1, double y1, Parameters p) {
        for (PlacedVehicle v : queue.members()) {
            double d = Math.min(Math.min(v.x() - x0, x1 - v.x()), Math.min(v.y() - y0, y1 - v.y()));
            if (d <= p.sceneEdgeM()) {
                return true;
            }
        }
        return false;
    }

    /** Where a point is along the road: {along, across} in metres, or null when no road is near it. */
    @FunctionalInterface
    public interface RoadFrame {
        double[] alongAcross(double x, double y);
    }

    private QueueChains() {
    }

    /**
     * @param objects new after-date objects of both polarities, in a metric plane
     * @param frame   the road's frame in the same plane
     * @return one cluster per queue (members: the chain between its first and last truck-bright member), longest
     *         first
     */
    public static List<VehicleCluster> find(List<PlacedVehicle> objects, RoadFrame frame, Parameters p) {
        record Along(double s, PlacedVehicle v) {
        }
        List<Along> onRoad = new ArrayList<>();
        for (PlacedVehicle v : objects) {
            double[] sa = frame.alongAcross(v.x(), v.y());
            if (sa != null && Math.abs(sa[1]) <= p.maxOffsetM()) {
                onRoad.add(new Along(sa[0], v));
            }
        }
        onRoad.sort(Comparator.comparingDouble(Along::s));
        List<VehicleCluster> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= onRoad.size(); i++) {
            if (i < onRoad.size() && onRoad.get(i).s() - onRoad.get(i - 1).s() <= p.maxGapM()) {
                continue;
            }
            // a chain [start, i): cut to its first and last truck-bright member
            int first = -1;
            int last = -1;
            int bright = 0;
            for (int k = start; k < i; k++) {
                if (truckBright(onRoad.get(k).v(), p)) {
                    first = first < 0 ? k : first;
                    last = k;
                    bright++;
                }
            }
            if (bright >= p.minBright() && onRoad.get(last).s() - onRoad.get(first).s() >= p.minLengthM()) {
                out.add(VehicleCluster.of(onRoad.subList(first, last + 1).stream().map(Along::v).toList()));
            }
            start = i;
        }
        out.sort(Comparator.comparingDouble(VehicleCluster::lengthM).reversed());
        return out;
    }

    static boolean truckBright(PlacedVehicle v, Parameters p) {
        return v.object().polarity() == Polarity.BRIGHT && v.object().contrast() >= p.minBrightContrast();
    }
}
