package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorwatch.model.ConfigException;
import org.junit.jupiter.api.Test;

/** The road search's grid against the heap: the cases measured in issue 15i on a 5490² Sentinel-2 pair (10 m pixels). */
class SearchGridBudgetTest {
    private static final long GIB = 1L << 30;

    @Test
    void twentyMetreCellsOfAFullScenePassAtTheLaunchersHeap() {
        assertDoesNotThrow(() -> SearchGridBudget.check("rn1-senegal", 2745, 2745, 20, 20, GIB));
    }

    @Test
    void tenMetreCellsOfAFullSceneAreRefusedAtOneGigabyteWithBothFixes() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> SearchGridBudget.check("rn1-senegal", 5490, 5490, 10, 10, GIB));
        assertTrue(e.getMessage().contains("roads_from_imagery.resolution_m 10"), e.getMessage());
        assertTrue(e.getMessage().contains("corridor rn1-senegal") && e.getMessage().contains("5490 x 5490"), e.getMessage());
        assertTrue(e.hint().contains("resolution_m to 20 or more"), e.hint());
        assertTrue(e.hint().contains("-Xmx2g"), e.hint());
    }

    @Test
    void tenMetreCellsRunWithTwoGigabytesAsMeasured() {
        assertDoesNotThrow(() -> SearchGridBudget.check("rn1-senegal", 5490, 5490, 10, 10, 2 * GIB));
    }
}
