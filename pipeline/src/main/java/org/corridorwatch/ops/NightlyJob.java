package org.corridorwatch.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.model.NoOverlapException;
import org.corridorwatch.report.AtomicFiles;
import org.corridorwatch.report.CandidatesGeoJson;

/**
 * The overnight job of a workspace: under the workspace lock, catalog the inbox, pair every after-scene
 * with its best before-scene ({@link ScenePairing}), scan each pair never scanned with the current
 * configuration (key: scene ids + configuration hash) into {@code runs/<run>/<pair>/} with
 * {@link ScanJob} and the workspace's decision store, record tiles and flagged candidates (new or already
 * reported), then write {@code runs/<run>/summary.json} and return the one-line summary.
 *
 * <p>Crash safety: a pair counts as done only when its {@code run.json} exists and its database row is
 * committed (one transaction with its tiles and candidates). A run killed at any point stays
 * {@code running} in the database; the next run resumes it (same run folder): finished pairs are kept,
 * a half-written pair folder is deleted and scanned again, and the summary is written at the end.
 */
public final class NightlyJob {
    /** A failed pair is tried again on later nights up to this many attempts in all. */
    static final int MAX_ATTEMPTS = 3;
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What to run. {@code threads} 0 = the workspace setting; {@code notify} may be null. */
    public record Request(Path workspace, LocalDate since, boolean waitForLock, URI notifyUrl, int threads, String stacUrl,
                          String stacCollection) {
        public Request(Path workspace, LocalDate since, boolean waitForLock, URI notifyUrl, int threads) {
            this(workspace, since, waitForLock, notifyUrl, threads, null, null);
        }
    }

    /** How the night went. */
    public enum Outcome {
        DONE(ExitCode.OK), PARTIAL(ExitCode.NIGHTLY_PARTIAL), NOTHING(ExitCode.NOTHING_NEW);

        private final ExitCode exitCode;

        Outcome(ExitCode exitCode) {
            this.exitCode = exitCode;
        }

        public ExitCode exitCode() {
            return exitCode;
        }
    }

    /** The result: outcome, the one line, the run folder and its summary.json (null when nothing was done). */
    public record Result(Outcome outcome, String line, String runId, Path runDir, Path summaryFile) {
    }

    private final Request request;
    private final NightlyLog log;

    private NightlyJob(Request request, NightlyLog log) {
        this.request = request;
        this.log = log;
    }

    public static Result run(Request request, NightlyLog log) {
        return new NightlyJob(request, log).run();
    }

    private Result run() {
        Instant started = Instant.now();
        Workspace ws = Workspace.open(request.workspace());
        WorkspaceStore store = WorkspaceStore.open(ws.database());
        NightlyConfig nc = NightlyConfig.load(ws.nightlyConfig());
        ScanConfig sc = ScanConfig.load(ws.scanConfig());
        List<Corridor> corridors = CorridorCatalog.loadDefault().select(nc.corridor());
        String configHash = configHash(sc, nc);
        int threads = request.threads() > 0 ? request.threads()
                : nc.threads() > 0 ? nc.threads() : Runtime.getRuntime().availableProcessors();

        try (NightlyLock lock = NightlyLock.acquire(ws.lockFile(), request.waitForLock(), log)) {
            Optional<WorkspaceStore.RunRow> unfinished = store.unfinishedRun();
            String runId = unfinished.map(WorkspaceStore.RunRow::id).orElseGet(() -> newRunId(ws, store, started));
            if (unfinished.isPresent()) {
                log.info("nightly: resuming run " + runId + " (interrupted; started " + unfinished.get().started() + ")");
            } else {
                store.startRun(runId, started);
                log.info("nightly: run " + runId + " in " + ws.root());
            }

            String stacUrl = request.stacUrl() != null ? request.stacUrl() : nc.stacUrl();
            String stacCollection = request.stacCollection() != null ? request.stacCollection() : nc.stacCollection();
            StacSource.Result stac = null;
            if (stacUrl != null) {
                if (stacCollection == null) {
                    throw new org.corridorwatch.model.ConfigException(ws.nightlyConfig(), "a STAC URL needs a collection",
                            "pass --collection NAME or set stac.collection");
                }
                stac = StacSource.fetch(ws, stacUrl, stacCollection, StacSource.bbox(corridors, nc.bufferM()),
                        request.since(), nc.pairing().maxGapDays(), log);
            }
            SceneCatalog.Result inbox = SceneCatalog.catalogInbox(ws, store, runId, corridors, nc.bufferM(), log);
            SceneCatalog.Result remote = SceneCatalog.catalogFolder(ws, StacSource.folder(ws), store, runId, corridors,
                    nc.bufferM(), log);
            SceneCatalog.Result catalog = inbox.plus(remote);
            List<SceneRecord> scenes = store.scenes();
            log.info(String.format(Locale.ROOT, "catalog: %d new, %d already known, %d duplicates, %d quarantined; %d scenes in all",
                    catalog.added().size(), catalog.known(), catalog.duplicates(), catalog.quarantined().size(), scenes.size()));

            List<Planned> todo = new ArrayList<>();
            List<ScenePairing.Choice> unpaired = new ArrayList<>();
            List<String> newIds = store.scenesOfRun(runId).stream().map(SceneRecord::id).toList();
            for (SceneRecord after : scenes) {
                if (request.since() != null && (after.date() == null || after.date().isBefore(request.since()))) {
                    continue;
                }
                ScenePairing.Choice choice = ScenePairing.choose(after, scenes, nc.pairing());
                if (!choice.paired()) {
                    if (newIds.contains(after.id())) {
                        unpaired.add(choice);
                        log.info("pairing: " + after.label() + " not paired: " + choice.why());
                    }
                    continue;
                }
                WorkspaceStore.PairKey key = new WorkspaceStore.PairKey(choice.before().id(), after.id(), configHash);
                Optional<WorkspaceStore.PairRow> row = store.pair(key);
                if (row.isPresent() && (row.get().finished() || (row.get().status().equals("failed")
                        && row.get().attempts() >= MAX_ATTEMPTS))) {
                    continue;
                }
                todo.add(new Planned(key, pairName(choice), choice));
            }
            // pairs the interrupted attempt of this run planned are finished tonight even if a scene arrived since
            for (WorkspaceStore.PairRow row : store.pairsOfRun(runId)) {
                boolean listed = todo.stream().anyMatch(p -> p.key().equals(row.key()));
                if (!listed && (row.status().equals("planned") || (row.status().equals("failed") && row.attempts() < MAX_ATTEMPTS))) {
                    SceneRecord b = byId(scenes, row.key().beforeId());
                    SceneRecord a = byId(scenes, row.key().afterId());
                    if (a != null && b != null) {
                        todo.add(new Planned(row.key(), row.name(), new ScenePairing.Choice(a, b, row.why())));
                    }
                }
            }
            todo.sort(Comparator.comparing((Planned p) -> p.choice().after().date()).thenComparing(Planned::name));
            boolean nothing = todo.isEmpty() && catalog.added().isEmpty() && catalog.quarantined().isEmpty()
                    && unfinished.isEmpty() && (stac == null || stac.problems().isEmpty());
            if (nothing) {
                int scanned = scannedPairs(store, configHash);
                String line = String.format(Locale.ROOT, "nothing new: no new scene and no unscanned pair (%d scene%s catalogued, "
                        + "%d pair%s scanned), %s", scenes.size(), scenes.size() == 1 ? "" : "s", scanned, scanned == 1 ? "" : "s",
                        elapsed(started));
                store.finishRun(runId, "nothing", null);
                return new Result(Outcome.NOTHING, line, runId, null, null);
            }
            for (Planned p : todo) {
                store.planPair(p.key(), p.name(), p.choice().why(), runId);
                log.info("pairing: " + p.name() + ": " + p.choice().why());
            }

            Path runDir = ws.runs().resolve(runId);
            createDirectories(runDir);
            removePartialFiles(runDir);
            log.start("pairs", todo.size());
            for (Planned p : todo) {
                scanPair(ws, store, runDir, runId, p, nc, threads);
            }
            log.finish();

            ObjectNode summary = NightlySummary.build(store, runId, started, catalog, unpaired, ws,
                    stac == null ? List.of() : stac.problems());
            if (stac != null) {
                ObjectNode st = summary.putObject("stac");
                st.put("url", stacUrl);
                st.put("collection", stacCollection);
                st.put("items", stac.items());
                st.put("new_items", stac.written().size());
                ArrayNode problems = st.putArray("problems");
                stac.problems().forEach(problems::add);
            }
            boolean failures = summary.path("totals").path("failures").asInt() > 0;
            String line = summary.path("line").asText();
            Path summaryFile = runDir.resolve("summary.json");
            byte[] json = toBytes(summary);
            AtomicFiles.write(summaryFile, out -> out.write(json));
            store.finishRun(runId, failures ? "partial" : "done", new String(json, StandardCharsets.UTF_8));
            if (request.notifyUrl() != null) {
                Notifier.post(request.notifyUrl(), json, log);
            }
            return new Result(failures ? Outcome.PARTIAL : Outcome.DONE, line, runId, runDir, summaryFile);
        }
    }

    private static SceneRecord byId(List<SceneRecord> scenes, String id) {
        return scenes.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** A pair to scan tonight. */
    record Planned(WorkspaceStore.PairKey key, String name, ScenePairing.Choice choice) {
    }

    private void scanPair(Workspace ws, WorkspaceStore store, Path runDir, String runId, Planned p, NightlyConfig nc,
                          int threads) {
        Optional<WorkspaceStore.PairRow> row = store.pair(p.key());
        Path dir = runDir.resolve(p.name());
        if (row.isPresent() && row.get().finished() && row.get().run().equals(runId) && Files.exists(dir.resolve("run.json"))) {
            log.step(p.name() + " already done");
            return;
        }
        if (Files.exists(dir)) {
            log.info("scan: " + p.name() + ": removing the half-written folder of an interrupted run");
            deleteTree(dir);
        }
        createDirectories(dir);
        ScanJob.Request r = new ScanJob.Request(Path.of(p.choice().before().path()), Path.of(p.choice().after().path()),
                nc.corridor(), null, false, ws.scanConfig(), null, null, null, threads, dir, false, nc.bufferM(),
                ws.database(), !nc.chips(), List.of());
        String status = "done";
        try (PrintWriter scanLog = new PrintWriter(Files.newBufferedWriter(dir.resolve("scan.log")), true)) {
            try {
                ScanJob.run(r, scanLog);
            } catch (NoOverlapException e) {
                status = "masked";
                scanLog.println("nothing to scan: " + e.getMessage());
            }
        } catch (CorridorWatchException | IllegalStateException | IllegalArgumentException e) {
            store.failPair(p.key(), e.getMessage());
            log.step(p.name() + " FAILED: " + e.getMessage());
            return;
        } catch (IOException e) {
            store.failPair(p.key(), "scan.log: " + e.getMessage());
            log.step(p.name() + " FAILED: " + e.getMessage());
            return;
        }
        List<WorkspaceStore.TileResult> tiles = PairOutputs.tiles(dir.resolve("tiles.geojson"));
        List<WorkspaceStore.SeenCandidate> flagged = new ArrayList<>();
        int candidates = PairOutputs.candidates(dir.resolve("candidates.geojson"), flagged);
        if (status.equals("done") && !Files.exists(dir.resolve("run.json"))) {
            store.failPair(p.key(), "the scan ended without run.json");
            log.step(p.name() + " FAILED: no run.json");
            return;
        }
        List<WorkspaceStore.SeenCandidate> recorded = store.completePair(p.key(), p.name(), runId, status, tiles,
                candidates, flagged);
        long fresh = recorded.stream().filter(WorkspaceStore.SeenCandidate::isNew).count();
        log.step(String.format(Locale.ROOT, "%s: %d tiles, %d flagged, %d new%s", p.name(), tiles.size(), flagged.size(),
                fresh, status.equals("masked") ? " (every tile masked)" : ""));
    }


    private static int scannedPairs(WorkspaceStore store, String configHash) {
        int n = 0;
        for (WorkspaceStore.RunRow r : store.runs()) {
            n += (int) store.pairsOfRun(r.id()).stream().filter(p -> p.finished() && p.key().configHash().equals(configHash)).count();
        }
        return n;
    }

    /** "4m12s" or "12s". */
    static String elapsed(Instant started) {
        long s = Math.round(Duration.between(started, Instant.now()).toMillis() / 1000.0);
        return s >= 60 ? (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s" : s + "s";
    }

    /** Folder name of a pair: after date and id, then before date and id. */
    static String pairName(ScenePairing.Choice c) {
        return c.after().date() + "_" + c.after().shortId() + "-from-" + c.before().date() + "_" + c.before().shortId();
    }

    /** 16 hex digits of SHA-256 over the effective scan configuration and the corridor selection. */
    static String configHash(ScanConfig sc, NightlyConfig nc) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(CandidatesGeoJson.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(sc.toTree()));
            md.update(("\ncorridor=" + nc.corridor() + "\nbuffer_m=" + nc.bufferM()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newRunId(Workspace ws, WorkspaceStore store, Instant started) {
        String base = RUN_ID.format(started);
        List<String> taken = store.runs().stream().map(WorkspaceStore.RunRow::id).toList();
        String id = base;
        for (int i = 2; taken.contains(id) || Files.exists(ws.runs().resolve(id)); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private static byte[] toBytes(ObjectNode n) {
        try {
            return CandidatesGeoJson.JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new org.corridorwatch.model.OutputException(dir, "cannot be created (" + e.getMessage() + ")",
                    "check the workspace's permissions and free space");
        }
    }

    /** Temporary files (AtomicFiles' hidden ".name.partial-PID") a killed run left at the top of its folder. */
    private void removePartialFiles(Path runDir) {
        try (Stream<Path> s = Files.list(runDir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().contains(".partial-")).toList()) {
                log.info("nightly: removing " + p.getFileName() + " left by an interrupted run");
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new org.corridorwatch.model.OutputException(runDir, "cannot be listed (" + e.getMessage() + ")",
                    "check the workspace's permissions");
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new org.corridorwatch.model.OutputException(dir, "cannot be removed (" + e.getMessage() + ")",
                    "remove it by hand and run again");
        }
    }

}
