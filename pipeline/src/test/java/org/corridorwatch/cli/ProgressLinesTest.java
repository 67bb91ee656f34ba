package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorwatch.TestSupport;
import org.corridorwatch.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress off a terminal (a log file, a pipe, these tests): plain "task: done/total unit" lines as the work goes,
 * each tenth and the end, from {@code scan} (tiles, then chips) and {@code samples generate} (strips of both images). On a
 * terminal the same calls drive a progress bar ({@link TerminalProgress}).
 */
class ProgressLinesTest {
    @TempDir
    Path tmp;

    @Test
    void linesComeEachTenthAndAtTheEnd() {
        assertEquals(List.of(3L, 5L, 8L, 10L, 13L, 15L, 18L, 20L, 23L, 25L), steps(25));
        assertEquals(List.of(1L, 2L, 3L, 4L), steps(4));
        List<Long> many = steps(1000);
        assertEquals(10, many.size(), many.toString());
        assertEquals(1000L, many.get(many.size() - 1));
    }

    private static List<Long> steps(int total) {
        StringWriter s = new StringWriter();
        Progress p = Progress.lines(new PrintWriter(s));
        p.start("scan", "tiles", total);
        for (int i = 0; i < total; i++) {
            p.step(1);
        }
        p.finish();
        List<Long> done = new ArrayList<>();
        for (String line : s.toString().split("\n")) {
            assertTrue(line.matches("scan: \\d+/" + total + " tiles"), line);
            done.add(Long.parseLong(line.substring(6, line.indexOf('/'))));
        }
        return done;
    }

    @Test
    void scanPrintsTileAndChipProgress() {
        Path sample = TestSupport.repoRoot().resolve("imagery-samples/planetscope-wrecks-queue"); // 4 tiles
        CliTest.Run r = CliTest.run("scan", "--before", sample.resolve("before.tif").toString(), "--after",
                sample.resolve("after.tif").toString(),
                "--out", tmp.resolve("run").toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        List<long[]> lines = progress(r.out(), "scan", "tiles");
        assertTrue(lines.size() >= 2, "progress lines before the end: " + r.out());
        long total = lines.get(0)[1];
        assertTrue(lines.get(0)[0] < total, r.out());
        assertEquals(total, lines.get(lines.size() - 1)[0], r.out());
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i)[0] > lines.get(i - 1)[0], r.out());
        }
        List<long[]> chips = progress(r.out(), "chips", "candidates");
        assertTrue(chips.size() >= 2 && chips.get(0)[0] < chips.get(0)[1], "chip progress: " + r.out());
        assertEquals(chips.get(0)[1], chips.get(chips.size() - 1)[0], r.out());
        assertTrue(r.out().indexOf("chips: ") < r.out().indexOf("review: chips for"), r.out());
    }

    @Test
    void samplesGeneratePrintsStripProgress() {
        CliTest.Run r = CliTest.run("samples", "generate", "--sensor", "sentinel2", "--bbox", "-8.07,13.70,-8.04,13.73",
                "--seed", "3", "--no-cog", "--out", tmp.resolve("s").toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        List<long[]> lines = progress(r.out(), "samples", "strips");
        assertTrue(lines.size() >= 3, "progress lines: " + r.out());
        assertTrue(lines.get(0)[0] < lines.get(0)[1], r.out());
        assertEquals(lines.get(0)[1], lines.get(lines.size() - 1)[0], r.out());
        assertTrue(r.out().indexOf("samples: ") < r.out().indexOf("wrote "), "progress comes before the result line");
    }

    private static List<long[]> progress(String out, String task, String unit) {
        Matcher m = Pattern.compile("(?m)^" + task + ": (\\d+)/(\\d+) " + unit + "$").matcher(out);
        List<long[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        return found;
    }
}
