package org.corridorwatch.change.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.corridorwatch.change.evidence.EvidenceMap;

class RegionNecksTest {
    private static final int W = 40;
    private static final int H = 20;

    /** Two 8 x 8 bodies (rows 6..13) joined along row 9 by a line {@code neck} pixels high from column 10 to 29. */
    private static int[] twoBodies(int neck) {
        int[] l = new int[W * H];
        for (int y = 6; y < 14; y++) {
            for (int x = 2; x < 10; x++) {
                l[y * W + x] = 1;
                l[y * W + x + 28] = 1;
            }
        }
        for (int y = 9; y < 9 + neck; y++) {
            for (int x = 10; x < 30; x++) {
                l[y * W + x] = 1;
            }
        }
        return l;
    }

    @Test
    void aNeckOneOrTwoPixelsWideSplitsTheRegionHalfToEachSide() {
        for (int neck : new int[] {1, 2}) {
            int[] out = RegionNecks.split(twoBodies(neck), W, H, 1, 20);
            assertEquals(2, RegionNecks.count(out), "neck " + neck);
            assertEquals(out[9 * W + 5], out[9 * W + 19], "the neck's left half goes with the left body");
            assertEquals(out[9 * W + 34], out[9 * W + 20], "its right half with the right body");
            assertEquals(false, out[9 * W + 5] == out[9 * W + 34]);
        }
    }

    @Test
    void aShortPinchIsNoNeck() {
        // bodies 2..9 and 30..37 joined by a 20-pixel line: fronts meet after about 22 steps
        assertEquals(2, RegionNecks.count(RegionNecks.split(twoBodies(1), W, H, 1, 20, 20)));
        assertEquals(1, RegionNecks.count(RegionNecks.split(twoBodies(1), W, H, 1, 20, 30)),
                "a join shorter than 30 steps is a pinch");
    }

    @Test
    void aWideJoinOrSmallBodiesLeaveTheRegionWhole() {
        int[] wide = twoBodies(3);
        assertSame(wide, RegionNecks.split(wide, W, H, 1, 20), "a 3-pixel join has core pixels: one body");
        int[] thin = twoBodies(1);
        assertSame(thin, RegionNecks.split(thin, W, H, 1, 37), "bodies of 36 core pixels are under 37");
    }

    /** On 3 m pixels with the default settings an attack joined by the road's edge to a look-alike becomes two regions. */
    @Test
    void burnRegionsSplitAtTheNeckOnFinePixelsOnly() {
        int w = 120;
        int h = 40;
        float[] ev = new float[w * h];
        for (int y = 5; y < 35; y++) {
            for (int x = 0; x < 40; x++) {
                ev[y * w + x] = 1f;          // 30 x 40 pixels: 1.08 ha at 3 m
                ev[y * w + x + 80] = 1f;
            }
        }
        for (int x = 40; x < 80; x++) {
            ev[20 * w + x] = 0.6f;           // the road's edge, one pixel wide
        }
        EvidenceMap e = new EvidenceMap(w, h, ev, new float[w * h], new float[w * h], "dNIR", 0, 0.1, 0.27);
        assertEquals(2, BurnRegions.extract(e, 9).regions().size());
        assertEquals(1, BurnRegions.extract(e, 9, new BurnRegions.Parameters(0.5, 1, 5, true)).regions().size(),
                "without the neck split");
        assertEquals(1, BurnRegions.extract(e, 100).regions().size(), "10 m pixels are not split");
        int total = 0;
        for (BurnRegion r : BurnRegions.extract(e, 9).regions()) {
            total += r.pixelCount();
        }
        assertEquals(2 * 30 * 40 + 40, total, "every pixel kept");
    }
}
