package org.corridorwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.corridorwatch.TestScenes;
import org.corridorwatch.cli.CliTest;

/** A scanned synthetic RN1 pair (the attack and a bush fire), shared by the review tests. */
final class ReviewFixture {
    private ReviewFixture() {
    }

    /** Scans {@code TestScenes.rn1(dir, 150, true)} into {@code dir/name}; returns the pair. */
    static TestScenes.Pair pair(Path dir) {
        return TestScenes.rn1(dir, 150, true);
    }

    static Path scan(TestScenes.Pair pair, Path out, String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("scan", "--before",
                pair.before().toString(), "--after", pair.after().toString(), "--out", out.toString(), "--threads", "2"));
        args.addAll(java.util.List.of(extra));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.out() + r.err());
        return out;
    }
}
