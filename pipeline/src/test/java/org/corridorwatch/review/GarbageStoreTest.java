package org.corridorwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.model.CorridorWatchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not SQLite given as a decision store: exit 3 whichever way it is opened (serve used to say 6). */
class GarbageStoreTest {
    @TempDir
    Path dir;

    @Test
    void garbageIsBadInputForServeAndForReading() throws Exception {
        Path garbage = Files.write(dir.resolve("decisions.sqlite"), "this is not a database, just text\n".repeat(200).getBytes());
        CorridorWatchException serve = assertThrows(CorridorWatchException.class, () -> DecisionStore.open(garbage));
        CorridorWatchException read = assertThrows(CorridorWatchException.class, () -> DecisionStore.openExisting(garbage));
        assertEquals(3, serve.exitCode().code(), serve.getMessage());
        assertEquals(serve.exitCode(), read.exitCode());
        assertEquals(true, serve.getMessage().contains("is not a CorridorWatch decision store"), serve.getMessage());
    }
}
