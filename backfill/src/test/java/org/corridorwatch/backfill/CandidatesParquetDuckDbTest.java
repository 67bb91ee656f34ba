package org.corridorwatch.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * {@code candidates.parquet/} read by another implementation: DuckDB's own Parquet reader (C++, not parquet-java),
 * as an analyst would query the backfill. The hive partitions, every column, the footer's GeoParquet {@code geo} key
 * and the WKB geometries must come back as the candidates went in.
 */
class CandidatesParquetDuckDbTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Three candidates: two corridors and months, one far from every corridor; a MultiPolygon, odd text, null numbers. */
    private static final String CANDIDATES = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature",
               "geometry": {"type": "Polygon", "coordinates": [[[-8.07, 13.72], [-8.06, 13.72], [-8.06, 13.73], [-8.07, 13.72]]]},
               "properties": {"id": "cw-rn1-senegal-13.7250n-8.0650w", "rank": 1, "score": 0.987654321, "flagged": true,
                 "pattern": "burn", "corridor": "rn1-senegal", "chainage_km": 126.5, "offset_m": -42.25,
                 "place": "2.3 km SE of Didiéni", "lon": -8.065, "lat": 13.725, "area_m2": 81234.5,
                 "before_date": "2025-09-08", "after_date": "2025-09-18", "before_scene": "S2B_before", "after_scene": "S2A_after",
                 "reasons": ["8.1 ha burn scar, dNBR 0.38", "says \\"road\\"; and, commas"], "vehicle_count": 12}},
              {"type": "Feature",
               "geometry": {"type": "MultiPolygon", "coordinates": [[[[-7.50, 11.45], [-7.49, 11.45], [-7.49, 11.46], [-7.50, 11.45]]],
                                                                   [[[-7.48, 11.44], [-7.47, 11.44], [-7.47, 11.45], [-7.48, 11.44]]]]},
               "properties": {"id": "cw-rn7-cotedivoire-11.4500n-7.4900w", "rank": 2, "score": 0.5, "flagged": false,
                 "pattern": "burn", "corridor": "rn7-cotedivoire", "chainage_km": null, "offset_m": null,
                 "place": "Bougouni", "lon": -7.49, "lat": 11.45, "area_m2": null,
                 "before_date": "2025-11-30", "after_date": "2025-12-06", "before_scene": "b", "after_scene": "a",
                 "reasons": []}},
              {"type": "Feature",
               "geometry": {"type": "Polygon", "coordinates": [[[-9.0, 14.0], [-8.99, 14.0], [-8.99, 14.01], [-9.0, 14.0]]]},
               "properties": {"id": "cw-none-14.0000n-9.0000w", "rank": 3, "score": 0.1, "flagged": false,
                 "pattern": "queue", "corridor": "", "chainage_km": null, "offset_m": null, "place": "", "lon": -9.0, "lat": 14.0,
                 "area_m2": 10.0, "before_date": "2025-09-08", "after_date": "", "before_scene": "b", "after_scene": "a",
                 "reasons": ["queue of 41 vehicles"]}}
            ]}
            """;

    /** A BLOB column's bytes (DuckDB's JDBC driver has getBlob, not getBytes). */
    private static byte[] bytes(ResultSet r, String column) throws java.sql.SQLException {
        java.sql.Blob b = r.getBlob(column);
        return b.getBytes(1, (int) b.length());
    }

    @Test
    void duckDbReadsThePartitionsRowsGeoMetadataAndGeometries() throws Exception {
        Path geojson = Files.writeString(dir.resolve("candidates.geojson"), CANDIDATES);
        Path dataset = dir.resolve("candidates.parquet");
        CandidatesParquet.write(dataset, "pair-a", geojson);
        JsonNode features = JSON.readTree(CANDIDATES).path("features");
        Map<String, JsonNode> byId = new HashMap<>();
        features.forEach(f -> byId.put(f.path("properties").path("id").asText(), f));

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String files = "'" + dataset + "/*/*/*.parquet'";
            int rows = 0;
            try (ResultSet r = s.executeQuery("SELECT * FROM read_parquet(" + files + ", hive_partitioning = true) ORDER BY rank")) {
                while (r.next()) {
                    rows++;
                    JsonNode f = byId.get(r.getString("id"));
                    JsonNode p = f.path("properties");
                    assertEquals("pair-a", r.getString("pair_id"));
                    String corridor = p.path("corridor").asText();
                    String month = p.path("after_date").asText().isEmpty() ? null : p.path("after_date").asText().substring(0, 7);
                    // Spark, Hive and Arrow read Hive's default partition name as null; DuckDB 1.4 keeps it as text
                    assertEquals(corridor.isEmpty() ? CandidatesParquet.NONE : corridor, r.getString("corridor"),
                            "corridor of " + r.getString("id"));
                    assertEquals(month == null ? CandidatesParquet.NONE : month, r.getString("month"), "month of " + r.getString("id"));
                    assertEquals(p.path("rank").asInt(), r.getInt("rank"));
                    assertEquals(p.path("score").asDouble(), r.getDouble("score"), 0.0);
                    assertEquals(p.path("flagged").asBoolean(), r.getBoolean("flagged"));
                    assertEquals(p.path("place").asText(), r.getString("place"));
                    for (String k : List.of("chainage_km", "offset_m", "area_m2")) {
                        Object v = r.getObject(k);
                        if (p.path(k).isNumber()) {
                            assertEquals(p.path(k).asDouble(), ((Number) v).doubleValue(), 0.0, k);
                        } else {
                            assertNull(v, k + " of " + r.getString("id"));
                        }
                    }
                    List<String> reasons = new ArrayList<>();
                    p.path("reasons").forEach(x -> reasons.add(x.asText()));
                    Array got = r.getArray("reasons");
                    assertEquals(reasons, Arrays.stream((Object[]) got.getArray()).map(String::valueOf).toList());
                    assertEquals(p, JSON.readTree(r.getString("properties")));
                    Geometry back = new WKBReader().read(bytes(r, "geometry"));
                    Geometry in = new GeoJsonReader().read(f.path("geometry").toString());
                    assertTrue(in.equalsExact(back), in + " vs " + back);
                }
            }
            assertEquals(3, rows);

            int geoKeys = 0;
            try (ResultSet r = s.executeQuery("SELECT file_name, decode(value) AS geo FROM parquet_kv_metadata(" + files
                    + ") WHERE decode(key) = 'geo' ORDER BY file_name")) {
                while (r.next()) {
                    geoKeys++;
                    JsonNode geo = JSON.readTree(r.getString("geo"));
                    assertEquals("1.1.0", geo.path("version").asText());
                    assertEquals("geometry", geo.path("primary_column").asText());
                    JsonNode col = geo.path("columns").path("geometry");
                    assertEquals("WKB", col.path("encoding").asText());
                    assertTrue(geo.path("columns").path("geometry").path("crs").isMissingNode(), "crs omitted = OGC:CRS84");
                    // the types and bbox this file's rows really have, computed from DuckDB's rows
                    Envelope box = new Envelope();
                    List<String> types = new ArrayList<>();
                    try (Statement s2 = c.createStatement();
                         ResultSet g = s2.executeQuery("SELECT geometry FROM read_parquet('" + r.getString("file_name") + "')")) {
                        while (g.next()) {
                            Geometry geom = new WKBReader().read(bytes(g, "geometry"));
                            box.expandToInclude(geom.getEnvelopeInternal());
                            if (!types.contains(geom.getGeometryType())) {
                                types.add(geom.getGeometryType());
                            }
                        }
                    }
                    List<String> declared = new ArrayList<>();
                    col.path("geometry_types").forEach(t -> declared.add(t.asText()));
                    assertEquals(types.stream().sorted().toList(), declared.stream().sorted().toList(), r.getString("file_name"));
                    JsonNode b = col.path("bbox");
                    assertEquals(List.of(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()),
                            List.of(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble()));
                }
            }
            assertEquals(3, geoKeys, "one file per (corridor, month), each with its geo key");
        }
    }
}
