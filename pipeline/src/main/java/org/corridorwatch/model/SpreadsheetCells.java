package org.corridorwatch.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CSV injection (OWASP "CSV Injection"): a text cell that starts with {@code = + - @}, a tab or a carriage
 * return is run as a formula by spreadsheet tools. Such cells get a leading apostrophe, which the tools
 * show as text. Numbers are left alone (a negative number is a number, not a formula).
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** The text, with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    /** A copy of the values with every String neutralised (other types unchanged, order kept). */
    public static Map<String, Object> neutraliseStrings(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof String s ? neutralise(s) : v));
        return out;
    }
}
