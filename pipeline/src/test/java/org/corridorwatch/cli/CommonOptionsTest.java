package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared option mixins: ranges checked in one place, exit 4, one line naming the option; --out untouched. */
class CommonOptionsTest {
    @TempDir
    Path dir;

    private String[] scan(String... extra) {
        String[] base = {"scan", "--before", dir.resolve("b.tif").toString(), "--after", dir.resolve("a.tif").toString(),
            "--out", dir.resolve("run").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @ParameterizedTest
    @CsvSource({"--threads,-1", "--threads,0", "--threads,10000", "--buffer-m,0", "--buffer-m,-5", "--buffer-m,1e9",
        "--buffer-m,NaN"})
    void scanRefusesOutOfRangeValuesWithExit4BeforeTouchingOut(String option, String value) {
        CliTest.Run r = CliTest.run(scan(option, value));
        assertEquals(4, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: " + option + " "), r.err());
        assertTrue(r.err().contains("out of range"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(dir.resolve("run")), "--out must be left as it was");
    }

    @Test
    void everyCommandWithThreadsSharesTheRange() {
        for (String[] args : new String[][] {
            {"nightly", "--workspace", dir.toString(), "--threads", "999"},
            {"walkthrough", "--sample", dir.toString(), "--out", dir.resolve("w").toString(), "--threads", "-1"}}) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(4, r.exitCode(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().contains("--threads") && r.err().contains("1.." + CommonOptions.MAX_THREADS), r.err());
        }
    }

    @Test
    void tilesChecksTileSizeOverlapAndBuffer() {
        for (String[] extra : new String[][] {{"--tile-size", "3"}, {"--overlap", "-1"}, {"--overlap", "400"},
            {"--buffer-m", "0"}}) {
            CliTest.Run r = CliTest.run("tiles", "--scene", dir.resolve("x.tif").toString(), extra[0], extra[1]);
            assertEquals(4, r.exitCode(), extra[0] + " " + extra[1] + "\n" + r.err());
            assertTrue(r.err().startsWith("error: " + extra[0]), r.err());
        }
    }

    @Test
    void malformedNumberStaysAUsageError() {
        CliTest.Run r = CliTest.run(scan("--threads", "many"));
        assertEquals(2, r.exitCode(), r.err());
    }

    @Test
    void picocliErrorPrefixIsNotRepeated() {
        CliTest.Run r = CliTest.run(scan("--corridor", "RN1", "--aoi", "scene"));
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().contains("Error:"), r.err());
    }

    @Test
    void sharedOptionsAppearInEveryCommandsHelp() {
        String[][] commands = {{"scan"}, {"tiles"}, {"walkthrough"}, {"review", "export"}, {"samples", "generate"}};
        for (String[] c : commands) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = "--help";
            CliTest.Run r = CliTest.run(args);
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("--out"), String.join(" ", c) + r.out());
        }
    }
}
