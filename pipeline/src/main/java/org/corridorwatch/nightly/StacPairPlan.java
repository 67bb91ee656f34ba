package org.corridorwatch.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.model.ConfigException;
import org.corridorwatch.nightly.store.SceneRecord;
import org.corridorwatch.nightly.store.SourceStore;
import org.corridorwatch.nightly.store.TileChoiceStore;
import org.corridorwatch.nightly.store.WorkspaceStore;
import org.corridorwatch.roads.CorridorRoads;
import org.corridorwatch.roads.RoadsParameters;
import org.corridorwatch.scan.ScanRequest;

/**
 * The nightly's pairing without its scans, for a backfill ({@code corridorwatch backfill --stac}): in a planning
 * workspace, the STAC search of {@link StacSource} (items from {@code from} minus the maximum gap up to {@code to}),
 * the catalog of their VRTs ({@link SceneCatalog}) and the per-tile pairing of {@link PairPlanner}, exactly as a night
 * does; returns the pairs with after-scenes acquired from {@code from} to {@code to}, each with the tiles that chose its
 * before-scene, in the nightly's order (after date, name). Nothing is scanned and no pair is recorded as planned, so
 * planning again gives the same pairs (the tile decisions are kept in the workspace and reused).
 */
public final class StacPairPlan {
    /** A pair to scan: scenes (the items' VRTs), their dates, the nightly's pair name and the tile ids that chose it. */
    public record Pair(String name, Path before, Path after, LocalDate beforeDate, LocalDate afterDate, List<String> tileIds) {
    }

    /** The pairs, how many items the search returned and what went wrong (a failed search, unreadable items). */
    public record Result(List<Pair> pairs, int items, List<String> problems) {
    }

    private StacPairPlan() {
    }

    /**
     * Plans in {@code workspace} (created when missing; its {@code config/corridorwatch.yaml} replaced by
     * {@code scanConfig} when given, so tiles are those of the backfill's scans).
     */
    public static Result plan(Path workspace, Path scanConfig, String stacUrl, String collection, LocalDate from,
                                  LocalDate to, NightlyLog log) {
        Workspace ws = Workspace.init(workspace);
        if (scanConfig != null) {
            try {
                Files.copy(scanConfig, ws.scanConfig(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new ConfigException(scanConfig, "cannot be copied into the planning workspace: " + e.getMessage(),
                        "check that it is readable");
            }
        }
        WorkspaceStore store = WorkspaceStore.open(ws.database());
        SourceStore sources = new SourceStore(ws.database());
        NightlyConfig nc = NightlyConfig.load(ws.nightlyConfig());
        ScanConfig sc = ScanConfig.load(ws.scanConfig());
        CorridorCatalog configured = CorridorCatalog.loadDefault();
        Path roadsFile = ScanRequest.roadsFile(sc, ws.scanConfig(), null);
        CorridorRoads roads = roadsFile == null ? CorridorRoads.none() : CorridorRoads.load(roadsFile,
                configured.select(nc.corridor()), RoadsParameters.of(sc.roads()), sc.roads().attribution());
        List<Corridor> corridors = roads.applyTo(configured).select(nc.corridor());
        SurveyParameters survey = SurveyParameters.of(SensorProfiles.loadDefault(), corridors, sc, nc);
        String configHash = NightlyJob.configHash(sc, nc, roads.provenance().map(r -> r.sha256()).orElse(""));

        String runId = "plan-" + Instant.now().toEpochMilli();
        store.startRun(runId, Instant.now());
        StacSource.Result stac = StacSource.fetch(ws, stacUrl, collection, StacSource.bbox(corridors, nc.bufferM()), from, to,
                nc.pairing().maxGapDays(), log);
        SceneCatalog.catalogFolder(ws, StacSource.folder(ws), store, sources, runId, survey, log);
        List<SceneRecord> scenes = store.scenes();
        PairPlanner.Plan plan = new PairPlanner(store, new TileChoiceStore(ws.database()), sc, nc, survey, configHash, runId, log)
                .plan(scenes, store.scenesOfRun(runId).stream().map(SceneRecord::id).toList(), from);
        store.finishRun(runId, "nothing", null);
        List<String> problems = new ArrayList<>(stac.problems());
        problems.addAll(plan.problems());
        problems.forEach(p -> log.info("plan: " + p));
        List<Pair> out = new ArrayList<>();
        plan.todo().stream().filter(p -> to == null || !p.after().date().isAfter(to))
                .sorted(Comparator.comparing((PairPlanner.Planned p) -> p.after().date()).thenComparing(PairPlanner.Planned::name))
                .forEach(p -> out.add(new Pair(p.name(), Path.of(p.before().path()), Path.of(p.after().path()), p.before().date(),
                        p.after().date(), p.tileIds() == null ? null : List.copyOf(p.tileIds()))));
        return new Result(out, stac.items(), problems);
    }
}
