package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.corridorwatch.TestSupport;
import org.corridorwatch.model.NoOverlapException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scan end to end, in process, on every committed sample: its candidates must equal the golden record in
 * {@code src/test/resources/golden/SAMPLE.json} (every property but the scene paths, and a SHA-256 of each outline),
 * so a refactoring that changes what a scan finds fails here. After a deliberate change of the detector, rewrite
 * the records with {@code -Dgolden.update=true} and review the diff.
 */
class SampleCandidatesGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @TempDir
    Path tmp;

    static Stream<String> samples() throws Exception {
        try (Stream<Path> dirs = Files.list(TestSupport.repoRoot().resolve("imagery-samples"))) {
            List<String> names = dirs.filter(d -> Files.exists(d.resolve("before.tif"))).map(d -> d.getFileName().toString())
                    .sorted().toList();
            assertTrue(names.size() >= 7, "expected the 7 committed samples, found " + names);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void candidatesEqualTheGoldenRecord(String sample) throws Exception {
        Path dir = TestSupport.repoRoot().resolve("imagery-samples").resolve(sample);
        Path out = tmp.resolve(sample);
        ScanRequest.Builder b = ScanRequest.builder(dir.resolve("before.tif"), dir.resolve("after.tif"), out).threads(2).noChips(true);
        if (Files.exists(dir.resolve("firms.csv"))) {
            b.firms(List.of(dir.resolve("firms.csv")));
        }
        StringWriter log = new StringWriter();
        try {
            ScanJob.run(b.build(), new PrintWriter(log));
        } catch (NoOverlapException e) {
            // a sample whose every tile is masked: the scan still writes its (empty) candidates, then says so
            assertTrue(e.getMessage().contains("no tile could be scored"), e.getMessage());
        }
        JsonNode actual = normalise(JSON.readTree(out.resolve("candidates.geojson").toFile()));
        Path golden = TestSupport.repoRoot().resolve("pipeline/src/test/resources/golden").resolve(sample + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, JSON.writeValueAsString(actual) + "\n");
        }
        if (!Files.exists(golden)) {
            fail("no golden record " + golden + ": run with -Dgolden.update=true once and commit it");
        }
        JsonNode expected = JSON.readTree(golden.toFile());
        assertFalse(expected.path("features").isMissingNode(), "golden record without features: " + golden);
        assertEquals(JSON.writeValueAsString(expected), JSON.writeValueAsString(actual),
                "candidates of " + sample + " differ from " + golden + "; scan log:\n" + log);
    }

    /** Scene paths dropped (they depend on the checkout); each outline replaced by a SHA-256 of its coordinates. */
    static JsonNode normalise(JsonNode collection) throws Exception {
        ObjectNode root = collection.deepCopy();
        for (JsonNode f : (ArrayNode) root.path("features")) {
            ObjectNode props = (ObjectNode) f.path("properties");
            props.remove(List.of("before_scene", "after_scene"));
            ObjectNode feature = (ObjectNode) f;
            String coords = JSON.writeValueAsString(f.path("geometry"));
            feature.put("geometry", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(coords.getBytes(StandardCharsets.UTF_8))));
        }
        return JSON.readTree(JSON.writeValueAsString(root));
    }
}
