package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan's orchestration on a committed sample: stages in order, and every parameter recorded in run.json. */
class ScanJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = TestSupport.repoRoot().resolve("imagery-samples/planetscope-wrecks-queue");

    @TempDir
    Path tmp;

    private JsonNode scan(Path out, Path config) throws Exception {
        ScanRequest r = ScanRequest.builder(SAMPLE.resolve("before.tif"), SAMPLE.resolve("after.tif"), out)
                .configFile(config).threads(2).noChips(true).build();
        ScanSummary s = ScanJob.run(r, new PrintWriter(new StringWriter()));
        assertTrue(s.scored() > 0);
        return JSON.readTree(out.resolve("run.json").toFile());
    }

    private static JsonNode best(Path out) throws Exception {
        return JSON.readTree(out.resolve("candidates.geojson").toFile()).path("features").get(0).path("properties");
    }

    @Test
    void stagesRunInOrderAndAreTimed() throws Exception {
        JsonNode run = scan(tmp.resolve("a"), null);
        List<String> stages = List.of("open", "roads", "plan", "scene_statistics", "tiles", "sites", "write", "review_outputs");
        assertEquals(stages, iterable(run.path("timings_s").fieldNames()));
        assertTrue(Files.exists(tmp.resolve("a/evidence/burn.tif")) && Files.exists(tmp.resolve("a/tiles.geojson")));
        // the scene's change index, so a reader can see where the bars stood
        JsonNode index = run.path("scene_change_index");
        assertEquals("dNIR", index.path("index").asText(), "the PlanetScope sample has no SWIR: " + index);
        assertTrue(index.path("samples").asLong() > 1000, index.toString());
        assertTrue(index.path("spread_pixel_to_pixel").asDouble() > 0
                && index.path("spread_pixel_to_pixel").asDouble() <= index.path("spread").asDouble() * 1.5, index.toString());
        assertEquals(index.path("centre").asDouble() + 0.10, index.path("weak_bar").asDouble(), 0.0002,
                "a quiet generated scene: the floor 0.10 sets the weak bar, " + index);
        assertTrue(index.path("strong_bar").asDouble() > index.path("weak_bar").asDouble(), index.toString());
    }

    /**
     * A formerly hard-coded vehicle parameter set through YAML: objects longer than any truck are all the detector
     * accepts, so the wreck line beside the attack disappears — and run.json records the value that did it.
     */
    @Test
    void aVehicleParameterFromYamlTakesEffectAndIsRecorded() throws Exception {
        JsonNode plain = scan(tmp.resolve("plain"), null);
        assertEquals(6.0, plain.path("config").path("vehicle_detection").path("min_length_m").asDouble());
        assertTrue(best(tmp.resolve("plain")).path("wreck_count").asInt() > 10, best(tmp.resolve("plain")).toString());

        Path yaml = Files.writeString(tmp.resolve("long.yaml"), "vehicle_detection: {min_length_m: 30, max_length_m: 40}\n");
        JsonNode tuned = scan(tmp.resolve("tuned"), yaml);
        assertEquals(30.0, tuned.path("config").path("vehicle_detection").path("min_length_m").asDouble());
        assertEquals(yaml.toAbsolutePath().toString(), tuned.path("config_file").asText());
        JsonNode site = best(tmp.resolve("tuned"));
        assertTrue(site.path("wreck_count").isNull() || site.path("wreck_count").asInt() == 0, site.toString());
        assertTrue(site.path("vehicles_score").asDouble() < best(tmp.resolve("plain")).path("vehicles_score").asDouble());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
