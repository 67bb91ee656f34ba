package org.corridorwatch.sites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridorwatch.change.vehicles.ClusterChange;
import org.corridorwatch.change.vehicles.LineCount;
import org.corridorwatch.change.vehicles.PlacedVehicle;
import org.corridorwatch.change.vehicles.QueueChains;
import org.corridorwatch.change.vehicles.VehicleCluster;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Reproject;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.SiteFeatures;

/**
 * New queues of intact vehicles become candidates of their own (pattern {@code queue}: a disruption,
 * such as trucks stranded behind an attack or a blocked road), whether or not a burn scar is beside them. Their score
 * is {@code weights.queue × queue term}, the term rising with the queue's length, so a long queue can be
 * flagged but ranks below a burn scar with a wreck line. Its vehicles are the bright (intact) members;
 * the dark members of a queue are the gaps and shadows between trucks, not wrecks, so its
 * {@code wreck_count} is 0 (as in {@link VehicleTerm}).
 */
public final class QueueCandidates {
    private static final GeometryFactory GF = new GeometryFactory();

    private QueueCandidates() {
    }

    /**
     * @param clusters  after-date clusters with verdicts, members in the scene CRS (metres)
     * @param burnSites the burn candidates (a queue beside one says so in its reasons)
     */
    public static List<Candidate> of(List<ClusterChange.Match> clusters, List<Candidate> burnSites, Projection sceneCrs,
                                     SiteDescriber describer, SiteParameters p) {
        return of(clusters, burnSites, sceneCrs, describer, p, 0, null, QueueChains.Parameters.DEFAULTS, Map.of());
    }

    /**
     * @param gsdM pixel size, m: on pixels coarser than {@code count_by_length_above_gsd_m} trucks nose to tail merge
     *             and are missed, so a queue's vehicles are counted by its length as well ({@link LineCount}, at
     *             {@code wreck_pitch_m}); 0 = count the bright objects
     * @param scene the scene's rectangle in the scene CRS {x0, y0, x1, y1} (null: unknown): a queue reaching its edge
     *              ({@link QueueChains#runsOffScene}) is measured to the edge ({@link QueueChains#toEdgeM}), its term full at
     *              {@code off_scene_full_m},
     *              and its reasons say that it runs off the scene
     * @param chains    each queue as {@link QueueChains} found it: the gaps along the road it was joined across
     *                  ({@link QueueChains.Queue#joinedGapsM}), and whether it is dense ({@link QueueChains.Queue#dense}:
     *                  trucks seen one by one, nose to tail; its term is full whatever its length); a queue missing
     *                  from it was found whole and not dense
     */
    public static List<Candidate> of(List<ClusterChange.Match> clusters, List<Candidate> burnSites, Projection sceneCrs,
                                     SiteDescriber describer, SiteParameters p, double gsdM, double[] scene,
                                     QueueChains.Parameters q, Map<VehicleCluster, QueueChains.Queue> chains) {
        List<Geometry> sites = burnSites.stream().map(c -> Reproject.apply(c.outlineWgs84(), sceneCrs::forward)).toList();
        double weight = p.weights().getOrDefault("queue", 0.0);
        List<Candidate> out = new ArrayList<>();
        for (ClusterChange.Match m : clusters) {
            if (m.kind() != ClusterChange.Kind.NEW_QUEUE) {
                continue;
            }
            boolean besideScar = sites.stream().anyMatch(s -> VehicleTerm.distance(m, s) <= p.vehicles().siteDistanceM());
            boolean offScene = scene != null && QueueChains.runsOffScene(m.after(), scene[0], scene[1], scene[2], scene[3], q);
            // a queue that runs off the scene is measured to the edge: its trucks nearest the edge are often not found
            double toEdge = offScene ? QueueChains.toEdgeM(m.after(), scene[0], scene[1], scene[2], scene[3], q) : 0;
            double length = m.after().lengthM() + toEdge;
            QueueChains.Queue chain = chains.get(m.after());
            boolean dense = chain != null && chain.dense();
            double value = value(length, offScene, dense, p.vehicles(), q);
            Geometry outlineScene = hull(m).buffer(10, 4);
            Geometry outline = Reproject.apply(outlineScene, sceneCrs::inverse);
            double[] ll = sceneCrs.inverse(m.after().centroidX(), m.after().centroidY());
            SiteDescriber.Where where = describer.locate(ll[0], ll[1]);
            String corridor = where.location().map(l -> l.corridorId()).orElse("");
            List<PlacedVehicle> bright = m.after().members().stream().filter(v -> !v.object().isWreckCandidate()).toList();
            int vehicles = LineCount.vehicles(bright, p.vehicles().wreckPitchM(), gsdM > p.vehicles().countByLengthAboveGsdM());
            List<Double> joined = chain == null ? List.of() : chain.joinedGapsM();
            List<String> reasons = new ArrayList<>(List.of(String.format(Locale.ROOT,
                    "new queue of %d intact vehicles over %.0f m (straightness %.2f)%s",
                    vehicles, length, m.after().straightness(),
                    offScene ? String.format(Locale.ROOT, "; it runs off the scene: measured to the edge (%.0f m past the last "
                            + "truck found), longer than seen", toEdge) : "")));
            if (dense) {
                long trucks = m.after().members().stream().filter(v -> QueueChains.truckBright(v, q)).count();
                reasons.add(String.format(Locale.ROOT, "dense: %d trucks seen one by one, nose to tail: stopped traffic, "
                        + "a queue however short", trucks));
            }
            if (!joined.isEmpty()) {
                reasons.add("joined across " + gapsInWords(joined) + " without trucks found: runs of trucks the detector missed");
            }
            reasons.add(besideScar ? "it starts at a burn scar: traffic stranded behind an attack?" : "no burn scar beside it");
            reasons.add("possible disruption: stranded or blocked traffic");
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("vehicle_count", vehicles);
            details.put("wreck_count", 0);
            details.put("queue_length_m", Math.round(length));
            details.put("queue_runs_off_scene", offScene);
            details.put("queue_joined_gaps", joined.isEmpty() ? null : gapsInWords(joined));
            // a queue has no burn region: its burn measures are not measured (NaN → null in the outputs), not 0
            SiteFeatures f = new SiteFeatures(outlineScene.getArea(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    m.after().orientationDeg(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
            out.add(new Candidate(CandidateRanker.id(corridor, ll[0], ll[1]), 0, weight * value, false, "queue", corridor,
                    where.location().map(l -> l.chainageKm()).orElse(Double.NaN),
                    where.location().map(l -> l.offsetM()).orElse(Double.NaN), where.label(), ll[0], ll[1], outline, f,
                    Map.of("queue", value), reasons, "", details));
        }
        return out;
    }

    /**
     * The queue term of a queue {@code lengthM} long: 0 at {@code queue_min_m}, 1 at {@code queue_full_m} (at
     * {@code off_scene_full_m} when it runs off the scene). The length measured runs between the first and last
     * truck-bright member, which at 3 m falls short of the queue: queues of 530-740 m were measured 220-710 m long on the
     * tune seeds (docs/vehicles.md), hence {@code queue_full_m} 350.
     */
    static double term(double lengthM, boolean offScene, SiteParameters.Vehicles v, QueueChains.Parameters q) {
        double full = offScene ? Math.min(q.offSceneFullM(), v.queueFullM()) : v.queueFullM();
        return BurnTerm.ramp(lengthM, v.queueMinM(), Math.max(full, v.queueMinM() + 1));
    }

    /** The queue term of a queue: full when it is dense ({@link QueueChains.Queue#dense}), else {@link #term}. */
    static double value(double lengthM, boolean offScene, boolean dense, SiteParameters.Vehicles v, QueueChains.Parameters q) {
        return dense ? 1.0 : term(lengthM, offScene, v, q);
    }

    /** "a gap of 127 m", "gaps of 122 m and 141 m". */
    static String gapsInWords(List<Double> gapsM) {
        List<String> g = gapsM.stream().map(x -> String.format(Locale.ROOT, "%.0f m", x)).toList();
        return g.size() == 1 ? "a gap of " + g.get(0)
                : "gaps of " + String.join(", ", g.subList(0, g.size() - 1)) + " and " + g.get(g.size() - 1);
    }

    private static Geometry hull(ClusterChange.Match m) {
        List<Coordinate> pts = new ArrayList<>();
        for (PlacedVehicle v : m.after().members()) {
            pts.add(new Coordinate(v.x(), v.y()));
        }
        return GF.createMultiPointFromCoords(pts.toArray(Coordinate[]::new)).convexHull();
    }
}
