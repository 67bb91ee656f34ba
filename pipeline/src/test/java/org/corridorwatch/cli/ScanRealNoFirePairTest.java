package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Sentinel-2 L2A pair with no reported fire (s2-l2a-real-pair-corrientes: city, river, farmland, 15
 * days apart; the "real no-fire pair flags nothing"), scanned whole with the default configuration:
 * ordinary change — harvest, crops greening, the river — must not be flagged.
 */
@Tag("realdata")
class ScanRealNoFirePairTest {
    @TempDir
    Path dir;

    @Test
    void ordinaryChangeIsNotFlagged() throws Exception {
        Path pair = TestSupport.dataset("s2-l2a-real-pair-corrientes");
        Path out = dir.resolve("run");
        CliTest.Run scan = CliTest.run("scan", "--before", pair.resolve("20231217.tif").toString(), "--after",
                pair.resolve("20240101.tif").toString(), "--aoi", "scene", "--no-chips", "--out", out.toString());
        assertEquals(0, scan.exitCode(), scan.err());
        JsonNode features = new ObjectMapper().readTree(out.resolve("candidates.geojson").toFile()).get("features");
        long flagged = StreamSupport.stream(features.spliterator(), false)
                .filter(f -> f.path("properties").path("flagged").asBoolean()).count();
        assertEquals(0, flagged, "flagged on a pair with no fire: " + features);
    }
}
