package org.corridorwatch.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The backfill's command line: help, the two ways to name pairs, usage errors. */
class BackfillArgsTest {
    @Test
    void helpIsAskedForAnywhereAndNamesEveryOption() {
        assertTrue(BackfillArgs.wantsHelp(new String[] {"--help"}));
        assertTrue(BackfillArgs.wantsHelp(new String[] {"--pairs", "p.csv", "-h"}));
        assertFalse(BackfillArgs.wantsHelp(new String[] {"--pairs", "p.csv", "--out", "o"}));
        for (String option : new String[] {"--pairs", "--stac", "--collection", "--from", "--out", "--master", "--config",
            "--pairs-in-flight"}) {
            assertTrue(BackfillArgs.HELP.contains(option), option);
        }
    }

    @Test
    void pairsOrStacButNotBoth() throws BackfillArgs.Usage {
        BackfillArgs a = BackfillArgs.parse(new String[] {"--pairs", "p.csv", "--out", "o", "--pairs-in-flight", "3"});
        assertEquals("p.csv", a.pairs());
        assertEquals(3, a.pairsInFlight());
        BackfillArgs s = BackfillArgs.parse(new String[] {"--stac", "http://x", "--collection", "c", "--from", "2025-09-01",
            "--to", "2025-09-30", "--out", "o"});
        assertEquals(LocalDate.of(2025, 9, 30), s.to());
        assertThrows(BackfillArgs.Usage.class, () -> BackfillArgs.parse(new String[] {"--pairs", "p.csv", "--stac", "u", "--out", "o"}));
        assertThrows(BackfillArgs.Usage.class, () -> BackfillArgs.parse(new String[] {"--out", "o"}));
        assertTrue(assertThrows(BackfillArgs.Usage.class, () -> BackfillArgs.parse(new String[] {"--pairs"})).getMessage()
                .startsWith("--pairs needs a value"));
        assertTrue(assertThrows(BackfillArgs.Usage.class, () -> BackfillArgs.parse(new String[] {"--stac", "u", "--collection", "c",
            "--from", "2025-09-30", "--to", "2025-09-01", "--out", "o"})).getMessage().contains("is before --from"));
    }
}
