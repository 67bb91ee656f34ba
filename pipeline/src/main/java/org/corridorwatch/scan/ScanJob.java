package org.corridorwatch.scan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.Gazetteer;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.model.Tile;
import org.locationtech.jts.geom.Envelope;
import org.corridorwatch.geo.TilePlanParameters;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.model.NoOverlapException;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.GeoTiffWriter;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.raster.SceneProjection;
import org.corridorwatch.raster.Sentinel2Product;
import org.corridorwatch.raster.ValidFootprint;
import org.corridorwatch.report.CandidatesGeoJson;
import org.corridorwatch.report.ChipParameters;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.report.ReviewOutputs;
import org.corridorwatch.model.TileOutcome;
import org.corridorwatch.report.TilesGeoJson;
import org.corridorwatch.review.DecisionMemory;
import org.corridorwatch.firms.FirmsFile;
import org.corridorwatch.firms.FirmsReader;
import org.corridorwatch.firms.HotspotIndex;
import org.corridorwatch.change.vehicles.ClusterChange;
import org.corridorwatch.change.vehicles.ClusterChangeParameters;
import org.corridorwatch.change.vehicles.PlacedVehicle;
import org.corridorwatch.change.vehicles.VehicleCluster;
import org.corridorwatch.change.vehicles.VehicleClusterParameters;
import org.corridorwatch.change.vehicles.VehicleClusterer;
import org.corridorwatch.change.vehicles.VehicleObject;
import org.corridorwatch.sites.BurnTerm;
import org.corridorwatch.sites.QueueCandidates;
import org.corridorwatch.sites.VehicleTerm;
import org.corridorwatch.sites.EvidenceTerm;
import org.corridorwatch.sites.FirmsMatcher;
import org.corridorwatch.sites.FirmsTerm;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.sites.CandidateRanker;
import org.corridorwatch.sites.SiteDescriber;
import org.corridorwatch.sites.SiteMerger;
import org.corridorwatch.sites.SiteScorer;
import org.corridorwatch.sites.TileAnalyzer;

/**
 * The scan: a before/after pair becomes a ranked list of candidate sites. Stages, in order: open and
 * align the pair, plan tiles (corridors or an area), sample scene statistics, analyse tiles on a
 * thread pool (windows only: memory is tiles × threads), merge regions across tiles, describe and
 * score sites, write outputs to temporary names and rename them into place, {@code run.json} last.
 */
public final class ScanJob {

    private final ScanRequest request;
    private final PrintWriter log;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private List<Corridor> allCorridors = List.of();
    private Instant stageStart = Instant.now();

    private ScanJob(ScanRequest request, PrintWriter log) {
        this.request = request;
        this.log = log;
    }

    public static ScanSummary run(ScanRequest request, PrintWriter log) {
        return new ScanJob(request, log).run();
    }

    private void stage(String name) {
        Instant now = Instant.now();
        timings.put(name, Duration.between(stageStart, now).toMillis() / 1000.0);
        stageStart = now;
    }

    /** The scene pair as opened: bands of each date and their acquisition dates. */
    private record Inputs(SceneBands beforeBands, SceneBands afterBands, String beforeDate, String afterDate) {
        boolean swir() {
            return beforeBands.profile().hasSwir() && beforeBands.has(BandRole.SWIR2) && afterBands.has(BandRole.SWIR2);
        }

        int scl(SceneBands b) {
            return b.has(BandRole.SCL) ? b.index(BandRole.SCL) : -1;
        }
    }

    private ScanSummary run() {
        Instant started = Instant.now();
        ScanConfig config = ScanConfig.load(request.configFile());
        CorridorCatalog catalog = CorridorCatalog.loadOrDefault(request.corridorsFile());
        Gazetteer places = Gazetteer.loadOrDefault(request.placesFile());
        List<Corridor> corridors = request.aoi() == null && !request.aoiScene()
                ? catalog.select(request.corridor() == null ? "all" : request.corridor()) : catalog.corridors();
        allCorridors = catalog.corridors();
        Path out = OutputDirectory.prepare(request.out(), request.overwrite());
        Path before = readable(request.before(), out, "before");
        Path after = readable(request.after(), out, "after");
        Inputs in = openInputs(SensorProfiles.loadDefault(), before, after);
        String changeIndex = in.swir() ? "dNBR" : "dNIR";
        try (InputChecksums checksums = new InputChecksums().start(request.before(), request.after());
             ScenePair pair = ScenePair.open(before, after, in.scl(in.beforeBands()), in.scl(in.afterBands()),
                request.tiles() != null)) {
            stage("open");
            GridGeometry grid = pair.grid();
            Projection crs = SceneProjection.of(grid);
            List<Tile> tiles = planTiles(config, pair, crs, corridors);
            int[] bounds = AreaTiles.bounds(tiles);
            double pixelArea = pixelAreaM2(grid, crs);
            stage("plan");
            log.printf("scan: %d tiles of %d px on a %s grid (%s), sensor %s%n", tiles.size(), config.tiles().sizePx(),
                    grid.epsg() != 0 ? "EPSG:" + grid.epsg() : "custom", pair.warped() ? "one date warped" : "same grid",
                    in.afterBands().profile().name());
            log.flush();

            TilePass.Result pass;
            try (GeoTiffWriter evidence = GeoTiffWriter.create(out.resolve("evidence/burn.tif"),
                    grid.window(bounds[0], bounds[1], bounds[2], bounds[3]), GeoTiffWriter.PixelType.BYTE,
                    List.of("evidence", "burn_region"), TilePass.EVIDENCE_NODATA, false)) {
                evidence.setScale(0, 1.0 / TilePass.EVIDENCE_STEPS);
                evidence.setMetadata("CORRIDORWATCH_BANDS", "evidence: 0..250 = 0..1 (band scale "
                        + 1.0 / TilePass.EVIDENCE_STEPS + "), from " + changeIndex
                        + "; burn_region: 1 inside a burn region; 255 = not scanned");
                pass = analyse(config, pair, in, tiles, bounds, pixelArea, evidence, changeIndex);
                if (pass.outcomes().stream().allMatch(o -> o.status().equals("failed"))) {
                    throw new InputDataException(request.after(), "every tile failed; first: " + pass.outcomes().get(0).reason(),
                            "check both scenes with gdalinfo -checksum");
                }
                evidence.commit();
            }

            SiteDescriber describer = new SiteDescriber(grid, crs, catalog.corridors(), places, pixelArea, in.swir());
            List<ClusterChange.Match> clusters = vehicleClusters(pass, grid);
            SiteScorer scorer = new SiteScorer(terms(config, in, pair, crs, clusters,
                    unclustered(pass, grid, clusters), pixelArea), config.sites().weights());
            List<Candidate> burnSites = new CandidateRanker(config.sites(), describer, scorer, changeIndex)
                    .rank(SiteMerger.merge(pass.pieces()));
            List<Candidate> candidates = new ArrayList<>(burnSites);
            candidates.addAll(QueueCandidates.of(clusters, burnSites, crs, describer, config.sites()));
            candidates = CandidateRanker.rerank(candidates, config.sites().reportThreshold());
            ReviewMarks marks = request.decisions() == null ? ReviewMarks.NONE
                    : DecisionMemory.load(request.decisions(), candidates);
            candidates = candidates.stream().map(c -> marks.suppressedBy(c.id()) != null ? c.withRank(c.rank(), false) : c)
                    .toList();
            List<TileOutcome> outcomes = withBestScores(pass.outcomes(), candidates);
            stage("sites");

            CandidatesGeoJson.RunContext context = new CandidatesGeoJson.RunContext(request.before().toString(),
                    request.after().toString(), in.beforeDate(), in.afterDate(), config.sites().reportThreshold());
            CandidatesGeoJson.write(out.resolve("candidates.geojson"), candidates, context, marks);
            TilesGeoJson.write(out.resolve("tiles.geojson"), outcomes);
            stage("write");
            ReviewOutputs.write(new ReviewOutputs.Scan(out, pair, in.beforeBands(), in.afterBands(), crs,
                    Math.max(1, request.threads()), candidates, outcomes, corridors, context, marks,
                    request.noChips() ? ChipParameters.NONE : ChipParameters.DEFAULT), log);
            stage("review_outputs");
            int scored = count(outcomes, "scored");
            ScanSummary summary = new ScanSummary(out, tiles.size(), scored, count(outcomes, "masked"), count(outcomes, "no_data"),
                    count(outcomes, "failed"),
                    request.aoi() == null && !request.aoiScene() ? TilePlanner.corridorKmCovered(tiles) : 0,
                    TilePlanner.areaKm2(tiles), candidates.size(), (int) candidates.stream().filter(Candidate::flagged).count(),
                    Duration.between(started, Instant.now()));
            RunManifest.write(out.resolve("run.json"), new RunManifest.Contents(request, config, in.beforeBands(),
                    in.afterBands(), in.beforeDate(), in.afterDate(), grid, pair.warped(), timings, summary,
                    corridors.stream().map(Corridor::id).toList(), checksums));
            if (scored == 0) {
                throw new NoOverlapException("no tile could be scored: all " + tiles.size()
                        + " tiles are masked (cloud, shadow, water) or have no data in one of the dates; outputs are in " + out,
                        "pick a clearer before or after scene");
            }
            return summary;
        }
    }

    /**
     * Vehicle objects of both dates placed in the scene CRS, clustered per date and compared: every
     * after-date cluster with its verdict (new wreck line, new queue, persistent...).
     */
    private List<ClusterChange.Match> vehicleClusters(TilePass.Result pass, GridGeometry grid) {
        if (pass.vehiclesAfter().isEmpty()) {
            return List.of();
        }
        List<VehicleCluster> before = VehicleClusterer.cluster(place(pass.vehiclesBefore(), grid), VehicleClusterParameters.DEFAULT);
        List<VehicleCluster> after = VehicleClusterer.cluster(place(pass.vehiclesAfter(), grid), VehicleClusterParameters.DEFAULT);
        ClusterChange.Result change = ClusterChange.compare(before, after, ClusterChangeParameters.DEFAULT);
        log.printf("vehicles: %d objects before, %d after; %d clusters after: %d new wreck lines, %d new queues, %d persistent%n",
                pass.vehiclesBefore().size(), pass.vehiclesAfter().size(), after.size(),
                change.ofKind(ClusterChange.Kind.NEW_WRECK_LINE).size(), change.ofKind(ClusterChange.Kind.NEW_QUEUE).size(),
                change.ofKind(ClusterChange.Kind.PERSISTENT).size());
        return change.after();
    }

    /** New after-date objects that clustering left alone (no neighbour within its radius). */
    private static List<PlacedVehicle> unclustered(TilePass.Result pass, GridGeometry grid,
                                                   List<ClusterChange.Match> clusters) {
        java.util.Set<PlacedVehicle> members = new java.util.HashSet<>();
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
    private List<EvidenceTerm> terms(ScanConfig config, Inputs in, ScenePair pair, Projection crs,
                                     List<ClusterChange.Match> clusters, List<PlacedVehicle> unclustered,
                                     double pixelArea) {
        List<EvidenceTerm> terms = new ArrayList<>(List.of(new BurnTerm(config.sites())));
        terms.add(vehiclesResolved(config, pair.grid(), pixelArea)
                ? VehicleTerm.of(clusters, unclustered, crs, config.sites().vehicles(),
                        gsdM(pair.grid(), pixelArea))
                : VehicleTerm.unresolved(String.format(java.util.Locale.ROOT, "%.0f m pixels do not resolve vehicles",
                        gsdM(pair.grid(), pixelArea))));
        if (!request.firms().isEmpty()) {
            List<FirmsFile> files = new ArrayList<>();
            for (Path f : request.firms()) {
                FirmsFile file = FirmsReader.read(f);
                log.printf("firms: %s: %d detections (%s)%s%n", f, file.hotspots().size(), file.format(),
                        file.rowsSkipped() > 0 ? ", " + file.rowsSkipped() + " malformed rows skipped, e.g. "
                                + file.skippedExamples().get(0) : "");
                files.add(file);
            }
            ScanConfig.Firms fp = config.sites().firms();
            Envelope keep = HotspotIndex.grow(footprintLonLat(pair.grid(), crs), Math.max(fp.viirsDistanceM(), fp.modisDistanceM()));
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

    /** Ground sample distance in metres; infinite for geographic grids (no vehicle search there). */
    private static double gsdM(GridGeometry grid, double pixelArea) {
        return grid.epsg() == 4326 ? Double.POSITIVE_INFINITY : Math.sqrt(pixelArea);
    }

    private static boolean vehiclesResolved(ScanConfig config, GridGeometry grid, double pixelArea) {
        return gsdM(grid, pixelArea) <= config.sites().vehicles().maxGsdM();
    }

    /** The corridors the planned tiles belong to (all of them for an area scan). */
    private List<Corridor> corridorsFor(List<Tile> tiles) {
        Set<String> ids = new HashSet<>();
        tiles.forEach(t -> ids.add(t.corridorId()));
        List<Corridor> all = allCorridors;
        List<Corridor> used = all.stream().filter(c -> ids.contains(c.id())).toList();
        return used.isEmpty() ? all : used;
    }

    /**
     * The raster to read for a scene: the scene itself, or for a Sentinel-2 product (a {@code .SAFE}
     * folder, its {@code MTD_MSIL2A.xml} or zip) the stack of its bands written to {@code inputs/ROLE.vrt}
     * in the output directory.
     */
    private Path readable(Path scene, Path out, String role) {
        Path raster = Sentinel2Product.readable(scene, out.resolve("inputs").resolve(role + ".vrt"));
        if (!raster.equals(scene)) {
            log.printf("scan: %s is a Sentinel-2 product: its bands are read through %s%n", scene, raster);
        }
        return raster;
    }

    /** Opens both scenes once: sensor profile and bands (the after date decides the profile), dates. */
    private Inputs openInputs(SensorProfiles profiles, Path before, Path after) {
        try (GdalScene b = GdalScene.open(before); GdalScene a = GdalScene.open(after)) {
            SceneBands afterBands = SceneBands.detect(a, profiles, request.sensor());
            Inputs in = new Inputs(SceneBands.resolve(b, afterBands.profile()), afterBands, b.acquisitionDate(),
                    a.acquisitionDate());
            if (!in.beforeDate().isEmpty() && !in.afterDate().isEmpty() && in.beforeDate().compareTo(in.afterDate()) > 0) {
                throw new InputDataException(request.before(), "is dated " + in.beforeDate() + ", after the after scene ("
                        + in.afterDate() + ")", "swap --before and --after");
            }
            return in;
        }
    }

    /** Scene statistics from samples, then every tile, on one thread pool. */
    private TilePass.Result analyse(ScanConfig config, ScenePair pair, Inputs in, List<Tile> tiles, int[] bounds,
                                    double pixelArea, GeoTiffWriter evidence, String changeIndex) {
        TileAnalyzer analyzer = new TileAnalyzer(config, pixelArea, gsdM(pair.grid(), pixelArea));
        TileReader tileReader = new TileReader(in.beforeBands(), in.afterBands());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, request.threads()));
        try (ScenePair.Reader reader = pair.openReader()) {
            SceneStatistics stats = SceneSampler.sample(tiles, config.scan().sceneSampleWindows(), pool, reader,
                    tileReader, analyzer);
            stage("scene_statistics");
            log.printf("scan: scene %s centre %.3f, noise sigma %.3f (%d samples)%n", changeIndex, stats.centre(),
                    stats.noiseSigma(), stats.samples());
            RoadStrip roads = vehiclesResolved(config, pair.grid(), pixelArea)
                    ? new RoadStrip(pair.grid(), SceneProjection.of(pair.grid()), corridorsFor(tiles), config.sites().vehicles().roadBufferM())
                    : null;
            TilePass.Result pass = new TilePass(reader, tileReader, analyzer, evidence, bounds, config.tiles().overlapPx(), roads)
                    .run(tiles, stats, pool, log);
            stage("tiles");
            return pass;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Tile> planTiles(ScanConfig config, ScenePair pair, Projection crs, List<Corridor> corridors) {
        TilePlanParameters p = new TilePlanParameters(config.tiles().sizePx(), config.tiles().overlapPx(),
                Double.isNaN(request.bufferM()) ? TilePlanParameters.DEFAULT_BUFFER_M : request.bufferM());
        ScenePair.Window ov = pair.overlap();
        int[] window = {ov.col0(), ov.row0(), ov.width(), ov.height()};
        List<Tile> tiles;
        if (request.aoiScene() || request.aoi() != null) {
            tiles = AreaTiles.plan(pair.grid(), crs, window, request.aoi() == null ? null : AreaTiles.readAoi(request.aoi()), p);
        } else {
            tiles = TilePlanner.plan(pair.grid(), crs, ValidFootprint.of(pair.referencePath()), corridors, p).stream()
                    .filter(t -> intersects(t, window)).toList();
        }
        if (request.tiles() != null && !tiles.isEmpty()) {
            int planned = tiles.size();
            tiles = tiles.stream().filter(t -> request.tiles().contains(t.id())).toList();
            if (tiles.isEmpty()) {
                throw new InputDataException(request.after(), "none of the " + request.tiles().size() + " requested tiles is among the "
                        + planned + " planned on the pair's grid", "scan the pair without a tile filter");
            }
        }
        if (tiles.isEmpty()) {
            throw new NoOverlapException(request.after() + ": the overlap of the two scenes "
                    + (request.aoi() != null ? "does not intersect the area " + request.aoi()
                    : "does not intersect any selected corridor (" + corridors.stream().map(Corridor::id).toList() + ")"),
                    "check the scene's location, choose --corridor all, or scan an area with --aoi scene");
        }
        return tiles;
    }

    private static boolean intersects(Tile t, int[] w) {
        return t.col0() < w[0] + w[2] && t.col0() + t.width() > w[0] && t.row0() < w[1] + w[3] && t.row0() + t.height() > w[1];
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

    private static int count(List<TileOutcome> outcomes, String status) {
        return (int) outcomes.stream().filter(o -> o.status().equals(status)).count();
    }

    /** Ground area of one pixel, m² (geographic grids measured at their centre). */
    static double pixelAreaM2(GridGeometry grid, Projection crs) {
        if (grid.epsg() != 4326) {
            return grid.pixelWidth() * grid.pixelHeight();
        }
        double cy = grid.y(grid.width() / 2.0, grid.height() / 2.0);
        double mPerDegLat = 111_132.954;
        double mPerDegLon = 111_319.49 * Math.cos(Math.toRadians(cy));
        return grid.pixelWidth() * mPerDegLon * grid.pixelHeight() * mPerDegLat;
    }
}
