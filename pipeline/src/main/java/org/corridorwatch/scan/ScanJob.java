package org.corridorwatch.scan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.model.NoOverlapException;
import org.corridorwatch.model.TileOutcome;
import org.corridorwatch.raster.GdalRuntime;
import org.corridorwatch.raster.GeoTiffWriter;
import org.corridorwatch.raster.Sentinel2Product;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.report.CandidatesGeoJson;
import org.corridorwatch.report.ChipParameters;
import org.corridorwatch.report.ReviewOutputs;
import org.corridorwatch.report.RoadsGeoJson;
import org.corridorwatch.report.TilesGeoJson;
import org.corridorwatch.roads.RoadProvenance;
import org.corridorwatch.sites.TileAnalyzer;

/**
 * The scan: a before/after pair becomes a ranked list of candidate sites. Its stages, in order (their names are
 * the keys of {@code timings_s} in run.json):
 * <ol>
 *   <li>{@code open}: {@link OpenedPair#open} — scenes, bands, dates, the pair on one grid;</li>
 *   <li>{@code roads}: {@link RoadSnapping#snap} — corridors snapped to the road found in the before date
 *   (when {@code roads_from_imagery.enabled});</li>
 *   <li>{@code plan}: {@link TilePlan#of} — the tiles along the corridors or over the area;</li>
 *   <li>{@code scene_statistics}: {@link SceneSampler#sample} — the change index's centre and noise;</li>
 *   <li>{@code tiles}: {@link TilePass#run} — the pure tile function on a thread pool, evidence written;</li>
 *   <li>{@code sites}: {@link CandidateFinder#find} — merged, described, scored, ranked candidates;</li>
 *   <li>{@code write}: candidates and tiles GeoJSON;</li>
 *   <li>{@code review_outputs}: chips, GIS layers, report.html ({@link ReviewOutputs});</li>
 * </ol>
 * then {@code run.json} last ({@link RunManifest}). Every stage takes and returns values; windows only, so memory
 * is tiles × threads.
 */
public final class ScanJob {
    private ScanRequest request;
    private final PrintWriter log;
    private final Map<String, Double> timings = new LinkedHashMap<>();
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

    private ScanSummary run() {
        OutputDirectory.Before before = OutputDirectory.Before.of(request.out());
        boolean[] tilesStarted = {false};
        try {
            return run(tilesStarted);
        } catch (RuntimeException e) {
            if (!tilesStarted[0]) {
                before.restore(); // a scan refused before its first tile leaves --out as it found it
            }
            throw e;
        }
    }

    private ScanSummary run(boolean[] tilesStarted) {
        Instant started = Instant.now();
        List<Corridor> configured = request.corridorMode()
                ? request.corridors().select(request.corridor()) : request.corridors().corridors();
        Path out = OutputDirectory.prepare(request.out(), request.overwrite());
        try (OpenedPair in = OpenedPair.open(request, out, log);
             InputChecksums checksums = new InputChecksums().start(request.before(), request.after())) {
            stage("open");
            request.roads().report().forEach(log::println);
            RoadSnapping snapping = RoadSnapping.snap(request, in, configured, log);
            request = snapping.request();
            List<Corridor> selected = snapping.selected();
            stage("roads");
            TilePlan plan = TilePlan.of(request, in.pair(), selected);
            stage("plan");
            log.printf("scan: %d tiles of %d px on a %s grid (%s), sensor %s%n", plan.tiles().size(),
                    request.config().tiles().sizePx(), in.grid().epsg() != 0 ? "EPSG:" + in.grid().epsg() : "custom",
                    in.pair().warped() ? "one date warped" : "same grid", in.afterBands().profile().name());
            log.flush();

            tilesStarted[0] = true;
            TilePass.Result pass = tiles(in, plan, out);
            CandidateFinder.Found found = new CandidateFinder(request, in, plan, log).find(pass);
            List<Candidate> candidates = found.candidates();
            List<TileOutcome> outcomes = found.outcomes();
            stage("sites");

            CandidatesGeoJson.RunContext context = new CandidatesGeoJson.RunContext(request.before().toString(),
                    request.after().toString(), in.beforeDate(), in.afterDate(), request.config().sites().reportThreshold());
            CandidatesGeoJson.write(out.resolve("candidates.geojson"), candidates, context, found.marks());
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
                    request.noChips() ? ChipParameters.NONE : ChipParameters.DEFAULT,
                    request.roads().provenance().isPresent() || !snapping.roads().isEmpty() ? roads : List.of(), roadData), log);
            stage("review_outputs");
            ScanSummary summary = ScanSummary.of(out, plan, request, candidates, outcomes, Duration.between(started, Instant.now()),
                    roads);
            RunManifest.write(out.resolve("run.json"), new RunManifest.Contents(request, in.beforeBands(),
                    in.afterBands(), in.beforeDate(), in.afterDate(), in.grid(), in.pair().warped(), timings, summary,
                    selected.stream().map(Corridor::id).toList(), checksums));
            if (summary.scored() == 0) {
                throw new NoOverlapException("no tile could be scored: all " + plan.tiles().size()
                        + " tiles are masked (cloud, shadow, water) or have no data in one of the dates; outputs are in " + out,
                        "pick a clearer before or after scene");
            }
            return summary;
        }
    }

    /** Stages {@code scene_statistics} and {@code tiles}: one thread pool and one pair reader for both. */
    private TilePass.Result tiles(OpenedPair in, TilePlan plan, Path out) {
        String changeIndex = in.changeIndex();
        int[] bounds = plan.bounds();
        TileAnalyzer analyzer = new TileAnalyzer(request.config().tileAnalysis(), plan.pixelAreaM2(), plan.gsdM(in.grid()));
        TileReader tileReader = new TileReader(in.beforeBands(), in.afterBands());
        if (Sentinel2Product.isProduct(request.before()) || Sentinel2Product.isProduct(request.after())) {
            GdalRuntime.cacheAtLeast(productWorkingSet(plan));
        }
        ExecutorService pool = Executors.newFixedThreadPool(request.threads());
        try (ScenePair.Reader reader = in.pair().openReader();
             GeoTiffWriter evidence = GeoTiffWriter.create(out.resolve("evidence/burn.tif"),
                     in.grid().window(bounds[0], bounds[1], bounds[2], bounds[3]), GeoTiffWriter.PixelType.BYTE,
                     List.of("evidence", "burn_region"), TilePass.EVIDENCE_NODATA, false)) {
            evidence.setScale(0, 1.0 / TilePass.EVIDENCE_STEPS);
            evidence.setMetadata("CORRIDORWATCH_BANDS", "evidence: 0..250 = 0..1 (band scale "
                    + 1.0 / TilePass.EVIDENCE_STEPS + "), from " + changeIndex
                    + "; burn_region: 1 inside a burn region; 255 = not scanned");
            SceneStatistics stats = SceneSampler.sample(plan.tiles(), request.config().scan().sceneSampleWindows(), pool,
                    reader, tileReader, analyzer);
            stage("scene_statistics");
            log.printf("scan: scene %s centre %.3f, noise sigma %.3f (%d samples)%n", changeIndex, stats.centre(),
                    stats.noiseSigma(), stats.samples());
            RoadStrip roads = CandidateFinder.vehiclesResolved(request, plan, in.grid())
                    ? new RoadStrip(in.grid(), plan.crs(), plan.corridors(), request.config().sites().vehicles().roadBufferM())
                    : null;
            TilePass.Result pass = new TilePass(reader, tileReader, analyzer, evidence, bounds,
                    request.config().tiles().overlapPx(), roads).run(plan.tiles(), stats, pool, log);
            stage("tiles");
            if (pass.outcomes().stream().allMatch(o -> o.status().equals("failed"))) {
                throw new InputDataException(request.after(), "every tile failed; first: " + pass.outcomes().get(0).reason(),
                        "check both scenes with gdalinfo -checksum");
            }
            evidence.commit();
            return pass;
        } finally {
            pool.shutdownNow();
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
