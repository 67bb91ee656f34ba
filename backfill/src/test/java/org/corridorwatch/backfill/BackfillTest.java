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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import java.time.LocalDate;
import org.corridorwatch.files.Installation;
import org.corridorwatch.nightly.NightlyJob;
import org.corridorwatch.nightly.NightlyLog;
import org.corridorwatch.nightly.Workspace;
import org.corridorwatch.nightly.store.WorkspaceStore;
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
        try (Stream<Path> s = Files.walk(sparkLocal, 3)) {
            s.filter(p -> p.getFileName().toString().startsWith(ExecutorTiles.SCRATCH_PREFIX)).forEach(p -> found.add(p.toString()));
        }
        // the shared java.io.tmpdir only by name: Files.walk reads each entry's attributes and fails when another
        // process deletes its own temporary file meanwhile (seen: NoSuchFileException on /tmp/imageio*.tmp)
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            s.filter(p -> p.getFileName().toString().startsWith(ExecutorTiles.SCRATCH_PREFIX)).forEach(p -> found.add(p.toString()));
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

    /**
     * {@code --stac}: two committed samples served as four STAC items by a loopback API; the backfill plans the same pairs
     * (names, tile ids) as the nightly does from the same API, and scans each into what the nightly's scan wrote.
     */
    @Test
    void stacPlansTheNightlysPairsAndScansThemAsTheNightlyDoes(@TempDir Path tmp) throws Exception {
        Path samples = Installation.home().resolve("imagery-samples");
        try (StacServer server = new StacServer()) {
            String[][] items = {{"A_before", "2025-09-04", "rn1-kaniera-lakamane/before.tif"},
                {"A_after", "2025-09-19", "rn1-kaniera-lakamane/after.tif"}, {"B_before", "2025-09-08", "no-change/before.tif"},
                {"B_after", "2025-09-18", "no-change/after.tif"}};
            StringBuilder fc = new StringBuilder("{\"type\":\"FeatureCollection\",\"links\":[],\"features\":[");
            for (String[] it : items) {
                server.files.put(it[0] + ".tif", samples.resolve(it[2]));
                fc.append(fc.charAt(fc.length() - 1) == '[' ? "" : ",")
                        .append(StacServer.item("S2_" + it[0], it[1], server.base() + "/files/" + it[0] + ".tif"));
            }
            server.searchResponse = fc.append("]}").toString();
            String url = server.base() + "/stac";
            LocalDate from = LocalDate.parse("2025-09-15");
            LocalDate to = LocalDate.parse("2025-09-25");

            // the nightly on the same API
            Path ws = tmp.resolve("ws");
            Workspace.init(ws);
            NightlyJob.Result night = NightlyJob.run(new NightlyJob.Request(ws, from, false, null, 2, url, "test-s2", null),
                    NightlyLog.NONE);
            List<WorkspaceStore.PairRow> nightly = WorkspaceStore.open(ws.resolve(Workspace.DATABASE)).pairsOfRun(night.runId());
            assertEquals(2, nightly.size(), "the nightly pairs each after-scene with its before-scene");

            Path out = tmp.resolve("backfill");
            StringWriter planLog = new StringWriter();
            List<PairSpec> specs = new BackfillArgs(null, out.toString(), null, "", url, "test-s2", from, to, 0)
                    .specs(new PrintWriter(planLog, true));
            assertTrue(server.searches.get(server.searches.size() - 1).contains("\"2025-07-17T00:00:00Z/2025-09-25T23:59:59Z\""),
                    "the backfill searches from --from minus the maximum gap to the end of --to: " + server.searches);
            assertEquals(nightly.size(), specs.size(), planLog.toString());
            // the same pairs: per pair the tiles that chose its before-scene, as the nightly decided
            assertEquals(nightly.stream().map(WorkspaceStore.PairRow::tileIds).collect(Collectors.toSet()),
                    specs.stream().map(PairSpec::tiles).collect(Collectors.toSet()), planLog.toString());
            assertTrue(specs.stream().allMatch(p -> p.tiles() != null && !p.tiles().isEmpty()), "pairs over their tiles");
            assertEquals(2, Backfill.run(sc, specs, out, new PrintWriter(new StringWriter())).size());
            for (WorkspaceStore.PairRow n : nightly) {
                PairSpec p = specs.stream().filter(s -> n.tileIds().equals(s.tiles())).findFirst().orElseThrow();
                SameAsScan.assertSameCandidatesAndBurn(night.runDir().resolve(n.name()), out.resolve("pairs").resolve(p.id()), p.id());
            }
        }
    }
}
