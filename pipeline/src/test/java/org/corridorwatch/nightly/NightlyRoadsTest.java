package org.corridorwatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.geo.CorridorCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** {@code nightly --roads FILE.osm}: each pair's scan measures along the road built from the file and records it. */
class NightlyRoadsTest {
    @TempDir
    static Path scenesDir;
    static Path[] dates;

    @BeforeAll
    static void scenes() {
        dates = NightlyScenes.threeDates(scenesDir);
    }

    /** One way with ref RN1 through the RN1 corridor's configured vertices. */
    static Path osmAlongRn1(Path dir) throws Exception {
        Coordinate[] cs = CorridorCatalog.loadDefault().get("rn1-senegal").lineWgs84().getCoordinates();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"test\">\n"
                + "<meta osm_base=\"2025-11-20T21:14:02Z\"/>\n");
        for (int i = 0; i < cs.length; i++) {
            b.append(String.format(Locale.ROOT, "<node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n", i + 1, cs[i].y, cs[i].x));
        }
        b.append("<way id=\"1\" version=\"1\">");
        for (int i = 0; i < cs.length; i++) {
            b.append("<nd ref=\"").append(i + 1).append("\"/>");
        }
        b.append("<tag k=\"highway\" v=\"trunk\"/><tag k=\"ref\" v=\"RN1\"/></way>\n</osm>\n");
        return Files.writeString(dir.resolve("mali-rn1.osm"), b.toString());
    }

    @Test
    void aNightWithRoadDataRecordsItInEveryPairAndDrawsTheRoad(@TempDir Path dir) throws Exception {
        Workspace ws = NightlyJobTest.workspace(dir.resolve("ws"));
        Path osm = osmAlongRn1(dir);
        NightlyJobTest.drop(ws, dates[0], dates[1]);
        CliTest.Run r = NightlyJobTest.nightly(ws, "--roads", osm.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(" 1 new candidate"), r.out());
        Path run = NightlyJobTest.lastRun(ws);
        JsonNode summary = NightlyJobTest.summary(run);
        Path pair = run.resolve(summary.path("pairs").get(0).path("name").asText());
        ObjectMapper json = new ObjectMapper();
        JsonNode roads = json.readTree(pair.resolve("run.json").toFile()).path("inputs").path("roads");
        assertEquals(osm.toAbsolutePath().toString(), roads.path("path").asText(), roads.toString());
        assertEquals("2025-11-20T21:14:02Z", roads.path("osm_timestamp").asText());
        assertEquals("© OpenStreetMap contributors, ODbL", roads.path("attribution").asText());
        JsonNode layer = json.readTree(pair.resolve("roads.geojson").toFile());
        JsonNode f = layer.path("features").get(0).path("properties");
        assertEquals("rn1-senegal", f.path("corridor").asText());
        assertEquals("osm", f.path("source").asText());
        assertTrue(r.err().contains("roads: rn1-senegal"), "the night logs the road built: " + r.err());
    }

    @Test
    void roadsFoundInTheImageryAreCachedInTheWorkspaceAndReusedWhenThePairIsScannedAgain(@TempDir Path dir)
            throws Exception {
        Workspace ws = NightlyJobTest.workspace(dir.resolve("ws"));
        String yaml = Files.readString(ws.scanConfig());
        assertTrue(yaml.contains("roads_from_imagery: {enabled: true"), "a new workspace finds the road by default");
        NightlyJobTest.drop(ws, dates[0], dates[1]);
        CliTest.Run first = NightlyJobTest.nightly(ws);
        assertEquals(0, first.exitCode(), first.err());
        Path cache = ws.root().resolve("cache").resolve("roads");
        long files;
        try (Stream<Path> s = Files.list(cache)) {
            files = s.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertTrue(files >= 1, "a road cached in " + cache);
        // another scan configuration rescans the pair; the road comes from the workspace's cache
        Files.writeString(ws.scanConfig(), Files.readString(ws.scanConfig()).replace("report_threshold: 0.5",
                "report_threshold: 0.55"));
        CliTest.Run second = NightlyJobTest.nightly(ws);
        assertEquals(0, second.exitCode(), second.err());
        Path run = NightlyJobTest.lastRun(ws);
        Path pair = run.resolve(NightlyJobTest.summary(run).path("pairs").get(0).path("name").asText());
        String log = Files.readString(pair.resolve("scan.log"));
        assertTrue(log.contains("(from the cache " + cache), log);
    }

    @Test
    void aMissingRoadsFileStopsTheNightWithExitCode3BeforeAnyRun(@TempDir Path dir) throws Exception {
        Workspace ws = NightlyJobTest.workspace(dir.resolve("ws"));
        NightlyJobTest.drop(ws, dates[0], dates[1]);
        CliTest.Run r = NightlyJobTest.nightly(ws, "--roads", dir.resolve("mali-latest.osm.pbf").toString());
        assertEquals(3, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("mali-latest.osm.pbf"), r.err());
        try (Stream<Path> runs = Files.list(ws.runs())) {
            assertFalse(runs.anyMatch(p -> Files.exists(p.resolve("summary.json"))), "no night was recorded");
        }
    }
}
