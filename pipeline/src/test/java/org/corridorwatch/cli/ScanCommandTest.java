package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.TestScenes;
import org.corridorwatch.raster.GdalScene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan end to end on a small real GeoTIFF pair across RN1, through the CLI. */
class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TestScenes.Pair pair;

    @BeforeAll
    static void writePair() {
        pair = TestScenes.rn1(dir, 150, true);
    }

    private static CliTest.Run scan(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("scan", "--before", pair.before().toString(), "--after",
                pair.after().toString(), "--out", out.toString(), "--threads", "2"));
        args.addAll(List.of(extra));
        return CliTest.run(args.toArray(String[]::new));
    }

    private static double metres(JsonNode props, org.locationtech.jts.geom.Coordinate ll) {
        double dx = (props.get("lon").asDouble() - ll.x) * 111_320 * Math.cos(Math.toRadians(ll.y));
        double dy = (props.get("lat").asDouble() - ll.y) * 110_600;
        return Math.hypot(dx, dy);
    }

    @Test
    void findsTheAttackOnRn1AndScoresTheBushFireLow() throws Exception {
        Path out = dir.resolve("run");
        CliTest.Run r = scan(out);
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("1 flagged"), r.out());
        JsonNode fc = JSON.readTree(out.resolve("candidates.geojson").toFile());
        JsonNode best = fc.get("features").get(0).get("properties");
        assertTrue(best.get("flagged").asBoolean());
        assertEquals("road_attack", best.get("pattern").asText());
        assertEquals("rn1-senegal", best.get("corridor").asText());
        assertEquals(150, best.get("chainage_km").asDouble(), 0.3);
        assertTrue(metres(best, pair.attackLonLat()) < 60, best.toString());
        assertTrue(best.get("place").asText().startsWith("km 150"), best.get("place").asText());
        assertTrue(best.get("mean_burn").asDouble() > 0.3, best.toString());
        assertTrue(best.get("reasons").get(0).asText().contains("burn scar, dNBR"), best.toString());
        assertEquals("2025-09-01", best.get("before_date").asText());
        JsonNode bush = null;
        for (JsonNode f : fc.get("features")) {
            if (metres(f.get("properties"), pair.bushfireLonLat()) < 100) {
                bush = f.get("properties");
            }
        }
        assertTrue(bush != null, "the bush fire is a candidate, kept for the record");
        assertEquals("bushfire", bush.get("pattern").asText());
        assertFalse(bush.get("flagged").asBoolean());

        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        assertEquals(0.5, run.get("report_threshold").asDouble());
        assertEquals(1, run.get("config").get("schema_version").asInt(), "the full effective config is saved");
        assertEquals(512, run.get("config").path("tiles").path("size_px").asInt());
        assertTrue(run.get("inputs").get("after").get("crc32c").asText().matches("[0-9a-f]{8}"));
        assertTrue(run.get("timings_s").has("tiles"));
        try (GdalScene burn = GdalScene.open(out.resolve("evidence/burn.tif"))) {
            assertEquals(List.of("evidence", "burn_region"), burn.bandNames());
            assertEquals(0.004, burn.bandScale(0), 1e-12);
        }
        JsonNode tiles = JSON.readTree(out.resolve("tiles.geojson").toFile());
        assertTrue(tiles.get("features").size() >= 1);
        assertEquals("scored", tiles.get("features").get(0).get("properties").get("status").asText());
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no temporary files left");
        }
    }

    @Test
    void sameInputsGiveTheSameIdsAndAPreviousRunIsProtected() throws Exception {
        Path out = dir.resolve("twice");
        assertEquals(0, scan(out).exitCode());
        JsonNode first = JSON.readTree(out.resolve("candidates.geojson").toFile());
        CliTest.Run again = scan(out);
        assertEquals(6, again.exitCode());
        assertTrue(again.err().contains("holds a previous run") && again.err().contains("--overwrite"), again.err());
        assertEquals(0, scan(out, "--overwrite").exitCode());
        JsonNode second = JSON.readTree(out.resolve("candidates.geojson").toFile());
        assertEquals(first.get("features").get(0).get("id"), second.get("features").get(0).get("id"));
    }

    @Test
    void badInputsGiveOneClearMessageAndTheirExitCode() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.tif"), "hello");
        CliTest.Run notRaster = CliTest.run("scan", "--before", text.toString(), "--after", pair.after().toString(),
                "--out", dir.resolve("bad1").toString());
        assertEquals(3, notRaster.exitCode());
        assertTrue(notRaster.err().contains(text.toString()), notRaster.err());

        CliTest.Run wrongSensor = scan(dir.resolve("bad2"), "--sensor", "landsat");
        assertEquals(3, wrongSensor.exitCode());
        assertTrue(wrongSensor.err().contains("lacks bands for sensor profile 'landsat'"), wrongSensor.err());

        CliTest.Run otherCorridor = scan(dir.resolve("bad3"), "--corridor", "rn7-cotedivoire");
        assertEquals(7, otherCorridor.exitCode());
        assertTrue(otherCorridor.err().contains("does not intersect any selected corridor"), otherCorridor.err());

        Path badConfig = Files.writeString(dir.resolve("bad.yaml"), "sites: {report_threshold: 2}\n");
        assertEquals(4, scan(dir.resolve("bad4"), "--config", badConfig.toString()).exitCode());

        assertEquals(2, scan(dir.resolve("bad5"), "--aoi", "scene", "--corridor", "all").exitCode());
        assertFalse(Files.exists(dir.resolve("bad1/run.json")));
    }

    @Test
    void areaScanCoversTheWholeOverlap() throws Exception {
        Path out = dir.resolve("aoi");
        CliTest.Run r = scan(out, "--aoi", "scene");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        assertEquals("scene", run.get("area").get("mode").asText());
        assertEquals(9.0, run.get("counts").get("area_km2").asDouble(), 0.01);
    }

    @Test
    void noChipsDoesNotAnnounceAChipsFolder() {
        Path out = dir.resolve("run-no-chips");
        CliTest.Run r = scan(out, "--no-chips");
        assertEquals(0, r.exitCode(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("Outputs in")).findFirst().orElse("");
        assertTrue(line.contains("report.html"), r.out());
        assertFalse(line.contains("chips/"), line);
        assertFalse(java.nio.file.Files.exists(out.resolve("chips")), "no chips folder under --no-chips");
    }

    @Test
    void allNodataSceneIsNamedAsSuch() {
        org.corridorwatch.model.GridGeometry grid;
        try (org.corridorwatch.raster.GdalScene sc = org.corridorwatch.raster.GdalScene.open(pair.after())) {
            grid = sc.grid();
        }
        Path empty = dir.resolve("all-nodata.tif");
        try (org.corridorwatch.raster.GeoTiffWriter wr = org.corridorwatch.raster.GeoTiffWriter.create(empty, grid,
                org.corridorwatch.raster.GeoTiffWriter.PixelType.UINT16, List.of("B02", "B03", "B04", "B08", "B11", "B12"),
                0, false)) {
            for (int b = 0; b < 6; b++) {
                wr.write(b, 0, 0, grid.width(), grid.height(), new float[grid.width() * grid.height()]);
            }
            wr.commit();
        }
        Path out = dir.resolve("run-all-nodata");
        CliTest.Run r = CliTest.run("scan", "--before", pair.before().toString(), "--after", empty.toString(),
                "--out", out.toString(), "--threads", "2");
        assertEquals(7, r.exitCode(), r.err());
        assertTrue(r.err().contains(empty + ": no valid pixels"), r.err());
        assertFalse(r.err().contains("does not intersect"), r.err());
        assertFalse(java.nio.file.Files.exists(out), "a scan refused before its first tile leaves --out as it found it");
    }
}
