package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan refused before its first tile leaves --out as it found it, the roads cache it began included. */
class OutputDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedScanRemovesTheFoldersAndTheRoadsCacheItMade() throws IOException {
        Path out = dir.resolve("run");
        OutputDirectory.Before before = OutputDirectory.Before.of(out);
        OutputDirectory.prepare(out, false);
        Files.createDirectories(out.resolve(RoadSnapping.CACHE_FOLDER));
        Files.writeString(out.resolve(RoadSnapping.CACHE_FOLDER).resolve("abc.json"), "{}");
        before.restore();
        assertFalse(Files.exists(out), "nothing left behind");
    }

    @Test
    void aCacheThatWasThereBeforeIsKept() throws IOException {
        Path out = Files.createDirectories(dir.resolve("run"));
        Path cached = Files.createDirectories(out.resolve(RoadSnapping.CACHE_FOLDER)).resolve("old.json");
        Files.writeString(cached, "{}");
        OutputDirectory.Before before = OutputDirectory.Before.of(out);
        OutputDirectory.prepare(out, true);
        before.restore();
        assertTrue(Files.exists(cached));
        assertFalse(Files.exists(out.resolve("evidence")));
    }
}
