package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.TestSupport;
import org.corridorwatch.raster.DecodeThreads;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.SafeProductWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A product scan writes the same thing whatever number of threads GDAL decodes JPEG2000 with. The scan reads both
 * dates at once, each date's reads serialised, and GDAL decodes the tiles of one read on {@code GDAL_NUM_THREADS}
 * threads (half the cores by default: 4 on an 8-core machine). A committed sample is written as two products whose
 * band files are tiled 128² (so a read meets several tiles, as on a real 1024²-tiled product, and GDAL's multi-tile
 * decoding runs) and scanned with one decode thread, then three times with four. Every output that shows pixels
 * (candidates, the evidence raster's pixels, every chip PNG) must be identical; they must also equal the golden record
 * of the untiled product ({@link ProductScanOutputsGoldenTest}), since tiling a lossless JPEG2000 changes no pixel.
 */
class DecodeThreadsDeterminismTest {
    private static final ObjectMapper JSON = ProductScanOutputsGoldenTest.JSON;
    private static final String SAMPLE = ProductScanOutputsGoldenTest.SAMPLE;

    @TempDir
    Path tmp;

    @Test
    void aProductScanWritesTheSameWithOneDecodeThreadOrFour() throws Exception {
        Path dir = TestSupport.repoRoot().resolve("imagery-samples").resolve(SAMPLE);
        SafeProductWriter.Product before = SafeProductWriter.write(dir.resolve("before.tif"), tmp.resolve("before"), 128);
        SafeProductWriter.Product after = SafeProductWriter.write(dir.resolve("after.tif"), tmp.resolve("after"), 128);
        try (GdalScene b02 = GdalScene.open(before.band("B02", 10))) {
            assertArrayEquals(new int[] {128, 128}, b02.blockSize(), "the band files are tiled");
            assertTrue(b02.grid().width() > 3 * 128, "a chip or tile read meets several JPEG2000 tiles");
        }

        String one;
        try (DecodeThreads t = DecodeThreads.set(1)) {
            one = outputs(before, after, "one", dir);
        }
        JsonNode golden = JSON.readTree(TestSupport.repoRoot()
                .resolve("pipeline/src/test/resources/golden/products").resolve(SAMPLE + ".json").toFile());
        ObjectNode expected = JSON.createObjectNode();
        for (String part : List.of("candidates", "evidence", "chips")) {
            expected.set(part, golden.path(part));
        }
        assertEquals(JSON.writeValueAsString(expected), one,
                "the tiled product scanned with one decode thread differs from the untiled product's golden record");
        String previous = DecodeThreads.current();
        for (int run = 1; run <= 3; run++) {
            try (DecodeThreads t = DecodeThreads.set(4)) {
                assertEquals(one, outputs(before, after, "four-" + run, dir),
                        "scan " + run + " with 4 decode threads differs from the scan with one");
            }
        }
        assertEquals(previous, DecodeThreads.current(), "the decode threads setting is put back");
    }

    /** Candidates, evidence pixels and chip files of one scan, as the golden record keeps them. */
    private String outputs(SafeProductWriter.Product before, SafeProductWriter.Product after, String name, Path dir)
            throws Exception {
        Path out = tmp.resolve(name);
        StringWriter log = new StringWriter();
        ScanJob.run(ScanRequest.builder(before.safe(), after.safe(), out).threads(2)
                .firms(List.of(dir.resolve("firms.csv"))).build(), new PrintWriter(log));
        ObjectNode actual = ProductScanOutputsGoldenTest.outputs(out);
        actual.remove("tiles"); // the tile plan follows the band files' block size
        JsonNode chips = actual.path("chips");
        assertTrue(chips.size() > 0, "the sample's attack gives chips: " + log);
        return JSON.writeValueAsString(actual);
    }
}
