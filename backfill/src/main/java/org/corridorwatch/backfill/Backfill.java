package org.corridorwatch.backfill;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private Backfill() {
    }

    public static void main(String[] args) throws IOException {
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
                run(sc, specs, Path.of(a.out()), log);
            }
        } catch (CorridorWatchException e) {
            System.err.println("backfill: " + e.getMessage());
            System.exit(e.exitCode().code());
        }
    }

    /** Scans every unfinished pair; returns the ids of the pairs scanned now. */
    public static List<String> run(JavaSparkContext sc, List<PairSpec> specs, Path out, PrintWriter log) throws IOException {
        Path home = Installation.home();
        ExecutorGdal.check(sc);
        List<String> scanned = new ArrayList<>();
        StringBuilder summary = new StringBuilder("{\n  \"pairs\": [");
        try {
            scanAll(sc, specs, out, log, home, scanned, summary);
        } finally {
            ExecutorTiles.releaseOnExecutors(sc);
        }
        summary.append("\n  ]\n}\n");
        Files.createDirectories(out.resolve("candidates.parquet"));
        Files.writeString(out.resolve("summary.json"), summary.toString());
        return scanned;
    }

    private static void scanAll(JavaSparkContext sc, List<PairSpec> specs, Path out, PrintWriter log, Path home,
                                List<String> scanned, StringBuilder summary) throws IOException {
        for (PairSpec p : specs) {
            Path dir = out.resolve("pairs").resolve(p.id());
            Path marker = dir.resolve("backfill.key");
            String key = p.key(home);
            String status;
            long t0 = System.nanoTime();
            if (Files.exists(dir.resolve("run.json")) && Files.exists(marker) && Files.readString(marker).equals(key)) {
                status = "skipped (finished before)";
            } else {
                try (ScanJob job = ScanJob.start(p.request(dir, sc.defaultParallelism()), log)) {
                    ScanSummary s = job.finish((j, sink) -> tilesOnSpark(sc, p, j, sink));
                    CandidatesParquet.write(out.resolve("candidates.parquet"), p.id(), dir.resolve("candidates.geojson"));
                    Files.writeString(marker, key);
                    status = String.format(Locale.ROOT, "scanned: %d tiles, %d scored, %d failed", s.tiles(), s.scored(), s.failed());
                } catch (CorridorWatchException e) {
                    status = "failed: " + e.getMessage();
                    CandidatesParquet.remove(out.resolve("candidates.parquet"), p.id());
                }
                scanned.add(p.id());
            }
            log.printf("backfill: %s %s (%.1f s)%n", p.id(), status, (System.nanoTime() - t0) / 1e9);
            summary.append(specs.indexOf(p) == 0 ? "\n" : ",\n")
                    .append(String.format(Locale.ROOT, "    {\"id\": \"%s\", \"before\": \"%s\", \"after\": \"%s\", \"status\": \"%s\"}",
                            p.id(), esc(p.before()), esc(p.after()), esc(status)));
        }
    }

    /**
     * The tile stage of one pair as a Spark job: one task per tile; the driver collects tile summaries and site pieces
     * only, and hands each result with its pixels read back from the pair's folder ({@link TilePixels}) to the scan's
     * own sink, one tile at a time.
     */
    private static void tilesOnSpark(JavaSparkContext sc, PairSpec p, ScanJob job, java.util.function.Consumer<TileResult> sink) {
        List<Tile> tiles = job.tiles();
        Path dir = job.out();
        try {
            TilePixels.clear(dir);
            List<TileResult> results = sc.parallelize(tiles, Math.max(1, Math.min(tiles.size(), sc.defaultParallelism() * 4)))
                    .map(new ExecutorTiles(p, job.tileGrid(), job.statistics(), dir, 2)).collect();
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
