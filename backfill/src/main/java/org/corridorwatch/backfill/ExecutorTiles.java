package org.corridorwatch.backfill;

import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.function.Function;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.model.Tile;
import org.corridorwatch.scan.OpenedPair;
import org.corridorwatch.scan.ScanRequest;
import org.corridorwatch.scan.TileGrid;
import org.corridorwatch.scan.TileResult;
import org.corridorwatch.scan.TileWork;

/**
 * The executor side of a (pair, tile) task: the pair opened once per JVM (kept for the next tasks of the same pair)
 * and {@link TileWork#analyse}, the scan's own tile code, run on the tile; a scored tile's pixels are written to the
 * pair's folder ({@link TilePixels}), so only the tile's summary and site pieces go back to the driver.
 */
final class ExecutorTiles implements Function<Tile, TileResult>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Opened> OPEN = new LinkedHashMap<>();
    private static final int KEEP = 2;

    private final PairSpec pair;
    private final TileGrid grid;
    private final SceneStatistics stats;
    private final String pairDir;

    /** @param pairDir the pair's output folder (shared by driver and executors): where scored tiles' pixels go */
    ExecutorTiles(PairSpec pair, TileGrid grid, SceneStatistics stats, Path pairDir) {
        this.pair = pair;
        this.grid = grid;
        this.stats = stats;
        this.pairDir = pairDir.toAbsolutePath().toString();
    }

    private record Opened(OpenedPair in, TileWork work) {
    }

    @Override
    public TileResult call(Tile tile) throws Exception {
        return TilePixels.park(work(pair, grid).analyse(tile, stats), Path.of(pairDir));
    }

    private static synchronized TileWork work(PairSpec pair, TileGrid grid) throws java.io.IOException {
        Opened o = OPEN.get(pair.id());
        if (o == null) {
            Path scratch = Files.createTempDirectory("cw-backfill-");
            ScanRequest request = pair.request(scratch, 1);
            OpenedPair in = OpenedPair.open(request, scratch, new PrintWriter(new StringWriter()));
            o = new Opened(in, new TileWork(request, in, grid));
            OPEN.put(pair.id(), o);
            // pairs are scanned one after the other: older ones are no longer in use
            while (OPEN.size() > KEEP) {
                String oldest = OPEN.keySet().iterator().next();
                Opened old = OPEN.remove(oldest);
                old.work().close();
                old.in().close();
            }
        }
        return o.work();
    }
}
