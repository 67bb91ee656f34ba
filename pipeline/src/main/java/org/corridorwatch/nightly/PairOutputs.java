package org.corridorwatch.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.report.CandidatesGeoJson;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.corridorwatch.nightly.store.SeenCandidate;
import org.corridorwatch.nightly.store.WorkspaceStore;

/** Reads what the database records of a scanned pair from its outputs: tiles.geojson and candidates.geojson. */
final class PairOutputs {
    private PairOutputs() {
    }

    static List<WorkspaceStore.TileResult> tiles(Path file) {
        List<WorkspaceStore.TileResult> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (JsonNode f : readJson(file).path("features")) {
            JsonNode pr = f.path("properties");
            out.add(new WorkspaceStore.TileResult(pr.path("id").asText(), pr.path("status").asText(),
                    pr.path("best_score").asDouble(0)));
        }
        return out;
    }

    /** Reads candidates.geojson: returns the number of candidates and adds the flagged ones to {@code flagged}. */
    static int candidates(Path file, List<SeenCandidate> flagged) {
        if (!Files.exists(file)) {
            return 0;
        }
        GeoJsonReader reader = new GeoJsonReader();
        int n = 0;
        for (JsonNode f : readJson(file).path("features")) {
            n++;
            JsonNode pr = f.path("properties");
            if (!pr.path("flagged").asBoolean(false)) {
                continue;
            }
            String wkt;
            try {
                wkt = reader.read(f.path("geometry").toString()).toText();
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IllegalStateException(file + ": unreadable geometry: " + e.getMessage(), e);
            }
            JsonNode known = pr.path("known_incident");
            flagged.add(new SeenCandidate(pr.path("id").asText(), null, null, wkt, pr.path("score").asDouble(),
                    true, known.isNull() || known.isMissingNode() ? null : known.asText()));
        }
        return n;
    }

    private static JsonNode readJson(Path file) {
        try {
            return CandidatesGeoJson.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
