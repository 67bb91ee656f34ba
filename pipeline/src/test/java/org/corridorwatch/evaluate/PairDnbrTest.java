package org.corridorwatch.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.TestScenes;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.GeoTiffWriter;
import org.corridorwatch.scan.ScanJob;
import org.corridorwatch.scan.ScanRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --mask} computes the dNBR reference from the scan's own inputs: an L2A-like pair with a
 * BOA offset of −1000 DN (TestScenes.rn1: savanna NBR 0.167 → char −0.333, so dNBR 0.5 in the burn) and a mask
 * of what was charred.
 */
class PairDnbrTest {
    @TempDir
    Path tmp;

    private Path scanWithMask(TestScenes.Pair pair) {
        Path run = tmp.resolve("run");
        ScanJob.run(ScanRequest.builder(pair.before(), pair.after(), run).threads(2).noChips(true).aoiScene(true)
                .build(), new PrintWriter(new StringWriter()));
        return run;
    }

    /** 1 where the after date is darker in B08 than in the before date by more than half (the charred pixels). */
    private Path charMask(TestScenes.Pair pair) {
        Path mask = tmp.resolve("mask.tif");
        try (GdalScene b = GdalScene.open(pair.before()); GdalScene a = GdalScene.open(pair.after())) {
            GridGeometry g = b.grid();
            float[] nb = b.read(0, 0, g.width(), g.height(), 3).band(0);
            float[] na = a.read(0, 0, g.width(), g.height(), 3).band(0);
            float[] m = new float[nb.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = (na[i] - 1000) < 0.5 * (nb[i] - 1000) ? 1 : 0;
            }
            try (GeoTiffWriter w = GeoTiffWriter.create(mask, g, GeoTiffWriter.PixelType.BYTE, List.of("mask"),
                    Double.NaN, false)) {
                w.write(0, 0, 0, g.width(), g.height(), m);
                w.commit();
            }
        }
        return mask;
    }

    @Test
    void theReferenceIsReadFromTheRunsInputsWithTheirOffset() {
        TestScenes.Pair pair = TestScenes.rn1(tmp, 126, true);
        Path mask = charMask(pair);
        ObjectNode e = RunEvaluation.evaluate(scanWithMask(pair), null, mask, SiteMatcher.DEFAULT_MATCH_DISTANCE_M);
        JsonNode ref = e.path("pixels").path("dnbr_reference");
        assertFalse(ref.isMissingNode(), e.toString());
        assertTrue(ref.path("best_f1").asDouble() > 0.99, ref.toString());
        // with the -1000 DN offset applied: 0.167 - (-0.333) = 0.5; without it the burn would read 0.29
        assertEquals(0.5, ref.path("dnbr_inside").asDouble(), 0.05, ref.toString());
        assertEquals(0.0, ref.path("dnbr_outside").asDouble(), 0.03, ref.toString());
        assertTrue(ref.path("shows_burn_signal").asBoolean());
    }

    @Test
    void aRunWhoseInputsAreGoneSaysWhyItHasNoReference() throws Exception {
        TestScenes.Pair pair = TestScenes.rn1(tmp, 126, true);
        Path mask = charMask(pair);
        Path run = scanWithMask(pair);
        Files.delete(pair.before());
        ObjectNode e = RunEvaluation.evaluate(run, null, mask, SiteMatcher.DEFAULT_MATCH_DISTANCE_M);
        assertTrue(e.path("pixels").path("dnbr_reference").isMissingNode(), e.toString());
        assertTrue(e.path("pixels").path("dnbr_reference_unavailable").asText().contains("is not one raster file"),
                e.toString());
        assertTrue(e.path("pixels").path("pixel_f1").asDouble() > 0.5, "the pixel scores are still given: " + e);
    }
}
