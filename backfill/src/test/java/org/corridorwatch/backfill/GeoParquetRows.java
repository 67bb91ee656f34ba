package org.corridorwatch.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads {@code candidates.parquet/} back with the plain Parquet reader, checks each file's {@code geo} metadata against
 * the required fields of GeoParquet 1.1 (GDAL 3.6 has no Parquet driver to do it for us) and each row against the
 * scan's {@code candidates.geojson} of the same pair.
 */
final class GeoParquetRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString",
            "MultiPolygon", "GeometryCollection");

    /** A row read back: the partition values from its path, the row, its file's geo metadata. */
    record Row(String corridor, String month, Group row, JsonNode geo) {
    }

    private GeoParquetRows() {
    }

    static List<Row> read(Path dataset) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dataset)) {
            files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".parquet") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            Path rel = dataset.relativize(f);
            assertEquals(3, rel.getNameCount(), "hive layout corridor=…/month=…/file: " + rel);
            assertTrue(rel.getName(0).toString().startsWith("corridor="), rel.toString());
            assertTrue(rel.getName(1).toString().matches("month=(\\d{4}-\\d{2}|__HIVE_DEFAULT_PARTITION__)"), rel.toString());
            try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(f))) {
                MessageType schema = r.getFooter().getFileMetaData().getSchema();
                JsonNode geo = validGeo(r.getFooter().getFileMetaData().getKeyValueMetaData().get("geo"), schema, f);
                PageReadStore pages;
                List<Group> groups = new ArrayList<>();
                while ((pages = r.readNextRowGroup()) != null) {
                    RecordReader<Group> rr = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
                    for (long i = 0; i < pages.getRowCount(); i++) {
                        groups.add(rr.read());
                    }
                }
                for (Group g : groups) {
                    rows.add(new Row(rel.getName(0).toString().substring(9), rel.getName(1).toString().substring(6), g, geo));
                }
            }
        }
        return rows;
    }

    /** The spec's required fields: version, primary_column naming a binary column, columns.*.encoding and geometry_types. */
    private static JsonNode validGeo(String text, MessageType schema, Path f) throws IOException {
        assertTrue(text != null, f + " has no geo key");
        JsonNode geo = JSON.readTree(text);
        assertTrue(geo.path("version").asText().matches("1\\.1\\.\\d+"), f + " version " + geo.path("version"));
        String primary = geo.path("primary_column").asText();
        assertTrue(geo.path("columns").has(primary), f + ": primary_column not in columns");
        geo.path("columns").fieldNames().forEachRemaining(name -> {
            assertEquals(PrimitiveType.PrimitiveTypeName.BINARY, schema.getType(name).asPrimitiveType().getPrimitiveTypeName(), name);
            JsonNode c = geo.path("columns").path(name);
            assertEquals("WKB", c.path("encoding").asText(), name);
            assertTrue(c.path("geometry_types").isArray(), name);
            c.path("geometry_types").forEach(t -> assertTrue(TYPES.contains(t.asText().replace(" Z", "")), t.asText()));
            assertFalse(c.has("crs") && !c.get("crs").isObject() && !c.get("crs").isNull(), "crs is PROJJSON or null or absent");
            assertEquals(4, c.path("bbox").size(), "bbox");
        });
        return geo;
    }

    /** Every candidate of every pair's candidates.geojson is one row with the same id, score, reasons, geometry, partition. */
    static void assertSameAsGeoJson(Path dataset, Map<String, Path> geojsonByPair) throws Exception {
        Map<String, Row> byKey = new HashMap<>();
        for (Row r : read(dataset)) {
            assertTrue(byKey.put(r.row().getString("pair_id", 0) + "/" + r.row().getString("id", 0), r) == null, "duplicate row");
        }
        int expected = 0;
        GeoJsonReader gj = new GeoJsonReader();
        for (Map.Entry<String, Path> e : geojsonByPair.entrySet()) {
            for (JsonNode f : JSON.readTree(e.getValue().toFile()).path("features")) {
                expected++;
                JsonNode p = f.path("properties");
                Row r = byKey.get(e.getKey() + "/" + p.path("id").asText());
                assertTrue(r != null, "no row for " + e.getKey() + " " + p.path("id").asText());
                Group g = r.row();
                assertEquals(p.path("score").asDouble(), g.getDouble("score", 0), 1e-9);
                assertEquals(p.path("rank").asInt(), g.getInteger("rank", 0));
                List<String> reasons = new ArrayList<>();
                p.path("reasons").forEach(x -> reasons.add(x.asText()));
                Group list = g.getGroup("reasons", 0);
                List<String> read = new ArrayList<>();
                for (int i = 0; i < list.getFieldRepetitionCount("list"); i++) {
                    read.add(list.getGroup("list", i).getString("element", 0));
                }
                assertEquals(reasons, read);
                String corridor = p.path("corridor").asText();
                assertEquals(corridor.isEmpty() ? CandidatesParquet.NONE : corridor, r.corridor());
                assertEquals(p.path("after_date").asText().substring(0, 7), r.month());
                Geometry want = gj.read(f.get("geometry").toString());
                Geometry got = new WKBReader().read(g.getBinary("geometry", 0).getBytes());
                assertTrue(want.equalsExact(got), "geometry of " + p.path("id").asText());
                JsonNode box = r.geo().path("columns").path("geometry").path("bbox");
                assertTrue(new Envelope(box.get(0).asDouble(), box.get(2).asDouble(), box.get(1).asDouble(), box.get(3).asDouble())
                        .covers(got.getEnvelopeInternal()), "bbox covers the geometry");
                assertTrue(r.geo().path("columns").path("geometry").path("geometry_types").toString().contains(got.getGeometryType()));
                assertEquals(p, JSON.readTree(g.getString("properties", 0)));
            }
        }
        assertEquals(expected, byKey.size(), "one row per candidate");
    }
}
