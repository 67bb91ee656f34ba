package org.corridorwatch;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations shared by tests: the repository root and the real datasets in ../shared/datasets. */
public final class TestSupport {
    private TestSupport() {
    }

    /** The repository root (set by Surefire as corridorwatch.home). */
    public static Path repoRoot() {
        String home = System.getProperty("corridorwatch.home");
        return home != null ? Path.of(home) : Path.of("").toAbsolutePath().getParent();
    }

    /**
     * A dataset folder under {@code CORRIDORWATCH_DATASETS} (default {@code ../shared/datasets}). Real-data
     * tests call this; a missing folder fails the test — it never skips silently.
     */
    public static Path dataset(String name) {
        String env = System.getenv("CORRIDORWATCH_DATASETS");
        Path root = env != null ? Path.of(env) : repoRoot().resolve("../shared/datasets").normalize();
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) {
            fail("real-data test needs " + dir + " (set CORRIDORWATCH_DATASETS to the datasets folder)");
        }
        return dir;
    }
}
