package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a scan, simulated without privileges: the scan runs as a child process
 * whose file size limit ({@code ulimit -f}) is below the size of some of its outputs, with SIGXFSZ
 * ignored, so a write past the limit fails with EFBIG exactly where a full disk fails with ENOSPC.
 * The scan must exit 6 naming the file, leave no run.json (a run without it never looks complete)
 * and no partial file.
 */
class ScanWriteFailureTest {
    // a sample whose largest output is a chip, written last (rn1-kolokani-didieni's evidence raster became its largest
    // output, 190 KB, with the dark-after gate 0.10/0.15)
    private static final Path SAMPLE = Path.of(System.getProperty("corridorwatch.home"), "imagery-samples",
            "rn1-kaniera-lakamane");

    @Test
    void aWriteFailingEarlyStopsTheScanWithExit6AndNoRunJson(@TempDir Path dir) throws Exception {
        Child r = scanLimitedTo(dir.resolve("out"), 16 * 1024);
        assertFailedCleanly(r, dir.resolve("out"));
    }

    @Test
    void aWriteFailingAfterOtherOutputsWereInPlaceStillLeavesNoRunJson(@TempDir Path dir) throws Exception {
        Child full = scanLimitedTo(dir.resolve("full"), -1);
        assertEquals(0, full.exitCode(), full.output());
        long largest;
        try (Stream<Path> files = Files.walk(dir.resolve("full"))) {
            largest = files.filter(Files::isRegularFile).mapToLong(ScanWriteFailureTest::size).max().orElseThrow();
        }
        // every output fits but the largest, which is written late (after the evidence raster and GeoJSON)
        Path out = dir.resolve("out");
        Child r = scanLimitedTo(out, largest - 1024);
        assertFailedCleanly(r, out);
        assertTrue(Files.exists(out.resolve("candidates.geojson")), "the outputs written before the failure stay");
    }

    private static void assertFailedCleanly(Child r, Path out) throws IOException {
        assertEquals(6, r.exitCode(), r.output());
        assertTrue(r.output().contains("error: " + out), r.output());
        assertTrue(r.output().contains("cannot be written"), r.output());
        assertTrue(r.output().contains("free space"), r.output());
        assertFalse(Files.exists(out.resolve("run.json")), "run.json marks a complete run");
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> partial = files.filter(p -> p.getFileName().toString().contains(".partial")
                    || p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), partial);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Child(int exitCode, String output) {
    }

    /** Scans the sample in a child JVM whose files may not grow past {@code limitBytes} (-1: unlimited). */
    private static Child scanLimitedTo(Path out, long limitBytes) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = String.join(" ", List.of(q(java), "-Xmx512m", q("-Djava.library.path=" + System.getProperty("java.library.path")),
                q("-Dcorridorwatch.home=" + System.getProperty("corridorwatch.home")), "-cp", q(System.getProperty("java.class.path")),
                "org.corridorwatch.cli.Main", "scan", "--before", q(SAMPLE.resolve("before.tif").toString()),
                "--after", q(SAMPLE.resolve("after.tif").toString()), "--out", q(out.toString()), "--threads", "2"));
        String limit = limitBytes < 0 ? "" : "ulimit -f " + Math.max(1, limitBytes / 1024) + "; ";
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process p = new ProcessBuilder("bash", "-c", "trap '' XFSZ; " + limit + "exec " + cmd).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        return new Child(code, Files.readString(log));
    }

    private static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
