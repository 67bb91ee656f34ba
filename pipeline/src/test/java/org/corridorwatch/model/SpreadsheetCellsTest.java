package org.corridorwatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {
    @Test
    void formulaStartsGetAnApostropheOthersAreKept() {
        for (String f : new String[] {"=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + f, SpreadsheetCells.neutralise(f));
        }
        assertEquals("truck park", SpreadsheetCells.neutralise("truck park"));
        assertEquals("", SpreadsheetCells.neutralise(""));
        assertEquals(null, SpreadsheetCells.neutralise(null));
    }

    @Test
    void onlyStringsChangeAndOrderIsKept() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("note", "=1+1");
        v.put("lon", -8.5);
        v.put("n", 3);
        Map<String, Object> out = SpreadsheetCells.neutraliseStrings(v);
        assertEquals(java.util.List.of("note", "lon", "n"), java.util.List.copyOf(out.keySet()));
        assertEquals("'=1+1", out.get("note"));
        assertEquals(-8.5, out.get("lon"));
        assertEquals(3, out.get("n"));
    }
}
