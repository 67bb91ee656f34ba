package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.raster.GdalScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void generatesAGeoreferencedPairWithTruthInTheBox() throws Exception {
        Path out = tmp.resolve("s");
        CliTest.Run r = CliTest.run("samples", "generate", "--sensor", "sentinel2", "--bbox", "-8.07,13.70,-8.04,13.73",
                "--seed", "3", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String f : SampleGenerator.FILES) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        try (GdalScene before = GdalScene.open(out.resolve("before.tif"))) {
            assertEquals(32629, before.grid().epsg());
            assertEquals(10.0, before.grid().pixelWidth());
            assertEquals(java.util.List.of("B02", "B03", "B04", "B08", "B11", "B12", "SCL"), before.bandNames());
            assertEquals(0.0, before.nodata(0));
            assertEquals("-1000", before.metadata("").get("BOA_ADD_OFFSET"));
        }
        JsonNode truth = new ObjectMapper().readTree(out.resolve("truth.geojson").toFile());
        assertEquals("FeatureCollection", truth.get("type").asText());
        for (JsonNode f : truth.get("features")) {
            for (JsonNode ring : f.at("/geometry/coordinates")) {
                JsonNode pts = f.at("/geometry/type").asText().equals("Polygon") ? ring : ring.get(0);
                for (JsonNode p : pts) {
                    assertTrue(p.get(0).asDouble() > -8.08 && p.get(0).asDouble() < -8.03, f.get("id").asText());
                    assertTrue(p.get(1).asDouble() > 13.69 && p.get(1).asDouble() < 13.74, f.get("id").asText());
                }
            }
        }
        assertTrue(Files.readString(out.resolve("README.md")).contains("--bbox -8.07,13.7,-8.04,13.73"));
        CliTest.Run again = CliTest.run("samples", "generate", "--sensor", "sentinel2", "--bbox",
                "-8.07,13.70,-8.04,13.73", "--out", out.toString());
        assertEquals(6, again.exitCode(), "existing output must need --overwrite");
    }

    @Test
    void unknownCaseIsAConfigurationError() {
        CliTest.Run r = CliTest.run("samples", "generate", "--sensor", "planetscope", "--case", "nope", "--out",
                tmp.resolve("x").toString());
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("no-change"), r.err());
    }
}
