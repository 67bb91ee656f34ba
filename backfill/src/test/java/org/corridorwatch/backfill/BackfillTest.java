package org.corridorwatch.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @BeforeAll
    static void spark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("backfill-test")
                .set("spark.ui.enabled", "false"));
        sc.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        sc.close();
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
        assertEquals(3, Backfill.run(sc, pairs, out, log).size());
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
        GeoParquetRows.assertSameAsGeoJson(out.resolve("candidates.parquet"), scanned);
    }
}
