package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan and evaluate commands on real Sentinel-2 fire pairs (CAL FIRE perimeters as truth): the burn
 * evidence must reach pixel F1 ≥ 0.75 on CLEAR and DOVE with the default configuration, where no single
 * fixed dNBR threshold reaches it on both; KENNETH has no burn signal and must not produce a large burn.
 */
@Tag("realdata")
class ScanRealFirePairsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode scanAndEvaluate(String fire) throws Exception {
        Path pairs = TestSupport.dataset("calfire-s2-burn-pairs").resolve("pairs");
        Path out = dir.resolve(fire);
        CliTest.Run scan = CliTest.run("scan", "--before", pairs.resolve(fire + "_pre.tif").toString(), "--after",
                pairs.resolve(fire + "_post.tif").toString(), "--aoi", "scene", "--out", out.toString());
        assertEquals(0, scan.exitCode(), scan.err());
        CliTest.Run eval = CliTest.run("evaluate", "--run", out.toString(), "--mask",
                pairs.resolve(fire + "_mask.tif").toString());
        assertEquals(0, eval.exitCode(), eval.err());
        System.out.println(fire + ": " + eval.out().lines().findFirst().orElse(""));
        return JSON.readTree(out.resolve("evaluation.json").toFile()).get("pixels");
    }

    @Test
    void clearReachesF1() throws Exception {
        assertTrue(scanAndEvaluate("CLEAR_20240626").get("pixel_f1").asDouble() >= 0.75);
    }

    @Test
    void doveReachesF1() throws Exception {
        assertTrue(scanAndEvaluate("DOVE_20241019").get("pixel_f1").asDouble() >= 0.75);
    }

    @Test
    void kennethProducesNoLargeBurn() throws Exception {
        assertTrue(scanAndEvaluate("KENNETH_20250109").get("burned_fraction_predicted").asDouble() < 0.05);
    }
}
