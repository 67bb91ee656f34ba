package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corridorwatch.model.Tile;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

/** The GDAL cache a product scan asks for: the decoded JPEG2000 tiles its planned tiles meet, both dates. */
class ProductWorkingSetTest {
    private static final long BLOCK = 1024L * 1024 * 2;
    private static final Polygon BOX = (Polygon) new GeometryFactory().toGeometry(new Envelope(0, 1, 0, 1));

    private static TilePlan plan(Tile... tiles) {
        return new TilePlan(List.of(tiles), new int[] {0, 0, 1, 1}, null, 100, List.of());
    }

    private static Tile tile(int col0, int row0) {
        return new Tile("t" + col0 + "_" + row0, col0, row0, 544, 544, BOX, "c", 0, 0, "");
    }

    @Test
    void oneTileInsideOneBlockNeedsOneTilePerBandAndDate() {
        assertEquals(2 * BLOCK * (4 + 3), ScanJob.productWorkingSet(plan(tile(0, 0))));
    }

    @Test
    void aTileAcrossA1024LineMeetsTwo10mBlocksButOne20mBlock() {
        // cols 960..1503 cross the 10 m block edge at 1024, not the 20 m one at 2048 (10 m pixels)
        assertEquals(2 * BLOCK * (4 * 2 + 3), ScanJob.productWorkingSet(plan(tile(960, 0))));
    }

    @Test
    void neighbouringTilesShareTheirBlocks() {
        assertEquals(ScanJob.productWorkingSet(plan(tile(960, 0))),
                ScanJob.productWorkingSet(plan(tile(960, 0), tile(1100, 100), tile(0, 0))));
    }
}
