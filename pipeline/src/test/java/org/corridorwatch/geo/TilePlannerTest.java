package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.corridorwatch.model.ConfigException;
import org.corridorwatch.model.GridGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.corridorwatch.model.Tile;

class TilePlannerTest {
    private static final List<Corridor> CORRIDORS = CorridorCatalog.loadDefault().corridors();
    private static final Gazetteer PLACES = Gazetteer.loadDefault();

    /** A 10 m UTM grid of size px centred on a WGS84 point. */
    static GridGeometry utmGrid(double lon, double lat, int size) {
        Projection p = Projections.utmFor(lon, lat);
        double[] c = p.forward(lon, lat);
        return GridGeometry.northUp(size, size, c[0] - size * 5, c[1] + size * 5, 10, 10, "", p.epsg());
    }

    @Test
    void sceneAroundKolokaniGetsStableTilesAlongRn1() {
        GridGeometry g = utmGrid(-8.0339, 13.5728, 2000);
        Projection p = Projections.forEpsg(g.epsg());
        List<Tile> a = TilePlanner.plan(g, p, null, CORRIDORS, TilePlanParameters.defaults(), PLACES);
        List<Tile> b = TilePlanner.plan(g, p, null, CORRIDORS, TilePlanParameters.defaults(), PLACES);
        assertFalse(a.isEmpty());
        assertEquals(a.stream().map(Tile::id).toList(), b.stream().map(Tile::id).toList());
        assertEquals(a.size(), new HashSet<>(a.stream().map(Tile::id).toList()).size(), "ids are unique");
        for (Tile t : a) {
            assertEquals("rn1-senegal", t.corridorId());
            assertEquals(0, t.col0() % 480);
            assertTrue(t.col0() + t.width() <= 2000 && t.width() <= 512);
            assertTrue(t.chainageFromKm() <= t.chainageToKm());
            assertTrue(t.chainageFromKm() > 90 && t.chainageToKm() < 135, t.toString());
            assertFalse(t.nearestPlace().isEmpty());
        }
        assertTrue(a.stream().anyMatch(t -> t.nearestPlace().equals("Kolokani")));
        // 20 km of scene, the road crosses it north-south: ~20 km of corridor covered
        double km = TilePlanner.corridorKmCovered(a);
        assertTrue(km > 15 && km < 25, km + " km");
        assertTrue(TilePlanner.areaKm2(a) <= 400.01);
        List<Tile> narrow = TilePlanner.plan(g, p, null, CORRIDORS, new TilePlanParameters(512, 32, 1000), PLACES);
        assertTrue(narrow.size() < a.size(), narrow.size() + " vs " + a.size());
        // the buffer is not part of the id: a kept tile keeps its id
        assertTrue(a.stream().map(Tile::id).toList().containsAll(narrow.stream().map(Tile::id).toList()));
    }

    @Test
    void idDependsOnGridCorridorAndWindow() {
        GridGeometry g = utmGrid(-8.0339, 13.5728, 2000);
        String id = TilePlanner.tileId(g, "rn1-senegal", 0, 0, 512, 512);
        assertEquals(16, id.length());
        assertEquals(id, TilePlanner.tileId(g, "rn1-senegal", 0, 0, 512, 512));
        assertNotEquals(id, TilePlanner.tileId(g, "rn7-cotedivoire", 0, 0, 512, 512));
        assertNotEquals(id, TilePlanner.tileId(g, "rn1-senegal", 480, 0, 512, 512));
        assertNotEquals(id, TilePlanner.tileId(utmGrid(-8.0339, 13.5728, 2001), "rn1-senegal", 0, 0, 512, 512));
    }

    @Test
    void validFootprintRemovesTilesInNodata() {
        GridGeometry g = utmGrid(-8.0339, 13.5728, 2000);
        Projection p = Projections.forEpsg(g.epsg());
        // valid data only in the western 600 columns
        Envelope west = new Envelope(g.x(0, 0), g.x(600, 0), g.y(0, 2000), g.y(0, 0));
        List<Tile> all = TilePlanner.plan(g, p, null, CORRIDORS, TilePlanParameters.defaults(), PLACES);
        List<Tile> some = TilePlanner.plan(g, p, new GeometryFactory().toGeometry(west), CORRIDORS,
                TilePlanParameters.defaults(), PLACES);
        assertTrue(some.size() < all.size() && !some.isEmpty());
        assertTrue(some.stream().allMatch(t -> t.col0() < 600));
    }

    @Test
    void farFromEveryCorridorGivesNoTiles() {
        GridGeometry timbuktu = utmGrid(-3.0, 16.77, 1000);
        assertTrue(TilePlanner.plan(timbuktu, Projections.forEpsg(timbuktu.epsg()), null, CORRIDORS,
                TilePlanParameters.defaults(), PLACES).isEmpty());
    }

    @Test
    void geographicSceneIsMeasuredInMetres() {
        // 0.0001° pixels (about 11 m), 1500 px square around Kolokani, in EPSG:4326
        GridGeometry g = GridGeometry.northUp(1500, 1500, -8.11, 13.65, 0.0001, 0.0001, "", 4326);
        List<Tile> tiles = TilePlanner.plan(g, Projections.WGS84, null, CORRIDORS,
                new TilePlanParameters(512, 32, 1000), PLACES);
        assertFalse(tiles.isEmpty());
        assertTrue(tiles.size() < 16, "a 2 km wide buffer must not keep the whole scene: " + tiles.size());
        Tile t = tiles.get(0);
        assertEquals(-8.11 + t.col0() * 0.0001, t.footprintWgs84().getCoordinates()[0].x, 1e-9);
    }

    @Test
    void sikassoSceneInZone29AndZone30GivesTheSameChainages() {
        GridGeometry g30 = utmGrid(-5.70, 11.34, 1000);
        List<Tile> t30 = TilePlanner.plan(g30, Projections.forEpsg(32630), null, CORRIDORS,
                TilePlanParameters.defaults(), PLACES);
        // the same place on a zone 29 grid
        Projection p29 = Projections.utm(29, true);
        double[] c = p29.forward(-5.70, 11.34);
        GridGeometry g29 = GridGeometry.northUp(1000, 1000, c[0] - 5000, c[1] + 5000, 10, 10, "", 32629);
        List<Tile> t29 = TilePlanner.plan(g29, p29, null, CORRIDORS, TilePlanParameters.defaults(), PLACES);
        assertFalse(t30.isEmpty());
        double lo30 = t30.stream().mapToDouble(Tile::chainageFromKm).min().orElseThrow();
        double lo29 = t29.stream().mapToDouble(Tile::chainageFromKm).min().orElseThrow();
        // the two grids are not the same ground (a zone 29 grid is rotated ~1° there), so compare loosely
        assertEquals(lo30, lo29, 0.5);
    }

    @Test
    void badParameters() {
        assertThrows(ConfigException.class, () -> new TilePlanParameters(512, 32, 0));
        assertThrows(ConfigException.class, () -> new TilePlanParameters(512, 32, -5));
        assertThrows(ConfigException.class, () -> new TilePlanParameters(8, 0, 100));
        assertThrows(ConfigException.class, () -> new TilePlanParameters(512, 256, 100));
        assertEquals(480, TilePlanParameters.defaults().stridePx());
    }
}
