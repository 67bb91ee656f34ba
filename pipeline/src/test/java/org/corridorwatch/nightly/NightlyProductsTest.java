package org.corridorwatch.nightly;

import static org.corridorwatch.nightly.NightlyJobTest.lastRun;
import static org.corridorwatch.nightly.NightlyJobTest.nightly;
import static org.corridorwatch.nightly.NightlyJobTest.summary;
import static org.corridorwatch.nightly.NightlyJobTest.workspace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.TestSupport;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.raster.SafeProductWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentinel-2 L2A products dropped into the inbox as downloaded ({@code .SAFE} folders of JPEG2000 band
 * files): each is one scene, surveyed and paired through its band stack, and the pair is scanned; none of
 * the band files is catalogued or quarantined on its own.
 */
class NightlyProductsTest {
    private static final Path SAMPLE = TestSupport.repoRoot().resolve("imagery-samples/rn1-kolokani-didieni");

    @Test
    void safeFoldersInTheInboxAreScenesAndTheirPairIsScanned(@TempDir Path dir) throws Exception {
        Workspace ws = workspace(dir.resolve("ws"));
        SafeProductWriter.Product before = SafeProductWriter.write(SAMPLE.resolve("before.tif"), ws.inbox());
        SafeProductWriter.Product after = SafeProductWriter.write(SAMPLE.resolve("after.tif"), ws.inbox());

        CliTest.Run r = nightly(ws);
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().startsWith("2 new scenes, "), r.out());
        assertTrue(r.out().contains(" 1 new candidate ") && r.out().contains(", 0 failures, "), r.out());
        assertFalse(r.out().contains("quarantined"), "no band file is quarantined on its own: " + r.out());
        JsonNode s = summary(lastRun(ws));
        JsonNode scenes = s.path("new_scenes");
        assertEquals(2, scenes.size(), scenes.toString());
        for (JsonNode scene : scenes) {
            assertTrue(scene.path("path").asText().endsWith(".SAFE"), scene.toString());
            assertEquals("sentinel2", scene.path("sensor_profile").asText(), scene.toString());
        }
        assertTrue(scenes.toString().contains(before.date()) && scenes.toString().contains(after.date()), scenes.toString());
        JsonNode pair = s.path("pairs").get(0);
        assertEquals(1, s.path("pairs").size(), s.path("pairs").toString());
        Path pairDir = lastRun(ws).resolve(pair.path("name").asText());
        assertTrue(Files.exists(pairDir.resolve("inputs/after.vrt")), "the scan reads the product through its stack");
        JsonNode fc = org.corridorwatch.report.CandidatesGeoJson.JSON.readTree(pairDir.resolve("candidates.geojson").toFile());
        assertTrue(fc.path("features").get(0).path("properties").path("flagged").asBoolean(), fc.toString());

        // a second night: both products are known (not re-catalogued as duplicates), nothing new
        CliTest.Run again = nightly(ws);
        assertEquals(9, again.exitCode(), again.out() + again.err());
    }
}
