package org.corridorwatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.model.Tile;
import org.corridorwatch.model.GridGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.corridorwatch.nightly.store.SceneRecord;
import org.corridorwatch.nightly.store.TileChoiceStore;

class TilePairingTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Geometry BOX = GF.toGeometry(new Envelope(-8, -7.9, 13, 13.1));
    private static final Polygon WEST = (Polygon) GF.toGeometry(new Envelope(-8, -7.95, 13, 13.1));
    private static final Polygon EAST = (Polygon) GF.toGeometry(new Envelope(-7.95, -7.9, 13, 13.1));
    private static final List<Tile> TILES = List.of(tile("west", WEST), tile("east", EAST));

    private static Tile tile(String id, Polygon footprint) {
        return new Tile(id, 0, 0, 10, 10, footprint, "rn1-senegal", 0, 1, "");
    }

    private static SceneRecord scene(String id, String date, String sensor, Geometry footprint) {
        return new SceneRecord(id + "0000000", "/x/" + id + ".tif", sensor, date == null ? null : LocalDate.parse(date),
                footprint, 0, 1);
    }

    /** Covers: per scene id prefix, west then east as {cells, cloud, nodata}. */
    private static TilePairing.Measured covers(SceneRecord b, Map<String, int[][]> table, List<String> asked) {
        asked.add(b.id().substring(0, b.id().length() - 7));
        int[][] c = table.get(b.id().substring(0, b.id().length() - 7));
        if (c == null) {
            return new TilePairing.Measured(null, "cannot be read");
        }
        return new TilePairing.Measured(Map.of("west", new TileCover.Cover(c[0][0], c[0][1], c[0][2]),
                "east", new TileCover.Cover(c[1][0], c[1][1], c[1][2])), null);
    }

    @Test
    void candidatesAreEarlierScenesOfTheSameSensorWithinTheGapMostRecentFirst() {
        SceneRecord after = scene("after", "2025-09-20", "sentinel2", BOX);
        List<SceneRecord> catalog = List.of(after, scene("old", "2025-07-01", "sentinel2", BOX),
                scene("clear", "2025-09-05", "sentinel2", BOX), scene("cloudy", "2025-09-15", "sentinel2", BOX),
                scene("planet", "2025-09-18", "planetscope", BOX), scene("later", "2025-09-25", "sentinel2", BOX),
                scene("sameday", "2025-09-20", "sentinel2", BOX), scene("nodate", null, "sentinel2", BOX),
                scene("elsewhere", "2025-09-10", "sentinel2", GF.toGeometry(new Envelope(0, 1, 0, 1))));
        assertEquals(List.of("cloudy0000000", "clear0000000"),
                TilePairing.candidates(after, catalog, PairingParameters.DEFAULT).stream().map(SceneRecord::id).toList());
        assertEquals(3, TilePairing.candidates(after, catalog, new PairingParameters(90, 0.5)).size());
        assertEquals(List.of(), TilePairing.candidates(scene("undated", null, "sentinel2", BOX), catalog, PairingParameters.DEFAULT));
    }

    @Test
    void eachTileTakesTheMostRecentBeforeSceneClearOverIt() {
        SceneRecord after = scene("after", "2025-09-20", "sentinel2", BOX);
        List<SceneRecord> candidates = List.of(scene("mid", "2025-09-10", "sentinel2", BOX),
                scene("old", "2025-09-02", "sentinel2", BOX));
        // mid: 78 % cloud over the west tile, clear over the east; old: 3 % cloud over the west
        Map<String, int[][]> table = Map.of("mid", new int[][] {{100, 78, 0}, {100, 0, 0}},
                "old", new int[][] {{100, 3, 0}, {100, 60, 0}});
        List<String> asked = new ArrayList<>();
        List<TileChoiceStore.TileChoice> c = TilePairing.choose(after, TILES, candidates, b -> covers(b, table, asked),
                PairingParameters.DEFAULT);
        assertEquals("old0000000", c.get(0).beforeId());
        assertEquals("most recent clear: 2025-09-02 (18 days earlier), 3% cloud over tile; skipped 2025-09-10: 78% cloud over tile",
                c.get(0).reason());
        assertEquals("mid0000000", c.get(1).beforeId());
        assertEquals("most recent clear: 2025-09-10 (10 days earlier), 0% cloud over tile", c.get(1).reason());
        assertEquals(List.of("mid", "old", "mid"), asked, "covers asked only for the scenes examined");
    }

    @Test
    void nodataCountsAgainstATileAndNothingClearIsSaid() {
        SceneRecord after = scene("after", "2025-09-20", "sentinel2", BOX);
        List<SceneRecord> candidates = List.of(scene("edge", "2025-09-10", "sentinel2", BOX),
                scene("west", "2025-09-05", "sentinel2", WEST), scene("lost", "2025-09-01", "sentinel2", BOX));
        Map<String, int[][]> table = Map.of("edge", new int[][] {{100, 20, 40}, {100, 0, 70}},
                "west", new int[][] {{100, 90, 0}, {0, 0, 0}});
        List<TileChoiceStore.TileChoice> c = TilePairing.choose(after, TILES, candidates, b -> covers(b, table, new ArrayList<>()),
                new PairingParameters(45, 0.5));
        // west: edge 60 % unusable, west 90 % cloud, lost unreadable: chosen as is, so the scan reports the problem
        assertEquals("lost0000000", c.get(0).beforeId());
        assertEquals("most recent: 2025-09-01 (19 days earlier), clearness not measured: cannot be read; "
                + "skipped 2025-09-10: 20% cloud, 40% nodata over tile; skipped 2025-09-05: 90% cloud over tile", c.get(0).reason());
        List<TileChoiceStore.TileChoice> strict = TilePairing.choose(after, TILES, candidates.subList(0, 2),
                b -> covers(b, table, new ArrayList<>()), new PairingParameters(45, 0.5));
        assertNull(strict.get(1).beforeId());
        assertEquals("no clear before-scene within 45 days; skipped 2025-09-10: 70% nodata over tile; "
                + "skipped 2025-09-05: does not reach the tile", strict.get(1).reason());
    }

    @Test
    void coverCountsTheCellsWhereTheAfterSceneHasData() {
        GridGeometry grid = GridGeometry.northUp(8, 4, 0, 40, 10, 10, "", 32629);
        List<Tile> tiles = List.of(new Tile("a", 0, 0, 4, 4, WEST, "c", 0, 0, ""), new Tile("b", 4, 0, 4, 4, EAST, "c", 0, 0, ""));
        TileCover.Coarse coarse = TileCover.coarse(grid, tiles);
        assertEquals(1, coarse.factor());
        byte[] after = new byte[32];
        byte[] before = new byte[32];
        for (int r = 0; r < 4; r++) {
            after[r * 8] = MaskCode.NODATA;          // the after-scene misses column 0: not counted
            before[r * 8 + 1] = MaskCode.CLOUD;      // column 1 cloudy
            before[r * 8 + 7] = MaskCode.NODATA;     // column 7 outside the before-scene
        }
        before[2] = MaskCode.SHADOW;
        Map<String, TileCover.Cover> c = TileCover.over(tiles, coarse, after, before);
        assertEquals(new TileCover.Cover(12, 5, 0), c.get("a"));
        assertEquals(new TileCover.Cover(16, 0, 4), c.get("b"));
        assertEquals("25% nodata", TilePairing.describe(c.get("b")));
    }

    @Test
    void parametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new PairingParameters(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new PairingParameters(10, 1.5));
    }
}
