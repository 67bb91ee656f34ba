package org.corridorwatch.scan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.corridorwatch.change.evidence.BurnEvidence;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.firms.FirmsFile;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.model.NoOverlapException;
import org.corridorwatch.model.Tile;
import org.corridorwatch.model.TileOutcome;
import org.corridorwatch.raster.GdalRuntime;
import org.corridorwatch.raster.GeoTiffWriter;
import org.corridorwatch.raster.Sentinel2Product;
import org.corridorwatch.model.Progress;
import org.corridorwatch.report.CandidatesGeoJson;
import org.corridorwatch.report.ChipWriter;
import org.corridorwatch.report.ChipParameters;
import org.corridorwatch.report.ReviewOutputs;
import org.corridorwatch.report.RoadsGeoJson;
import org.corridorwatch.report.TilesGeoJson;
import org.corridorwatch.roads.RoadProvenance;

/**
 * The scan: a before/after pair becomes a ranked list of candidate sites. Its stages, in order (their names are
 * the keys of {@code timings_s} in run.json):
 * <ol>
 *   <li>{@code open}: {@link OpenedPair#open} — scenes, bands, dates, the pair on one grid;</li>
 *   <li>{@code roads}: {@link RoadSnapping#snap} — corridors snapped to the road found in the before date
 *   (when {@code roads_from_imagery.enabled});</li>
 *   <li>{@code plan}: {@link TilePlan#of} — the tiles along the corridors or over the area;</li>
 *   <li>{@code scene_statistics}: {@link SceneSampler#sample} — the change index's centre and noise;</li>
 *   <li>{@code tiles}: {@link TileWork#analyse} for every tile on a {@link TileEngine} (a thread pool here), the
 *       results received by {@link TilePass}, evidence written;</li>
 *   <li>{@code sites}: {@link CandidateFinder#find} — merged, described, scored, ranked candidates;</li>
 *   <li>{@code write}: candidates and tiles GeoJSON;</li>
 *   <li>{@code review_outputs}: chips, GIS layers, report.html ({@link ReviewOutputs});</li>
 * </ol>
 * then {@code run.json} last ({@link RunManifest}). Every stage takes and returns values; windows only, so memory
 * is tiles × threads. {@link #start} runs the first three stages and {@link #finish} the rest, so another engine
 * (the Spark backfill) can run the tile stage in between.
 */
public final class ScanJob implements AutoCloseable {
    /**
     * Runs the tile stage of a started scan: {@link TileWork#analyse} for every tile of {@link ScanJob#tiles()}, each
     * result handed to {@code sink} (thread-safe, any order; a repeated tile is ignored). The scan's own engine is a
     * thread pool ({@link ScanJob#run}); the Spark backfill runs the same tile work on executors.
     */
    @FunctionalInterface
    public interface TileEngine {
        void run(ScanJob job, Consumer<TileResult> sink);
    }

    private ScanRequest request;
    private final PrintWriter log;
    private final Progress progress;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private final Instant started = Instant.now();
    private Instant stageStart = started;
    private List<Corridor> selected;
    private RoadSnapping snapping;
    private Path out;
    private OpenedPair in;
    /** The FIRMS files, read once by {@link InputValidation#check}. */
    private List<FirmsFile> firms;
    private InputChecksums checksums;
    private TilePlan plan;
    private TileWork work;
    private ExecutorService pool;
    private SceneStatistics stats;

    private ScanJob(ScanRequest request, PrintWriter log, Progress progress) {
        this.request = request;
        this.log = log;
        this.progress = progress;
    }

    /** The whole scan on this machine's thread pool; tile progress as plain lines on {@code log}. */
    public static ScanSummary run(ScanRequest request, PrintWriter log) {
        return run(request, log, Progress.lines(log));
    }

    /** As above, the tile stage's progress shown by {@code progress} (a bar on a terminal). */
    public static ScanSummary run(ScanRequest request, PrintWriter log, Progress progress) {
        try (ScanJob job = start(request, log, progress)) {
            return job.finish(ScanJob::localTiles);
        }
    }

    /** Stages {@code open}, {@code plan} and {@code scene_statistics}; the output folder is prepared. */
    public static ScanJob start(ScanRequest request, PrintWriter log) {
        return start(request, log, Progress.lines(log));
    }

    private static ScanJob start(ScanRequest request, PrintWriter log, Progress progress) {
        ScanJob job = new ScanJob(request, log, progress);
        OutputDirectory.Before before = OutputDirectory.Before.of(request.out());
        try {
            job.begin();
            return job;
        } catch (RuntimeException e) {
            job.close();
            before.restore(); // a scan refused before its first tile leaves --out as it found it
            throw e;
        }
    }

    private void stage(String name) {
        Instant now = Instant.now();
        timings.put(name, Duration.between(stageStart, now).toMillis() / 1000.0);
        stageStart = now;
    }

    private void begin() {
        List<Corridor> configured = request.corridorMode()
                ? request.corridors().select(request.corridor()) : request.corridors().corridors();
        firms = InputValidation.check(request);
        out = OutputDirectory.prepare(request.out(), request.overwrite());
        in = OpenedPair.open(request, out, log);
        checksums = new InputChecksums().start(request.before(), request.after());
        stage("open");
        request.roads().report().forEach(log::println);
        snapping = RoadSnapping.snap(request, in, configured, log);
        request = snapping.request();
        selected = snapping.selected();
        stage("roads");
        plan = TilePlan.of(request, in.pair(), selected);
        stage("plan");
        log.printf("scan: %d tiles of %d px on a %s grid (%s), sensor %s%n", plan.tiles().size(),
                request.config().tiles().sizePx(), in.grid().epsg() != 0 ? "EPSG:" + in.grid().epsg() : "custom",
                in.pair().warped() ? "one date warped" : "same grid", in.afterBands().profile().name());
        log.flush();
        if (Sentinel2Product.isProduct(request.before()) || Sentinel2Product.isProduct(request.after())) {
            GdalRuntime.cacheAtLeast(productCache(productWorkingSet(plan)));
        } else {
            GdalRuntime.cacheAtLeast(stackCache(stackWorkingSet(in.pair(), plan)));
        }
        work = new TileWork(request, in, tileGrid());
        pool = Executors.newFixedThreadPool(request.threads());
        stats = SceneSampler.sample(plan.tiles(), request.config().scan().sceneSampleWindows(), pool,
                work.reader(), work.tileReader(), work.analyzer());
        stage("scene_statistics");
        OutputDirectory.clearPrevious(out); // only now: a scan refused before its first tile keeps the previous run
        log.printf("scan: scene %s centre %.3f, noise sigma %.3f, of it from pixel to pixel %.3f (%d samples)%n",
                in.changeIndex(), stats.centre(), stats.noiseSigma(), stats.pixelNoise(), stats.samples());
    }

    public ScanRequest request() {
        return request;
    }

    /** The planned tiles, in plan order. */
    public List<Tile> tiles() {
        return plan.tiles();
    }

    /** What a tile worker needs of the plan (see {@link TileWork}). */
    public TileGrid tileGrid() {
        return plan.grid(in.grid(), request.config().tiles().overlapPx());
    }

    /** The scene statistics every tile is judged against. */
    public SceneStatistics statistics() {
        return stats;
    }

    /** The prepared output folder. */
    public Path out() {
        return out;
    }

    public PrintWriter log() {
        return log;
    }

    /** Stage {@code tiles} on {@code engine}, then {@code sites}, {@code write}, {@code review_outputs} and run.json. */
    public ScanSummary finish(TileEngine engine) {
        TilePass.Result pass = tiles(engine);
        CandidateFinder.Found found = new CandidateFinder(request, in, plan, firms, log).find(pass);
        List<Candidate> candidates = found.candidates();
        List<TileOutcome> outcomes = found.outcomes();
        stage("sites");

        CandidatesGeoJson.RunContext context = new CandidatesGeoJson.RunContext(request.before().toString(),
                request.after().toString(), in.beforeDate(), in.afterDate(), request.config().sites().reportThreshold());
        ChipParameters chipParameters = request.noChips() ? ChipParameters.NONE : ChipParameters.DEFAULT;
        CandidatesGeoJson.write(out.resolve("candidates.geojson"), candidates, context, found.marks(),
                ChipWriter.planned(candidates, chipParameters));
        TilesGeoJson.write(out.resolve("tiles.geojson"), outcomes);
        List<CorridorRoad> roads = request.corridorMode()
                ? snapping.over(request.roads().forCorridors(selected)) : List.of();
        String roadData = request.roads().provenance().map(RoadProvenance::describe).orElse("");
        if (request.corridorMode()) {
            RoadsGeoJson.write(out.resolve("roads.geojson"), roads, roadData);
        }
        stage("write");
        ReviewOutputs.write(new ReviewOutputs.Scan(out, in.pair(), in.beforeBands(), in.afterBands(), plan.crs(),
                request.threads(), candidates, outcomes, selected, context, found.marks(),
                chipParameters,
                request.roads().provenance().isPresent() || !snapping.roads().isEmpty() ? roads : List.of(), roadData), log,
                progress);
        stage("review_outputs");
        ScanSummary summary = ScanSummary.of(out, plan, request, candidates, outcomes, Duration.between(started, Instant.now()),
                roads);
        RunManifest.write(out.resolve("run.json"), new RunManifest.Contents(request, in.beforeBands(),
                in.afterBands(), in.beforeDate(), in.afterDate(), in.grid(), in.pair().warped(), timings, summary,
                selected.stream().map(Corridor::id).toList(), checksums, new RunManifest.SceneIndex(in.changeIndex(), stats,
                BurnEvidence.bars(stats, request.config().evidence())), snapping.roads()));
        if (summary.scored() == 0) {
            throw new NoOverlapException("no tile could be scored: all " + plan.tiles().size()
                    + " tiles are masked (cloud, shadow, water) or have no data in one of the dates; outputs are in " + out,
                    "pick a clearer before or after scene");
        }
        return summary;
    }

    /** Stage {@code tiles}: the engine's results written into {@code evidence/burn.tif} and collected. */
    private TilePass.Result tiles(TileEngine engine) {
        String changeIndex = in.changeIndex();
        int[] bounds = plan.bounds();
        try (GeoTiffWriter evidence = GeoTiffWriter.create(out.resolve("evidence/burn.tif"),
                in.grid().window(bounds[0], bounds[1], bounds[2], bounds[3]), GeoTiffWriter.PixelType.BYTE,
                List.of("evidence", "burn_region"), TilePass.EVIDENCE_NODATA, false)) {
            evidence.setScale(0, 1.0 / TilePass.EVIDENCE_STEPS);
            evidence.setMetadata("CORRIDORWATCH_BANDS", "evidence: 0..250 = 0..1 (band scale "
                    + 1.0 / TilePass.EVIDENCE_STEPS + "), from " + changeIndex
                    + "; burn_region: 1 inside a burn region, 2 on its mixed edge (partly burnt, in no site); 255 = not scanned");
            TilePass sink = new TilePass(plan.tiles(), evidence, bounds);
            engine.run(this, sink);
            TilePass.Result pass = sink.result();
            stage("tiles");
            if (pass.outcomes().stream().allMatch(o -> o.status().equals("failed"))) {
                throw new InputDataException(request.after(), "every tile failed; first: " + pass.outcomes().get(0).reason(),
                        "check both scenes with gdalinfo -checksum");
            }
            List<TileOutcome> failed = pass.outcomes().stream().filter(o -> o.status().equals("failed")).toList();
            if (!failed.isEmpty()) {
                log.printf("scan: %d of %d tiles failed (status \"failed\" in tiles.geojson); first, tile %s: %s%n",
                        failed.size(), pass.outcomes().size(), failed.get(0).tile().id(), failed.get(0).reason());
            }
            evidence.commit();
            return pass;
        }
    }

    /** The scan's own engine: the tile work on this machine's thread pool, progress shown as tiles finish. */
    private static void localTiles(ScanJob job, Consumer<TileResult> sink) {
        List<Future<?>> futures = new ArrayList<>();
        for (Tile t : job.tiles()) {
            futures.add(job.pool.submit(() -> sink.accept(job.work.analyse(t, job.stats))));
        }
        job.progress.start("scan", "tiles", futures.size());
        try {
            for (Future<?> f : futures) {
                TilePass.await(f);
                job.progress.step(1);
            }
        } finally {
            job.progress.finish();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (work != null) {
            work.close();
        }
        if (checksums != null) {
            checksums.close();
        }
        if (in != null) {
            in.close();
        }
    }

    /**
     * The decoded bytes of a Sentinel-2 product's blocks the planned tiles meet, both dates: 1024² UInt16 JPEG2000
     * tiles, B02 B03 B04 B08 on 1024 px cells of the 10 m grid and B11 B12 SCL on 2048 px cells. The scene
     * statistics sample decodes some of them first; with the cache this large the tile pass finds them decoded.
     */
    static long productWorkingSet(TilePlan plan) {
        long block = 1024L * 1024 * 2;
        return 2 * block * (4L * cells(plan, 1024) + 3L * cells(plan, 2048));
    }

    /**
     * The block cache of a scan whose working set does not fit under {@link #FITS_BYTES} (a scan of the whole tile):
     * with 900 MB the scene scan of the 10980² COG stack (1146 candidates, a fuller heap) peaked at 1773 MB RSS.
     */
    static final long STACK_CACHE_CAP_BYTES = 512L << 20;

    /** The largest working set a scan caches whole (a corridor across a 10980² tile meets 748 MB). */
    static final long FITS_BYTES = 900L << 20;

    /**
     * The most a stack of band files caches when its working set fits: a DEFLATE block is cheap to inflate again, and
     * with its whole 748 MB cached the corridor scan of the 10980² COG stack peaked at 1487–1523 MB RSS (three runs), with
     * 700 MB at 1437–1475 MB (395 blocks inflated instead of 363), with 600 MB at 1293–1341 MB (485 blocks).
     */
    static final long STACK_FITS_CAP_BYTES = 600L << 20;

    /**
     * The block cache for a product's working set (JPEG2000 tiles, each decode costly): all of it when it fits under
     * {@link #FITS_BYTES}, else {@link #STACK_CACHE_CAP_BYTES} (a product's scene scan with 900 MB peaked at 1748 MB RSS).
     */
    static long productCache(long workingSet) {
        return workingSet <= FITS_BYTES ? workingSet : STACK_CACHE_CAP_BYTES;
    }

    /**
     * The block cache for a stack's working set: when it fits under {@link #FITS_BYTES}, all of it up to {@link
     * #STACK_FITS_CAP_BYTES}; else {@link #STACK_CACHE_CAP_BYTES}.
     */
    static long stackCache(long workingSet) {
        return workingSet <= FITS_BYTES ? Math.min(workingSet, STACK_FITS_CAP_BYTES) : STACK_CACHE_CAP_BYTES;
    }

    /**
     * For scenes that stack band files with large blocks (per-band COGs, 512 px blocks and more, local or over
     * {@code /vsicurl/}): the decoded bytes of their blocks the planned tiles meet, both dates, so that blocks decoded
     * (or fetched) for the scene statistics are still cached for the tile pass and the chips; 0 for other scenes (their
     * blocks are small or the file is read as one). Measured on the 10980² tile as per-band COGs (1024² blocks): corridor
     * scan 594 -> 348 DEFLATE blocks inflated.
     */
    static long stackWorkingSet(org.corridorwatch.raster.ScenePair pair, TilePlan plan) {
        List<int[]> windows = plan.tiles().stream().map(t -> new int[] {t.col0(), t.row0(), t.width(), t.height()}).toList();
        long total = 0;
        for (Path scene : List.of(pair.beforePath(), pair.afterPath())) {
            org.corridorwatch.raster.SourceBlocks blocks = org.corridorwatch.raster.SourceBlocks.of(scene);
            if (!blocks.stackOfBlocksAtLeast(512)) {
                return 0;
            }
            total += blocks.bytesMet(windows);
        }
        return total;
    }

    private static long cells(TilePlan plan, int side) {
        java.util.Set<Long> met = new java.util.HashSet<>();
        for (var t : plan.tiles()) {
            for (int by = t.row0() / side; by <= (t.row0() + t.height() - 1) / side; by++) {
                for (int bx = t.col0() / side; bx <= (t.col0() + t.width() - 1) / side; bx++) {
                    met.add(((long) by << 32) | bx);
                }
            }
        }
        return met.size();
    }
}
