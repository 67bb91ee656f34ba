package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.model.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorridorCatalogTest {
    @TempDir
    Path dir;

    @Test
    void defaultCatalogHasTheSixBlockadeRoads() {
        CorridorCatalog c = CorridorCatalog.loadDefault();
        assertEquals(6, c.corridors().size());
        assertEquals(List.of("RN1", "RN3", "N1", "N3"), c.get("rn1-senegal").refs());
        assertEquals(List.of("Kadiana axis"), c.get("bougouni-kadiana").refs(), "refs default to the aliases");
        assertEquals("rn5-guinea", c.get("RN5").id());
        assertEquals(-9.1921, c.get("nioro-diema").lineWgs84().getCoordinateN(0).x, 1e-9);
        Corridor rn1 = c.get("rn1-senegal");
        assertEquals(rn1, c.get("RN3"));
        assertEquals(rn1, c.get("rn1"));
        assertEquals("rn7-cotedivoire", c.get("RN7").id());
        assertEquals(-8.0, rn1.lineWgs84().getCoordinateN(0).x);
        assertEquals(12.65, rn1.lineWgs84().getCoordinateN(0).y);
        assertEquals(7500, rn1.defaultBufferM());
        assertEquals(6, c.select("all").size());
        assertEquals(1, c.select("bougouni-kadiana").size());
        ConfigException e = assertThrows(ConfigException.class, () -> c.get("RN99"));
        assertTrue(e.getMessage().contains("corridors.geojson: no corridor \"RN99\""), e.getMessage());
        assertTrue(e.hint().contains("rn7-cotedivoire"), e.hint());
    }

    @Test
    void bareMultiLineStringLoadsMergedAndTurnedToTheOrigin() throws IOException {
        // an OSM-like export: two touching parts, the second listed first and drawn away from Bamako
        Path f = write("my-road.geojson", """
                {"type":"Feature","properties":{"origin":[-8.0,12.65]},
                 "geometry":{"type":"MultiLineString","coordinates":[
                   [[-8.05,12.70],[-8.07,12.74]],
                   [[-8.05,12.70],[-8.0,12.65]]]}}""");
        Corridor c = CorridorCatalog.load(f).corridors().get(0);
        assertEquals("my-road", c.id());
        assertEquals(1000, c.defaultBufferM());
        assertEquals(3, c.lineWgs84().getNumPoints());
        assertEquals(-8.0, c.lineWgs84().getCoordinateN(0).x);
        assertEquals(-8.07, c.lineWgs84().getCoordinateN(2).x);
    }

    @Test
    void notGeoJson() throws IOException {
        checkBad(write("a.geojson", "this is not json"), "is not GeoJSON");
        checkBad(write("b.geojson", "{\"hello\": 1}"), "is not GeoJSON");
    }

    @Test
    void noLineGeometry() throws IOException {
        checkBad(write("p.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"id":"x"},"geometry":{"type":"Point","coordinates":[-8,12]}}]}"""),
                "has no LineString or MultiLineString");
    }

    @Test
    void coordinatesOutOfRange() throws IOException {
        checkBad(write("utm.geojson", """
                {"type":"LineString","coordinates":[[608596.3,1398638.6],[610000,1400000]]}"""),
                "outside the valid range");
    }

    @Test
    void bufferMustBePositive() throws IOException {
        checkBad(write("buf.geojson", """
                {"type":"Feature","properties":{"id":"x","default_buffer_m":0},
                 "geometry":{"type":"LineString","coordinates":[[-8,12],[-8,13]]}}"""),
                "default_buffer_m must be a number of metres > 0");
    }

    @Test
    void missingFile() {
        checkBad(dir.resolve("nope.geojson"), "corridor file not found");
    }

    private void checkBad(Path f, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> CorridorCatalog.load(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.hint().isEmpty());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
