package org.corridorwatch.backfill;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorwatch.files.Installation;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.Tile;
import org.corridorwatch.scan.ScanJob;
import org.corridorwatch.scan.ScanSummary;
import org.corridorwatch.scan.TileResult;

/**
 * {@code corridorwatch backfill (--pairs PAIRS.csv | --stac URL --collection C --from D --to D) --out DIR [--master M]
 * [--config FILE]}: every pair of the CSV (or planned from STAC by the nightly's pairing, {@link BackfillArgs})
 * scanned into {@code DIR/pairs/<pair-id>/} (what {@code scan} writes for it), the tile stage on Spark;
 * {@code DIR/summary.json} lists the pairs and {@code DIR/candidates.parquet/} holds every candidate as GeoParquet
 * ({@link CandidatesParquet}). A pair finished with the same scenes and configuration is skipped.
 * Also the main class of the jar given to {@code spark-submit} (then {@code --master} comes from spark-submit).
 */
public final class Backfill {
    private static final Object PARQUET = new Object();

    private Backfill() {
    }

    public static void main(String[] args) throws IOException {
        if (BackfillArgs.wantsHelp(args)) {
            System.out.println(BackfillArgs.HELP);
            return;
        }
        BackfillArgs a;
        try {
            a = BackfillArgs.parse(args);
        } catch (BackfillArgs.Usage e) {
            System.err.println("backfill: " + e.getMessage());
            System.exit(2);
            return;
        }
        PrintWriter log = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try {
            List<PairSpec> specs = a.specs(log);
            SparkConf conf = new SparkConf().setAppName("corridorwatch-backfill");
            if (a.master() != null) {
                conf.setMaster(a.master());
            } else if (!conf.contains("spark.master")) {
                conf.setMaster("local[*]");
            }
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                sc.setLogLevel("WARN");
                run(sc, specs, Path.of(a.out()), log, a.pairsInFlight());
            }
        } catch (CorridorWatchException e) {
            System.err.println("backfill: " + e.getMessage());
            System.exit(e.exitCode().code());
        }
    }

    /** As {@link #run(JavaSparkContext, List, Path, PrintWriter, int)} with as many pairs in flight as the executors' cores. */
    public static List<String> run(JavaSparkContext sc, List<PairSpec> specs, Path out, PrintWriter log) throws IOException {
        return run(sc, specs, out, log, 0);
    }

    /**
     * Scans every unfinished pair, {@code pairsInFlight} at once (0: Spark's default parallelism, the executors'
     * cores): each pair's driver work (open, plan, statistics pre-pass, merge, outputs, chips) runs on its own driver
     * thread while the tile tasks of all pairs in flight share the executors. Returns the ids of the pairs scanned now,
     * in the order of {@code specs}; a pair listed twice is scanned once.
     */
    public static List<String> run(JavaSparkContext sc, List<PairSpec> specs, Path out, PrintWriter log, int pairsInFlight)
            throws IOException {
        Path home = Installation.home();
        ExecutorGdal.check(sc);
        int inFlight = pairsInFlight > 0 ? pairsInFlight : Math.max(1, sc.defaultParallelism());
        String[] status = new String[specs.size()];
        boolean[] scanned = new boolean[specs.size()];
        ExecutorService pool = Executors.newFixedThreadPool(inFlight, r -> {
            Thread t = new Thread(r, "backfill-pair");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> work = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < specs.size(); i++) {
                int k = i;
                if (!ids.add(specs.get(i).id())) {
                    status[i] = "skipped (listed before)";
                    continue;
                }
                work.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    scanned[k] = scanPair(sc, specs.get(k), out, home, inFlight + 1, log, status, k);
                    log.printf("backfill: %s %s (%.1f s)%n", specs.get(k).id(), status[k], (System.nanoTime() - t0) / 1e9);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            ExecutorTiles.releaseOnExecutors(sc);
        }
        StringBuilder summary = new StringBuilder("{\n  \"pairs\": [");
        List<String> now = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            PairSpec p = specs.get(i);
            if (scanned[i]) {
                now.add(p.id());
            }
            summary.append(i == 0 ? "\n" : ",\n")
                    .append(String.format(Locale.ROOT, "    {\"id\": \"%s\", \"before\": \"%s\", \"after\": \"%s\", \"status\": \"%s\"}",
                            p.id(), esc(p.before()), esc(p.after()), esc(status[i])));
        }
        summary.append("\n  ]\n}\n");
        Files.createDirectories(out.resolve("candidates.parquet"));
        Files.writeString(out.resolve("summary.json"), summary.toString());
        return now;
    }

    /** One pair (on a driver thread): skipped when finished before, else scanned; its status goes to {@code status[k]}. */
    private static boolean scanPair(JavaSparkContext sc, PairSpec p, Path out, Path home, int keep, PrintWriter log,
                                    String[] status, int k) throws IOException {
        Path dir = out.resolve("pairs").resolve(p.id());
        Path marker = dir.resolve("backfill.key");
        String key = p.key(home);
        if (Files.exists(dir.resolve("run.json")) && Files.exists(marker) && Files.readString(marker).equals(key)) {
            status[k] = "skipped (finished before)";
            return false;
        }
        Path dataset = out.resolve("candidates.parquet");
        try (ScanJob job = ScanJob.start(p.request(dir, sc.defaultParallelism()), log)) {
            ScanSummary s = job.finish((j, sink) -> tilesOnSpark(sc, p, j, sink, keep));
            synchronized (PARQUET) { // partition folders are created and removed by every pair
                CandidatesParquet.write(dataset, p.id(), dir.resolve("candidates.geojson"));
            }
            Files.writeString(marker, key);
            status[k] = String.format(Locale.ROOT, "scanned: %d tiles, %d scored, %d failed", s.tiles(), s.scored(), s.failed());
        } catch (CorridorWatchException e) {
            status[k] = "failed: " + e.getMessage();
            synchronized (PARQUET) {
                CandidatesParquet.remove(dataset, p.id());
            }
        }
        return true;
    }

    /**
     * The tile stage of one pair as a Spark job: one task per tile; the driver collects tile summaries and site pieces
     * only, and hands each result with its pixels read back from the pair's folder ({@link TilePixels}) to the scan's
     * own sink, one tile at a time.
     */
    private static void tilesOnSpark(JavaSparkContext sc, PairSpec p, ScanJob job, java.util.function.Consumer<TileResult> sink,
                                     int keep) {
        List<Tile> tiles = job.tiles();
        Path dir = job.out();
        try {
            TilePixels.clear(dir);
            List<TileResult> results = sc.parallelize(tiles, Math.max(1, Math.min(tiles.size(), sc.defaultParallelism() * 4)))
                    .map(new ExecutorTiles(p, job.tileGrid(), job.statistics(), dir, keep)).collect();
            for (TileResult r : results) {
                sink.accept(TilePixels.restore(r, dir));
            }
            TilePixels.clear(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
