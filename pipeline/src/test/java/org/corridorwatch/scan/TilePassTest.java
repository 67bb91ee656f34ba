package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.model.Tile;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The cores of overlapping tiles partition the planned area: every pixel's evidence is written by exactly one
 * tile and every region piece is counted once, whatever the scene size, tile size and overlap.
 */
class TilePassTest {
    private static final Polygon ANYWHERE = (Polygon) new GeometryFactory().toGeometry(new Envelope(0, 1, 0, 1));

    /** Tiles laid out as the tile planner lays them: stride = size - overlap, the last row/column cut at the edge. */
    private static List<Tile> tiles(int width, int height, int size, int overlap) {
        List<Tile> out = new ArrayList<>();
        int stride = size - overlap;
        for (int row0 = 0; row0 == 0 || row0 + overlap < height; row0 += stride) {
            for (int col0 = 0; col0 == 0 || col0 + overlap < width; col0 += stride) {
                out.add(new Tile("t" + out.size(), col0, row0, Math.min(size, width - col0), Math.min(size, height - row0),
                        ANYWHERE, "rn1", 0, 0, ""));
            }
        }
        return out;
    }

    private static void assertCoresPartition(int width, int height, int size, int overlap) {
        int[] bounds = {0, 0, width, height};
        int[][] hits = new int[height][width];
        for (Tile t : tiles(width, height, size, overlap)) {
            int[] core = TilePass.core(t, overlap, bounds);
            assertTrue(core[0] >= t.col0() && core[2] <= t.col0() + t.width(), "core inside its tile");
            for (int r = core[1]; r < core[3]; r++) {
                for (int c = core[0]; c < core[2]; c++) {
                    hits[r][c]++;
                }
            }
        }
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                assertEquals(1, hits[r][c], "pixel (" + c + "," + r + ") of " + width + "x" + height + ", tiles " + size
                        + " overlap " + overlap);
            }
        }
    }

    @Test
    void coresPartitionTheGridForEvenAndOddOverlaps() {
        assertCoresPartition(1100, 700, 512, 32);
        assertCoresPartition(1000, 1000, 256, 33);
        assertCoresPartition(513, 97, 64, 7);
    }

    @Test
    void aSingleTileKeepsItsWholeWindow() {
        Tile only = tiles(300, 200, 512, 32).get(0);
        int[] core = TilePass.core(only, 32, new int[] {0, 0, 300, 200});
        assertEquals(List.of(0, 0, 300, 200), List.of(core[0], core[1], core[2], core[3]));
    }
}
