package org.corridorwatch.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.corridorwatch.report.CandidatesGeoJson;

/**
 * {@code runs/<run>/summary.json} and the one-line summary of a nightly run, built from the database
 * (so a resumed run reports the pairs its interrupted attempt finished): new scenes, quarantined files,
 * unpaired scenes and why, pairs (why chosen, status, tiles, candidates, new candidates), the new
 * candidates with their outlines (WGS84 WKT) and totals.
 */
final class NightlySummary {
    private NightlySummary() {
    }

    static ObjectNode build(WorkspaceStore store, String runId, Instant started, SceneCatalog.Result catalog,
                               List<ScenePairing.Choice> unpaired, Workspace ws, List<String> sourceProblems) {
        ObjectNode root = CandidatesGeoJson.JSON.createObjectNode();
        root.put("run", runId);
        root.put("workspace", ws.root().toString());
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
        ArrayNode q = root.putArray("quarantined");
        for (SceneCatalog.Quarantined x : catalog.quarantined()) {
            q.addObject().put("file", x.file()).put("moved_to", x.movedTo()).put("reason", x.reason());
        }
        ArrayNode up = root.putArray("unpaired");
        for (ScenePairing.Choice c : unpaired) {
            up.addObject().put("scene", c.after().id()).put("date", c.after().date() == null ? null : c.after().date().toString())
                    .put("why", c.why());
        }
        List<WorkspaceStore.SeenCandidate> seen = store.candidatesOfRun(runId);
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
        for (WorkspaceStore.SeenCandidate s : seen) {
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
        totals.put("quarantined", catalog.quarantined().size());
        totals.put("pairs", pairs.size());
        totals.put("tiles", tiles);
        totals.put("failed_tiles", failedTiles);
        totals.put("failed_pairs", failedPairs);
        int failures = failedTiles + failedPairs + sourceProblems.size();
        totals.put("failed_sources", sourceProblems.size());
        totals.put("failures", failures);
        totals.put("flagged", seen.size());
        totals.put("new_candidates", fresh);
        totals.put("new_candidates_linked_to_known_incident", linked);
        String line = String.format(Locale.ROOT, "%d new scene%s, %d tiles, %d new candidate%s (%d linked to known incident), "
                        + "%d failure%s%s, %s", newScenes.size(), newScenes.size() == 1 ? "" : "s", tiles, fresh,
                fresh == 1 ? "" : "s", linked, failures, failures == 1 ? "" : "s",
                catalog.quarantined().isEmpty() ? "" : ", " + catalog.quarantined().size() + " quarantined",
                NightlyJob.elapsed(started));
        root.put("line", line);
        return root;
    }
}
