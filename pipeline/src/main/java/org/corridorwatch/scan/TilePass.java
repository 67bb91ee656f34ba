package org.corridorwatch.scan;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.change.vehicles.VehicleObject;
import org.corridorwatch.model.Tile;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.raster.GeoTiffWriter;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.model.TileOutcome;
import org.corridorwatch.model.RegionPiece;
import org.corridorwatch.sites.TileAnalyzer;

/**
 * The tile stage of a scan on a thread pool: reads each tile of both dates (through the shared,
 * thread-safe pair reader), runs the pure {@link TileAnalyzer}, writes the tile's core into the
 * evidence raster and collects the region pieces. A tile that fails is recorded and the pass goes on.
 */
final class TilePass {
    /** evidence/burn.tif stores evidence 0..1 as bytes 0..250 (band scale 0.004); 255 is nodata. */
    static final int EVIDENCE_STEPS = 250;
    static final double EVIDENCE_NODATA = 255;

    /** What the pass produced; vehicle objects carry common-grid pixel coordinates. */
    record Result(List<TileOutcome> outcomes, List<RegionPiece> pieces, List<VehicleObject> vehiclesBefore,
                  List<VehicleObject> vehiclesAfter) {
    }

    private final ScenePair.Reader reader;
    private final TileReader tileReader;
    private final TileAnalyzer analyzer;
    private final GeoTiffWriter evidence;
    private final int[] bounds;
    private final int overlap;
    private final RoadStrip roads;
    private final List<VehicleObject> before = Collections.synchronizedList(new ArrayList<>());
    private final List<VehicleObject> after = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param bounds  {col0,row0,width,height} of the planned tiles on the grid (the evidence raster's extent)
     * @param overlap tile overlap in pixels (cores split it in half)
     * @param roads   where vehicles are searched, or null for no vehicle search
     */
    TilePass(ScenePair.Reader reader, TileReader tileReader, TileAnalyzer analyzer, GeoTiffWriter evidence,
             int[] bounds, int overlap, RoadStrip roads) {
        this.roads = roads;
        this.reader = reader;
        this.tileReader = tileReader;
        this.analyzer = analyzer;
        this.evidence = evidence;
        this.bounds = bounds;
        this.overlap = overlap;
    }

    Result run(List<Tile> tiles, SceneStatistics stats, ExecutorService pool, PrintWriter log) {
        List<RegionPiece> pieces = Collections.synchronizedList(new ArrayList<>());
        List<Future<TileOutcome>> futures = new ArrayList<>();
        for (Tile t : tiles) {
            futures.add(pool.submit(() -> analyse(t, stats, pieces)));
        }
        List<TileOutcome> outcomes = new ArrayList<>(tiles.size());
        for (Future<TileOutcome> f : futures) {
            outcomes.add(await(f));
            if (outcomes.size() % 50 == 0 || outcomes.size() == futures.size()) {
                log.printf("scan: %d/%d tiles%n", outcomes.size(), futures.size());
                log.flush();
            }
        }
        return new Result(outcomes, pieces, List.copyOf(before), List.copyOf(after));
    }

    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("tile worker failed", e.getCause());
        }
    }

    private TileOutcome analyse(Tile t, SceneStatistics stats, List<RegionPiece> pieces) {
        int[] core = core(t, overlap, bounds);
        try {
            ScenePair.Window w = new ScenePair.Window(t.col0(), t.row0(), t.width(), t.height());
            TileAnalyzer.Result r = analyzer.analyze(tileReader.read(reader, t.id(), w, core,
                    roads == null ? null : roads.mask(t)), stats);
            if (r.status() == TileAnalyzer.Status.SCORED) {
                pieces.addAll(r.pieces());
                before.addAll(r.vehicles().before());
                after.addAll(r.vehicles().after());
                writeEvidence(core, r);
            }
            String reason = switch (r.status()) {
                case MASKED -> String.format(Locale.ROOT, "only %.0f%% of pixels usable (cloud, shadow, water or nodata)",
                        100 * r.validFraction());
                case NO_DATA -> "no data in one of the dates";
                case SCORED -> "";
            };
            return new TileOutcome(t, r.status().name().toLowerCase(Locale.ROOT), reason, r.validFraction(),
                    r.shift().dx(), r.shift().dy(), r.shiftApplied(), 0);
        } catch (CorridorWatchException | IllegalArgumentException | IllegalStateException e) {
            return new TileOutcome(t, "failed", e.getMessage(), Double.NaN, Double.NaN, Double.NaN, false, 0);
        }
    }

    private void writeEvidence(int[] core, TileAnalyzer.Result r) {
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
}
