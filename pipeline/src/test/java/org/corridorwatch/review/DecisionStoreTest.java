package org.corridorwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corridorwatch.model.InputDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionStoreTest {
    private static final String WKT = "POLYGON ((-8 14, -7.999 14, -7.999 14.001, -8 14.001, -8 14))";

    @TempDir
    Path dir;

    @Test
    void changingADecisionAppendsToTheHistory() {
        DecisionStore s = DecisionStore.open(dir.resolve("d.sqlite"));
        s.record("cw-a", "run1", Verdict.UNSURE, "ana", "", "road_attack", WKT);
        s.record("cw-a", "run1", Verdict.REJECT, "bo", "truck park", "road_attack", WKT);
        s.record("cw-b", "run1", Verdict.CONFIRM, "ana", "", "road_attack", WKT);
        assertEquals(3, s.history().size());
        assertEquals(List.of(Verdict.UNSURE, Verdict.REJECT), s.history("cw-a").stream().map(Decision::verdict).toList());
        List<Decision> current = s.current();
        assertEquals(2, current.size());
        assertEquals(Verdict.REJECT, current.stream().filter(d -> d.siteId().equals("cw-a")).findFirst().get().verdict());
        assertEquals("truck park", s.history("cw-a").get(1).note());
        // reopening sees the same rows
        assertEquals(3, DecisionStore.openExisting(dir.resolve("d.sqlite")).history().size());
    }

    @Test
    void rowsCannotBeUpdatedOrDeleted() throws Exception {
        DecisionStore s = DecisionStore.open(dir.resolve("d.sqlite"));
        s.record("cw-a", "run1", Verdict.CONFIRM, "ana", "", "road_attack", WKT);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("d.sqlite"))) {
            assertThrows(java.sql.SQLException.class, () -> c.createStatement().executeUpdate("UPDATE decisions SET decision = 'reject'"));
            assertThrows(java.sql.SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM decisions"));
        }
        assertEquals(Verdict.CONFIRM, s.current().get(0).verdict());
    }

    @Test
    void invalidDecisionsAreRefusedBeforeTheDatabase() {
        DecisionStore s = DecisionStore.open(dir.resolve("d.sqlite"));
        assertThrows(IllegalArgumentException.class, () -> s.record("cw-a", "r", Verdict.CONFIRM, " ", "", "p", WKT));
        assertThrows(IllegalArgumentException.class, () -> s.record("cw-a", "r", Verdict.CONFIRM, "x", "n".repeat(2001), "p", WKT));
        assertEquals(0, s.history().size());
    }

    @Test
    void aFileThatIsNotAStoreIsAClearInputError() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.sqlite"), "not a database at all, just text");
        InputDataException e = assertThrows(InputDataException.class, () -> DecisionStore.openExisting(junk));
        assertTrue(e.getMessage().contains("junk.sqlite"), e.getMessage());
        assertThrows(InputDataException.class, () -> DecisionStore.openExisting(dir.resolve("missing.sqlite")));
    }

    @Test
    void concurrentWritersFromSeveralStoreInstancesLoseNothing() throws Exception {
        Path file = dir.resolve("d.sqlite");
        DecisionStore.open(file);
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            fs.add(pool.submit(() -> {
                DecisionStore mine = DecisionStore.open(file); // as a second process would
                for (int i = 0; i < each; i++) {
                    mine.record("cw-" + id + "-" + i, "run", Verdict.values()[i % 3], "reviewer" + id, "n" + i, "burn_scar", WKT);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        List<Decision> all = DecisionStore.openExisting(file).history();
        assertEquals(threads * each, all.size());
        Set<String> ids = new HashSet<>();
        all.forEach(d -> ids.add(d.siteId()));
        assertEquals(threads * each, ids.size());
    }
}
