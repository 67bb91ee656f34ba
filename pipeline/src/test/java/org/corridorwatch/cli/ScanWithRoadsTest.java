package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.corridorwatch.TestSupport;
import org.corridorwatch.geo.CorridorCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** {@code scan --roads FILE.osm} on a committed sample: the road is built, recorded in run.json and drawn as roads.geojson. */
class ScanWithRoadsTest {
    @TempDir
    Path dir;

    /** An OSM file whose two ways (refs RN3 and "RN1;N1") follow the RN1 corridor's configured vertices. */
    private Path osmAlongRn1() throws Exception {
        Coordinate[] cs = CorridorCatalog.loadDefault().get("rn1-senegal").lineWgs84().getCoordinates();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"test\">\n"
                + "<meta osm_base=\"2025-11-20T21:14:02Z\"/>\n");
        for (int i = 0; i < cs.length; i++) {
            b.append(String.format(Locale.ROOT, "<node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n", i + 1, cs[i].y, cs[i].x));
        }
        int half = cs.length / 2;
        b.append("<way id=\"1\" version=\"1\">");
        for (int i = 0; i <= half; i++) {
            b.append("<nd ref=\"").append(i + 1).append("\"/>");
        }
        b.append("<tag k=\"highway\" v=\"trunk\"/><tag k=\"ref\" v=\"RN3\"/></way>\n<way id=\"2\" version=\"1\">");
        for (int i = half; i < cs.length; i++) {
            b.append("<nd ref=\"").append(i + 1).append("\"/>");
        }
        b.append("<tag k=\"highway\" v=\"trunk\"/><tag k=\"ref\" v=\"RN1;N1\"/></way>\n</osm>\n");
        return Files.writeString(dir.resolve("mali-rn1.osm"), b.toString());
    }

    @Test
    void scanWithAnOsmFileRecordsItAndWritesTheRoadsLayer() throws Exception {
        Path sample = TestSupport.repoRoot().resolve("imagery-samples/rn1-kolokani-didieni");
        Path osm = osmAlongRn1();
        Path out = dir.resolve("run");
        CliTest.Run r = CliTest.run("scan", "--before", sample.resolve("before.tif").toString(), "--after",
                sample.resolve("after.tif").toString(), "--corridor", "RN1", "--roads", osm.toString(), "--no-chips",
                "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err() + r.out());
        ObjectMapper json = new ObjectMapper();
        JsonNode roads = json.readTree(out.resolve("run.json").toFile()).path("inputs").path("roads");
        assertEquals(osm.toAbsolutePath().toString(), roads.path("path").asText());
        assertEquals(64, roads.path("sha256").asText().length());
        assertEquals("2025-11-20T21:14:02Z", roads.path("osm_timestamp").asText());
        assertEquals("© OpenStreetMap contributors, ODbL", roads.path("attribution").asText());
        assertTrue(roads.path("corridors").get(0).asText().contains("0 stretch(es) on the configured line"), roads.toString());
        JsonNode layer = json.readTree(out.resolve("roads.geojson").toFile());
        assertTrue(layer.path("road_data").asText().contains("mali-rn1.osm (OSM data as of 2025-11-20T21:14:02Z)"),
                layer.path("road_data").asText());
        JsonNode f = layer.path("features").get(0).path("properties");
        assertEquals("rn1-senegal", f.path("corridor").asText());
        assertEquals("osm", f.path("source").asText());
        assertEquals(0, f.path("offset_m").asDouble(), 1e-6);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("class=\"corridor road-osm\"") && html.contains("© OpenStreetMap contributors, ODbL"),
                "report.html draws the road and its attribution");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + out.resolve("candidates.gpkg"));
             java.sql.ResultSet rs = db.createStatement().executeQuery("SELECT corridor, source, road_data FROM roads")) {
            assertTrue(rs.next(), "candidates.gpkg has a roads layer");
            assertEquals("rn1-senegal", rs.getString(1));
            assertEquals("osm", rs.getString(2));
            assertTrue(rs.getString(3).contains("ODbL"), rs.getString(3));
        }
    }

    @Test
    void aMissingRoadsFileExits3BeforeAnyOutput() {
        Path sample = TestSupport.repoRoot().resolve("imagery-samples/rn1-kolokani-didieni");
        Path out = dir.resolve("run");
        CliTest.Run r = CliTest.run("scan", "--before", sample.resolve("before.tif").toString(), "--after",
                sample.resolve("after.tif").toString(), "--roads", dir.resolve("mali-latest.osm.pbf").toString(),
                "--out", out.toString());
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("mali-latest.osm.pbf") && r.err().contains("roads file not found"), r.err());
        assertTrue(!Files.exists(out), "nothing left in --out");
    }
}
