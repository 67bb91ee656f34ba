package org.corridorwatch.backfill;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.util.Utils;
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
 *
 * <p>Each opened pair has a scratch folder {@code cw-backfill-*} in Spark's local dir ({@link #scratchRoot}); it is
 * deleted when the pair
 * is evicted (more than {@link #keep} pairs open), by {@link #releaseAll} (the driver runs it on the executors after the
 * last pair) and, for an executor the release tasks did not reach, by a shutdown hook.
 */
final class ExecutorTiles implements Function<Tile, TileResult>, Serializable {
    private static final long serialVersionUID = 1L;
    /** Scratch folders of opened pairs are named so. */
    static final String SCRATCH_PREFIX = "cw-backfill-";
    private static final Map<String, Opened> OPEN = new LinkedHashMap<>();
    private static boolean hooked;

    private final PairSpec pair;
    private final TileGrid grid;
    private final SceneStatistics stats;
    private final String pairDir;
    private final int keep;

    /**
     * @param pairDir the pair's output folder (shared by driver and executors): where scored tiles' pixels go
     * @param keep    pairs kept open per executor JVM: at least the pairs the driver has in flight at once
     */
    ExecutorTiles(PairSpec pair, TileGrid grid, SceneStatistics stats, Path pairDir, int keep) {
        this.pair = pair;
        this.grid = grid;
        this.stats = stats;
        this.pairDir = pairDir.toAbsolutePath().toString();
        this.keep = Math.max(1, keep);
    }

    /** An opened pair; {@code users}: tasks running on it now (guarded by the class lock). */
    private static final class Opened {
        final OpenedPair in;
        final TileWork work;
        final Path scratch;
        int users;

        Opened(OpenedPair in, TileWork work, Path scratch) {
            this.in = in;
            this.work = work;
            this.scratch = scratch;
        }

        void close() {
            try {
                work.close();
                in.close();
            } finally {
                deleteTree(scratch);
            }
        }
    }

    @Override
    public TileResult call(Tile tile) throws Exception {
        Opened o = acquire(pair, grid, keep);
        try {
            return TilePixels.park(o.work.analyse(tile, stats), Path.of(pairDir));
        } finally {
            synchronized (ExecutorTiles.class) {
                o.users--;
            }
        }
    }

    private static synchronized Opened acquire(PairSpec pair, TileGrid grid, int keep) throws IOException {
        Opened o = OPEN.remove(pair.id());
        if (o == null) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(ExecutorTiles::releaseAll, "cw-backfill-cleanup"));
                hooked = true;
            }
            Path scratch = Files.createTempDirectory(scratchRoot(), SCRATCH_PREFIX);
            try {
                ScanRequest request = pair.request(scratch, 1);
                OpenedPair in = OpenedPair.open(request, scratch, new PrintWriter(new StringWriter()));
                o = new Opened(in, new TileWork(request, in, grid), scratch);
            } catch (RuntimeException e) {
                deleteTree(scratch);
                throw e;
            }
        }
        o.users++;
        OPEN.put(pair.id(), o); // most recently used last
        // closes the least recently used pairs no task runs on (a later task of one opens it again)
        for (var it = OPEN.entrySet().iterator(); it.hasNext() && OPEN.size() > keep; ) {
            Opened old = it.next().getValue();
            if (old.users == 0) {
                it.remove();
                old.close();
            }
        }
        return o;
    }

    /**
     * Driver side, after the last pair: one task per default-parallelism slot closes the pairs of the executor it runs
     * on (with few slots a task may not reach every executor: their shutdown hook deletes the rest).
     */
    static void releaseOnExecutors(JavaSparkContext sc) {
        int n = sc.defaultParallelism();
        sc.parallelize(IntStream.range(0, n).boxed().toList(), n).map(i -> releaseAll()).collect();
        releaseAll(); // the driver's JVM too (in-process executors at local[N])
    }

    /**
     * Spark's local dir of this executor (spark.local.dir, or what the cluster manager gave the executor: on a
     * standalone Worker the application's folder, which the Worker deletes when the application ends, so even a
     * killed executor's scratch goes); java.io.tmpdir outside Spark.
     */
    private static Path scratchRoot() {
        SparkEnv env = SparkEnv.get();
        return env == null ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(Utils.getLocalDir(env.conf()));
    }

    /** Closes every pair this JVM has open and deletes their scratch folders; returns how many there were. */
    static synchronized int releaseAll() {
        List<Opened> all = new ArrayList<>(OPEN.values());
        OPEN.clear();
        for (Opened o : all) {
            try {
                o.close();
            } catch (RuntimeException e) {
                // going on with the others: a scratch folder is never worth failing a finished backfill
                System.err.println("backfill: cannot close a pair: " + e.getMessage());
            }
        }
        return all.size();
    }

    private static void deleteTree(Path dir) {
        try {
            org.corridorwatch.files.FileTrees.delete(dir);
        } catch (IOException e) {
            System.err.println("backfill: cannot delete " + dir + ": " + e.getMessage());
        }
    }
}
