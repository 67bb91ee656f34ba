package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported walkthrough still regenerates, and every figure it references exists and is a PNG. */
class WalkthroughCommandTest {
    @TempDir
    Path dir;

    @Test
    void regeneratesWithEveryFigure() throws Exception {
        Path sample = TestSupport.repoRoot().resolve("imagery-samples/rn1-kolokani-didieni");
        Files.createDirectories(dir.resolve("figures"));
        Path stale = Files.writeString(dir.resolve("figures/old-site-before.png"), "old export");
        CliTest.Run r = CliTest.run("walkthrough", "--sample", sample.toString(), "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.notExists(stale), "figures of a previous export are replaced");
        String md = Files.readString(dir.resolve("README.md"));
        assertTrue(md.contains("## Score distribution") && md.contains("## Precision and recall"), md);
        assertTrue(md.contains("hugs the road"), md);
        Matcher m = Pattern.compile("\\]\\((figures/[^)]+\\.png)\\)").matcher(md);
        int figures = 0;
        while (m.find()) {
            byte[] png = Files.readAllBytes(dir.resolve(m.group(1)));
            assertEquals((byte) 0x89, png[0], m.group(1));
            assertEquals('P', png[1]);
            figures++;
        }
        assertTrue(figures >= 6, "chips of the top sites and two charts: " + figures);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("run")), "the scan folder is not left behind");
        }
    }

    @Test
    void aFolderWithoutScenesIsAClearError() {
        CliTest.Run r = CliTest.run("walkthrough", "--sample", dir.toString(), "--out", dir.resolve("o").toString());
        assertEquals(3, r.exitCode());
        assertTrue(r.err().contains("has no before.tif"), r.err());
    }
}
