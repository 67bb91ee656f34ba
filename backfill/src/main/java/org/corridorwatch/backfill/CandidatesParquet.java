package org.corridorwatch.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * {@code DIR/candidates.parquet/}: every candidate of the backfill as GeoParquet 1.1 (WKB geometry, the {@code geo}
 * key of the file metadata; CRS omitted, i.e. OGC:CRS84 lon/lat), hive-partitioned
 * {@code corridor=<id>/month=<YYYY-MM of the after date>/<pair-id>.parquet}. One file per (pair, corridor, month), made
 * from the pair's {@code candidates.geojson}, so the rows are the scan's candidates and a rescanned pair replaces its
 * own files. Written by the driver with parquet-hadoop (the Parquet library Spark itself uses), not Spark SQL: a
 * DataFrame writer cannot add the {@code geo} key to a file's footer.
 */
final class CandidatesParquet {
    /** Hive's name for an empty partition value (candidates far from every corridor, or no date). */
    static final String NONE = "__HIVE_DEFAULT_PARTITION__";
    static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message candidate {
              required binary pair_id (STRING);
              required binary id (STRING);
              required int32 rank;
              required double score;
              required boolean flagged;
              required binary pattern (STRING);
              optional double chainage_km;
              optional double offset_m;
              required binary place (STRING);
              required double lon;
              required double lat;
              optional double area_m2;
              required binary before_date (STRING);
              required binary after_date (STRING);
              required binary before_scene (STRING);
              required binary after_scene (STRING);
              required group reasons (LIST) {
                repeated group list {
                  required binary element (STRING);
                }
              }
              required binary properties (JSON);
              required binary geometry;
            }
            """);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CandidatesParquet() {
    }

    /** Replaces the files of {@code pairId} in {@code dataset} with the candidates of {@code geojson}; returns the files. */
    static List<Path> write(Path dataset, String pairId, Path geojson) throws IOException {
        remove(dataset, pairId);
        Map<String, List<JsonNode>> parts = new TreeMap<>();
        for (JsonNode f : JSON.readTree(geojson.toFile()).path("features")) {
            JsonNode p = f.path("properties");
            String month = p.path("after_date").asText("");
            String key = "corridor=" + partition(p.path("corridor").asText("")) + "/month="
                    + partition(month.length() >= 7 ? month.substring(0, 7) : "");
            parts.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> e : parts.entrySet()) {
            Path file = dataset.resolve(e.getKey()).resolve(pairId + ".parquet");
            writeFile(file, pairId, e.getValue(), geojson);
            files.add(file);
        }
        return files;
    }

    /** Deletes the pair's files (and partition folders left empty). */
    static void remove(Path dataset, String pairId) throws IOException {
        if (!Files.isDirectory(dataset)) {
            return;
        }
        List<Path> mine;
        try (Stream<Path> s = Files.find(dataset, 2, (p, a) -> true)) {
            mine = s.filter(d -> Files.isDirectory(d) && dataset.relativize(d).getNameCount() == 2).toList();
        }
        for (Path d : mine) {
            Files.deleteIfExists(d.resolve(pairId + ".parquet"));
            if (isEmpty(d)) {
                Files.delete(d);
                if (isEmpty(d.getParent())) {
                    Files.delete(d.getParent());
                }
            }
        }
    }

    private static boolean isEmpty(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }

    private static void writeFile(Path file, String pairId, List<JsonNode> features, Path source) throws IOException {
        GeoJsonReader reader = new GeoJsonReader();
        WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
        SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
        List<Group> groups = new ArrayList<>();
        TreeSet<String> types = new TreeSet<>();
        Envelope box = new Envelope();
        for (JsonNode f : features) {
            Geometry g;
            try {
                g = reader.read(f.get("geometry").toString());
            } catch (ParseException e) {
                throw new IOException(source + ": a candidate geometry cannot be read: " + e.getMessage(), e);
            }
            types.add(g.getGeometryType());
            box.expandToInclude(g.getEnvelopeInternal());
            groups.add(row(rows.newGroup(), pairId, f.path("properties"), wkb.write(g)));
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp)).withType(SCHEMA)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withExtraMetaData(Map.of("geo", geoMetadata(types, box))).build()) {
            for (Group g : groups) {
                w.write(g);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Group row(Group r, String pairId, JsonNode p, byte[] geometry) {
        r.add("pair_id", pairId);
        r.add("id", p.path("id").asText());
        r.add("rank", p.path("rank").asInt());
        r.add("score", p.path("score").asDouble());
        r.add("flagged", p.path("flagged").asBoolean());
        r.add("pattern", p.path("pattern").asText(""));
        optional(r, p, "chainage_km");
        optional(r, p, "offset_m");
        r.add("place", p.path("place").asText(""));
        r.add("lon", p.path("lon").asDouble());
        r.add("lat", p.path("lat").asDouble());
        optional(r, p, "area_m2");
        r.add("before_date", p.path("before_date").asText(""));
        r.add("after_date", p.path("after_date").asText(""));
        r.add("before_scene", p.path("before_scene").asText(""));
        r.add("after_scene", p.path("after_scene").asText(""));
        Group reasons = r.addGroup("reasons");
        for (JsonNode reason : p.path("reasons")) {
            reasons.addGroup("list").add("element", reason.asText());
        }
        r.add("properties", p.toString());
        r.add("geometry", org.apache.parquet.io.api.Binary.fromConstantByteArray(geometry));
        return r;
    }

    private static void optional(Group r, JsonNode p, String key) {
        if (p.path(key).isNumber()) {
            r.add(key, p.get(key).asDouble());
        }
    }

    /** The {@code geo} metadata of GeoParquet 1.1 for one file: WKB, its geometry types and bbox, CRS omitted (OGC:CRS84). */
    static String geoMetadata(TreeSet<String> types, Envelope box) {
        ObjectNode geo = JSON.createObjectNode();
        geo.put("version", "1.1.0");
        geo.put("primary_column", "geometry");
        ObjectNode col = geo.putObject("columns").putObject("geometry");
        col.put("encoding", "WKB");
        ArrayNode t = col.putArray("geometry_types");
        types.forEach(t::add);
        ArrayNode b = col.putArray("bbox");
        b.add(box.getMinX()).add(box.getMinY()).add(box.getMaxX()).add(box.getMaxY());
        return geo.toString();
    }

    /** A hive partition value: "" becomes {@link #NONE}; characters other than letters, digits, '-', '_' and '.' are %XX. */
    static String partition(String v) {
        if (v.isEmpty()) {
            return NONE;
        }
        StringBuilder s = new StringBuilder();
        for (byte c : v.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if (Character.isLetterOrDigit(c) && c > 0 || c == '-' || c == '_' || c == '.') {
                s.append((char) c);
            } else {
                s.append(String.format("%%%02X", c & 0xff));
            }
        }
        return s.toString();
    }
}
