package org.corridorwatch.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The check both backfill tests make per pair: the pair's folder holds what {@code scan} wrote for it. */
final class SameAsScan {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SameAsScan() {
    }

    /**
     * Asserts that {@code pairDir}'s candidates equal {@code scanOut}'s (ids, scores to 1e-9, reasons, in order) and
     * that its {@code evidence/burn.tif} is byte-identical; returns the number of candidates.
     */
    static int assertSameCandidatesAndBurn(Path scanOut, Path pairDir, String pairId) throws IOException {
        JsonNode a = JSON.readTree(scanOut.resolve("candidates.geojson").toFile()).path("features");
        JsonNode b = JSON.readTree(pairDir.resolve("candidates.geojson").toFile()).path("features");
        assertEquals(a.size(), b.size(), pairId);
        for (int i = 0; i < a.size(); i++) {
            JsonNode x = a.get(i).path("properties");
            JsonNode y = b.get(i).path("properties");
            assertEquals(x.path("id").asText(), y.path("id").asText(), pairId);
            assertEquals(x.path("score").asDouble(), y.path("score").asDouble(), 1e-9, pairId);
            assertEquals(x.path("reasons").toString(), y.path("reasons").toString(), pairId);
        }
        assertTrue(Arrays.equals(Files.readAllBytes(scanOut.resolve("evidence/burn.tif")),
                Files.readAllBytes(pairDir.resolve("evidence/burn.tif"))), pairId);
        return a.size();
    }
}
