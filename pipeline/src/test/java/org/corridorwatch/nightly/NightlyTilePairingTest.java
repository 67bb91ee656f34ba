package org.corridorwatch.nightly;

import static org.corridorwatch.nightly.NightlyJobTest.drop;
import static org.corridorwatch.nightly.NightlyJobTest.lastRun;
import static org.corridorwatch.nightly.NightlyJobTest.nightly;
import static org.corridorwatch.nightly.NightlyJobTest.summary;
import static org.corridorwatch.nightly.NightlyJobTest.workspace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.report.CandidatesGeoJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.corridorwatch.nightly.store.TileChoiceStore;
import org.corridorwatch.nightly.store.WorkspaceStore;

/**
 * Pairing per tile end to end: three dates of one 300 px grid scanned with 160 px tiles (3 × 3 tiles, the
 * left column at grid columns 0–159); the middle date is cloudy over columns 0–95 only, so the left
 * column's tiles (60 % cloud) pair with the oldest date and the six others with the middle one.
 */
class NightlyTilePairingTest {
    @TempDir
    static Path scenesDir;
    static Path date1;
    static Path date2;
    static Path date3;
    static GridGeometry grid;

    @BeforeAll
    static void scenes() {
        date1 = NightlyScenes.write(scenesDir.resolve("d1.tif"), "2025-09-01", List.of(), 11);
        date2 = NightlyScenes.write(scenesDir.resolve("d2.tif"), "2025-09-11", List.of(NightlyScenes.ATTACK_A_KM), 12,
                NightlyScenes.SIZE, 96);
        date3 = NightlyScenes.write(scenesDir.resolve("d3.tif"), "2025-09-21",
                List.of(NightlyScenes.ATTACK_A_KM, NightlyScenes.ATTACK_B_KM), 13);
        try (GdalScene s = GdalScene.open(date3)) {
            grid = s.grid();
        }
    }

    /** A workspace scanning 160 px tiles (32 px overlap: columns and rows start at 0, 128, 256). */
    static Workspace smallTiles(Path dir) throws Exception {
        Workspace ws = workspace(dir);
        String yaml = Files.readString(ws.scanConfig());
        assertTrue(yaml.contains("size_px: 512"), "the default tile size moved; adapt the test");
        Files.writeString(ws.scanConfig(), yaml.replace("size_px: 512", "size_px: 160"));
        return ws;
    }

    /** Tile id of the 160 px tile at a grid column/row start (the last column and row are 44 px). */
    static String tile(int col0, int row0) {
        return TilePlanner.tileId(grid, "rn1-senegal", col0, row0, col0 == 256 ? 44 : 160, row0 == 256 ? 44 : 160);
    }

    @Test
    void tilesCloudyInTheMiddleDatePairWithTheOlderOneTheOthersWithTheMiddleOne(@TempDir Path dir) throws Exception {
        Workspace ws = smallTiles(dir.resolve("ws"));
        drop(ws, date1, date2, date3);
        CliTest.Run r = nightly(ws);
        assertEquals(0, r.exitCode(), r.out() + r.err());
        JsonNode s = summary(lastRun(ws));
        WorkspaceStore store = WorkspaceStore.open(ws.database());
        Map<String, String> idByDate = new HashMap<>();
        store.scenes().forEach(x -> idByDate.put(x.date().toString(), x.id()));

        JsonNode decision = null;
        for (JsonNode d : s.path("tile_pairing")) {
            if (d.path("after_date").asText().equals("2025-09-21")) {
                decision = d;
            }
        }
        assertTrue(decision != null, s.toString());
        assertEquals(9, decision.path("tiles").size(), decision.toString());
        Map<String, JsonNode> byTile = new HashMap<>();
        decision.path("tiles").forEach(t -> byTile.put(t.path("tile").asText(), t));
        List<String> left = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int row0 : new int[] {0, 128, 256}) {
            for (int col0 : new int[] {0, 128, 256}) {
                String id = tile(col0, row0);
                JsonNode t = byTile.get(id);
                assertTrue(t != null, "tile " + col0 + "," + row0 + " not recorded: " + decision);
                if (col0 == 0) {
                    left.add(id);
                    assertEquals(idByDate.get("2025-09-01"), t.path("before").asText(), t.toString());
                    assertEquals("most recent clear: 2025-09-01 (20 days earlier), 0% cloud over tile; "
                            + "skipped 2025-09-11: 60% cloud over tile", t.path("reason").asText());
                } else {
                    others.add(id);
                    assertEquals(idByDate.get("2025-09-11"), t.path("before").asText(), t.toString());
                    assertEquals("most recent clear: 2025-09-11 (10 days earlier), 0% cloud over tile", t.path("reason").asText());
                }
            }
        }
        // the store holds the same decision, keyed by after-scene, configuration hash and tile
        List<TileChoiceStore.TileChoice> stored = new TileChoiceStore(ws.database()).choices(idByDate.get("2025-09-21"),
                s.path("pairs").get(0).path("config_hash").asText());
        assertEquals(9, stored.size());
        assertEquals(3, stored.stream().filter(c -> idByDate.get("2025-09-01").equals(c.beforeId())).count());

        // date 3 is scanned as two pairs, each over the tiles that chose its before-scene only
        Map<String, JsonNode> pairsOfDate3 = new HashMap<>();
        for (JsonNode p : s.path("pairs")) {
            if (p.path("after").asText().equals(idByDate.get("2025-09-21"))) {
                pairsOfDate3.put(p.path("before").asText(), p);
            }
        }
        assertEquals(2, pairsOfDate3.size(), s.path("pairs").toString());
        JsonNode fromOld = pairsOfDate3.get(idByDate.get("2025-09-01"));
        JsonNode fromMiddle = pairsOfDate3.get(idByDate.get("2025-09-11"));
        assertEquals(sorted(left), sorted(texts(fromOld.path("tiles_scanned"))));
        assertEquals(sorted(others), sorted(texts(fromMiddle.path("tiles_scanned"))));
        assertEquals(3, fromOld.path("tiles").asInt());
        assertEquals(6, fromMiddle.path("tiles").asInt());
        assertEquals(3, features(lastRun(ws).resolve(fromOld.path("name").asText()).resolve("tiles.geojson")).size());
        assertTrue(fromOld.path("why").asText().startsWith("3 of 9 tiles chose it"), fromOld.toString());

        // no candidate is reported twice, however its neighbouring tiles paired
        List<Geometry> fresh = new ArrayList<>();
        for (JsonNode c : s.path("new_candidates")) {
            fresh.add(new WKTReader().read(c.path("geometry_wkt").asText()));
        }
        assertTrue(fresh.size() >= 1, s.path("new_candidates").toString());
        for (int i = 0; i < fresh.size(); i++) {
            for (int j = i + 1; j < fresh.size(); j++) {
                assertTrue(!fresh.get(i).intersects(fresh.get(j)), "new candidates " + i + " and " + j + " overlap: " + s);
            }
        }

        // idempotent: the recorded decisions are reused, nothing is measured or scanned again
        CliTest.Run again = nightly(ws);
        assertEquals(9, again.exitCode(), again.out() + again.err());
        assertTrue(!again.err().contains("before-scene(s)"), "decisions were made again: " + again.err());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    static JsonNode features(Path geojson) throws Exception {
        return CandidatesGeoJson.JSON.readTree(geojson.toFile()).path("features");
    }
}
