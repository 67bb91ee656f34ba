package org.corridorwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.corridorwatch.TestScenes;
import org.corridorwatch.cli.CliTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** A scan of the synthetic RN1 pair writes chips, GIS layers and report.html that real tools open. */
class ReviewOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path run;
    static JsonNode candidates;

    @BeforeAll
    static void scan() throws Exception {
        TestScenes.Pair pair = TestScenes.rn1(dir, 150, true);
        run = dir.resolve("run");
        CliTest.Run r = CliTest.run("scan", "--before", pair.before().toString(), "--after", pair.after().toString(),
                "--out", run.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("review: chips for"), r.out());
        candidates = JSON.readTree(run.resolve("candidates.geojson").toFile()).get("features");
        assertTrue(candidates.size() >= 2, "the attack and the bush fire");
    }

    @Test
    void everyCandidateHasFourChipsOfTheSameSize() throws Exception {
        for (JsonNode f : candidates) {
            String id = f.get("id").asText();
            for (String kind : List.of("before", "after", "false", "evidence")) {
                Path png = run.resolve("chips/" + id + "-" + kind + ".png");
                BufferedImage img = ImageIO.read(png.toFile());
                assertEquals(256, img.getWidth(), png.toString());
                assertEquals(256, img.getHeight(), png.toString());
            }
        }
        // the attack's after chip is darker than its before chip inside the window centre
        String best = candidates.get(0).get("id").asText();
        BufferedImage before = ImageIO.read(run.resolve("chips/" + best + "-before.png").toFile());
        BufferedImage evidence = ImageIO.read(run.resolve("chips/" + best + "-evidence.png").toFile());
        assertTrue(brightness(evidence, 128, 128) > 100, "evidence is bright at the site");
        assertTrue(brightness(before, 128, 128) > 20, "before is not empty");
    }

    private static int brightness(BufferedImage img, int x, int y) {
        int sum = 0;
        int n = 0;
        for (int dx = -6; dx <= 6; dx++) {
            for (int dy = -6; dy <= 6; dy++) {
                int rgb = img.getRGB(x + dx, y + dy);
                sum += ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
                n += 3;
            }
        }
        return sum / n;
    }

    @Test
    void geoPackageOpensWithOgrinfoAndListsThreeLayers() throws Exception {
        String out = exec("ogrinfo", "-ro", "-q", run.resolve("candidates.gpkg").toString());
        assertTrue(out.contains("candidates (Multi Polygon)"), out);
        assertTrue(out.contains("tiles (Polygon)"), out);
        assertTrue(out.contains("corridors (Line String)"), out);
        String summary = exec("ogrinfo", "-ro", "-so", run.resolve("candidates.gpkg").toString(), "candidates");
        assertTrue(summary.contains("Feature Count: " + candidates.size()), summary);
        assertTrue(summary.contains("reasons: String"), summary);
    }

    @Test
    void kmlParsesWithOnePlacemarkPerCandidateAndChipsInTheBalloon() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(run.resolve("candidates.kml").toFile());
        var placemarks = doc.getElementsByTagNameNS("*", "Placemark");
        assertEquals(candidates.size(), placemarks.getLength());
        String description = doc.getElementsByTagNameNS("*", "description").item(0).getTextContent();
        assertTrue(description.contains("<img") && description.contains("chips/" + candidates.get(0).get("id").asText()),
                description);
    }

    @Test
    void csvHasOneRowPerCandidateWithLonLat() throws Exception {
        List<String> lines = Files.readAllLines(run.resolve("candidates.csv"), StandardCharsets.UTF_8);
        String header = lines.get(0);
        assertTrue(header.startsWith("WKT,id,rank,score"), header);
        assertTrue(header.contains(",lon,lat,"), header);
        // reasons contain commas: quoted, so ogr reads them back as one field per candidate
        String info = exec("ogrinfo", "-ro", "-al", "-q", run.resolve("candidates.csv").toString());
        assertEquals(candidates.size(), info.split("OGRFeature\\(candidates\\)", -1).length - 1, info);
        assertTrue(info.contains("reasons (String) = " + candidates.get(0).get("properties").get("reasons").get(0).asText()),
                info);
    }

    @Test
    void reportHtmlListsCandidatesBestFirstWithChips() throws Exception {
        String html = Files.readString(run.resolve("report.html"));
        int first = html.indexOf("id=\"c-" + candidates.get(0).get("id").asText());
        int second = html.indexOf("id=\"c-" + candidates.get(1).get("id").asText());
        assertTrue(first > 0 && second > first, "best first");
        assertTrue(html.contains("<svg class=\"overview\""), "overview map");
        assertTrue(html.contains("src=\"chips/" + candidates.get(0).get("id").asText() + "-after.png\""));
        assertTrue(!html.contains("http://") || html.indexOf("http://") == html.indexOf("http://www.w3.org/2000/svg"),
                "no external resources");
    }

    static String exec(String... cmd) throws Exception {
        return org.corridorwatch.ExternalTools.exec(cmd);
    }
}
