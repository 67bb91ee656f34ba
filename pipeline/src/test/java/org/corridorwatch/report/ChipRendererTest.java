package org.corridorwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pure rendering: stretch, window, colours, scale bar, escaping. No GDAL. */
class ChipRendererTest {

    @Test
    void stretchUsesRobustPercentilesAndIgnoresNodata() {
        float[] v = new float[101];
        for (int i = 0; i <= 100; i++) {
            v[i] = i;
        }
        v[100] = 1e6f; // one bright roof does not flatten the chip
        v[0] = Float.NaN;
        ChipStretch s = ChipStretch.of(v);
        assertTrue(s.low() > 1 && s.low() < 4, "low " + s.low());
        assertTrue(s.high() > 96 && s.high() < 100, "high " + s.high());
        assertEquals(0, s.apply(0));
        assertEquals(255, s.apply(1e6f));
        assertEquals(-1, s.apply(Float.NaN));
        assertEquals(new ChipStretch(0, 1), ChipStretch.of(new float[] {Float.NaN, Float.NaN}));
        assertThrows(IllegalArgumentException.class, () -> ChipStretch.of(v, 50, 10));
    }

    @Test
    void windowIsSquareCentredAndAtLeastTheMinimum() {
        ChipWindow small = ChipWindow.around(100, 200, 104, 203, 24, 64, 512);
        assertEquals(64, small.size());
        assertEquals(102 - 32, small.col0());
        assertEquals(201 - 32, small.row0());
        ChipWindow big = ChipWindow.around(0, 0, 300, 100, 24, 64, 512);
        assertEquals(348, big.size());
        assertEquals(512, ChipWindow.around(0, 0, 2000, 10, 24, 64, 512).size());
    }

    @Test
    void compositeDrawsNodataGreyAndStretchesEachBand() {
        float[] r = {0, 1, 2, Float.NaN};
        float[] g = {10, 11, 12, 13};
        float[] b = {5, 5, 5, 5};
        BufferedImage img = ChipRenderer.composite(r, g, b, 2, 2);
        assertEquals(ChipRenderer.NODATA_RGB, img.getRGB(1, 1) & 0xFFFFFF);
        assertEquals(0, (img.getRGB(0, 0) >> 16) & 255);
        assertEquals(255, (img.getRGB(0, 1) >> 16) & 255);
        assertThrows(IllegalArgumentException.class, () -> ChipRenderer.composite(r, g, new float[3], 2, 2));
    }

    @Test
    void evidenceRampRunsFromDarkToYellow() {
        assertEquals(0, ChipRenderer.ramp(0) >> 8);
        assertEquals(0xFFFF00, ChipRenderer.ramp(1));
        assertEquals(ChipRenderer.NODATA_RGB, ChipRenderer.ramp(Float.NaN));
    }

    @Test
    void finishResizesAndDrawsOutlineAndScaleBar() {
        BufferedImage raw = ChipRenderer.evidence(new float[64 * 64], 64, 64);
        BufferedImage img = ChipRenderer.finish(raw, List.of(new double[] {16, 16, 48, 16, 48, 48, 16, 48}), 10, 256, "");
        assertEquals(256, img.getWidth());
        int outline = img.getRGB(128, 64) & 0xFFFFFF; // top edge of the square at y = 16 px * 4
        assertTrue(((outline >> 8) & 255) > 150 && (outline & 255) > 150, Integer.toHexString(outline));
        assertEquals(0xFFFFFF, img.getRGB(20, 256 - 12) & 0xFFFFFF, "white scale bar near the bottom left");
        assertEquals(100, ChipRenderer.niceLength(400));
        assertEquals(200, ChipRenderer.niceLength(960));
        assertEquals("1.5 km", ChipRenderer.lengthLabel(1500));
        assertEquals("200 m", ChipRenderer.lengthLabel(200));
    }

    @Test
    void htmlEscapingLeavesNoMarkup() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
        assertEquals("", Html.escape(null));
    }
}
