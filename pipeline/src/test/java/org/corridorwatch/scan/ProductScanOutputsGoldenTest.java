package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.corridorwatch.TestSupport;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.SafeProductWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a scan of Sentinel-2 products writes must not change when the way the products are read changes (issue 19:
 * shared readers, block cache, decode order): a committed sample written as two {@code .SAFE} products (lossless
 * JPEG2000, read through GDAL's SENTINEL2 driver) is scanned in process with chips, and its candidates (as in
 * {@link SampleCandidatesGoldenTest}), tiles, evidence raster (a SHA-256 of each band's pixels) and chip images (a
 * SHA-256 of each PNG) must equal {@code golden/products/SAMPLE.json}. The record was written by the code before the
 * reading changes; rewrite it with {@code -Dgolden.update=true} only after a deliberate change of the detector.
 */
class ProductScanOutputsGoldenTest {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    static final String SAMPLE = "rn1-kolokani-didieni";

    @TempDir
    Path tmp;

    @Test
    void productScanWritesTheGoldenCandidatesTilesEvidenceAndChips() throws Exception {
        Path dir = TestSupport.repoRoot().resolve("imagery-samples").resolve(SAMPLE);
        SafeProductWriter.Product before = SafeProductWriter.write(dir.resolve("before.tif"), tmp.resolve("before"));
        SafeProductWriter.Product after = SafeProductWriter.write(dir.resolve("after.tif"), tmp.resolve("after"));
        Path out = tmp.resolve("run");
        StringWriter log = new StringWriter();
        ScanJob.run(ScanRequest.builder(before.safe(), after.safe(), out).threads(2)
                .firms(List.of(dir.resolve("firms.csv"))).build(), new PrintWriter(log));

        ObjectNode actual = outputs(out);
        JsonNode chips = actual.path("chips");
        assertTrue(actual.path("candidates").path("features").size() > 0 && chips.size() > 0,
                "the sample's attack gives candidates and chips: " + log);

        Path golden = TestSupport.repoRoot().resolve("pipeline/src/test/resources/golden/products").resolve(SAMPLE + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, JSON.writeValueAsString(actual) + "\n");
        }
        if (!Files.exists(golden)) {
            fail("no golden record " + golden + ": run with -Dgolden.update=true once and commit it");
        }
        JsonNode expected = JSON.readTree(golden.toFile());
        for (String part : List.of("candidates", "tiles", "evidence", "chips")) {
            assertEquals(JSON.writeValueAsString(expected.path(part)), JSON.writeValueAsString(actual.path(part)),
                    part + " of the product scan differ from " + golden + "; scan log:\n" + log);
        }
    }

    /**
     * What the golden record keeps of a scan's outputs in {@code out}: candidates (normalised as in
     * {@link SampleCandidatesGoldenTest}), tiles, a SHA-256 of each evidence band's pixels and of each chip PNG.
     */
    static ObjectNode outputs(Path out) throws Exception {
        ObjectNode actual = JSON.createObjectNode();
        actual.set("candidates", SampleCandidatesGoldenTest.normalise(JSON.readTree(out.resolve("candidates.geojson").toFile())));
        actual.set("tiles", JSON.readTree(out.resolve("tiles.geojson").toFile()));
        ObjectNode evidence = actual.putObject("evidence");
        try (GdalScene e = GdalScene.open(out.resolve("evidence/burn.tif"))) {
            for (int b = 0; b < e.bandCount(); b++) {
                evidence.put(e.bandNames().get(b), sha256(e.read(0, 0, e.grid().width(), e.grid().height(), b).band(0)));
            }
        }
        ObjectNode chips = actual.putObject("chips");
        try (Stream<Path> files = Files.list(out.resolve("chips"))) {
            for (Path f : files.sorted().toList()) {
                chips.put(f.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return actual;
    }

    private static String sha256(float[] values) throws Exception {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            bytes.putFloat(v);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    }
}
