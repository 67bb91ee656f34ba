package org.corridorwatch.nightly;

import org.corridorwatch.nightly.store.Quarantined;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridorwatch.report.CandidatesGeoJson;
import org.corridorwatch.nightly.store.SceneRecord;
import org.corridorwatch.nightly.store.SourceStore;
import org.corridorwatch.nightly.store.TileChoiceStore;
import org.corridorwatch.nightly.store.SeenCandidate;
import org.corridorwatch.nightly.store.WorkspaceStore;

/**
 * {@code runs/<run>/summary.json} and the one-line summary of a nightly run, built from the database
 * (so a resumed run reports what its interrupted attempt did: pairs finished, files quarantined, tile
 * choices made): new scenes, quarantined files (scenes and FIRMS), unpaired scenes and why, the per-tile
 * pairing decisions made tonight (each tile's before-scene and why), new FIRMS files, pairs (why, tiles
 * scanned, FIRMS files given, status, tiles, candidates, new candidates), problems, the new candidates
 * with their outlines (WGS84 WKT) and totals.
 */
final class NightlySummary {
    /** What the summary is built from; {@code problems} (STAC, pairing) count as failures. */
    record Inputs(WorkspaceStore store, SourceStore sources, TileChoiceStore choices, String runId, String configHash,
                  Instant started, List<PairPlanner.Unpaired> unpaired, Workspace ws, List<String> problems, int firmsSlackDays) {
    }

    private NightlySummary() {
    }

    static ObjectNode build(Inputs in) {
        WorkspaceStore store = in.store();
        String runId = in.runId();
        Instant started = in.started();
        ObjectNode root = CandidatesGeoJson.JSON.createObjectNode();
        root.put("run", runId);
        root.put("workspace", in.ws().root().toString());
        root.put("finished", Instant.now().toString());
        root.put("elapsed_s", Duration.between(started, Instant.now()).toMillis() / 1000.0);
        List<SceneRecord> newScenes = store.scenesOfRun(runId);
        ArrayNode scenes = root.putArray("new_scenes");
        for (SceneRecord s : newScenes) {
            ObjectNode n = scenes.addObject();
            n.put("id", s.id());
            n.put("path", s.path());
            n.put("date", s.date() == null ? null : s.date().toString());
            n.put("sensor_profile", s.sensorProfile());
            if (s.onCorridor()) {
                n.put("cloud_fraction", CandidatesGeoJson.round(s.cloudFraction(), 3));
            } else {
                n.putNull("cloud_fraction");
            }
        }
        List<Quarantined> quarantined = in.sources().quarantinesToReport(runId);
        ArrayNode q = root.putArray("quarantined");
        for (Quarantined x : quarantined) {
            q.addObject().put("file", x.file()).put("kind", x.kind()).put("moved_to", x.movedTo()).put("reason", x.reason());
        }
        ArrayNode up = root.putArray("unpaired");
        for (PairPlanner.Unpaired c : in.unpaired()) {
            up.addObject().put("scene", c.after().id()).put("date", c.after().date() == null ? null : c.after().date().toString())
                    .put("why", c.why());
        }
        Map<String, SceneRecord> byId = new HashMap<>();
        store.scenes().forEach(s -> byId.put(s.id(), s));
        tilePairing(root.putArray("tile_pairing"), in, byId);
        List<SourceStore.FirmsRecord> firmsFiles = in.sources().firmsFiles();
        ArrayNode firms = root.putArray("new_firms_files");
        for (SourceStore.FirmsRecord f : firmsFiles) {
            if (f.run().equals(runId)) {
                firms.addObject().put("path", f.path()).put("format", f.format()).put("detections", f.detections())
                        .put("rows_skipped", f.rowsSkipped()).put("date_min", f.dateMin() == null ? null : f.dateMin().toString())
                        .put("date_max", f.dateMax() == null ? null : f.dateMax().toString());
            }
        }
        List<SeenCandidate> seen = store.candidatesOfRun(runId);
        ArrayNode pairs = root.putArray("pairs");
        int tiles = 0;
        int failedTiles = 0;
        int failedPairs = 0;
        for (WorkspaceStore.PairRow p : store.pairsOfRun(runId)) {
            ObjectNode n = pairs.addObject();
            n.put("name", p.name());
            n.put("folder", p.finished() ? p.name() : null);
            n.put("before", p.key().beforeId());
            n.put("after", p.key().afterId());
            n.put("config_hash", p.key().configHash());
            n.put("why", p.why());
            if (p.tileIds() == null) {
                n.putNull("tiles_scanned");
            } else {
                p.tileIds().forEach(n.putArray("tiles_scanned")::add);
            }
            SceneRecord a = byId.get(p.key().afterId());
            SceneRecord b = byId.get(p.key().beforeId());
            ArrayNode fa = n.putArray("firms_files");
            if (a != null && b != null) {
                FirmsCatalog.relevant(firmsFiles, b.date(), a.date(), in.firmsSlackDays()).forEach(f -> fa.add(f.toString()));
            }
            n.put("status", p.status());
            n.put("tiles", p.tiles());
            n.put("failed_tiles", p.failedTiles());
            n.put("candidates", p.candidates());
            n.put("flagged", p.flagged());
            ArrayNode nc = n.putArray("new_candidates");
            seen.stream().filter(s -> s.pair().equals(p.name()) && s.isNew()).forEach(s -> nc.add(s.siteId()));
            if (p.error() != null) {
                n.put("error", p.error());
            }
            tiles += p.tiles();
            failedTiles += p.failedTiles();
            failedPairs += p.status().equals("failed") ? 1 : 0;
        }
        ArrayNode cands = root.putArray("new_candidates");
        int linked = 0;
        int fresh = 0;
        for (SeenCandidate s : seen) {
            if (!s.isNew()) {
                continue;
            }
            fresh++;
            linked += s.knownIncident() != null ? 1 : 0;
            cands.addObject().put("id", s.siteId()).put("pair", s.pair()).put("score", s.score())
                    .put("known_incident", s.knownIncident()).put("geometry_wkt", s.geometryWkt());
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("new_scenes", newScenes.size());
        totals.put("quarantined", quarantined.size());
        totals.put("pairs", pairs.size());
        totals.put("tiles", tiles);
        totals.put("failed_tiles", failedTiles);
        totals.put("failed_pairs", failedPairs);
        int failures = failedTiles + failedPairs + in.problems().size();
        totals.put("failed_sources", in.problems().size());
        totals.put("failures", failures);
        totals.put("flagged", seen.size());
        totals.put("new_candidates", fresh);
        totals.put("new_candidates_linked_to_known_incident", linked);
        String line = String.format(Locale.ROOT, "%d new scene%s, %d tiles, %d new candidate%s (%d linked to known incident), "
                        + "%d failure%s%s, %s", newScenes.size(), newScenes.size() == 1 ? "" : "s", tiles, fresh,
                fresh == 1 ? "" : "s", linked, failures, failures == 1 ? "" : "s",
                quarantined.isEmpty() ? "" : ", " + quarantined.size() + " quarantined",
                NightlyConventions.elapsed(started));
        root.put("line", line);
        ArrayNode problems = root.putArray("problems");
        in.problems().forEach(problems::add);
        return root;
    }

    /** The per-tile decisions made by this run: for each after-scene, each tile's before-scene (null = none) and why. */
    private static void tilePairing(ArrayNode out, Inputs in, Map<String, SceneRecord> byId) {
        for (String afterId : in.choices().decidedIn(in.runId(), in.configHash())) {
            SceneRecord after = byId.get(afterId);
            ObjectNode n = out.addObject();
            n.put("after", afterId);
            n.put("after_date", after == null || after.date() == null ? null : after.date().toString());
            ArrayNode tiles = n.putArray("tiles");
            for (TileChoiceStore.TileChoice c : in.choices().choices(afterId, in.configHash())) {
                SceneRecord b = c.beforeId() == null ? null : byId.get(c.beforeId());
                tiles.addObject().put("tile", c.tileId()).put("before", c.beforeId())
                        .put("before_date", b == null || b.date() == null ? null : b.date().toString()).put("reason", c.reason());
            }
        }
    }
}
