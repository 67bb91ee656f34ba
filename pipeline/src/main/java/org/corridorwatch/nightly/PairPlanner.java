package org.corridorwatch.nightly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corridorwatch.change.mask.MaskParameters;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.model.Tile;
import org.corridorwatch.geo.TilePlanParameters;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.SceneProjection;
import org.corridorwatch.raster.Sentinel2Product;
import org.corridorwatch.raster.ValidFootprint;
import org.corridorwatch.nightly.store.SceneRecord;
import org.corridorwatch.nightly.store.TileChoiceStore;
import org.corridorwatch.nightly.store.WorkspaceStore;

/**
 * Decides what a night scans. For every after-scene: its tiles (the scan's tile plan on the after-scene's
 * grid: same tile size, overlap, corridors and buffer, so the ids are the scan's) each choose a before-scene
 * ({@link TilePairing}, clearness measured by {@link TileCover}); the decision is stored per tile with its
 * reason ({@link TileChoiceStore}) and made again only when its inputs change (a new candidate before-scene,
 * other pairing settings). Tiles choosing the same before-scene form one pair, scanned over those tiles only;
 * a pair (before id, after id, configuration hash) already done, or given up on after
 * {@link NightlyConventions#MAX_ATTEMPTS} failures, is not planned again.
 */
final class PairPlanner {
    /** A pair to scan tonight, over {@code tileIds} (null = every tile: a pair planned before pairing per tile). */
    record Planned(WorkspaceStore.PairKey key, String name, SceneRecord after, SceneRecord before, String why,
                   List<String> tileIds) {
    }

    /** An after-scene without any tile paired, and why. */
    record Unpaired(SceneRecord after, String why) {
    }

    /** The night's plan; {@code problems}: after-scenes that could not be paired because they could not be read. */
    record Plan(List<Planned> todo, List<Unpaired> unpaired, List<String> problems) {
    }

    private final WorkspaceStore store;
    private final TileChoiceStore choices;
    private final ScanConfig scan;
    private final NightlyConfig nightly;
    private final List<Corridor> corridors;
    private final String configHash;
    private final String runId;
    private final NightlyLog log;
    private final SensorProfiles profiles;
    private final MaskParameters masks;

    PairPlanner(WorkspaceStore store, TileChoiceStore choices, ScanConfig scan, NightlyConfig nightly, SurveyParameters survey,
                String configHash, String runId, NightlyLog log) {
        this.profiles = survey.profiles();
        this.masks = survey.masks();
        this.store = store;
        this.choices = choices;
        this.scan = scan;
        this.nightly = nightly;
        this.corridors = survey.corridors();
        this.configHash = configHash;
        this.runId = runId;
        this.log = log;
    }

    Plan plan(List<SceneRecord> scenes, List<String> newIds, LocalDate since) {
        List<Planned> todo = new ArrayList<>();
        List<Unpaired> unpaired = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SceneRecord after : scenes) {
            if (since != null && (after.date() == null || after.date().isBefore(since))) {
                continue;
            }
            String why = null;
            List<TileChoiceStore.TileChoice> decided = List.of();
            if (after.date() == null) {
                why = "no acquisition date (neither in the metadata nor in the file name)";
            } else if (!after.onCorridor()) {
                why = "does not reach any selected corridor";
            } else {
                try {
                    decided = decide(after, scenes);
                } catch (CorridorWatchException | IllegalArgumentException e) {
                    problems.add(after.label() + ": cannot be paired: " + e.getMessage());
                    log.info("pairing: " + after.label() + " cannot be paired: " + e.getMessage());
                    continue;
                }
                why = decided.isEmpty() ? "does not reach any selected corridor" : null;
            }
            List<Planned> pairs = why == null ? group(after, decided, scenes) : List.of();
            if (why == null && decided.stream().allMatch(c -> c.beforeId() == null)) {
                why = summary(decided);
            }
            if (why != null && newIds.contains(after.id())) {
                unpaired.add(new Unpaired(after, why));
                log.info("pairing: " + after.label() + " not paired: " + why);
            }
            for (Planned p : pairs) {
                Optional<WorkspaceStore.PairRow> row = store.pair(p.key());
                if (row.isEmpty() || !(row.get().finished() || (row.get().status().equals("failed")
                        && row.get().attempts() >= NightlyConventions.MAX_ATTEMPTS))) {
                    todo.add(p);
                }
            }
        }
        return new Plan(todo, unpaired, problems);
    }

    /** The per-tile decision of an after-scene: the stored one when its inputs are unchanged, else made and stored. */
    List<TileChoiceStore.TileChoice> decide(SceneRecord after, List<SceneRecord> scenes) {
        List<SceneRecord> candidates = TilePairing.candidates(after, scenes, nightly.pairing());
        String signature = signature(candidates);
        if (choices.signature(after.id(), configHash).filter(signature::equals).isPresent()) {
            return choices.choices(after.id(), configHash);
        }
        long t0 = System.nanoTime();
        List<TileChoiceStore.TileChoice> made = measureAndChoose(after, candidates);
        choices.record(after.id(), configHash, signature, runId, made);
        long paired = made.stream().filter(c -> c.beforeId() != null).count();
        log.info(String.format(Locale.ROOT, "pairing: %s: %d tiles, %d paired over %d before-scene(s), %d without (%d candidates, %d ms)",
                after.label(), made.size(), paired, made.stream().map(TileChoiceStore.TileChoice::beforeId)
                        .filter(java.util.Objects::nonNull).distinct().count(), made.size() - paired, candidates.size(),
                (System.nanoTime() - t0) / 1_000_000));
        return made;
    }

    private List<TileChoiceStore.TileChoice> measureAndChoose(SceneRecord after, List<SceneRecord> candidates) {
        Path path = Sentinel2Product.readable(Path.of(after.path()));
        GridGeometry grid;
        SceneBands afterBands;
        try (GdalScene s = GdalScene.open(path)) {
            grid = s.grid();
            afterBands = SceneBands.detect(s, profiles, null);
        }
        TilePlanParameters tp = new TilePlanParameters(scan.tiles().sizePx(), scan.tiles().overlapPx(),
                Double.isNaN(nightly.bufferM()) ? TilePlanParameters.DEFAULT_BUFFER_M : nightly.bufferM());
        List<Tile> tiles = TilePlanner.plan(grid, SceneProjection.of(grid), ValidFootprint.of(path), corridors, tp);
        if (tiles.isEmpty()) {
            return List.of();
        }
        TileCover.Coarse coarse = TileCover.coarse(grid, tiles);
        byte[][] afterMask = new byte[1][];
        Map<String, TilePairing.Measured> cache = new HashMap<>();
        return TilePairing.choose(after, tiles, candidates, b -> cache.computeIfAbsent(b.id(), id -> {
            if (afterMask[0] == null) {
                afterMask[0] = TileCover.mask(path, afterBands, coarse, masks);
            }
            try {
                Path bp = Sentinel2Product.readable(Path.of(b.path()));
                SceneBands bands;
                try (GdalScene s = GdalScene.open(bp)) {
                    bands = SceneBands.detect(s, profiles, null);
                }
                byte[] mask = TileCover.mask(bp, bands, coarse, masks);
                return new TilePairing.Measured(TileCover.over(tiles, coarse, afterMask[0], mask), null);
            } catch (CorridorWatchException | IllegalArgumentException e) {
                return new TilePairing.Measured(null, e.getMessage());
            }
        }), nightly.pairing());
    }

    /** Tiles grouped by their before-scene (plan order), one pair each. */
    private List<Planned> group(SceneRecord after, List<TileChoiceStore.TileChoice> decided, List<SceneRecord> scenes) {
        Map<String, List<String>> byBefore = new LinkedHashMap<>();
        for (TileChoiceStore.TileChoice c : decided) {
            if (c.beforeId() != null) {
                byBefore.computeIfAbsent(c.beforeId(), k -> new ArrayList<>()).add(c.tileId());
            }
        }
        List<Planned> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byBefore.entrySet()) {
            SceneRecord before = scenes.stream().filter(s -> s.id().equals(e.getKey())).findFirst().orElse(null);
            if (before == null) {
                continue;
            }
            String why = String.format(Locale.ROOT, "%d of %d tiles chose it: the most recent earlier %s scene (%d days earlier) "
                    + "clear over them", e.getValue().size(), decided.size(), before.sensorProfile(),
                    ChronoUnit.DAYS.between(before.date(), after.date()));
            out.add(new Planned(new WorkspaceStore.PairKey(before.id(), after.id(), configHash),
                    NightlyConventions.pairName(after, before), after, before, why, List.copyOf(e.getValue())));
        }
        return out;
    }

    /** Why no tile of an after-scene was paired: the shared reason, or the first one and how many tiles. */
    private static String summary(List<TileChoiceStore.TileChoice> decided) {
        String first = decided.get(0).reason();
        return decided.stream().allMatch(c -> c.reason().equals(first)) ? first
                : "no tile has a clear before-scene (" + decided.size() + " tiles; first: " + first + ")";
    }

    private String signature(List<SceneRecord> candidates) {
        StringBuilder sb = new StringBuilder("cover-v1|").append(nightly.pairing().maxGapDays()).append('|')
                .append(nightly.pairing().maxCloudFraction());
        candidates.forEach(c -> sb.append('|').append(c.id()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
