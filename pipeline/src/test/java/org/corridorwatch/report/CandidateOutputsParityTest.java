package org.corridorwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.TestSupport;
import org.corridorwatch.scan.ScanJob;
import org.corridorwatch.scan.ScanRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

/**
 * One scan of the planetscope-wrecks-queue sample (burn scars with wreck lines and FIRMS, and a queue
 * candidate), with chips: candidates.geojson, candidates.gpkg and candidates.csv carry the same
 * properties, in the same order, with the same values and the schema's types; the queue candidate has no
 * empty or index-named keys; every polygon ring is written as RFC 7946 wants.
 */
class CandidateOutputsParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path out;
    static JsonNode geojson;

    @BeforeAll
    static void scan() throws Exception {
        Path dir = TestSupport.repoRoot().resolve("imagery-samples/planetscope-wrecks-queue");
        out = tmp.resolve("run");
        ScanJob.run(ScanRequest.builder(dir.resolve("before.tif"), dir.resolve("after.tif"), out).threads(2)
                .firms(List.of(dir.resolve("firms.csv"))).build(), new PrintWriter(new StringWriter()));
        geojson = JSON.readTree(out.resolve("candidates.geojson").toFile());
        assertTrue(geojson.path("features").size() >= 3, geojson.toString());
    }

    @Test
    void gpkgAndCsvCarryEveryGeoJsonPropertyWithTheSameValue() throws Exception {
        List<Map<String, String>> gpkg = new ArrayList<>();
        Map<String, String> gpkgTypes = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("candidates.gpkg"));
             Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA table_info(candidates)")) {
                while (rs.next()) {
                    gpkgTypes.put(rs.getString("name"), rs.getString("type"));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT * FROM candidates ORDER BY fid")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), rs.getString(i));
                    }
                    gpkg.add(row);
                }
            }
        }
        gpkgTypes.remove("fid");
        gpkgTypes.remove("geom");
        List<List<String>> csv = csv(Files.readString(out.resolve("candidates.csv"), StandardCharsets.UTF_8));
        List<String> header = csv.get(0);
        assertEquals("WKT", header.get(0));

        JsonNode features = geojson.path("features");
        List<String> names = new ArrayList<>();
        features.get(0).path("properties").fieldNames().forEachRemaining(names::add);
        for (String required : List.of("vehicles_score", "firms_score", "queue_score", "vehicle_count", "wreck_count",
                "firms_count", "event_date_min", "event_date_max", "road_fraction", "axis_bearing_deg", "before_scene",
                "after_scene", "chip_before", "reasons")) {
            assertTrue(names.contains(required), required + " missing from candidates.geojson: " + names);
        }
        assertEquals(names, new ArrayList<>(gpkgTypes.keySet()), "gpkg columns");
        assertEquals(names, header.subList(1, header.size()), "csv columns");
        assertEquals(features.size(), gpkg.size());
        assertEquals(features.size() + 1, csv.size());

        int compared = 0;
        for (int i = 0; i < features.size(); i++) {
            JsonNode p = features.get(i).path("properties");
            for (String k : names) {
                JsonNode v = p.path(k);
                String type = gpkgTypes.get(k);
                String g = gpkg.get(i).get(k);
                String c = csv.get(i + 1).get(header.indexOf(k));
                String where = "candidate " + (i + 1) + " property " + k;
                assertTrue(p.has(k), where + " absent from a GeoJSON feature (every feature carries every column)");
                if (v.isNull()) {
                    assertEquals(null, g, where + " (gpkg)");
                    assertEquals("", c, where + " (csv)");
                    continue;
                }
                compared++;
                switch (type) {
                    case "INTEGER" -> {
                        assertTrue(v.isIntegralNumber(), where + " is a count/integer in GeoJSON: " + v);
                        assertEquals(v.asLong(), Long.parseLong(g), where + " (gpkg)");
                        assertEquals(v.asLong(), Long.parseLong(c), where + " (csv)");
                    }
                    case "REAL" -> {
                        assertTrue(v.isNumber(), where + ": " + v);
                        assertEquals(v.asDouble(), Double.parseDouble(g), 1e-9, where + " (gpkg)");
                        assertEquals(v.asDouble(), Double.parseDouble(c), 1e-9, where + " (csv)");
                    }
                    case "BOOLEAN" -> {
                        assertTrue(v.isBoolean(), where + ": " + v);
                        assertEquals(v.asBoolean() ? "1" : "0", g, where + " (gpkg)");
                        assertEquals(v.asBoolean() ? "1" : "0", c, where + " (csv)");
                    }
                    case "DATE" -> {
                        assertTrue(v.asText().matches("\\d{4}-\\d{2}-\\d{2}"), where + " is an ISO date: " + v);
                        assertEquals(v.asText(), g, where + " (gpkg)");
                        assertEquals(v.asText(), c, where + " (csv)");
                    }
                    case "TEXT" -> {
                        String text = v.isArray() ? join(v) : v.asText();
                        assertEquals(text, g, where + " (gpkg)");
                        assertEquals(text.matches("^[=+\\-@\t\r].*") ? "'" + text : text, c, where + " (csv)");
                    }
                    default -> throw new AssertionError(where + ": unexpected gpkg type " + type);
                }
            }
        }
        assertTrue(compared > 100, "compared only " + compared + " values");
        assertEquals("DATE", gpkgTypes.get("event_date_min"));
        assertEquals("INTEGER", gpkgTypes.get("vehicle_count"));
        assertEquals("REAL", gpkgTypes.get("vehicles_score"));
    }

    @Test
    void theGpkgTilesLayerCarriesEveryTilesGeoJsonProperty() throws Exception {
        JsonNode tiles = JSON.readTree(out.resolve("tiles.geojson").toFile()).path("features");
        List<String> names = new ArrayList<>();
        tiles.get(0).path("properties").fieldNames().forEachRemaining(names::add);
        assertTrue(names.containsAll(List.of("col0", "row0", "width", "height", "valid_fraction", "shift_applied")), names.toString());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("candidates.gpkg"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM tiles ORDER BY fid")) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
            columns.removeAll(List.of("fid", "geom"));
            assertEquals(names, columns, "gpkg tiles columns");
            int i = 0;
            while (rs.next()) {
                JsonNode p = tiles.get(i++).path("properties");
                for (String k : names) {
                    JsonNode v = p.path(k);
                    String g = rs.getString(k);
                    if (v.isNull()) {
                        assertEquals(null, g, k);
                    } else if (v.isBoolean()) {
                        assertEquals(v.asBoolean() ? "1" : "0", g, k);
                    } else if (v.isNumber()) {
                        assertEquals(v.asDouble(), Double.parseDouble(g), 1e-9, k);
                    } else {
                        assertEquals(v.asText(), g, k);
                    }
                }
            }
            assertEquals(tiles.size(), i);
        }
    }

    @Test
    void queueCandidateHasNullsWhereNothingWasMeasuredAndNoIndexNamedKeys() {
        JsonNode queue = null;
        for (JsonNode f : geojson.path("features")) {
            if (f.path("properties").path("pattern").asText().equals("queue")) {
                queue = f.path("properties");
            }
        }
        assertTrue(queue != null, "the sample has a queue candidate");
        for (Iterator<Map.Entry<String, JsonNode>> it = queue.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertFalse(e.getKey().endsWith("_"), "key " + e.getKey());
            assertFalse(e.getValue().isTextual() && e.getValue().asText().isEmpty(), "empty text in " + e.getKey());
        }
        assertTrue(queue.path("burn_index").isNull(), queue.toString());
        assertTrue(queue.path("mean_burn").isNull(), queue.toString());
        assertTrue(queue.path("mean_evidence").isNull() && queue.path("darkness").isNull(), queue.toString());
        assertTrue(queue.path("vehicle_count").isIntegralNumber(), queue.toString());
    }

    @Test
    void everyRingIsWrittenInRfc7946Orientation() throws Exception {
        int rings = 0;
        for (String file : List.of("candidates.geojson", "tiles.geojson")) {
            for (JsonNode f : JSON.readTree(out.resolve(file).toFile()).path("features")) {
                JsonNode g = f.path("geometry");
                List<JsonNode> polygons = new ArrayList<>();
                if (g.path("type").asText().equals("Polygon")) {
                    polygons.add(g.path("coordinates"));
                } else {
                    assertEquals("MultiPolygon", g.path("type").asText(), file);
                    g.path("coordinates").forEach(polygons::add);
                }
                for (JsonNode poly : polygons) {
                    for (int r = 0; r < poly.size(); r++) {
                        List<Coordinate> cs = new ArrayList<>();
                        poly.get(r).forEach(p -> cs.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
                        assertEquals(r == 0, Orientation.isCCW(cs.toArray(Coordinate[]::new)),
                                file + " " + f.path("id").asText() + " ring " + r + ": outer rings counter-clockwise, holes clockwise");
                        rings++;
                    }
                }
            }
        }
        assertTrue(rings >= 10, "checked " + rings + " rings");
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(x -> parts.add(x.asText()));
        return String.join("; ", parts);
    }

    /** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
