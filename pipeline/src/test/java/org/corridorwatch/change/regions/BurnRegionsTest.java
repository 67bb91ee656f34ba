package org.corridorwatch.change.regions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.corridorwatch.change.evidence.EvidenceMap;

class BurnRegionsTest {
    private static EvidenceMap map(int w, String... rows) {
        int h = rows.length;
        float[] ev = new float[w * h];
        float[] ch = new float[w * h];
        float[] dk = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                char c = rows[y].charAt(x);
                float e = c == '#' ? 1f : c == '+' ? 0.6f : c == 'o' ? 0.45f : c == '.' ? 0.2f : 0f;
                ev[y * w + x] = e;
                ch[y * w + x] = e * 0.5f;
                dk[y * w + x] = e * 0.1f;
            }
        }
        return new EvidenceMap(w, h, ev, ch, dk, "dNBR", 0, 0.1, 0.27);
    }

    @Test
    void strongSeedsGrowIntoWeakNeighboursAndUnseededOrTinyRegionsGo() {
        EvidenceMap e = map(10,
                "++++......",
                "+#++....++",
                "++++....++",
                "......+...",
                "#.......++",
                "........++");
        BurnRegions.Result r = BurnRegions.extract(e, 400, new BurnRegions.Parameters(0.5, 1.0, 3, true));
        assertEquals(1, r.regions().size(), "the 2x2 weak blocks have no seed; the lone # is too small");
        BurnRegion g = r.regions().get(0);
        assertEquals(12, g.pixelCount());
        assertEquals(4800, g.areaM2(), 1e-9);
        assertEquals(1, g.strongPixels());
        assertEquals(0.5, g.maxChange(), 1e-6);
        assertEquals((11 * 0.6 + 1) / 12, g.meanEvidence(), 1e-6);
        assertEquals(2.0, g.centroidX(), 1e-9);
        assertEquals(1.5, g.centroidY(), 1e-9);
        assertArrayEquals(new int[] {0, 0, 3, 2}, new int[] {g.minCol(), g.minRow(), g.maxCol(), g.maxRow()});
        assertEquals(12, r.burnedPixels());
    }

    @Test
    void diagonalNeighboursJoinOnlyWithEightConnectivity() {
        EvidenceMap e = map(4, "#...", ".#..", "..#.", "...#");
        assertEquals(1, BurnRegions.extract(e, 1, new BurnRegions.Parameters(0.5, 1, 4, true)).regions().size());
        assertEquals(0, BurnRegions.extract(e, 1, new BurnRegions.Parameters(0.5, 1, 4, false)).regions().size());
    }

    @Test
    void orientationAndElongationOfAnEastWestAndADiagonalStrip() {
        BurnRegion ew = BurnRegions.extract(map(8, "........", "########", "........"), 1).regions().get(0);
        assertEquals(0, ew.orientationDeg(), 1e-6);
        assertEquals(8, ew.elongation(), 1e-6);
        // rows go down: a strip from bottom-left to top-right points north-east (45 degrees on the map)
        BurnRegion ne = BurnRegions.extract(map(6, ".....#", "....#.", "...#..", "..#...", ".#....", "#....."), 1)
                .regions().get(0);
        assertEquals(45, ne.orientationDeg(), 1e-6);
        assertTrue(ne.elongation() > 4);
        BurnRegion ns = BurnRegions.extract(map(3, ".#.", ".#.", ".#.", ".#.", ".#.", ".#."), 1).regions().get(0);
        assertEquals(90, ns.orientationDeg(), 1e-6);
    }

    @Test
    void pixelGeometryCoversExactlyTheRegionsPixels() {
        BurnRegions.Result r = BurnRegions.extract(map(5, "##...", "###..", ".##.."), 1,
                new BurnRegions.Parameters(0.5, 1, 1, true));
        BurnRegion g = r.regions().get(0);
        assertArrayEquals(new int[] {0, 1, 5, 6, 7, 11, 12}, g.pixels());
        Geometry poly = g.toPixelGeometry(new GeometryFactory());
        assertEquals(7, poly.getArea(), 1e-9);
        assertEquals("Polygon", poly.getGeometryType());
        assertTrue(poly.isValid());
    }

    @Test
    void onCoarsePixelsTheMixedEdgeIsBurntAreaButNoRegionsPixel() {
        EvidenceMap e = map(7,
                ".......",
                ".oo....",
                "o##o.oo",
                ".##o...",
                ".......");
        BurnRegions.Result tenMetres = BurnRegions.extract(e, 100, new BurnRegions.Parameters(0.5, 1, 1, true, 0, 1000, 30,
                0.4, 8));
        assertEquals(1, tenMetres.regions().size());
        assertEquals(4, tenMetres.regions().get(0).pixelCount(), "the edge is not part of the region (nor of its site)");
        float[] m = tenMetres.mask();
        assertEquals(BurnRegions.Result.MASK_REGION, m[2 * 7 + 1]);
        assertEquals(BurnRegions.Result.MASK_EDGE, m[1 * 7 + 1], "0.45 beside the region: mixed edge");
        assertEquals(BurnRegions.Result.MASK_EDGE, m[2 * 7 + 3]);
        assertEquals(BurnRegions.Result.MASK_EDGE, m[3 * 7 + 3]);
        assertEquals(0f, m[2 * 7 + 5], "0.45 two pixels away: not the edge");
        assertEquals(0f, m[0], "0.2 beside nothing");
        assertEquals(0f, m[3 * 7], "0.2 beside the region: under the edge's evidence");
        int edges = 0;
        for (float v : m) {
            edges += v == BurnRegions.Result.MASK_EDGE ? 1 : 0;
        }
        assertEquals(5, edges);
        BurnRegions.Result threeMetres = BurnRegions.extract(e, 9, new BurnRegions.Parameters(0.5, 1, 1, true, 0, 1000, 30,
                0.4, 8));
        for (float v : threeMetres.mask()) {
            assertTrue(v != BurnRegions.Result.MASK_EDGE, "no edge on pixels finer than rim_min_gsd_m");
        }
        BurnRegions.Result off = BurnRegions.extract(e, 100, new BurnRegions.Parameters(0.5, 1, 1, true));
        assertEquals(4, (int) sum(off.mask()), "rim_evidence 0: the region alone");
    }

    private static double sum(float[] a) {
        double s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }

    @Test
    void emptyEvidenceGivesNoRegions() {
        List<BurnRegion> regions = BurnRegions.extract(map(3, "...", "..."), 1).regions();
        assertTrue(regions.isEmpty());
    }
}
