package org.corridorwatch.change.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.corridorwatch.model.BandSet;

class RoadShadeTest {
    private static final int W = 60;
    private static final int H = 40;

    /** A road strip of rows 16..23 across the tile. */
    private static boolean[] road() {
        boolean[] r = new boolean[W * H];
        for (int y = 16; y < 24; y++) {
            Arrays.fill(r, y * W, (y + 1) * W, true);
        }
        return r;
    }

    private static void box(byte[] m, int x0, int y0, int x1, int y1, byte code) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                m[y * W + x] = code;
            }
        }
    }

    @Test
    void aShadowPatchLyingAlongTheRoadIsReturnedAndOneAcrossItIsKept() {
        byte[] m = new byte[W * H];
        box(m, 5, 17, 30, 23, MaskCode.SHADOW);   // 25 x 6 on the road: all within the strip
        box(m, 40, 2, 50, 38, MaskCode.SHADOW);   // 10 x 36 across the road: 8 of 36 rows within the strip
        boolean[] returned = RoadShade.unmaskAlongRoad(m, W, H, road(), 0.9);
        assertEquals(25 * 6, count(returned));
        assertEquals(true, returned[20 * W + 10]);
        assertEquals(false, returned[20 * W + 45]);
        assertEquals(MaskCode.VALID, m[20 * W + 10]);
        assertEquals(MaskCode.SHADOW, m[20 * W + 45], "a shade across the road stays masked, on the road too");
        assertEquals(MaskCode.SHADOW, m[3 * W + 45]);
    }

    @Test
    void theShareDecidesAndAboveOneNothingIsReturned() {
        byte[] m = new byte[W * H];
        box(m, 5, 12, 25, 22, MaskCode.SHADOW);   // rows 12..21: 6 of 10 within the strip
        byte[] copy = m.clone();
        assertNull(RoadShade.unmaskAlongRoad(copy, W, H, road(), 0.9));
        assertNull(RoadShade.unmaskAlongRoad(copy, W, H, road(), 1.01));
        assertNull(RoadShade.unmaskAlongRoad(copy, W, H, null, 0.5));
        assertEquals(200, count(RoadShade.unmaskAlongRoad(copy, W, H, road(), 0.6)));
    }

    /**
     * The pair mask of a PlanetScope-like pair with a cloud in the after date: char on laterite (every band about half,
     * NDVI and colour kept) passes the pair shade test; along the road it is no longer masked, off the road it still is.
     */
    @Test
    void charOnLateriteAlongTheRoadIsNotMaskedAsShade() {
        int n = W * H;
        float[][] before = new float[4][n];
        float[][] after = new float[4][n];
        float[] laterite = {.079f, .116f, .203f, .282f};
        float[] charFactor = {.55f, .50f, .50f, .50f};
        float[] cloud = {.45f, .46f, .47f, .50f};
        for (int i = 0; i < n; i++) {
            int x = i % W;
            int y = i / W;
            boolean charred = (y >= 17 && y < 23 && x >= 5 && x < 35) || (y >= 0 && y < 10 && x >= 5 && x < 35);
            boolean clouded = x >= 50 && y >= 28;
            for (int b = 0; b < 4; b++) {
                before[b][i] = laterite[b];
                after[b][i] = clouded ? cloud[b] : charred ? laterite[b] * charFactor[b] : laterite[b];
            }
        }
        BandSet b0 = BandSet.ofVisibleNir(W, H, before[0], before[1], before[2], before[3]);
        BandSet b1 = BandSet.ofVisibleNir(W, H, after[0], after[1], after[2], after[3]);
        MaskParameters p = MaskParameters.DEFAULTS.forPixelArea(100 * 100.0 / 180); // 90 pixels a smallest cloud
        byte[] without = PixelMasks.forPair(b0, b1, null, null, p);
        PixelMasks.PairMask pair = PixelMasks.forPair(b0, b1, null, null, road(), p);
        byte[] with = pair.mask();
        assertEquals(MaskCode.SHADOW, without[20 * W + 20], "the old mask takes the char on the road for shade");
        assertEquals(MaskCode.VALID, with[20 * W + 20]);
        assertEquals(MaskCode.SHADOW, with[5 * W + 20], "off the road the same patch is still shade");
        assertEquals(30 * 6, count(pair.roadShade()), "the char on the road is recorded as shade-like");
        assertNull(PixelMasks.forPair(b0, b1, null, null, null, p).roadShade());
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean v : b) {
            n += v ? 1 : 0;
        }
        return n;
    }
}
