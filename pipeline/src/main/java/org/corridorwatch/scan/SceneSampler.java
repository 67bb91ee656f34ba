package org.corridorwatch.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.model.Tile;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.raster.DamagedRasterException;
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
                                  ScenePair.Reader reader, TileReader tileReader, TileAnalyzer analyzer) {
        SceneStatistics.Accumulator acc = new SceneStatistics.Accumulator();
        List<Future<?>> futures = new ArrayList<>();
        AtomicReference<DamagedRasterException> damaged = new AtomicReference<>();
        for (ScenePair.Window win : windows(tiles, windows, reader.blockSize())) {
            futures.add(pool.submit(() -> {
                try {
                    TileAnalyzer.Input in = tileReader.read(reader, "sample", win, null, null);
                    analyzer.prepare(in).sampleInto(acc, 1);
                } catch (DamagedRasterException e) {
                    damaged.compareAndSet(null, e); // GDAL said the file is damaged: the scene fails, not a sample
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
        if (damaged.get() != null) {
            throw damaged.get();
        }
        return acc.result();
    }

    /**
     * The sample windows: whole tiles when the planned area is small (a window at a tile's centre would
     * over-sample a central burn), else {@code count} windows of {@link #WINDOW} px at quasi-random
     * positions (golden-ratio sequence, deterministic) in tiles spread evenly over the plan, aligned to
     * the file's blocks so each window decodes as few compressed blocks as possible.
     */
    static List<ScenePair.Window> windows(List<Tile> tiles, int count, int[] block) {
        List<ScenePair.Window> out = new ArrayList<>();
        long pixels = tiles.stream().mapToLong(t -> (long) t.width() * t.height()).sum();
        if (pixels <= 4L * count * WINDOW * WINDOW) {
            for (Tile t : tiles) {
                out.add(new ScenePair.Window(t.col0(), t.row0(), t.width(), t.height()));
            }
            return out;
        }
        double phi = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < count; k++) {
            Tile t = tiles.get((int) ((long) k * tiles.size() / count));
            int w = Math.min(WINDOW, t.width());
            int h = Math.min(WINDOW, t.height());
            double fx = (k * phi) % 1.0;
            double fy = (k * phi * phi) % 1.0;
            int c = align(t.col0() + (int) (fx * (t.width() - w)), block[0], t.col0(), t.col0() + t.width() - w);
            int r = align(t.row0() + (int) (fy * (t.height() - h)), block[1], t.row0(), t.row0() + t.height() - h);
            out.add(new ScenePair.Window(c, r, w, h));
        }
        return out;
    }

    /** {@code v} rounded down to a multiple of {@code block}, kept within [lo, hi]. */
    private static int align(int v, int block, int lo, int hi) {
        int a = block > 1 ? v / block * block : v;
        return Math.max(lo, Math.min(hi, a));
    }
}
