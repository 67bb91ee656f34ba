package org.corridorwatch.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.corridorwatch.change.SceneStatistics;
import org.corridorwatch.geo.Tile;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.sites.TileAnalyzer;

/**
 * Scene statistics of the change index (robust centre and noise), from small windows spread evenly
 * over the planned tiles: every tile is then judged against the same scene-wide thresholds without a
 * second full pass over the scene.
 */
final class SceneSampler {
    /** Side of one sample window, pixels. */
    static final int WINDOW = 128;

    private SceneSampler() {
    }

    static SceneStatistics sample(List<Tile> tiles, int windows, ExecutorService pool,
                                  ThreadLocal<ScenePair.Reader> reader, TileReader tileReader, TileAnalyzer analyzer) {
        SceneStatistics.Accumulator acc = new SceneStatistics.Accumulator();
        double step = Math.max(1.0, (double) tiles.size() / windows);
        List<Future<?>> futures = new ArrayList<>();
        for (double i = 0; i < tiles.size(); i += step) {
            Tile t = tiles.get((int) i);
            int w = Math.min(WINDOW, t.width());
            int h = Math.min(WINDOW, t.height());
            ScenePair.Window win = new ScenePair.Window(t.col0() + (t.width() - w) / 2, t.row0() + (t.height() - h) / 2, w, h);
            futures.add(pool.submit(() -> {
                try {
                    TileAnalyzer.Input in = tileReader.read(reader.get(), t.id(), win, null);
                    acc.add(analyzer.prepare(in).changeIndex(), 1);
                } catch (CorridorWatchException | IllegalArgumentException e) {
                    // an unreadable sample only thins the statistics; the tile itself reports the failure
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("scan interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("sampling failed", e.getCause());
            }
        }
        return acc.result();
    }
}
