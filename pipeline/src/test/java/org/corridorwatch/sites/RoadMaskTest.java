package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class RoadMaskTest {
    @Test
    void horizontalRoadGivesAStripOfTheRightWidth() throws Exception {
        boolean[] m = RoadMask.rasterize(new WKTReader().read("LINESTRING (0 10, 20 10)"), 20, 20, 2.0);
        int rows = 0;
        for (int r = 0; r < 20; r++) {
            rows += m[r * 20 + 5] ? 1 : 0;
        }
        assertEquals(4, rows, "centres at 8.5, 9.5, 10.5, 11.5 lie within 2 px of y = 10");
        assertEquals(false, m[0]);
    }

    @Test
    void aRoadOutsideTheTileGivesNoMask() throws Exception {
        assertNull(RoadMask.rasterize(new WKTReader().read("LINESTRING (100 100, 200 100)"), 20, 20, 2.0));
        assertNull(RoadMask.rasterize(null, 20, 20, 2.0));
    }
}
