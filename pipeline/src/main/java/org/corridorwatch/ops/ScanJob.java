package org.corridorwatch.ops;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corridorwatch.change.SceneStatistics;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.Gazetteer;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Tile;
import org.corridorwatch.geo.TilePlanParameters;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.model.NoOverlapException;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.GeoTiffWriter;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.raster.SceneProjection;
import org.corridorwatch.raster.ValidFootprint;
import org.corridorwatch.report.CandidatesGeoJson;
import org.corridorwatch.report.ChipParameters;
import org.corridorwatch.report.ReviewMarks;
import org.corridorwatch.report.ReviewOutputs;
import org.corridorwatch.report.TileOutcome;
import org.corridorwatch.report.TilesGeoJson;
import org.corridorwatch.review.DecisionMemory;
import org.corridorwatch.sites.BurnTerm;
import org.corridorwatch.sites.Candidate;
import org.corridorwatch.sites.CandidateRanker;
import org.corridorwatch.sites.RegionPiece;
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

    /** What to scan; built by the CLI from its options. */
    public record Request(Path before, Path after, String corridor, Path aoi, boolean aoiScene, Path configFile,
                          Path corridorsFile, Path placesFile, String sensor, int threads, Path out, boolean overwrite,
                          double bufferM, Path decisions, boolean noChips) {
    }

    /** What the scan did, for the one-line summary. */
    public record Summary(Path out, int tiles, int scored, int masked, int noData, int failed, double corridorKm,
                          double areaKm2, int candidates, int flagged, Duration elapsed) {
    }

    /** evidence/burn.tif stores evidence 0..1 as bytes 0..250 (band scale 0.004); 255 is nodata. */
    static final int EVIDENCE_STEPS = 250;
    static final double EVIDENCE_NODATA = 255;

    private final Request request;
    private final PrintWriter log;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private Instant stageStart = Instant.now();

    private ScanJob(Request request, PrintWriter log) {
        this.request = request;
        this.log = log;
    }

    public static Summary run(Request request, PrintWriter log) {
        return new ScanJob(request, log).run();
    }

    private void stage(String name) {
        Instant now = Instant.now();
        timings.put(name, Duration.between(stageStart, now).toMillis() / 1000.0);
        stageStart = now;
    }

    private Summary run() {
        Instant started = Instant.now();
        ScanConfig config = ScanConfig.load(request.configFile());
        SensorProfiles profiles = SensorProfiles.loadDefault();
        CorridorCatalog catalog = request.corridorsFile() != null ? CorridorCatalog.load(request.corridorsFile())
                : CorridorCatalog.loadDefault();
        Gazetteer places = request.placesFile() != null ? Gazetteer.load(request.placesFile()) : Gazetteer.loadDefault();
        List<Corridor> corridors = request.aoi() == null && !request.aoiScene()
                ? catalog.select(request.corridor() == null ? "all" : request.corridor()) : catalog.corridors();
        Path out = OutputDirectory.prepare(request.out(), request.overwrite());

        SceneBands beforeBands;
        SceneBands afterBands;
        String beforeDate;
        String afterDate;
        try (GdalScene b = GdalScene.open(request.before()); GdalScene a = GdalScene.open(request.after())) {
            afterBands = SceneBands.detect(a, profiles, request.sensor());
            beforeBands = SceneBands.resolve(b, afterBands.profile());
            beforeDate = b.acquisitionDate();
            afterDate = a.acquisitionDate();
        }
        if (!beforeDate.isEmpty() && !afterDate.isEmpty() && beforeDate.compareTo(afterDate) > 0) {
            throw new InputDataException(request.before(), "is dated " + beforeDate + ", after the after scene ("
                    + afterDate + ")", "swap --before and --after");
        }
        int sclB = beforeBands.has(BandRole.SCL) ? beforeBands.index(BandRole.SCL) : -1;
        int sclA = afterBands.has(BandRole.SCL) ? afterBands.index(BandRole.SCL) : -1;
        try (ScenePair pair = ScenePair.open(request.before(), request.after(), sclB, sclA)) {
            stage("open");
            GridGeometry grid = pair.grid();
            Projection crs = SceneProjection.of(grid);
            List<Tile> tiles = planTiles(config, pair, crs, corridors);
            stage("plan");
            log.printf("scan: %d tiles of %d px on a %s grid (%s), sensor %s%n", tiles.size(), config.tiles().sizePx(),
                    grid.epsg() != 0 ? "EPSG:" + grid.epsg() : "custom", pair.warped() ? "one date warped" : "same grid",
                    afterBands.profile().name());
            log.flush();

            double pixelArea = pixelAreaM2(grid, crs);
            TileAnalyzer analyzer = new TileAnalyzer(config, pixelArea);
            TileReader tileReader = new TileReader(beforeBands, afterBands);
            int threads = Math.max(1, request.threads());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            ScenePair.Reader reader = pair.openReader();
            int[] bounds = AreaTiles.bounds(tiles);
            List<TileOutcome> outcomes;
            List<RegionPiece> pieces = Collections.synchronizedList(new ArrayList<>());
            String[] changeIndex = {beforeBands.profile().hasSwir() && beforeBands.has(BandRole.SWIR2) ? "dNBR" : "dNIR"};
            GeoTiffWriter evidence = GeoTiffWriter.create(out.resolve("evidence/burn.tif"),
                    grid.window(bounds[0], bounds[1], bounds[2], bounds[3]), GeoTiffWriter.PixelType.BYTE,
                    List.of("evidence", "burn_region"), EVIDENCE_NODATA, false);
            evidence.setScale(0, 1.0 / EVIDENCE_STEPS);
            try {
                SceneStatistics stats = SceneSampler.sample(tiles, config.scan().sceneSampleWindows(), pool, reader,
                        tileReader, analyzer);
                stage("scene_statistics");
                log.printf("scan: scene %s centre %.3f, noise sigma %.3f (%d samples)%n", changeIndex[0], stats.centre(),
                        stats.noiseSigma(), stats.samples());
                outcomes = analyseTiles(tiles, pool, reader, tileReader, analyzer, stats, pieces, evidence, bounds);
                stage("tiles");
            } finally {
                pool.shutdownNow();
                reader.close();
            }
            long scored = outcomes.stream().filter(o -> o.status().equals("scored")).count();
            long failed = outcomes.stream().filter(o -> o.status().equals("failed")).count();
            if (failed == outcomes.size()) {
                evidence.close();
                throw new InputDataException(request.after(), "every tile failed; first: " + outcomes.get(0).reason(),
                        "check both scenes with gdalinfo -checksum");
            }

            SiteDescriber describer = new SiteDescriber(grid, crs, catalog.corridors(), places, pixelArea,
                    changeIndex[0].equals("dNBR"));
            SiteScorer scorer = new SiteScorer(List.of(new BurnTerm(config.sites())), config.sites().weights());
            List<Candidate> candidates = new CandidateRanker(config.sites(), describer, scorer, changeIndex[0])
                    .rank(SiteMerger.merge(pieces));
            ReviewMarks marks = request.decisions() == null ? ReviewMarks.NONE
                    : DecisionMemory.load(request.decisions(), candidates);
            candidates = candidates.stream().map(c -> marks.suppressedBy(c.id()) != null ? c.withRank(c.rank(), false) : c)
                    .toList();
            outcomes = withBestScores(outcomes, candidates);
            stage("sites");

            evidence.setMetadata("CORRIDORWATCH_BANDS", "evidence: 0..250 = 0..1 (band scale " + 1.0 / EVIDENCE_STEPS
                    + "), from " + changeIndex[0] + "; burn_region: 1 inside a burn region; 255 = not scanned");
            evidence.commit();
            CandidatesGeoJson.RunContext context = new CandidatesGeoJson.RunContext(request.before().toString(),
                    request.after().toString(), beforeDate, afterDate, config.sites().reportThreshold());
            CandidatesGeoJson.write(out.resolve("candidates.geojson"), candidates, context, marks);
            TilesGeoJson.write(out.resolve("tiles.geojson"), outcomes);
            stage("write");
            ReviewOutputs.write(new ReviewOutputs.Scan(out, pair, beforeBands, afterBands, crs, threads, candidates,
                    outcomes, corridors, context, marks, request.noChips() ? ChipParameters.NONE : ChipParameters.DEFAULT), log);
            stage("review_outputs");
            int flagged = (int) candidates.stream().filter(Candidate::flagged).count();
            Summary summary = new Summary(out, tiles.size(), (int) scored,
                    count(outcomes, "masked"), count(outcomes, "no_data"), (int) failed,
                    request.aoi() == null && !request.aoiScene() ? TilePlanner.corridorKmCovered(tiles) : 0,
                    TilePlanner.areaKm2(tiles), candidates.size(), flagged, Duration.between(started, Instant.now()));
            RunManifest.write(out.resolve("run.json"), new RunManifest.Contents(request, config, beforeBands, afterBands,
                    beforeDate, afterDate, grid, pair.warped(), timings, summary, corridors.stream().map(Corridor::id).toList()));
            if (scored == 0) {
                throw new NoOverlapException("no tile could be scored: all " + tiles.size()
                        + " tiles are masked (cloud, shadow, water) or have no data in one of the dates; outputs are in " + out,
                        "pick a clearer before or after scene");
            }
            return summary;
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
            Path reference = pair.grid().sameGridAs(gridOf(pair.afterPath())) ? pair.afterPath() : pair.beforePath();
            tiles = TilePlanner.plan(pair.grid(), crs, ValidFootprint.of(reference), corridors, p).stream()
                    .filter(t -> intersects(t, window)).toList();
        }
        if (tiles.isEmpty()) {
            throw new NoOverlapException(request.after() + ": the overlap of the two scenes "
                    + (request.aoi() != null ? "does not intersect the area " + request.aoi()
                    : "does not intersect any selected corridor (" + corridors.stream().map(Corridor::id).toList() + ")"),
                    "check the scene's location, choose --corridor all, or scan an area with --aoi scene");
        }
        return tiles;
    }

    private static GridGeometry gridOf(Path scene) {
        try (GdalScene s = GdalScene.open(scene)) {
            return s.grid();
        }
    }

    private static boolean intersects(Tile t, int[] w) {
        return t.col0() < w[0] + w[2] && t.col0() + t.width() > w[0] && t.row0() < w[1] + w[3] && t.row0() + t.height() > w[1];
    }

    /** The core of a tile: half the overlap trimmed from every side that has a neighbour, so cores partition the grid. */
    static int[] core(Tile t, int overlap, int[] bounds) {
        int lead = overlap / 2;
        int trail = overlap - lead;
        int c0 = t.col0() == bounds[0] ? t.col0() : t.col0() + lead;
        int r0 = t.row0() == bounds[1] ? t.row0() : t.row0() + lead;
        int c1 = t.col0() + t.width() >= bounds[0] + bounds[2] ? t.col0() + t.width() : t.col0() + t.width() - trail;
        int r1 = t.row0() + t.height() >= bounds[1] + bounds[3] ? t.row0() + t.height() : t.row0() + t.height() - trail;
        return new int[] {c0, r0, c1, r1};
    }

    private List<TileOutcome> analyseTiles(List<Tile> tiles, ExecutorService pool, ScenePair.Reader reader,
                                           TileReader tileReader, TileAnalyzer analyzer, SceneStatistics stats,
                                           List<RegionPiece> pieces, GeoTiffWriter evidence, int[] bounds) {
        int overlap = ScanConfig.load(request.configFile()).tiles().overlapPx();
        List<Future<TileOutcome>> futures = new ArrayList<>();
        for (Tile t : tiles) {
            futures.add(pool.submit(() -> analyseTile(t, reader, tileReader, analyzer, stats, pieces, evidence,
                    core(t, overlap, bounds), bounds)));
        }
        List<TileOutcome> outcomes = new ArrayList<>(tiles.size());
        int done = 0;
        for (Future<TileOutcome> f : futures) {
            try {
                outcomes.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("scan interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("tile worker failed", e.getCause());
            }
            done++;
            if (done % 50 == 0 || done == futures.size()) {
                log.printf("scan: %d/%d tiles%n", done, futures.size());
                log.flush();
            }
        }
        return outcomes;
    }

    private static TileOutcome analyseTile(Tile t, ScenePair.Reader reader, TileReader tileReader, TileAnalyzer analyzer,
                                           SceneStatistics stats, List<RegionPiece> pieces, GeoTiffWriter evidence,
                                           int[] core, int[] bounds) {
        try {
            ScenePair.Window w = new ScenePair.Window(t.col0(), t.row0(), t.width(), t.height());
            TileAnalyzer.Result r = analyzer.analyze(tileReader.read(reader, t.id(), w, core), stats);
            if (r.status() == TileAnalyzer.Status.SCORED) {
                pieces.addAll(r.pieces());
                int cw = core[2] - core[0];
                int ch = core[3] - core[1];
                float[] scaled = r.evidence();
                for (int i = 0; i < scaled.length; i++) {
                    scaled[i] *= EVIDENCE_STEPS;
                }
                synchronized (evidence) {
                    evidence.write(0, core[0] - bounds[0], core[1] - bounds[1], cw, ch, scaled);
                    evidence.write(1, core[0] - bounds[0], core[1] - bounds[1], cw, ch, r.regions());
                }
            }
            String status = r.status().name().toLowerCase(java.util.Locale.ROOT);
            String reason = r.status() == TileAnalyzer.Status.MASKED
                    ? String.format(java.util.Locale.ROOT, "only %.0f%% of pixels usable (cloud, shadow, water or nodata)", 100 * r.validFraction())
                    : r.status() == TileAnalyzer.Status.NO_DATA ? "no data in one of the dates" : "";
            return new TileOutcome(t, status, reason, r.validFraction(), r.shift().dx(), r.shift().dy(), r.shiftApplied(), 0);
        } catch (CorridorWatchException | IllegalArgumentException | IllegalStateException e) {
            return new TileOutcome(t, "failed", e.getMessage(), Double.NaN, Double.NaN, Double.NaN, false, 0);
        }
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
        double cx = grid.x(grid.width() / 2.0, grid.height() / 2.0);
        double cy = grid.y(grid.width() / 2.0, grid.height() / 2.0);
        double mPerDegLat = 111_132.954;
        double mPerDegLon = 111_319.49 * Math.cos(Math.toRadians(cy));
        return grid.pixelWidth() * mPerDegLon * grid.pixelHeight() * mPerDegLat + 0 * cx;
    }
}
