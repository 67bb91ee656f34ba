package org.corridorwatch.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.TestSupport;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.scan.ScanJob;
import org.corridorwatch.scan.ScanRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real scan of a committed sample evaluated against its planted truth. */
class RunEvaluationTest {
    private static final Path SAMPLE = TestSupport.repoRoot().resolve("imagery-samples/rn1-kaniera-lakamane");

    @TempDir
    Path tmp;

    @Test
    void theSamplesAttackIsFoundWithoutFalseAlarmAndTheBushFireExplainsTheRest() {
        Path run = tmp.resolve("run");
        ScanJob.run(ScanRequest.builder(SAMPLE.resolve("before.tif"), SAMPLE.resolve("after.tif"), run).threads(2)
                .noChips(true).firms(List.of(SAMPLE.resolve("firms.csv"))).build(), new PrintWriter(new StringWriter()));
        ObjectNode e = RunEvaluation.evaluate(run, SAMPLE.resolve("truth.geojson"), null, SiteMatcher.DEFAULT_MATCH_DISTANCE_M);
        assertEquals(1.0, e.path("recall").asDouble(), e.toString());
        assertEquals(0, e.path("false_alarms").asInt(), e.toString());
        assertTrue(e.path("mean_localisation_error_m").asDouble() < 50, e.toString());
        assertTrue(e.path("corridor_km_scanned").asDouble() > 5, e.toString());
        assertEquals(19, e.path("precision_recall_curve").size());
    }

    @Test
    void aFolderThatIsNoFinishedScanIsRefused() {
        InputDataException ex = assertThrows(InputDataException.class,
                () -> RunEvaluation.evaluate(tmp, SAMPLE.resolve("truth.geojson"), null, 250));
        assertTrue(ex.getMessage().contains("has no run.json"), ex.getMessage());
    }
}
