package org.corridorwatch.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.Gazetteer;
import org.corridorwatch.geo.Locator;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.OutputException;
import org.corridorwatch.model.Progress;
import org.corridorwatch.raster.GeoTiffWriter;
import org.corridorwatch.model.ConfigException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * {@code samples generate}: sites the scene, plans the scenario, renders and writes
 * {@code before.tif}, {@code after.tif} (UInt16, Byte for the high-resolution sensor, nodata 0, tiled DEFLATE, COG by default),
 * {@code truth.geojson}, {@code firms.csv} and {@code README.md} into the output directory. Strips of
 * {@link SceneRenderer#DEFAULT_STRIP_ROWS} rows are rendered on up to {@link #MAX_THREADS} threads and
 * written in order, so memory is bounded by strip size × threads, never by the scene.
 */
public final class SampleGenerator {
    public static final int MAX_THREADS = 4;
    /** Mixed into the seed of a road course's own random stream. */
    static final long COURSE_SEED = 0x15C0_0125L;
    static final List<String> FILES = List.of("before.tif", "after.tif", "truth.geojson", "firms.csv", "README.md");

    /** What was written. */
    public record Result(Path dir, GridGeometry grid, Map<String, Integer> featureCounts, int firmsRows,
                         double seconds) {
    }

    private SampleGenerator() {
    }

    public static Result generate(SampleRequest req) {
        return generate(req, Progress.NONE);
    }

    /** As above, the rendering of both images shown by {@code progress} (task "samples", unit "strips"). */
    public static Result generate(SampleRequest req, Progress progress) {
        long t0 = System.nanoTime();
        SampleRecipe recipe = SampleRecipe.forCase(req.caseName());
        checkOutput(req);
        CourseRoads.Drawn[] course = new CourseRoads.Drawn[1];
        SampleSite site = req.roadCourse().meander() ? courseSite(req, course) : site(req);
        SplittableRandom master = new SplittableRandom(req.seed());
        Scenario scenario = ScenarioPlanner.plan(site.grid(), req.sensor(), site.roads(), recipe, site.latitudeDeg(),
                master.split(), course[0]);
        List<FirmsDetection> firms = FirmsSynthesizer.synthesize(scenario, master.split());
        List<PlantedFeature> truth = locate(scenario.features(), site, firms);
        try {
            Files.createDirectories(req.out());
        } catch (java.io.IOException e) {
            throw new OutputException(req.out(), "cannot create directory (" + e.getMessage() + ")",
                    "choose a writable output location");
        }
        long strips = (scenario.grid().height() + SceneRenderer.DEFAULT_STRIP_ROWS - 1) / SceneRenderer.DEFAULT_STRIP_ROWS;
        progress.start("samples", "strips", 2 * strips);
        try {
            writeImage(req, scenario, When.BEFORE, progress);
            writeImage(req, scenario, When.AFTER, progress);
        } finally {
            progress.finish();
        }
        Map<String, Object> scene = SampleReadme.sceneProperties(req, scenario, site, firms);
        AtomicFiles.writeString(req.out().resolve("truth.geojson"), TruthGeoJson.toJson(truth, scene, site.projection()));
        AtomicFiles.writeString(req.out().resolve("firms.csv"), FirmsCsv.toCsv(firms, site.projection()));
        AtomicFiles.writeString(req.out().resolve("README.md"), SampleReadme.text(req, scenario, site, truth, firms));
        Map<String, Integer> counts = new TreeMap<>();
        truth.forEach(f -> counts.merge(f.featureClass().geojsonName(), 1, Integer::sum));
        return new Result(req.out(), site.grid(), counts, firms.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** The site of a request (corridor segment, box, or the default segment). */
    public static SampleSite site(SampleRequest req) {
        CorridorCatalog catalog = CorridorCatalog.loadDefault();
        if (req.bbox() != null) {
            double[] b = req.bbox();
            return SampleSite.forBbox(catalog, b[0], b[1], b[2], b[3], req.sensor(), req.sizePx());
        }
        String id = req.corridorId() != null ? req.corridorId() : SampleRequest.DEFAULT_CORRIDOR;
        double from = req.corridorId() != null ? req.fromKm() : SampleRequest.DEFAULT_FROM_KM;
        double to = req.corridorId() != null ? req.toKm() : SampleRequest.DEFAULT_TO_KM;
        return SampleSite.forCorridor(catalog, id, from, to, req.sensor(), req.sizePx());
    }

    /**
     * The site of a request with a road course: the corridor segment's scene grown to hold the course (drawn from
     * its own random stream, seeded by the request's seed), whose road replaces the configured lines as the drawn road.
     */
    static SampleSite courseSite(SampleRequest req, CourseRoads.Drawn[] course) {
        if (req.bbox() != null) {
            throw new ConfigException("--road-course meander needs a corridor segment, not --bbox",
                    "give --corridor ID --from-km A --to-km B (or no location: the default segment)");
        }
        String id = req.corridorId() != null ? req.corridorId() : SampleRequest.DEFAULT_CORRIDOR;
        double from = req.corridorId() != null ? req.fromKm() : SampleRequest.DEFAULT_FROM_KM;
        double to = req.corridorId() != null ? req.toKm() : SampleRequest.DEFAULT_TO_KM;
        SplittableRandom rnd = new SplittableRandom(req.seed() ^ COURSE_SEED);
        SampleSite site = SampleSite.forCorridor(CorridorCatalog.loadDefault(), id, from, to, req.sensor(), req.sizePx(),
                m -> {
                    course[0] = CourseRoads.plan(m, from, to, req.roadCourse(), rnd);
                    return course[0].segment();
                });
        GridGeometry g = site.grid();
        Envelope reach = new Envelope(g.originX(), g.originX() + g.width() * g.pixelWidth(),
                g.originY() - g.height() * g.pixelHeight(), g.originY());
        reach.expandBy(300);
        Geometry clip = course[0].road().intersection(new GeometryFactory().toGeometry(reach));
        List<LineString> drawn = new ArrayList<>();
        for (int i = 0; i < clip.getNumGeometries(); i++) {
            if (clip.getGeometryN(i) instanceof LineString l && l.getLength() > 50) {
                drawn.add(l);
            }
        }
        return site.withRoads(drawn);
    }

    private static void checkOutput(SampleRequest req) {
        if (req.overwrite()) {
            return;
        }
        for (String f : FILES) {
            if (Files.exists(req.out().resolve(f))) {
                throw new OutputException(req.out().resolve(f), "already exists",
                        "use --overwrite or another --out directory");
            }
        }
    }

    /** Adds corridor, chainage and offset (and a place label for attacks) to features near a corridor. */
    private static List<PlantedFeature> locate(List<PlantedFeature> features, SampleSite site,
                                               List<FirmsDetection> firms) {
        Locator locator = null;
        try {
            locator = new Locator(site.corridors().stream().map(MetricCorridor::corridor).toList(),
                    Gazetteer.loadDefault());
        } catch (CorridorWatchException e) {
            locator = null;
        }
        List<PlantedFeature> out = new ArrayList<>();
        for (PlantedFeature f : features) {
            PlantedFeature g = f;
            boolean relevant = switch (f.featureClass()) {
                case ATTACK, QUEUE, TRUCK_PARK, MARKET, NEW_BUILDING, BUSHFIRE, OLD_BURN, WRECK -> true;
                default -> false;
            };
            if (relevant && !site.corridors().isEmpty() && !f.geometry().isEmpty()) {
                Point c = f.geometry().getInteriorPoint();
                MetricCorridor best = null;
                double[] bestCo = null;
                for (MetricCorridor m : site.corridors()) {
                    double[] co = m.chainageAndOffset(c.getX(), c.getY());
                    if (bestCo == null || Math.abs(co[1]) < Math.abs(bestCo[1])) {
                        best = m;
                        bestCo = co;
                    }
                }
                if (Math.abs(bestCo[1]) < 3000) {
                    g = g.with("corridor", best.corridor().id())
                            .with("chainage_km", ScenarioPlanner.round(bestCo[0], 2))
                            .with("offset_m", ScenarioPlanner.round(bestCo[1], 0));
                    if (f.featureClass() == FeatureClass.ATTACK && locator != null) {
                        double[] ll = site.projection().inverse(c.getX(), c.getY());
                        g = g.with("location", locator.locate(ll[0], ll[1]).labelWith(best.corridor().shortName()));
                    }
                }
            }
            long n = firms.stream().filter(d -> f.id().equals(d.featureId())).count();
            if (n > 0) {
                g = g.with("firms_detections", n);
            }
            out.add(g);
        }
        return out;
    }

    private static void writeImage(SampleRequest req, Scenario s, When date, Progress progress) {
        Sensor sensor = s.sensor();
        GridGeometry grid = s.grid();
        String name = date == When.BEFORE ? "before.tif" : "after.tif";
        SceneRenderer renderer = new SceneRenderer(s);
        int stripRows = SceneRenderer.DEFAULT_STRIP_ROWS;
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (GeoTiffWriter w = GeoTiffWriter.create(req.out().resolve(name), grid,
                sensor.eightBit() ? GeoTiffWriter.PixelType.BYTE : GeoTiffWriter.PixelType.UINT16,
                sensor.fileBandNames(), 0, req.cog())) {
            metadata(s, date, req).forEach(w::setMetadata);
            for (int batch = 0; batch < grid.height(); batch += stripRows * threads) {
                List<Future<SceneRenderer.Strip>> jobs = new ArrayList<>();
                for (int row0 = batch; row0 < Math.min(grid.height(), batch + stripRows * threads); row0 += stripRows) {
                    int r0 = row0;
                    jobs.add(pool.submit(() -> renderer.render(date, r0, stripRows)));
                }
                for (Future<SceneRenderer.Strip> job : jobs) {
                    SceneRenderer.Strip st = job.get();
                    for (int b = 0; b < sensor.bandCount(); b++) {
                        float[] v = st.bands()[b];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = Float.isNaN(v[i]) ? 0 : sensor.encode(v[i]);
                        }
                        w.write(b, 0, st.row0(), st.width(), st.rows(), v);
                    }
                    if (st.scl() != null) {
                        w.write(sensor.bandCount(), 0, st.row0(), st.width(), st.rows(), st.scl());
                    }
                    progress.step(1);
                }
            }
            w.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Dataset metadata written to each image. */
    static Map<String, String> metadata(Scenario s, When date, SampleRequest req) {
        Scenario.Acquisition q = s.acquisition(date);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SYNTHETIC", "YES: corridorwatch samples generate (not real imagery)");
        m.put("SAMPLE_CASE", s.recipe().name());
        m.put("SAMPLE_SEED", Long.toString(req.seed()));
        m.put("ACQUISITION_DATE", q.date().toString());
        m.put("ACQUISITION_TIME_UTC", q.timeUtc());
        switch (s.sensor()) {
            case SENTINEL2 -> {
                m.put("SENSOR", "Sentinel-2 MSI L2A-like (synthetic)");
                m.put("PROCESSING_BASELINE", "05.09");
                m.put("BOA_ADD_OFFSET", "-1000");
                m.put("BOA_QUANTIFICATION_VALUE", "10000");
                m.put("REFLECTANCE_FORMULA", "reflectance = (DN + BOA_ADD_OFFSET) / BOA_QUANTIFICATION_VALUE; DN 0 = nodata");
                m.put("SCL_BAND", "7 (codes: 0 nodata, 3 cloud shadow, 4 vegetation, 5 bare, 6 water, "
                        + "8 cloud medium, 9 cloud high, 10 thin cirrus)");
                m.put("B11_B12_RESOLUTION", "20 m, upsampled by pixel replication onto the 10 m grid");
            }
            case PLANETSCOPE -> {
                m.put("SENSOR", "PlanetScope SuperDove 4-band surface reflectance-like (synthetic)");
                m.put("REFLECTANCE_COEFFICIENT", "0.0001");
            }
            case HIGHRES -> {
                m.put("SENSOR", "high-resolution 0.5 m multispectral-like (synthetic)");
                m.put("NBITS", "8");
                m.put("RADIOMETRY", "8-bit DN = 510 * reflectance, saturating at 0.5 (pansharpened-product-like); 0 = nodata");
            }
        }
        return m;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
