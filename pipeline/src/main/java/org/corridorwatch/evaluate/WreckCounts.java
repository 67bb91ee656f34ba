package org.corridorwatch.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Wreck counts against the truth: for every attack site of the truth with a {@code wreck_count}, the
 * best-scoring attack candidate within the match distance and its {@code wreck_count}, with
 * {@code wreck_count_error = found / truth − 1} (−0.2 … +0.2 is the issue's ±20 % bar). Sites without a
 * matching candidate, or whose candidate has no count (sensors that do not resolve vehicles), have a
 * null error.
 */
final class WreckCounts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WreckCounts() {
    }

    static ArrayNode evaluate(Path truthFile, Path candidatesFile, double matchM) {
        ArrayNode out = JSON.createArrayNode();
        List<GeoJsonFeatures.Feature> candidates = GeoJsonFeatures.read(candidatesFile, "re-run the scan").stream()
                .filter(f -> !"queue".equals(f.properties().path("pattern").asText())).toList();
        for (GeoJsonFeatures.Feature t : GeoJsonFeatures.read(truthFile, "give a truth.geojson written by `samples generate`")) {
            JsonNode tp = t.properties();
            if (!"attack".equals(tp.path("class").asText()) || !tp.path("wreck_count").isNumber() || t.geometry() == null) {
                continue;
            }
            GeoJsonFeatures.Feature best = null;
            for (GeoJsonFeatures.Feature c : candidates) {
                if (c.geometry() != null && SiteMatcher.distanceM(t.geometry(), c.geometry()) <= matchM
                        && (best == null || c.properties().path("score").asDouble() > best.properties().path("score").asDouble())) {
                    best = c;
                }
            }
            int truth = tp.get("wreck_count").asInt();
            var n = out.addObject();
            n.put("truth_id", tp.path("id").asText());
            n.put("wreck_count_truth", truth);
            JsonNode found = best == null ? null : best.properties().get("wreck_count");
            if (found == null || !found.isNumber()) {
                n.putNull("candidate_id");
                n.putNull("wreck_count_found");
                n.putNull("wreck_count_error");
                if (best != null) {
                    n.put("candidate_id", best.properties().path("id").asText());
                }
                continue;
            }
            n.put("candidate_id", best.properties().path("id").asText());
            n.put("wreck_count_found", found.asInt());
            n.put("wreck_count_error", truth == 0 ? null : Math.round((found.asDouble() / truth - 1) * 1000) / 1000.0);
        }
        return out;
    }
}
