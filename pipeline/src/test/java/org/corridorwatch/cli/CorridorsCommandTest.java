package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code corridorwatch corridors} lists every blockade road of the shipped corridor file with its length. */
class CorridorsCommandTest {
    private static double lengthKm(String out, String id) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(id) + "\\s.*?\\s(\\d+\\.\\d)\\s+7500\\s").matcher(out);
        assertTrue(m.find(), id + " not listed with a length in:\n" + out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void listsTheGuineaAndNioroRoadsWithTheirLengths() {
        CliTest.Run r = CliTest.run("corridors");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(647.1, lengthKm(r.out(), "rn1-senegal"), 0.05);
        assertEquals(118.7, lengthKm(r.out(), "rn5-guinea"), 0.05);
        assertEquals(87.6, lengthKm(r.out(), "nioro-diema"), 0.05);
        assertEquals(236.0, lengthKm(r.out(), "kayes-nioro"), 0.05);
    }

    @Test
    void everyRowKeepsTheColumnsOfTheHeaderWhateverTheAliases() {
        CliTest.Run r = CliTest.run("corridors");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\\R");
        String header = lines[1];
        int lengthEnd = header.indexOf("length km") + "length km".length();
        int nameStart = header.indexOf("name");
        for (int i = 2; i < lines.length; i++) {
            String row = lines[i];
            Matcher km = Pattern.compile("\\d+\\.\\d(?=\\s)").matcher(row);
            assertTrue(km.find(lengthEnd - 9), row);
            assertEquals(lengthEnd, km.end(), "the length is under its header in: " + row);
            assertTrue(row.length() > nameStart && row.charAt(nameStart - 1) == ' ' && row.charAt(nameStart) != ' ',
                    "the name starts under its header in: " + row);
        }
    }
}
