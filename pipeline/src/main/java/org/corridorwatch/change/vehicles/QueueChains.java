package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Queues of stopped trucks found as chains along the road rather than as clusters. At 3 m a queue two trucks
 * abreast is a nearly continuous bright strip on the asphalt: the detector returns a few of its trucks as bright
 * objects and the gaps between them as dark ones, and clusters of it are broken by gaps, mostly dark (so classed as
 * wreck lines) or matched to vehicles that stood beside the road before. Here every new object on the road is put
 * in order along it; a piece runs on while the next object is at most {@code maxGapM} further; it is cut down to
 * the stretch between its first and last truck: a truck-bright member (bright by at least {@code minBrightContrast}
 * of luminance: a truck on asphalt, not a bump of the char) or a dark truck (dark by at least
 * {@code minDarkContrast}: at 3 m the wrecks found on char are 0.004-0.047 darker than the char, the dark members of
 * a queue 0.03-0.09, tune seeds 5405-5412). Pieces whose end trucks are at most {@code joinGapM}
 * apart are joined (at 3 m the trucks of a two-abreast queue merge into strips the detector rejects and leave holes of
 * 120-140 m, tune seeds 5409, 5413, 5427); the result is a queue when it has at least {@code minTrucks} trucks, of
 * them at least {@code minBright} truck-bright, over at least {@code minLengthM} (tune seed 5413's queue shows 3
 * truck-bright members and 20 dark trucks). Dark members never make a queue on their own: a line of wrecks, or a
 * dark road edge, has no bright members. On pixels of {@code denseMaxGsdM} or finer, where trucks are seen one by one,
 * a run of at least {@code denseTrucks} truck-bright members at most {@code denseMaxSpacingM} apart on average (nose
 * to tail: stopped, not moving traffic) is a queue however short ({@link Queue#dense}): at 0.5 m a queue cut by the
 * scene's edge 120-180 m from an attack shows 6-9 truck-bright members over 72-123 m (high-res tune seeds 5414, 5419).
 *
 * <pre>
 *   List&lt;VehicleCluster&gt; queues = QueueChains.find(newObjects, frame, QueueChains.Parameters.DEFAULTS, 3.0);
 * </pre>
 */
public final class QueueChains {

    /**
     * @param maxGapM           largest distance along the road between consecutive members of a chain, m
     * @param maxOffsetM        objects further than this from the road line are not on the road, m
     * @param minBright         fewest truck-bright members of a queue (a line of dark objects alone is none)
     * @param minBrightContrast a truck-bright member's top-hat response, luminance units (reflectance)
     * @param minLengthM        shortest queue, m (first to last truck member along the road)
     * @param sceneEdgeM        a queue with a member this close to the scene's edge runs off the scene: it is longer
     *                          than what is seen, m
     * @param offSceneFullM     the length at which such a queue's term is full (instead of {@code sites.vehicles.queue_full_m}), m
     * @param minDarkContrast   a dark member this dark (black top-hat response, reflectance) is a dark truck: it marks the
     *                          queue's ends and counts towards {@code minTrucks} like a truck-bright one
     * @param joinGapM          pieces of a queue (each cut to its trucks) are joined across gaps between their end trucks
     *                          up to this, m (&ge; {@code maxGapM})
     * @param minTrucks         fewest trucks of a queue: truck-bright members and dark trucks
     * @param darkTrucksAboveGsdM dark trucks are counted only on pixels coarser than this, m: at 3 m a truck and the gap
     *                          behind it merge and either may come out dark; at 0.5 m a truck shows its bright roof, and
     *                          the dark objects are wrecks and shadows (high-res tune seed 5401: two shadows 0.11 dark
     *                          and four bright objects along a wreck line made it a queue)
     * @param denseTrucks       fewest truck-bright members of a dense queue
     * @param denseMaxSpacingM  largest mean distance along the road between consecutive truck-bright members of a dense
     *                          queue, m (trucks stopped nose to tail stand 17-23 m apart)
     * @param denseMaxGsdM      dense queues are recognised only on pixels this fine or finer, m (at 3 m trucks nose to
     *                          tail merge and are not seen one by one)
     */
    public record Parameters(double maxGapM, double maxOffsetM, int minBright, double minBrightContrast,
                             double minLengthM, double sceneEdgeM, double offSceneFullM, double minDarkContrast,
                             double joinGapM, int minTrucks, double darkTrucksAboveGsdM, int denseTrucks,
                             double denseMaxSpacingM, double denseMaxGsdM) {
        public static final Parameters DEFAULTS = new Parameters(100, 15, 2, 0.035, 150, 150, 240, 0.05, 150, 5, 1.5,
                6, 25, 1.5);

        public Parameters {
            if (!(maxGapM > 0 && maxOffsetM > 0 && minBright >= 1 && minBrightContrast >= 0 && minLengthM >= 0)) {
                throw new IllegalArgumentException("queue_chains: need max_gap_m > 0, max_offset_m > 0, min_bright >= 1, "
                        + "min_bright_contrast >= 0, min_length_m >= 0: " + maxGapM + ", " + maxOffsetM + ", " + minBright
                        + ", " + minBrightContrast + ", " + minLengthM);
            }
            if (!(minDarkContrast > 0 && joinGapM >= maxGapM && minTrucks >= Math.max(2, minBright) && darkTrucksAboveGsdM >= 0)) {
                throw new IllegalArgumentException("queue_chains: need min_dark_contrast > 0, join_gap_m >= max_gap_m and "
                        + "min_trucks >= max(2, min_bright), dark_trucks_above_gsd_m >= 0: " + minDarkContrast + ", " + joinGapM
                        + ", " + minTrucks + ", " + darkTrucksAboveGsdM);
            }
            if (!(denseTrucks >= 2 && denseMaxSpacingM > 0 && denseMaxGsdM >= 0)) {
                throw new IllegalArgumentException("queue_chains: need dense_trucks >= 2, dense_max_spacing_m > 0 and "
                        + "dense_max_gsd_m >= 0: " + denseTrucks + ", " + denseMaxSpacingM + ", " + denseMaxGsdM);
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

    /**
     * How much longer a queue that runs off the scene is to the scene's edge: from each end member whose distance to
     * the edge along the queue's axis (outward) is at most {@code sceneEdgeM}, that distance, summed over both ends. At 1.3 km high-res scenes the trucks at a cut queue's tail are often
     * not found, and the chain ends 70-135 m before the edge (tune seeds 5400, 5405): the queue is measured to the
     * edge instead. 0 for a queue that does not run off the scene.
     */
    public static double toEdgeM(VehicleCluster queue, double x0, double y0, double x1, double y1, Parameters p) {
        double a = Math.toRadians(queue.orientationDeg());
        double ux = Math.sin(a);
        double uy = Math.cos(a);
        PlacedVehicle lo = null;
        PlacedVehicle hi = null;
        for (PlacedVehicle v : queue.members()) {
            double s = v.x() * ux + v.y() * uy;
            lo = lo == null || s < lo.x() * ux + lo.y() * uy ? v : lo;
            hi = hi == null || s > hi.x() * ux + hi.y() * uy ? v : hi;
        }
        double out = 0;
        for (int end = 0; end < 2 && lo != null; end++) {
            PlacedVehicle v = end == 0 ? lo : hi;
            double sign = end == 0 ? -1 : 1;
            double ray = rayToBox(v.x(), v.y(), sign * ux, sign * uy, x0, y0, x1, y1);
            if (ray <= p.sceneEdgeM() && (end == 0 || hi != lo)) {
                out += ray;
            }
        }
        return out;
    }

    /** Distance from a point inside a box along a unit direction to the box's boundary. */
    static double rayToBox(double x, double y, double dx, double dy, double x0, double y0, double x1, double y1) {
        double t = Double.POSITIVE_INFINITY;
        if (dx > 1e-12) {
            t = Math.min(t, (x1 - x) / dx);
        } else if (dx < -1e-12) {
            t = Math.min(t, (x0 - x) / dx);
        }
        if (dy > 1e-12) {
            t = Math.min(t, (y1 - y) / dy);
        } else if (dy < -1e-12) {
            t = Math.min(t, (y0 - y) / dy);
        }
        return Math.max(0, t);
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
     * @param gsdM    pixel size of the imagery, m (dark trucks count above {@code darkTrucksAboveGsdM})
     * @return one cluster per queue (members: the chain between its first and last truck member), longest first
     */
    public static List<VehicleCluster> find(List<PlacedVehicle> objects, RoadFrame frame, Parameters p, double gsdM) {
        return findQueues(objects, frame, p, gsdM).stream().map(Queue::chain).toList();
    }

    /**
     * A queue and the gaps along the road it was joined across.
     *
     * @param chain       its members, from its first to its last truck member
     * @param joinedGapsM the gaps between pieces (last truck of one, first truck of the next) longer than
     *                    {@code maxGapM} and at most {@code joinGapM} that it was joined across, metres, in order along
     *                    the road (empty: one piece)
     * @param dense       a dense queue: at least {@code denseTrucks} truck-bright members at most {@code denseMaxSpacingM}
     *                    apart on average, on pixels of {@code denseMaxGsdM} or finer (a queue whatever its length)
     */
    public record Queue(VehicleCluster chain, List<Double> joinedGapsM, boolean dense) {
        public Queue {
            joinedGapsM = List.copyOf(joinedGapsM);
        }
    }

    /** As {@link #find}, with the gaps each queue was joined across. */
    public static List<Queue> findQueues(List<PlacedVehicle> objects, RoadFrame frame, Parameters p, double gsdM) {
        boolean darkTrucks = gsdM > p.darkTrucksAboveGsdM();
        List<Along> onRoad = new ArrayList<>();
        for (PlacedVehicle v : objects) {
            double[] sa = frame.alongAcross(v.x(), v.y());
            if (sa != null && Math.abs(sa[1]) <= p.maxOffsetM()) {
                onRoad.add(new Along(sa[0], v));
            }
        }
        onRoad.sort(Comparator.comparingDouble(Along::s));
        // pieces: runs of objects at most maxGapM apart, each cut to its first and last truck member
        List<List<Along>> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= onRoad.size(); i++) {
            if (i < onRoad.size() && onRoad.get(i).s() - onRoad.get(i - 1).s() <= p.maxGapM()) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int k = start; k < i; k++) {
                if (truck(onRoad.get(k).v(), p, darkTrucks)) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            if (first >= 0) {
                pieces.add(onRoad.subList(first, last + 1));
            }
            start = i;
        }
        // pieces joined across gaps up to joinGapM between their end trucks
        List<Queue> out = new ArrayList<>();
        List<Along> run = new ArrayList<>();
        List<Double> joined = new ArrayList<>();
        for (int k = 0; k <= pieces.size(); k++) {
            if (k < pieces.size() && !run.isEmpty()) {
                double gap = pieces.get(k).get(0).s() - run.get(run.size() - 1).s();
                if (gap <= p.joinGapM()) {
                    joined.add(gap);
                    run.addAll(pieces.get(k));
                    continue;
                }
            }
            if (!run.isEmpty()) {
                List<Along> bright = run.stream().filter(a -> truckBright(a.v(), p)).toList();
                long trucks = run.stream().filter(a -> truck(a.v(), p, darkTrucks)).count();
                double span = run.get(run.size() - 1).s() - run.get(0).s();
                boolean dense = gsdM <= p.denseMaxGsdM() && dense(bright, p);
                if (dense || (bright.size() >= p.minBright() && trucks >= p.minTrucks() && span >= p.minLengthM())) {
                    out.add(new Queue(VehicleCluster.of(run.stream().map(Along::v).toList()), joined, dense));
                }
            }
            if (k < pieces.size()) {
                run = new ArrayList<>(pieces.get(k));
                joined = new ArrayList<>();
            }
        }
        out.sort(Comparator.comparingDouble((Queue q) -> q.chain().lengthM()).reversed());
        return out;
    }

    private record Along(double s, PlacedVehicle v) {
    }

    /**
     * At least {@code denseTrucks} truck-bright members ({@code bright}, in order along the road), at most
     * {@code denseMaxSpacingM} apart on average (from the first to the last of them).
     */
    private static boolean dense(List<Along> bright, Parameters p) {
        return bright.size() >= p.denseTrucks()
                && (bright.get(bright.size() - 1).s() - bright.get(0).s()) / (bright.size() - 1) <= p.denseMaxSpacingM();
    }

    /**
     * A member that marks a queue's truck: truck-bright, or (with {@code darkTrucks}) a dark truck, dark by at least
     * {@code minDarkContrast}.
     */
    static boolean truck(PlacedVehicle v, Parameters p, boolean darkTrucks) {
        return truckBright(v, p)
                || (darkTrucks && v.object().polarity() == Polarity.DARK && v.object().contrast() >= p.minDarkContrast());
    }

    /** A truck-bright member: bright by at least {@code minBrightContrast} (a truck on asphalt). */
    public static boolean truckBright(PlacedVehicle v, Parameters p) {
        return v.object().polarity() == Polarity.BRIGHT && v.object().contrast() >= p.minBrightContrast();
    }
}
