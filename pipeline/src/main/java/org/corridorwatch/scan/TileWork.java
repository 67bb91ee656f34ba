package org.corridorwatch.scan;

import java.util.List;
import java.util.Locale;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.Tile;
import org.corridorwatch.model.TileOutcome;
import org.corridorwatch.raster.SceneProjection;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.sites.TileAnalyzer;

/**
 * The work on one tile of a pair, on any engine: read both dates' window, run the pure {@link TileAnalyzer}, and
 * turn what it returns into a {@link TileResult} (a tile that fails on bad data becomes a "failed" outcome). The
 * scan's thread pool ({@link TilePass}) and the Spark backfill's executors call this same code. Safe to share
 * between threads; closing it closes the pair reader (not the pair).
 */
public final class TileWork implements AutoCloseable {
    private final ScenePair.Reader reader;
    private final TileReader tileReader;
    private final TileAnalyzer analyzer;
    private final RoadStrip roads;
    private final TileGrid grid;

    /** For a pair opened by {@link OpenedPair#open} with {@code request}, whose plan is summarised by {@code grid}. */
    public TileWork(ScanRequest request, OpenedPair in, TileGrid grid) {
        this.grid = grid;
        this.analyzer = new TileAnalyzer(request.config().tileAnalysis(), grid.pixelAreaM2(), grid.gsdM());
        this.tileReader = new TileReader(in.beforeBands(), in.afterBands());
        List<Corridor> corridors = request.corridors().corridors().stream()
                .filter(c -> grid.corridorIds().contains(c.id())).toList();
        // the road strip: vehicles are searched in it on fine pixels, strips of mixed char on metric grids of any pixel size
        boolean strips = request.config().evidence().strips().enabled() && Double.isFinite(grid.gsdM());
        this.roads = (grid.gsdM() <= request.config().sites().vehicles().maxGsdM() || strips) && !corridors.isEmpty()
                ? new RoadStrip(in.grid(), SceneProjection.of(in.grid()), corridors, request.config().sites().vehicles().roadBufferM())
                : null;
        this.reader = in.pair().openReader();
    }

    ScenePair.Reader reader() {
        return reader;
    }

    TileReader tileReader() {
        return tileReader;
    }

    TileAnalyzer analyzer() {
        return analyzer;
    }

    /** The tile stage for one tile: never throws for bad data (the outcome says "failed"). */
    public TileResult analyse(Tile t, SceneStatistics stats) {
        int[] core = TilePass.core(t, grid.overlapPx(), grid.bounds());
        try {
            ScenePair.Window w = new ScenePair.Window(t.col0(), t.row0(), t.width(), t.height());
            TileAnalyzer.Result r = analyzer.analyze(tileReader.read(reader, t.id(), w, core,
                    roads == null ? null : roads.mask(t)), stats);
            String reason = switch (r.status()) {
                case MASKED -> String.format(Locale.ROOT, "only %.0f%% of pixels usable (cloud, shadow, water or nodata)",
                        100 * r.validFraction());
                case NO_DATA -> "no data in one of the dates";
                case SCORED -> "";
            };
            TileOutcome outcome = new TileOutcome(t, r.status().name().toLowerCase(Locale.ROOT), reason, r.validFraction(),
                    r.shift().dx(), r.shift().dy(), r.shiftApplied(), 0);
            if (r.status() != TileAnalyzer.Status.SCORED) {
                return new TileResult(outcome, core, List.of(), List.of(), List.of(), null, null);
            }
            return new TileResult(outcome, core, r.pieces(), r.vehicles().before(), r.vehicles().after(),
                    r.evidence(), r.regions());
        } catch (CorridorWatchException | IllegalArgumentException | IllegalStateException e) {
            return new TileResult(new TileOutcome(t, "failed", e.getMessage(), Double.NaN, Double.NaN, Double.NaN, false, 0),
                    core, List.of(), List.of(), List.of(), null, null);
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
