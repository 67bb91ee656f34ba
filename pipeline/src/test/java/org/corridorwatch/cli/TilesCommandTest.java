package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.CrsWkt;
import org.corridorwatch.raster.GeoTiffWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TilesCommandTest {
    @TempDir
    Path dir;

    /** A small constant UTM scene of size px at 10 m centred on a WGS84 point. */
    private Path scene(String name, double lon, double lat, int size) {
        int epsg = Projections.utmFor(lon, lat).epsg();
        double[] c = Projections.forEpsg(epsg).forward(lon, lat);
        GridGeometry g = GridGeometry.northUp(size, size, c[0] - size * 5, c[1] + size * 5, 10, 10, CrsWkt.ofEpsg(epsg), epsg);
        return write(name, g);
    }

    private Path write(String name, GridGeometry g) {
        Path f = dir.resolve(name);
        try (GeoTiffWriter w = GeoTiffWriter.create(f, g, GeoTiffWriter.PixelType.BYTE, List.of("b"), Double.NaN, false)) {
            float[] v = new float[g.width() * g.height()];
            java.util.Arrays.fill(v, 7);
            w.write(0, 0, 0, g.width(), g.height(), v);
            w.commit();
        }
        return f;
    }

    private static List<String> ids(Path geojson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(geojson.toFile());
        List<String> ids = new ArrayList<>();
        root.path("features").forEach(f -> ids.add(f.path("properties").path("id").asText()));
        return ids;
    }

    @Test
    void tilesAlongRn1AreWrittenWithStableIds() throws IOException {
        Path s = scene("kolokani.tif", -8.0339, 13.5728, 1500);
        Path out1 = dir.resolve("t1.geojson");
        Path out2 = dir.resolve("t2.geojson");
        CliTest.Run r1 = CliTest.run("tiles", "--scene", s.toString(), "--out", out1.toString());
        CliTest.Run r2 = CliTest.run("tiles", "--scene", s.toString(), "--corridor", "RN1", "--out", out2.toString());
        assertEquals(0, r1.exitCode(), r1.err());
        assertEquals(0, r2.exitCode(), r2.err());
        assertTrue(r1.out().matches("(?s).*tiles: \\d+ \\(512 px, overlap 32 px\\), area covered [\\d.]+ km2, "
                + "corridor km covered [\\d.]+ \\(rn1-senegal km .*"), r1.out());
        List<String> ids = ids(out1);
        assertTrue(!ids.isEmpty());
        assertEquals(ids, ids(out2));
        JsonNode f = new ObjectMapper().readTree(out1.toFile()).path("features").get(0);
        assertEquals("Polygon", f.path("geometry").path("type").asText());
        assertEquals("rn1-senegal", f.path("properties").path("corridor").asText());
        CliTest.Run again = CliTest.run("tiles", "--scene", s.toString(), "--out", out1.toString());
        assertEquals(6, again.exitCode(), again.err());
        assertTrue(again.err().contains("t1.geojson: exists"), again.err());
    }

    @Test
    void sceneFarFromEveryCorridorIsExit7() {
        Path s = scene("timbuktu.tif", -3.0, 16.77, 200);
        CliTest.Run r = CliTest.run("tiles", "--scene", s.toString());
        assertEquals(7, r.exitCode(), r.err());
        assertTrue(r.err().contains(s + ": the scene does not intersect the buffered corridor(s)"), r.err());
    }

    @Test
    void sceneWithoutGeoreferencingIsExit3() {
        Path s = write("plain.tif", new GridGeometry(64, 64, new double[] {0, 1, 0, 0, 0, 1}, "", 0));
        CliTest.Run r = CliTest.run("tiles", "--scene", s.toString());
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains(s + ": has no georeferencing"), r.err());
    }

    @Test
    void badBufferAndBadCorridorFileAreExit4() throws IOException {
        Path s = scene("k.tif", -8.0339, 13.5728, 100);
        CliTest.Run r = CliTest.run("tiles", "--scene", s.toString(), "--buffer-m", "0");
        assertEquals(4, r.exitCode(), r.err());
        assertTrue(r.err().contains("--buffer-m 0.0 is out of range"), r.err());
        Path bad = Files.writeString(dir.resolve("bad.geojson"), "[1, 2");
        CliTest.Run r2 = CliTest.run("tiles", "--scene", s.toString(), "--corridors", bad.toString());
        assertEquals(4, r2.exitCode(), r2.err());
        assertTrue(r2.err().contains(bad + ": is not GeoJSON"), r2.err());
        CliTest.Run r3 = CliTest.run("tiles", "--scene", s.toString(), "--corridor", "RN99");
        assertEquals(4, r3.exitCode(), r3.err());
        assertTrue(r3.err().contains("rn7-cotedivoire"), r3.err());
    }

    @Test
    void corridorsCommandListsTheThreeCorridors() {
        CliTest.Run r = CliTest.run("corridors");
        assertEquals(0, r.exitCode(), r.err());
        for (String id : new String[] {"rn1-senegal", "rn7-cotedivoire", "bougouni-kadiana", "RN1,RN3", "7500"}) {
            assertTrue(r.out().contains(id), id + " missing from\n" + r.out());
        }
        assertTrue(r.out().matches("(?s).*rn1-senegal\\s+RN1,RN3\\s+6\\d\\d\\.\\d.*"), r.out());
    }
}
