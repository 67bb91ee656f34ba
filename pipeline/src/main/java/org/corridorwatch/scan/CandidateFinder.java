package org.corridorwatch.scan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corridorwatch.change.vehicles.ClusterChange;
import org.corridorwatch.change.vehicles.PlacedVehicle;
import org.corridorwatch.change.vehicles.QueueChains;
import org.corridorwatch.change.vehicles.VehicleCluster;
import org.corridorwatch.change.vehicles.VehicleClusterer;
import org.corridorwatch.change.vehicles.VehicleObject;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.firms.FirmsFile;
import org.corridorwatch.firms.files.FirmsFiles;
import org.corridorwatch.firms.HotspotIndex;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.model.TileOutcome;
import org.corridorwatch.review.DecisionMemory;
import org.corridorwatch.sites.BurnTerm;
import org.corridorwatch.sites.CandidateRanker;
import org.corridorwatch.sites.EvidenceTerm;
import org.corridorwatch.sites.FirmsMatcher;
import org.corridorwatch.sites.FirmsTerm;
import org.corridorwatch.sites.QueueCandidates;
import org.corridorwatch.sites.SiteDescriber;
import org.corridorwatch.sites.SiteMerger;
import org.corridorwatch.sites.SiteParameters;
import org.corridorwatch.sites.SiteScorer;
import org.corridorwatch.sites.VehicleTerm;
import org.locationtech.jts.geom.Envelope;

/**
 * The "sites" stage: region pieces of every tile merged into sites, vehicle objects clustered per date and
 * compared, evidence terms (burn, vehicles, FIRMS) fused into scores, sites ranked, new queues added as their own
 * candidates, and the decision store's memory applied.
 */
final class CandidateFinder {
    /** What the stage produced: ranked candidates, tile outcomes with their best scores, the review marks. */
    record Found(List<Candidate> candidates, List<TileOutcome> outcomes, ReviewMarks marks) {
    }

    private final ScanRequest request;
    private final OpenedPair in;
    private final TilePlan plan;
    private final List<FirmsFile> firms;
    private final PrintWriter log;

    /** @param firms the request's FIRMS files, already read and checked ({@link InputValidation#check}) */
    CandidateFinder(ScanRequest request, OpenedPair in, TilePlan plan, List<FirmsFile> firms, PrintWriter log) {
        this.request = request;
        this.in = in;
        this.plan = plan;
        this.firms = firms;
        this.log = log;
    }

    Found find(TilePass.Result pass) {
        ScanConfig config = request.config();
        SiteParameters sites = config.sites();
        GridGeometry grid = in.grid();
        SiteDescriber describer = new SiteDescriber(grid, plan.crs(), request.corridors().corridors(), request.places(),
                plan.pixelAreaM2(), in.swir());
        List<ClusterChange.Match> clusters = vehicleClusters(pass, grid);
        SiteScorer scorer = new SiteScorer(terms(clusters, unclustered(pass, grid, clusters)), sites.weights());
        List<Candidate> burnSites = new CandidateRanker(sites, describer, scorer, in.changeIndex())
                .rank(SiteMerger.merge(pass.pieces()));
        List<Candidate> candidates = new ArrayList<>(burnSites);
        NewQueues queues = queues(pass, grid, clusters);
        candidates.addAll(QueueCandidates.of(queues.matches(), burnSites, plan.crs(), describer, sites,
                plan.gsdM(grid), sceneRectangle(grid), config.queueChains(), queues.chains()));
        candidates = CandidateRanker.rerank(candidates, sites.reportThreshold());
        ReviewMarks marks = request.decisions() == null ? ReviewMarks.NONE
                : DecisionMemory.load(request.decisions(), candidates);
        candidates = candidates.stream().map(c -> marks.suppressedBy(c.id()) != null ? c.withRank(c.rank(), false) : c)
                .toList();
        return new Found(candidates, withBestScores(pass.outcomes(), candidates), marks);
    }

    /** True when the pixels are fine enough to see vehicles. */
    static boolean vehiclesResolved(ScanRequest request, TilePlan plan, GridGeometry grid) {
        return plan.gsdM(grid) <= request.config().sites().vehicles().maxGsdM();
    }

    /**
     * Vehicle objects of both dates placed in the scene CRS, clustered per date and compared: every
     * after-date cluster with its verdict (new wreck line, new queue, persistent...).
     */
    private List<ClusterChange.Match> vehicleClusters(TilePass.Result pass, GridGeometry grid) {
        if (pass.vehiclesAfter().isEmpty()) {
            return List.of();
        }
        ScanConfig config = request.config();
        List<VehicleCluster> before = VehicleClusterer.cluster(place(pass.vehiclesBefore(), grid), config.vehicleClusters());
        List<VehicleCluster> after = VehicleClusterer.cluster(place(pass.vehiclesAfter(), grid), config.vehicleClusters());
        ClusterChange.Result change = ClusterChange.compare(before, after, config.clusterChange());
        log.printf("vehicles: %d objects before, %d after; %d clusters after: %d new wreck lines, %d new queues, %d persistent%n",
                pass.vehiclesBefore().size(), pass.vehiclesAfter().size(), after.size(),
                change.ofKind(ClusterChange.Kind.NEW_WRECK_LINE).size(), change.ofKind(ClusterChange.Kind.NEW_QUEUE).size(),
                change.ofKind(ClusterChange.Kind.PERSISTENT).size());
        return change.after();
    }

    /**
     * New queues as matches, and each as {@link QueueChains} found it (gaps joined across, dense or not; keyed by its
     * cluster, by identity; empty for queues that are clusters).
     */
    private record NewQueues(List<ClusterChange.Match> matches, Map<VehicleCluster, QueueChains.Queue> chains) {
    }

    /**
     * New queues: chains of new objects along the corridors' roads ({@link QueueChains}); with no corridor, the
     * clusters classed as queues.
     */
    private NewQueues queues(TilePass.Result pass, GridGeometry grid, List<ClusterChange.Match> clusters) {
        List<MetricCorridor> roads = request.corridors().corridors().stream()
                .map(c -> MetricCorridor.of(c, plan.crs())).toList();
        if (roads.isEmpty() || pass.vehiclesAfter().isEmpty()) {
            return new NewQueues(clusters, Map.of());
        }
        QueueChains.RoadFrame frame = (x, y) -> {
            double[] best = null;
            for (int i = 0; i < roads.size(); i++) {
                double[] ko = roads.get(i).chainageAndOffset(x, y);
                if (best == null || Math.abs(ko[1]) < Math.abs(best[1])) {
                    best = new double[] {i * 1e9 + ko[0] * 1000, ko[1]}; // corridors apart along the line
                }
            }
            return best;
        };
        List<QueueChains.Queue> chains = QueueChains.findQueues(place(pass.vehiclesAfter(), grid), frame,
                request.config().queueChains(), plan.gsdM(grid));
        log.printf("vehicles: %d queues along the road%n", chains.size());
        Map<VehicleCluster, QueueChains.Queue> found = new IdentityHashMap<>();
        chains.forEach(q -> found.put(q.chain(), q));
        return new NewQueues(chains.stream()
                .map(q -> new ClusterChange.Match(q.chain(), ClusterChange.Kind.NEW_QUEUE, null, Double.NaN)).toList(), found);
    }

    /** The grid's rectangle in the scene CRS: {x0, y0, x1, y1}. */
    private static double[] sceneRectangle(GridGeometry g) {
        double xa = g.x(0, 0);
        double xb = g.x(g.width(), g.height());
        double ya = g.y(0, 0);
        double yb = g.y(g.width(), g.height());
        return new double[] {Math.min(xa, xb), Math.min(ya, yb), Math.max(xa, xb), Math.max(ya, yb)};
    }

    /** New after-date objects that clustering left alone (no neighbour within its radius). */
    private static List<PlacedVehicle> unclustered(TilePass.Result pass, GridGeometry grid, List<ClusterChange.Match> clusters) {
        Set<PlacedVehicle> members = new HashSet<>();
        clusters.forEach(m -> members.addAll(m.after().members()));
        return place(pass.vehiclesAfter(), grid).stream().filter(v -> !members.contains(v)).toList();
    }

    /** Grid pixel indices → scene CRS coordinates of the pixel centres. */
    private static List<PlacedVehicle> place(List<VehicleObject> objects, GridGeometry grid) {
        return objects.stream().map(o -> new PlacedVehicle(grid.x(o.col() + 0.5, o.row() + 0.5),
                grid.y(o.col() + 0.5, o.row() + 0.5), o)).toList();
    }

    /**
     * The evidence terms of this scan: burn; vehicles (absent, saying why, on sensors that cannot
     * resolve them); FIRMS when detections were given.
     */
    private List<EvidenceTerm> terms(List<ClusterChange.Match> clusters, List<PlacedVehicle> unclustered) {
        SiteParameters sites = request.config().sites();
        GridGeometry grid = in.grid();
        double gsd = plan.gsdM(grid);
        List<EvidenceTerm> terms = new ArrayList<>(List.of(new BurnTerm(sites)));
        terms.add(vehiclesResolved(request, plan, grid)
                ? VehicleTerm.of(clusters, unclustered, plan.crs(), sites.vehicles(), gsd)
                : VehicleTerm.unresolved(String.format(Locale.ROOT, "%.0f m pixels do not resolve vehicles", gsd)));
        if (!firms.isEmpty()) {
            for (int i = 0; i < firms.size(); i++) {
                FirmsFile file = firms.get(i);
                log.printf("firms: %s: %d detections (%s)%s%n", request.firms().get(i), file.hotspots().size(), file.format(),
                        file.rowsSkipped() > 0 ? ", " + file.rowsSkipped() + " malformed rows skipped, e.g. "
                                + file.skippedExamples().get(0) : "");
            }
            List<FirmsFile> files = firms;
            SiteParameters.Firms fp = sites.firms();
            Envelope keep = HotspotIndex.grow(footprintLonLat(grid, plan.crs()), Math.max(fp.viirsDistanceM(), fp.modisDistanceM()));
            HotspotIndex index = HotspotIndex.build(files, keep);
            log.printf("firms: %d detections over the scene, %d elsewhere ignored%n", index.size(), index.dropped());
            terms.add(new FirmsTerm(new FirmsMatcher(index, fp, date(in.beforeDate()), date(in.afterDate()))));
        }
        return terms;
    }

    private static LocalDate date(String iso) {
        return iso == null || iso.length() < 10 ? null : LocalDate.parse(iso.substring(0, 10));
    }

    /** Lon/lat envelope of a grid (its edges sampled, so projected grids are covered). */
    private static Envelope footprintLonLat(GridGeometry g, Projection crs) {
        Envelope e = new Envelope();
        for (int i = 0; i <= 8; i++) {
            double f = i / 8.0;
            for (double[] cr : new double[][] {{f * g.width(), 0}, {f * g.width(), g.height()}, {0, f * g.height()},
                {g.width(), f * g.height()}}) {
                double[] ll = crs.inverse(g.x(cr[0], cr[1]), g.y(cr[0], cr[1]));
                e.expandToInclude(ll[0], ll[1]);
            }
        }
        return e;
    }

    private static List<TileOutcome> withBestScores(List<TileOutcome> outcomes, List<Candidate> candidates) {
        List<TileOutcome> out = new ArrayList<>(outcomes.size());
        for (TileOutcome o : outcomes) {
            double best = 0;
            for (Candidate c : candidates) {
                if (c.score() > best && o.tile().footprintWgs84().intersects(c.outlineWgs84())) {
                    best = c.score();
                }
            }
            out.add(o.withBestScore(best));
        }
        return out;
    }
}
