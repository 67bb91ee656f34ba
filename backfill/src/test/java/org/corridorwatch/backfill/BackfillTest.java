package org.corridorwatch.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorwatch.files.Installation;
import org.corridorwatch.scan.ScanJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backfill of three committed samples at local[2] against the scan of each pair (and its GeoParquet rows against the
 * scan's candidates); rerun skips finished pairs.
 */
class BackfillTest {
    private static final List<String> SAMPLES = List.of("rn1-kaniera-lakamane", "no-change", "rn7-bougouni-bushfires");
    private static JavaSparkContext sc;
    private static Path sparkLocal;

    @BeforeAll
    static void spark() throws IOException {
        sparkLocal = Files.createTempDirectory("backfill-test-spark-local");
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("backfill-test")
                .set("spark.ui.enabled", "false").set("spark.local.dir", sparkLocal.toString()));
        sc.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() throws IOException {
        sc.close();
        sparkLocal.toFile().deleteOnExit(); // after Spark's own shutdown hook has emptied it
        // Spark's block manager folders in spark.local.dir go when the context stops
        try (Stream<Path> s = Files.list(sparkLocal)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("blockmgr-")).toList(),
                    "Spark's local dir emptied of block managers");
        }
    }

    /** The executors' scratch folders of opened pairs now in Spark's local dir (where they go) or java.io.tmpdir. */
    static Set<String> scratchFolders() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path root : List.of(sparkLocal, Path.of(System.getProperty("java.io.tmpdir")))) {
            try (Stream<Path> s = Files.walk(root, root.equals(sparkLocal) ? 3 : 1)) {
                s.filter(p -> p.getFileName().toString().startsWith(ExecutorTiles.SCRATCH_PREFIX))
                        .forEach(p -> found.add(p.toString()));
            }
        }
        return found;
    }

    private static List<PairSpec> pairs() {
        Path samples = Installation.home().resolve("imagery-samples");
        return SAMPLES.stream().map(s -> new PairSpec(samples.resolve(s).resolve("before.tif").toString(),
                samples.resolve(s).resolve("after.tif").toString(), "", samples.resolve(s).resolve("firms.csv").toString(), ""))
                .toList();
    }

    @Test
    void sameCandidatesAsScanAndRerunSkipsFinishedPairs(@TempDir Path tmp) throws Exception {
        PrintWriter log = new PrintWriter(new StringWriter());
        List<PairSpec> pairs = pairs();
        Path out = tmp.resolve("backfill");
        Set<String> scratchBefore = scratchFolders();
        assertEquals(3, Backfill.run(sc, pairs, out, log).size());
        Set<String> left = scratchFolders();
        left.removeAll(scratchBefore);
        assertEquals(Set.of(), left, "the executors' scratch folders of opened pairs are deleted when the backfill ends");
        java.util.Map<String, Path> scanned = new java.util.LinkedHashMap<>();
        int candidates = 0;
        for (PairSpec p : pairs) {
            Path scanOut = tmp.resolve("scan-" + p.id());
            ScanJob.run(p.request(scanOut, 2), log);
            scanned.put(p.id(), scanOut.resolve("candidates.geojson"));
            candidates += SameAsScan.assertSameCandidatesAndBurn(scanOut, out.resolve("pairs").resolve(p.id()), p.id());
            assertTrue(!Files.exists(out.resolve("pairs").resolve(p.id()).resolve(TilePixels.FOLDER)), "pixel hand-over folder removed");
        }
        assertTrue(Files.readString(out.resolve("summary.json")).contains(pairs.get(0).id()));
        // the GeoParquet rows are the scan's candidates (read back with the Parquet reader)
        assertTrue(candidates > 0, "the samples have candidates to compare");
        GeoParquetRows.assertSameAsGeoJson(out.resolve("candidates.parquet"), scanned);

        // an interrupted backfill: one pair's run.json gone (its run never finished) -> only that pair is scanned again
        Files.delete(out.resolve("pairs").resolve(pairs.get(1).id()).resolve("run.json"));
        assertEquals(List.of(pairs.get(1).id()), Backfill.run(sc, pairs, out, log));
        left = scratchFolders();
        left.removeAll(scratchBefore);
        assertEquals(Set.of(), left, "no scratch folder left by the rerun");
        GeoParquetRows.assertSameAsGeoJson(out.resolve("candidates.parquet"), scanned);
    }
}
