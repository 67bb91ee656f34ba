package org.corridorwatch.nightly;

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
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.model.NoOverlapException;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.report.CandidatesGeoJson;
import org.corridorwatch.nightly.store.SceneRecord;
import org.corridorwatch.nightly.store.SourceStore;
import org.corridorwatch.nightly.store.TileChoiceStore;
import org.corridorwatch.nightly.store.SeenCandidate;
import org.corridorwatch.nightly.store.WorkspaceStore;
import org.corridorwatch.scan.ScanJob;
import org.corridorwatch.roads.CorridorRoads;
import org.corridorwatch.roads.RoadsParameters;
import org.corridorwatch.scan.ScanRequest;

/**
 * The overnight job of a workspace: under the workspace lock, catalog the inbox (and STAC) and the FIRMS
 * folder, pair every tile of every after-scene with its best before-scene ({@link PairPlanner}), scan each
 * pair never scanned with the current configuration (key: scene ids + configuration hash) over the tiles
 * that chose it into {@code runs/<run>/<pair>/} with {@link ScanJob}, the FIRMS files of its dates and the
 * workspace's decision store, record tiles and flagged candidates (new or already reported), then write
 * {@code runs/<run>/summary.json} and return the one-line summary.
 *
 * <p>Crash safety: a pair counts as done only when its {@code run.json} exists and its database row is
 * committed (one transaction with its tiles and candidates). A run killed at any point stays
 * {@code running} in the database; the next run resumes it (same run folder): finished pairs are kept,
 * a half-written pair folder is deleted and scanned again, and the summary is written at the end.
 */
public final class NightlyJob {
    /** A failed pair is tried again on later nights up to this many attempts in all. */
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What to run. {@code threads} 0 = the workspace setting; {@code notify} may be null. */
    public record Request(Path workspace, LocalDate since, boolean waitForLock, URI notifyUrl, int threads, String stacUrl,
                          String stacCollection, Path roads) {
        public Request(Path workspace, LocalDate since, boolean waitForLock, URI notifyUrl, int threads) {
            this(workspace, since, waitForLock, notifyUrl, threads, null, null, null);
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
        SourceStore sources = new SourceStore(ws.database());
        NightlyConfig nc = NightlyConfig.load(ws.nightlyConfig());
        nc.notes().forEach(n -> log.info("config: " + n));
        ScanConfig sc = ScanConfig.load(ws.scanConfig());
        CorridorCatalog configured = CorridorCatalog.loadDefault();
        Path roadsFile = ScanRequest.roadsFile(sc, ws.scanConfig(), request.roads());
        CorridorRoads roads = (roadsFile == null ? CorridorRoads.none() : CorridorRoads.load(roadsFile,
                configured.select(nc.corridor()), RoadsParameters.of(sc.roads()), sc.roads().attribution()))
                .withImageryCache(ws.root().resolve("cache").resolve("roads")); // roads found in the imagery, per footprint
        roads.report().forEach(log::info);
        CorridorCatalog corridorCatalog = roads.applyTo(configured);
        List<Corridor> corridors = corridorCatalog.select(nc.corridor());
        SensorProfiles profiles = SensorProfiles.loadDefault();
        SurveyParameters survey = SurveyParameters.of(profiles, corridors, sc, nc);
        String configHash = configHash(sc, nc, roads.provenance().map(r -> r.sha256()).orElse(""));
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
            if (unfinished.isPresent()) {
                int adopted = SceneCatalog.adoptUnrecorded(ws, sources, runId);
                if (adopted > 0) {
                    log.info("catalog: " + adopted + " file(s) quarantined by the interrupted attempt recorded");
                }
            }
            SceneCatalog.Result inbox = SceneCatalog.catalogInbox(ws, store, sources, runId, survey, log);
            SceneCatalog.Result remote = SceneCatalog.catalogFolder(ws, StacSource.folder(ws), store, sources, runId, survey, log);
            SceneCatalog.Result catalog = inbox.plus(remote);
            FirmsCatalog.Result firms = FirmsCatalog.catalog(ws, FirmsCatalog.folder(ws, nc), sources, runId, log);
            List<SceneRecord> scenes = store.scenes();
            log.info(String.format(Locale.ROOT, "catalog: %d new, %d already known, %d duplicates, %d quarantined; %d scenes in all; "
                    + "FIRMS: %d new file(s), %d quarantined", catalog.added().size(), catalog.known(), catalog.duplicates(),
                    catalog.quarantined().size(), scenes.size(), firms.added().size(), firms.quarantined().size()));

            List<String> newIds = store.scenesOfRun(runId).stream().map(SceneRecord::id).toList();
            PairPlanner.Plan plan = new PairPlanner(store, new TileChoiceStore(ws.database()), sc, nc, survey, configHash,
                    runId, log).plan(scenes, newIds, request.since());
            List<PairPlanner.Planned> todo = new ArrayList<>(plan.todo());
            // pairs the interrupted attempt of this run planned are finished tonight even if a scene arrived since
            for (WorkspaceStore.PairRow row : store.pairsOfRun(runId)) {
                boolean listed = todo.stream().anyMatch(p -> p.key().equals(row.key()));
                if (!listed && (row.status().equals("planned") || (row.status().equals("failed") && row.attempts() < NightlyConventions.MAX_ATTEMPTS))) {
                    SceneRecord b = byId(scenes, row.key().beforeId());
                    SceneRecord a = byId(scenes, row.key().afterId());
                    if (a != null && b != null) {
                        todo.add(new PairPlanner.Planned(row.key(), row.name(), a, b, row.why(), row.tileIds()));
                    }
                }
            }
            todo.sort(Comparator.comparing((PairPlanner.Planned p) -> p.after().date()).thenComparing(PairPlanner.Planned::name));
            List<String> problems = new ArrayList<>(plan.problems());
            if (stac != null) {
                problems.addAll(stac.problems());
            }
            boolean nothing = todo.isEmpty() && catalog.added().isEmpty() && catalog.quarantined().isEmpty()
                    && firms.added().isEmpty() && firms.quarantined().isEmpty() && unfinished.isEmpty() && problems.isEmpty();
            if (nothing) {
                int scanned = scannedPairs(store, configHash);
                String line = String.format(Locale.ROOT, "nothing new: no new scene and no unscanned pair (%d scene%s catalogued, "
                        + "%d pair%s scanned), %s", scenes.size(), scenes.size() == 1 ? "" : "s", scanned, scanned == 1 ? "" : "s",
                        NightlyConventions.elapsed(started));
                store.finishRun(runId, "nothing", null);
                return new Result(Outcome.NOTHING, line, runId, null, null);
            }
            for (PairPlanner.Planned p : todo) {
                store.planPair(p.key(), p.name(), p.why(), runId, p.tileIds());
                log.info("pairing: " + p.name() + ": " + p.why());
            }

            Path runDir = ws.runs().resolve(runId);
            createDirectories(runDir);
            removePartialFiles(runDir);
            log.start("pairs", todo.size());
            List<SourceStore.FirmsRecord> firmsFiles = sources.firmsFiles();
            int slack = sc.sites().firms().dateSlackDays();
            for (PairPlanner.Planned p : todo) {
                scanPair(ws, store, runDir, runId, p, nc, sc, corridorCatalog, roads, profiles, threads,
                        FirmsCatalog.relevant(firmsFiles, p.before().date(), p.after().date(), slack));
            }
            log.finish();

            ObjectNode summary = NightlySummary.build(new NightlySummary.Inputs(store, sources, new TileChoiceStore(ws.database()),
                    runId, configHash, started, plan.unpaired(), ws, problems, slack));
            if (stac != null) {
                ObjectNode st = summary.putObject("stac");
                st.put("url", stacUrl);
                st.put("collection", stacCollection);
                st.put("items", stac.items());
                st.put("new_items", stac.written().size());
                ArrayNode stacProblems = st.putArray("problems");
                stac.problems().forEach(stacProblems::add);
            }
            boolean failures = summary.path("totals").path("failures").asInt() > 0;
            String line = summary.path("line").asText();
            Path summaryFile = runDir.resolve("summary.json");
            byte[] json = toBytes(summary);
            AtomicFiles.write(summaryFile, out -> out.write(json));
            sources.markReported(runId);
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

    private void scanPair(Workspace ws, WorkspaceStore store, Path runDir, String runId, PairPlanner.Planned p, NightlyConfig nc,
                          ScanConfig sc, CorridorCatalog catalog, CorridorRoads roads, SensorProfiles profiles, int threads,
                          List<Path> firms) {
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
        ScanRequest r = ScanRequest.builder(Path.of(p.before().path()), Path.of(p.after().path()), dir)
                .corridor(nc.corridor()).bufferM(nc.bufferM()).config(sc, ws.scanConfig()).corridors(catalog).roads(roads).sensors(profiles)
                .threads(threads).decisions(ws.database()).noChips(!nc.chips()).firms(firms)
                .tiles(p.tileIds() == null ? null : java.util.Set.copyOf(p.tileIds())).build();
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
        List<SeenCandidate> flagged = new ArrayList<>();
        int candidates = PairOutputs.candidates(dir.resolve("candidates.geojson"), flagged);
        if (status.equals("done") && !Files.exists(dir.resolve("run.json"))) {
            store.failPair(p.key(), "the scan ended without run.json");
            log.step(p.name() + " FAILED: no run.json");
            return;
        }
        List<SeenCandidate> recorded = store.completePair(p.key(), p.name(), runId, status, tiles,
                candidates, flagged);
        long fresh = recorded.stream().filter(SeenCandidate::isNew).count();
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
    /** 16 hex digits of SHA-256 over the effective scan configuration and the corridor selection. */
    static String configHash(ScanConfig sc, NightlyConfig nc) {
        return configHash(sc, nc, "");
    }

    /** As above and the road data's SHA-256 ("" without road data: the hash is then unchanged), so new road data rescans. */
    static String configHash(ScanConfig sc, NightlyConfig nc, String roadsSha256) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(CandidatesGeoJson.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(sc.toTree()));
            md.update(("\ncorridor=" + nc.corridor() + "\nbuffer_m=" + nc.bufferM()).getBytes(StandardCharsets.UTF_8));
            if (!roadsSha256.isEmpty()) {
                md.update(("\nroads=" + roadsSha256).getBytes(StandardCharsets.UTF_8));
            }
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
        try {
            org.corridorwatch.files.FileTrees.delete(dir);
        } catch (IOException e) {
            throw new org.corridorwatch.model.OutputException(dir, "cannot be removed (" + e.getMessage() + ")",
                    "remove it by hand and run again");
        }
    }

}
