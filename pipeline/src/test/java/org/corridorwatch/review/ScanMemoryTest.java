package org.corridorwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.TestScenes;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The next scan remembers: a rejected site of the same pattern suppresses, a confirmed one links; export has geometry. */
class ScanMemoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode byPattern(JsonNode features, String pattern) {
        for (JsonNode f : features) {
            if (f.get("properties").get("pattern").asText().equals(pattern)) {
                return f.get("properties");
            }
        }
        throw new AssertionError("no " + pattern + " in " + features);
    }

    @Test
    void secondScanSuppressesRejectedAndLinksConfirmedSites() throws Exception {
        TestScenes.Pair pair = ReviewFixture.pair(dir);
        Path first = ReviewFixture.scan(pair, dir.resolve("run1"));
        RunCandidates c1 = RunCandidates.read(first);
        JsonNode f1 = JSON.readTree(first.resolve("candidates.geojson").toFile()).get("features");
        JsonNode attack = byPattern(f1, "road_attack");
        JsonNode bush = byPattern(f1, "bushfire");
        assertTrue(attack.get("flagged").asBoolean());
        assertTrue(attack.get("suppressed_by").isNull() && attack.get("known_incident").isNull());

        Path db = dir.resolve("decisions.sqlite");
        DecisionStore store = DecisionStore.open(db);
        RunCandidates.Site a = c1.site(attack.get("id").asText());
        RunCandidates.Site b = c1.site(bush.get("id").asText());
        // the attack first rejected with another pattern (must not suppress), then confirmed
        store.record(a.id(), first.toString(), Verdict.REJECT, "ana", "", "burn_scar", a.geometryWkt());
        store.record(a.id(), first.toString(), Verdict.CONFIRM, "bo", "seen on the news", a.pattern(), a.geometryWkt());
        store.record(b.id(), first.toString(), Verdict.REJECT, "ana", "seasonal bush fire", b.pattern(), b.geometryWkt());

        Path second = ReviewFixture.scan(pair, dir.resolve("run2"), "--decisions", db.toString());
        JsonNode f2 = JSON.readTree(second.resolve("candidates.geojson").toFile()).get("features");
        JsonNode attack2 = byPattern(f2, "road_attack");
        JsonNode bush2 = byPattern(f2, "bushfire");
        assertEquals(a.id(), attack2.get("known_incident").asText());
        assertTrue(attack2.get("suppressed_by").isNull());
        assertTrue(attack2.get("flagged").asBoolean(), "a known incident stays flagged, linked");
        assertEquals(b.id(), bush2.get("suppressed_by").asText());
        assertFalse(bush2.get("flagged").asBoolean());
        String html = Files.readString(second.resolve("report.html"));
        assertTrue(html.contains("Suppressed: overlaps rejected site <code>" + b.id()), "the report says so");
        assertTrue(html.contains("Known incident: overlaps confirmed site <code>" + a.id()));
        String csv = Files.readString(second.resolve("candidates.csv"));
        assertTrue(csv.contains(b.id() + "," + b.id()) || csv.contains(b.id()), csv);

        // export: current decisions with geometry, in the three formats
        for (String fmt : new String[] {"geojson", "csv", "gpkg"}) {
            Path out = dir.resolve("decisions." + fmt);
            CliTest.Run r = CliTest.run("review", "export", "--db", db.toString(), "--format", fmt, "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("2 decisions written"), r.out());
        }
        JsonNode gj = JSON.readTree(dir.resolve("decisions.geojson").toFile());
        assertEquals(2, gj.get("features").size());
        assertEquals("MultiPolygon".equals(gj.get("features").get(0).get("geometry").get("type").asText())
                || "Polygon".equals(gj.get("features").get(0).get("geometry").get("type").asText()), true);
        String info = ExternalTools.exec("ogrinfo", "-ro", "-so", dir.resolve("decisions.gpkg").toString(), "decisions");
        assertTrue(info.contains("Feature Count: 2"), info);
        CliTest.Run hist = CliTest.run("review", "export", "--db", db.toString(), "--format", "csv", "--history",
                "--out", dir.resolve("history.csv").toString());
        assertEquals(0, hist.exitCode(), hist.err());
        assertTrue(hist.out().contains("3 decisions written"), hist.out());
        CliTest.Run again = CliTest.run("review", "export", "--db", db.toString(), "--format", "csv",
                "--out", dir.resolve("history.csv").toString());
        assertEquals(6, again.exitCode());
        Path junk = Files.writeString(dir.resolve("junk.sqlite"), "text");
        assertEquals(3, CliTest.run("review", "export", "--db", junk.toString(), "--format", "csv", "--out",
                dir.resolve("x.csv").toString()).exitCode());
    }
}
