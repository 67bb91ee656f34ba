package org.corridorwatch.firms;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridorwatch.model.InputDataException;

/**
 * Reads FIRMS active-fire exports as users download them: VIIRS CSV ({@code bright_ti4}, confidence
 * l/n/h), MODIS CSV ({@code brightness}, confidence 0–100), with or without {@code instrument} and
 * {@code type}, columns in any order and any case, quoted fields; FIRMS JSON (a top-level array of row
 * objects, or an object holding such an array, e.g. {@code {"gm": [...]}}) and GeoJSON FeatureCollections
 * of Points whose properties are the FIRMS columns; FIRMS shapefiles and other point layers, whose features the caller
 * reads through GDAL ({@link #fromFeatures}; {@code firms/files/FirmsFiles} picks the path by file type). Malformed rows are skipped and counted; a file that
 * is empty or has none of the expected columns is an {@link InputDataException}.
 */
public final class FirmsReader {
    /** How many skipped rows are described in {@link FirmsFile#skippedExamples()}. */
    public static final int MAX_EXAMPLES = 5;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPECTED = "expected FIRMS columns " + String.join(", ", HotspotParser.REQUIRED)
            + " (and usually " + String.join(", ", HotspotParser.OPTIONAL) + ")";
    /** What to give instead of a file that is not a FIRMS export (also for shapefiles, {@code firms/files/}). */
    public static final String HINT = "give a FIRMS CSV, JSON or shapefile export (VIIRS or MODIS) as downloaded from "
            + "https://firms.modaps.eosdis.nasa.gov";

    private FirmsReader() {
    }

    /** Reads one file; never fails on a malformed row, only on a file that is not a FIRMS export at all. */
    public static FirmsFile read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            int first = firstSignificant(in);
            if (first == -1) {
                throw new InputDataException(file, "the file is empty; " + EXPECTED, HINT);
            }
            Rows rows = new Rows(file);
            if (first == '[' || first == '{') {
                readJson(file, in, rows);
            } else {
                readCsv(file, in, rows);
            }
            return rows.result();
        } catch (NoSuchFileException e) {
            throw new InputDataException(file, "no such file", "check the path given to --firms");
        } catch (IOException e) {
            throw new InputDataException(file, "cannot read: " + e.getMessage(), "check the file", e);
        }
    }

    /**
     * One feature of a vector file (a FIRMS shapefile), as read through GDAL by the caller.
     *
     * @param number  1-based feature number, for "feature N" messages
     * @param fields  column name (any case) → text
     * @param lon     the point's longitude (WGS84), the detection's location whatever the fields say
     * @param lat     the point's latitude (WGS84)
     * @param problem why the feature has no usable point, null if none
     */
    public record Feature(int number, Map<String, String> fields, double lon, double lat, String problem) {
    }

    /**
     * The features of a FIRMS shapefile (or another point layer) already read through GDAL: the same columns,
     * checks and messages as the text formats, "feature N" instead of "line N".
     *
     * @param kind    what the file was read as ("shapefile", or the GDAL driver's name)
     * @param columns the layer's field names
     */
    public static FirmsFile fromFeatures(Path file, String kind, List<String> columns, List<Feature> features) {
        Set<String> present = new LinkedHashSet<>();
        columns.forEach(n -> present.add(HotspotParser.canonical(n)));
        present.add("longitude");
        present.add("latitude");
        Rows rows = new Rows(file);
        rows.begin(kind, present);
        List<String> missing = HotspotParser.missing(present);
        if (!features.isEmpty() && !missing.isEmpty()) {
            throw notFirms(file, kind, missing, present);
        }
        for (Feature f : features) {
            if (f.problem() != null) {
                rows.skip("feature " + f.number(), f.problem());
                continue;
            }
            Map<String, String> row = new HashMap<>();
            f.fields().forEach((k, v) -> row.putIfAbsent(HotspotParser.canonical(k), v));
            row.put("longitude", Double.toString(f.lon()));
            row.put("latitude", Double.toString(f.lat()));
            rows.add("feature " + f.number(), row);
        }
        return rows.result();
    }

    /** Skips a byte-order mark and leading white space; returns the first other character (not consumed), -1 if none. */
    private static int firstSignificant(BufferedReader in) throws IOException {
        while (true) {
            in.mark(1);
            int c = in.read();
            if (c == -1) {
                return -1;
            }
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                in.reset();
                return c;
            }
        }
    }

    private static void readCsv(Path file, Reader in, Rows rows) throws IOException {
        CsvRecords csv = new CsvRecords(in);
        List<String> header = csv.next();
        List<String> columns = header.stream().map(HotspotParser::canonical).toList();
        Set<String> present = new LinkedHashSet<>(columns);
        rows.begin("csv", present);
        List<String> missing = HotspotParser.missing(present);
        if (!missing.isEmpty()) {
            throw notFirms(file, "CSV", missing, present);
        }
        List<String> r;
        while ((r = csv.next()) != null) {
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            int line = csv.recordLine();
            if (r.size() != columns.size()) {
                rows.skip(line, r.size() + " fields where the header has " + columns.size());
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.putIfAbsent(columns.get(i), r.get(i));
            }
            rows.add(line, row);
        }
    }

    private static void readJson(Path file, Reader in, Rows rows) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            String kind = "json";
            List<RawRecord> records = new ArrayList<>();
            boolean recordArray = false;
            if (t == JsonToken.START_ARRAY) {
                recordArray = readArray(p, records);
            } else {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.START_ARRAY) {
                        if (name.equals("features")) {
                            kind = "geojson";
                        }
                        recordArray |= readArray(p, records);
                    } else {
                        p.skipChildren();
                    }
                }
            }
            if (!recordArray) {
                throw new InputDataException(file, "not a FIRMS export: JSON without an array of detection records; "
                        + EXPECTED, HINT);
            }
            Set<String> present = new LinkedHashSet<>();
            List<Map<String, String>> maps = new ArrayList<>(records.size());
            for (RawRecord rec : records) {
                Map<String, String> m = rec.node == null ? null : flatten(rec.node);
                if (m != null) {
                    present.addAll(m.keySet());
                    if (rec.node.has("geometry") || "Feature".equals(rec.node.path("type").asText())) {
                        kind = "geojson";
                    }
                }
                maps.add(m);
            }
            rows.begin(kind, present);
            List<String> missing = HotspotParser.missing(present);
            if (!records.isEmpty() && !missing.isEmpty()) {
                throw notFirms(file, kind.equals("geojson") ? "GeoJSON" : "JSON", missing, present);
            }
            for (int i = 0; i < records.size(); i++) {
                Map<String, String> m = maps.get(i);
                if (m == null) {
                    rows.skip(records.get(i).line, "record is not an object");
                } else if (m.containsKey(GEOMETRY_PROBLEM)) {
                    rows.skip(records.get(i).line, m.get(GEOMETRY_PROBLEM));
                } else {
                    rows.add(records.get(i).line, m);
                }
            }
        } catch (JsonProcessingException e) {
            throw new InputDataException(file, "not valid JSON (line " + e.getLocation().getLineNr() + "): "
                    + org.corridorwatch.model.ParserMessages.oneLine(e.getOriginalMessage()), HINT);
        }
    }

    /**
     * Reads the elements of the array whose START_ARRAY is the current token. An array without objects is
     * skipped; returns true when the array could hold records (it is empty or has an object).
     */
    private static boolean readArray(JsonParser p, List<RawRecord> records) throws IOException {
        List<RawRecord> found = new ArrayList<>();
        boolean anyObject = false;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            int line = p.currentLocation().getLineNr();
            if (t == JsonToken.START_OBJECT) {
                found.add(new RawRecord(line, p.readValueAsTree()));
                anyObject = true;
            } else {
                p.skipChildren();
                found.add(new RawRecord(line, null));
            }
        }
        if (anyObject) {
            records.addAll(found);
        }
        return anyObject || found.isEmpty();
    }

    private record RawRecord(int line, JsonNode node) {
    }

    private static final String GEOMETRY_PROBLEM = "\u0000geometry";

    /** A record's scalar fields (a Feature's properties, and its Point coordinates as longitude/latitude). */
    private static Map<String, String> flatten(JsonNode n) {
        Map<String, String> m = new HashMap<>();
        JsonNode props = n.path("properties");
        JsonNode source = props.isObject() ? props : n;
        source.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                m.putIfAbsent(HotspotParser.canonical(e.getKey()), e.getValue().isNull() ? "" : e.getValue().asText());
            }
        });
        JsonNode g = n.path("geometry");
        if (g.isObject()) {
            JsonNode c = g.path("coordinates");
            if (!"Point".equals(g.path("type").asText()) || !c.isArray() || c.size() < 2) {
                m.put(GEOMETRY_PROBLEM, "geometry is " + (g.path("type").isMissingNode() ? "not a Point"
                        : "a " + g.path("type").asText() + ", not a Point"));
            } else {
                m.put("longitude", c.get(0).asText());
                m.put("latitude", c.get(1).asText());
            }
        }
        return m;
    }

    private static InputDataException notFirms(Path file, String kind, List<String> missing, Set<String> found) {
        String cols = found.stream().filter(c -> !c.startsWith("\u0000")).limit(12).collect(Collectors.joining(", "));
        return new InputDataException(file, "not a FIRMS export: " + kind + " without " + String.join(", ", missing)
                + "; " + EXPECTED + "; found " + (cols.isEmpty() ? "no columns" : cols + (found.size() > 12 ? ", ..." : "")),
                HINT);
    }

    /** Accumulates rows, skips and the instruments seen. */
    private static final class Rows {
        private final Path file;
        private final List<Hotspot> hotspots = new ArrayList<>();
        private final List<String> examples = new ArrayList<>();
        private final Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
        private HotspotParser parser;
        private String kind = "";
        private int read;
        private int skipped;

        Rows(Path file) {
            this.file = file;
        }

        void begin(String format, Set<String> columns) {
            this.kind = format;
            this.parser = new HotspotParser(file.getFileName().toString(), columns);
        }

        void add(int line, Map<String, String> row) {
            add("line " + line, row);
        }

        void add(String where, Map<String, String> row) {
            read++;
            try {
                Hotspot h = parser.parse(row);
                hotspots.add(h);
                instruments.add(h.instrument());
            } catch (HotspotParser.BadRow e) {
                read--;
                skip(where, e.getMessage());
            }
        }

        void skip(int line, String reason) {
            skip("line " + line, reason);
        }

        /** @param where "line 12" (text files) or "feature 3" (vector layers) */
        void skip(String where, String reason) {
            read++;
            skipped++;
            if (examples.size() < MAX_EXAMPLES) {
                examples.add(where + ": " + reason);
            }
        }

        FirmsFile result() {
            String what = instruments.isEmpty() ? "(no rows)"
                    : instruments.stream().map(Enum::name).collect(Collectors.joining("+"));
            return new FirmsFile(hotspots, read, skipped, examples, kind + " " + what);
        }
    }
}
