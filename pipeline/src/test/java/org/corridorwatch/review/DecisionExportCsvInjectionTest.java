package org.corridorwatch.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review export --format csv: notes and reviewer names that look like formulas are written as text. */
class DecisionExportCsvInjectionTest {
    private static final String WKT = "POLYGON ((-8.0 13.0, -7.99 13.0, -7.99 13.01, -8.0 13.0))";

    @TempDir
    Path dir;

    @Test
    void formulaCellsAreNeutralised() throws Exception {
        DecisionStore s = DecisionStore.open(dir.resolve("d.sqlite"));
        s.record("cw-a", "run1", Verdict.REJECT, "@SUM(1+1)", "=HYPERLINK(\"http://evil.example\",\"x\")",
                "road_attack", WKT);
        Path csv = DecisionExport.write(s.history(), DecisionExport.Format.CSV, dir.resolve("d.csv"));
        String text = Files.readString(csv);
        assertTrue(text.contains("'=HYPERLINK"), text);
        assertTrue(text.contains("'@SUM(1+1)"), text);
        for (String line : text.split("\n")) {
            for (String cell : line.split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(c.startsWith("=") || c.startsWith("@"), "formula cell " + cell + " in\n" + text);
            }
        }
    }
}
