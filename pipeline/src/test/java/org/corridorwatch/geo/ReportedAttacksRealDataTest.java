package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shipped corridor file against the attacks reported in the press
 * ({@code ../shared/datasets/mali-fuel-convoy-attacks}, compiled independently of this project): every
 * geocoded attack is placed by {@link Locator} on the corridor the reports name, no farther from our line
 * than the uncertainty of its coordinates (they are midpoints between the two towns an article names).
 * What this proves is coverage and naming: our waypoints are GeoNames towns too, so most offsets are near
 * zero by construction (E7, between Diboli and Kayes, is 11.5 km off because our line bends through a
 * waypoint between them); it says nothing about where the real road runs.
 */
@Tag("realdata")
class ReportedAttacksRealDataTest {
    /** The dataset's corridor letters and our corridor ids. */
    private static final Map<Character, String> CORRIDOR = Map.of(
            'A', "rn1-senegal", 'B', "rn7-cotedivoire", 'C', "bougouni-kadiana");

    @Test
    void everyGeocodedAttackIsOnTheCorridorTheReportsName() throws IOException {
        List<Map<String, String>> events = read(TestSupport.dataset("mali-fuel-convoy-attacks")
                .resolve("DERIVED_attacks_2025_2026.csv"));
        assertEquals(7, events.size(), "events in the dataset");
        Gazetteer places = Gazetteer.load(TestSupport.dataset("geonames-mali").resolve("ML.txt"));
        Locator locator = new Locator(CorridorCatalog.loadDefault().corridors(), places);
        int placed = 0;
        for (Map<String, String> e : events) {
            if (e.get("approx_lat").isBlank()) {
                continue;   // E5: "route nationale 24", not geocoded by the compilers
            }
            String expected = CORRIDOR.get(e.get("corridor").charAt(0));
            Location at = locator.locate(Double.parseDouble(e.get("approx_lon")), Double.parseDouble(e.get("approx_lat")));
            double uncertaintyM = Double.parseDouble(e.get("coord_uncertainty_km")) * 1000;
            System.out.printf("%s %s: %s, %.1f km off the line (uncertainty %.0f km)%n", e.get("event_id"),
                    e.get("corridor"), at.label(), Math.abs(at.offsetM()) / 1000, uncertaintyM / 1000);
            assertEquals(expected, at.corridorId(), e.get("event_id") + " " + e.get("location_text"));
            assertTrue(Math.abs(at.offsetM()) <= uncertaintyM, e.get("event_id") + ": " + at.label()
                    + " is " + Math.round(Math.abs(at.offsetM())) + " m off the line");
            placed++;
        }
        assertEquals(6, placed, "geocoded events");
    }

    /**
     * The dataset's CSV: one record per line, fields optionally in double quotes ("" inside quotes). Its rows
     * have 11 fields under a 12-column header (one of the last columns, tankers/casualties/sources, is missing
     * in every row), so fields are named by position up to the shorter of the two; the columns used here are
     * the first nine, which line up.
     */
    private static List<Map<String, String>> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> r = fields(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < Math.min(header.size(), r.size()); i++) {
                row.put(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                f.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
