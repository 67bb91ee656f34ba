package org.corridorwatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.report.CandidatesGeoJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.corridorwatch.nightly.store.SceneRecord;
import org.corridorwatch.nightly.store.SeenCandidate;
import org.corridorwatch.nightly.store.WorkspaceStore;

/**
 * The nightly job end to end on small generated scenes of one RN1 grid: date 1 clean, date 2 with
 * attack A, date 3 with A (still burnt) and a new attack B.
 */
class NightlyJobTest {
    @TempDir
    static Path scenesDir;
    static Path date1;
    static Path date2;
    static Path date3;

    @BeforeAll
    static void scenes() {
        Path[] dates = NightlyScenes.threeDates(scenesDir);
        date1 = dates[0];
        date2 = dates[1];
        date3 = dates[2];
    }

    static Workspace workspace(Path dir) throws IOException {
        Workspace ws = Workspace.init(dir);
        String yaml = NightlyConfig.defaultYaml().replace("chips: true", "chips: false").replace("threads: 0", "threads: 2");
        Files.writeString(ws.nightlyConfig(), yaml);
        return ws;
    }

    static void drop(Workspace ws, Path... scenes) throws IOException {
        for (Path s : scenes) {
            Files.copy(s, ws.inbox().resolve(s.getFileName()));
        }
    }

    static CliTest.Run nightly(Workspace ws, String... extra) {
        List<String> args = new ArrayList<>(List.of("nightly", "--workspace", ws.root().toString()));
        args.addAll(List.of(extra));
        return CliTest.run(args.toArray(String[]::new));
    }

    static JsonNode summary(Path runDir) throws IOException {
        return CandidatesGeoJson.JSON.readTree(runDir.resolve("summary.json").toFile());
    }

    static Path lastRun(Workspace ws) throws IOException {
        try (Stream<Path> s = Files.list(ws.runs())) {
            return s.sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    static double distanceM(String wkt, Coordinate lonLat) throws Exception {
        Geometry g = new WKTReader().read(wkt);
        Coordinate c = g.getCentroid().getCoordinate();
        double kx = 111_320 * Math.cos(Math.toRadians(lonLat.y));
        return Math.hypot((c.x - lonLat.x) * kx, (c.y - lonLat.y) * 110_574);
    }

    @Test
    void threeDatesOverThreeNightsReportExactlyWhatIsNew(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir.resolve("ws"));
        Coordinate a = NightlyScenes.lonLat(NightlyScenes.ATTACK_A_KM);
        Coordinate b = NightlyScenes.lonLat(NightlyScenes.ATTACK_B_KM);
        WorkspaceStore store = WorkspaceStore.open(ws.database());

        // night 1: the first date has nothing to compare with
        drop(ws, date1);
        CliTest.Run n1 = nightly(ws);
        assertEquals(0, n1.exitCode(), n1.err());
        assertTrue(n1.out().startsWith("1 new scene, 0 tiles, 0 new candidates (0 linked to known incident), 0 failures, "), n1.out());
        assertEquals(1, n1.out().strip().lines().count(), "one line for cron mail: " + n1.out());

        // night 2: attack A appears; a truncated file in the inbox is quarantined and the rest goes on
        drop(ws, date2);
        byte[] head = Arrays.copyOf(Files.readAllBytes(date3), 4096);
        Files.write(ws.inbox().resolve("truncated.tif"), head);
        CliTest.Run n2 = nightly(ws);
        assertEquals(0, n2.exitCode(), n2.err());
        assertTrue(n2.out().startsWith("1 new scene, "), n2.out());
        assertTrue(n2.out().contains(" 1 new candidate (0 linked to known incident), 0 failures, 1 quarantined, "), n2.out());
        assertTrue(Files.exists(ws.quarantine().resolve("truncated.tif")));
        assertTrue(Files.readString(ws.quarantine().resolve("truncated.tif.reason.txt")).contains("reason: "));
        assertFalse(Files.exists(ws.inbox().resolve("truncated.tif")));
        JsonNode s2 = summary(lastRun(ws));
        assertEquals("inbox/truncated.tif", s2.path("quarantined").get(0).path("file").asText());
        assertEquals(1, s2.path("new_candidates").size());
        assertTrue(distanceM(s2.path("new_candidates").get(0).path("geometry_wkt").asText(), a) < 250);

        // night 3: B is new; A is still burnt in both dates of the new pair and is not reported again
        drop(ws, date3);
        CliTest.Run n3 = nightly(ws);
        assertEquals(0, n3.exitCode(), n3.err());
        JsonNode s3 = summary(lastRun(ws));
        assertEquals(1, s3.path("new_candidates").size(), s3.toString());
        assertTrue(distanceM(s3.path("new_candidates").get(0).path("geometry_wkt").asText(), b) < 250);
        assertEquals("2025-09-21_" + s3.path("pairs").get(0).path("after").asText().substring(0, 8) + "-from-2025-09-11_"
                + s3.path("pairs").get(0).path("before").asText().substring(0, 8), s3.path("pairs").get(0).path("name").asText());
        assertTrue(Files.exists(lastRun(ws).resolve(s3.path("pairs").get(0).path("name").asText()).resolve("run.json")));

        // night 4: nothing new, nothing scanned, its own exit code
        CliTest.Run n4 = nightly(ws);
        assertEquals(9, n4.exitCode(), n4.out() + n4.err());
        assertTrue(n4.out().startsWith("nothing new: no new scene and no unscanned pair (3 scenes catalogued, 2 pairs scanned)"), n4.out());
        assertEquals(2, store.allCandidates().stream().filter(SeenCandidate::isNew).count());
        assertEquals(3, store.runs().stream().filter(r -> r.status().equals("done")).count());
        // non-TTY progress: timestamped lines on stderr
        assertTrue(n3.err().lines().allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ .*")), n3.err());
    }

    @Test
    void aBackfilledDateIsPairedButItsSitesAreNotReportedTwice(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir.resolve("ws"));
        drop(ws, date1, date3);
        CliTest.Run n1 = nightly(ws);
        assertEquals(0, n1.exitCode(), n1.err());
        assertEquals(2, summary(lastRun(ws)).path("totals").path("new_candidates").asInt(), n1.out());
        // a reviewer confirms A in the workspace's own store: the next scans link it as a known incident
        Path night1 = lastRun(ws);
        WorkspaceStore store = WorkspaceStore.open(ws.database());
        Coordinate a = NightlyScenes.lonLat(NightlyScenes.ATTACK_A_KM);
        List<SeenCandidate> nearA = new ArrayList<>();
        for (SeenCandidate c : store.allCandidates()) {
            if (distanceM(c.geometryWkt(), a) < 250) {
                nearA.add(c);
            }
        }
        assertEquals(1, nearA.size());
        SeenCandidate siteA = nearA.get(0);
        String pattern = null;
        for (JsonNode f : CandidatesGeoJson.JSON.readTree(night1.resolve(siteA.pair()).resolve("candidates.geojson").toFile())
                .path("features")) {
            if (f.path("properties").path("id").asText().equals(siteA.siteId())) {
                pattern = f.path("properties").path("pattern").asText();
            }
        }
        org.corridorwatch.review.DecisionStore.openExisting(ws.database()).record(siteA.siteId(), night1.toString(),
                org.corridorwatch.review.Verdict.CONFIRM, "analyst", "", pattern, siteA.geometryWkt());

        drop(ws, date2);
        CliTest.Run n2 = nightly(ws);
        assertEquals(0, n2.exitCode(), n2.err());
        JsonNode s = summary(lastRun(ws));
        // date 2 pairs with date 1 (A), and date 3 now pairs with date 2 (B): both sites were reported last night
        assertEquals(2, s.path("totals").path("pairs").asInt(), s.toString());
        assertEquals(2, s.path("totals").path("flagged").asInt(), s.toString());
        assertEquals(0, s.path("totals").path("new_candidates").asInt(), s.toString());
        assertTrue(n2.out().contains(" 0 new candidates "), n2.out());
        long linked = store.candidatesOfRun(s.path("run").asText()).stream()
                .filter(c -> siteA.siteId().equals(c.knownIncident())).count();
        assertEquals(1, linked, "A is linked to the confirmed incident");
    }

    @Test
    void notificationsArePostedAndAFailingEndpointNeverFailsTheRun(@TempDir Path dir) throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer ok = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ok.createContext("/hook", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes()) + "|" + ex.getRequestHeaders().getFirst("Content-Type"));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        ok.createContext("/broken", ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        ok.start();
        try {
            Workspace ws = workspace(dir.resolve("ws"));
            drop(ws, date1, date2);
            String base = "http://127.0.0.1:" + ok.getAddress().getPort();
            CliTest.Run r = nightly(ws, "--notify", base + "/hook");
            assertEquals(0, r.exitCode(), r.err());
            assertEquals(1, bodies.size());
            JsonNode posted = CandidatesGeoJson.JSON.readTree(bodies.get(0).split("\\|")[0]);
            assertEquals(r.out().strip(), posted.path("line").asText());
            assertTrue(bodies.get(0).endsWith("|application/json"));

            drop(ws, date3);
            CliTest.Run broken = nightly(ws, "--notify", base + "/broken");
            assertEquals(0, broken.exitCode(), broken.err());
            assertTrue(broken.err().contains("answered HTTP 500 (the run itself succeeded)"), broken.err());

            Files.copy(date1, ws.inbox().resolve("copy-of-a.tif"));  // a duplicate is not a new scene
            NightlyScenes.write(ws.inbox().resolve("scene-d.tif"), "2025-10-01", List.of(NightlyScenes.ATTACK_A_KM,
                    NightlyScenes.ATTACK_B_KM), 4);
            CliTest.Run refused = nightly(ws, "--notify", "http://127.0.0.1:9/closed");
            assertEquals(0, refused.exitCode(), refused.out() + refused.err());
            assertTrue(refused.out().startsWith("1 new scene, "), refused.out());
            assertTrue(refused.err().contains("notification to http://127.0.0.1:9/closed failed: ConnectException"), refused.err());
            assertTrue(refused.err().contains("is the same scene as"), refused.err());
            assertEquals(9, nightly(ws, "--notify", base + "/hook").exitCode());
            assertEquals(1, bodies.size(), "nothing to do: no notification");
        } finally {
            ok.stop(0);
        }
    }

    @Test
    void aFailingPairIsReportedTheRestGoesOnAndItIsRetriedThreeTimesInAll(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir.resolve("ws"));
        drop(ws, date1);
        assertEquals(0, nightly(ws).exitCode());
        Files.delete(ws.inbox().resolve(date1.getFileName()));  // catalogued, then lost: its pair cannot be scanned
        drop(ws, date2);
        CliTest.Run r = nightly(ws);
        assertEquals(8, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains(" 1 failure, "), r.out());
        assertTrue(r.err().contains("FAILED: "), r.err());
        JsonNode s = summary(lastRun(ws));
        assertEquals("failed", s.path("pairs").get(0).path("status").asText());
        assertTrue(s.path("pairs").get(0).path("error").asText().contains("no such file"), s.toString());
        assertEquals(8, nightly(ws).exitCode());
        assertEquals(8, nightly(ws).exitCode());
        assertEquals(9, nightly(ws).exitCode(), "three attempts in all");
        // once the scene is back, a new night cannot retry a pair given up on, but a new scene pairs as usual
        drop(ws, date3);
        CliTest.Run after = nightly(ws);
        assertEquals(0, after.exitCode(), after.out() + after.err());
        assertTrue(after.out().contains(" 1 new candidate "), after.out());
    }

    @Test
    void badWorkspaceAndBadConfigurationHaveTheirOwnExitCodes(@TempDir Path dir) throws Exception {
        CliTest.Run notWs = CliTest.run("nightly", "--workspace", dir.toString());
        assertEquals(11, notWs.exitCode(), notWs.err());
        assertTrue(notWs.err().contains("is not a CorridorWatch workspace (no config/ folder)"), notWs.err());
        Workspace ws = workspace(dir.resolve("ws"));
        Files.writeString(ws.nightlyConfig(), "pairing:\n  max_gap_dayz: 10\n");
        CliTest.Run badKey = nightly(ws);
        assertEquals(4, badKey.exitCode(), badKey.err());
        assertTrue(badKey.err().contains("unknown key 'pairing.max_gap_dayz'"), badKey.err());
        Files.writeString(ws.nightlyConfig(), "pairing:\n  max_cloud_fraction: 2\n");
        assertEquals(4, nightly(ws).exitCode());
        Files.writeString(ws.scanConfig(), "tiles:\n  size_pz: 3\n");
        Files.writeString(ws.nightlyConfig(), NightlyConfig.defaultYaml());
        assertEquals(4, nightly(ws).exitCode());
        CliTest.Run help = CliTest.run("nightly", "--help");
        for (int code = 8; code <= 11; code++) {
            assertTrue(help.out().contains(String.format(" %2d   ", code)) || help.out().contains("  " + code + " "), help.out());
        }
    }

    // ---- child processes: lock contention and SIGKILL

    static Process startChild(Workspace ws, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-Djava.library.path=" + System.getProperty("java.library.path"),
                "-Dcorridorwatch.home=" + System.getProperty("corridorwatch.home"), "-cp", System.getProperty("java.class.path"),
                "org.corridorwatch.cli.Main", "nightly", "--workspace", ws.root().toString(), "--threads", "1");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    @Test
    void aSecondConcurrentRunIsRefusedAtOnceOrWaits(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir.resolve("ws"));
        drop(ws, date1, date2, date3);
        Process child = startChild(ws, dir.resolve("child.log"));
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            String pid = "pid " + child.pid() + ",";
            while (!(Files.exists(ws.lockFile()) && Files.readString(ws.lockFile()).startsWith(pid))) {
                assertTrue(System.currentTimeMillis() < deadline && child.isAlive(), "child never took the lock");
                Thread.sleep(20);
            }
            long t0 = System.nanoTime();
            CliTest.Run refused = nightly(ws);
            assertEquals(10, refused.exitCode(), refused.out() + refused.err());
            assertTrue(refused.err().contains("another nightly run is in progress (" + pid), refused.err());
            // immediate: well under the holder's run (about 7 s here), with room for a loaded 2-core machine
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "refusal must be immediate");
            CliTest.Run waited = nightly(ws, "--wait");
            // the holder releases the lock before its JVM exits: wait for the exit instead of expecting it done already
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the holder never exited");
            assertEquals(0, child.exitValue(), Files.readString(dir.resolve("child.log")));
            // "nothing new" proves the waiter ran only after the holder had committed its whole run
            assertEquals(9, waited.exitCode(), waited.out() + waited.err());
            assertTrue(waited.err().contains("waiting for the run holding"), waited.err());
        } finally {
            child.destroyForcibly();
        }
    }

    /** What must be equal between an interrupted-and-resumed workspace and an uninterrupted one. */
    static Map<String, String> fingerprint(Workspace ws) throws IOException {
        Map<String, String> f = new TreeMap<>();
        WorkspaceStore store = WorkspaceStore.open(ws.database());
        List<WorkspaceStore.RunRow> done = store.runs().stream().filter(r -> r.status().equals("done")).toList();
        f.put("runs done", String.valueOf(done.size()));
        f.put("runs running", String.valueOf(store.runs().stream().filter(r -> r.status().equals("running")).count()));
        f.put("candidates seen", store.allCandidates().stream().map(c -> c.siteId() + "@" + c.pair() + (c.isNew() ? " new" : ""))
                .sorted().toList().toString());
        f.put("scenes", store.scenes().stream().map(SceneRecord::label).toList().toString());
        Path run = ws.runs().resolve(done.get(0).id());
        JsonNode totals = summary(run).path("totals");
        f.put("totals", totals.toString());
        StringBuilder quarantined = new StringBuilder();
        summary(run).path("quarantined").forEach(q -> quarantined.append(q.path("file").asText()).append("->")
                .append(q.path("moved_to").asText()).append(' '));
        f.put("quarantined", quarantined.toString());
        StringBuilder decisions = new StringBuilder();
        for (JsonNode d : summary(run).path("tile_pairing")) {
            d.path("tiles").forEach(t -> decisions.append(t.path("tile").asText()).append("<-")
                    .append(t.path("before_date").asText()).append(' '));
        }
        f.put("tile decisions", decisions.toString());
        try (Stream<Path> s = Files.walk(ws.runs())) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            f.put("partial files", files.stream().filter(p -> p.getFileName().toString().contains(".partial-")).toList().toString());
            for (Path p : files) {
                String rel = run.relativize(p).toString();
                String name = p.getFileName().toString();
                if (name.equals("candidates.geojson") || name.equals("tiles.geojson")) {
                    StringBuilder sb = new StringBuilder();
                    for (JsonNode feat : CandidatesGeoJson.JSON.readTree(p.toFile()).path("features")) {
                        JsonNode pr = feat.path("properties");
                        sb.append(pr.path("id").asText()).append(':').append(pr.path("score").asText(pr.path("status").asText()))
                                .append(':').append(pr.path("flagged").asText()).append(' ');
                    }
                    f.put(rel, sb.toString());
                } else if (!name.equals("scan.log")) {
                    f.put(rel, "present");
                }
            }
        }
        return f;
    }

    @Test
    void aRunKilledAtRandomMomentsResumesToTheSameOutputs(@TempDir Path dir) throws Exception {
        Workspace reference = workspace(dir.resolve("reference"));
        drop(reference, date1, date2, date3);
        byte[] truncated = Arrays.copyOf(Files.readAllBytes(date3), 4096);  // quarantined: the summary must list it
        Files.write(reference.inbox().resolve("truncated.tif"), truncated);
        long t0 = System.nanoTime();
        Process full = startChild(reference, dir.resolve("reference.log"));
        assertTrue(full.waitFor(120, TimeUnit.SECONDS));
        long fullMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, full.exitValue(), Files.readString(dir.resolve("reference.log")));
        Map<String, String> expected = fingerprint(reference);
        assertEquals("[]", expected.get("partial files"));

        // kill points: after a random number of the reference run's progress lines, plus a random delay,
        // so kills land in the catalog, the pairing, inside a scan and between the last scan and summary.json
        int referenceLines = Files.readAllLines(dir.resolve("reference.log")).size();
        Random random = new Random(8);
        StringBuilder report = new StringBuilder("uninterrupted child run " + fullMs + " ms, " + referenceLines + " lines;");
        for (int i = 0; i < 5; i++) {
            Workspace ws = workspace(dir.resolve("killed-" + i));
            drop(ws, date1, date2, date3);
            Files.write(ws.inbox().resolve("truncated.tif"), truncated);
            int afterLines = i == 0 ? 0 : 1 + random.nextInt(referenceLines - 1);
            long extraMs = random.nextInt(400);
            Path out = dir.resolve("killed-" + i + ".log");
            Process child = startChild(ws, out);
            long deadline = System.currentTimeMillis() + 60_000;
            while (child.isAlive() && Files.readAllLines(out).size() < afterLines && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            boolean exited = child.waitFor(extraMs, TimeUnit.MILLISECONDS);
            child.destroyForcibly().waitFor();
            List<String> seen = Files.readAllLines(out);
            report.append(String.format(" kill %d: %d ms after line %d (%s)%s;", i, extraMs, seen.size(), seen.isEmpty()
                    ? "no output" : seen.get(seen.size() - 1).replaceAll("^\\S+ ", "").replaceAll(":.*", ""),
                    exited ? " [had finished]" : ""));
            StringWriter log = new StringWriter();
            NightlyJob.Result r = NightlyJob.run(new NightlyJob.Request(ws.root(), null, false, null, 2),
                    NightlyLog.lines(new PrintWriter(log, true)));
            assertTrue(r.outcome() != NightlyJob.Outcome.PARTIAL, log.toString());
            assertEquals(expected, fingerprint(ws), "after kill " + i + "; resume log:\n" + log);
        }
        System.out.println(report);
    }
}
