package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.corridorwatch.change.Synthetic;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.model.BandSet;
import org.corridorwatch.model.RegionPiece;
import org.junit.jupiter.api.Test;

/** The pure tile function on literal arrays: no GDAL, no files. */
class TileAnalyzerTest {
    private static final int W = 96;
    private static final int H = 96;
    private static final TileAnalyzer.Parameters PARAMS = ScanConfig.loadDefault().tileAnalysis();

    private static SceneStatistics stats(TileAnalyzer a, TileAnalyzer.Input in) {
        SceneStatistics.Accumulator acc = new SceneStatistics.Accumulator();
        a.prepare(in).sampleInto(acc, 1);
        return acc.result();
    }

    private static TileAnalyzer.Input input(BandSet before, BandSet after, int[] core) {
        return new TileAnalyzer.Input("t", 1000, 2000, core, before, after, null, null, null);
    }

    @Test
    void aBurnInTheCoreBecomesOnePieceWithItsPixels() {
        BandSet before = Synthetic.noisyVegetation(W, H, 0.01, 1);
        BandSet after = Synthetic.burn(Synthetic.noisyVegetation(W, H, 0.01, 2), 40, 30, 50, 70);
        TileAnalyzer a = new TileAnalyzer(PARAMS, 100, 10);
        int[] core = {1000, 2000, 1000 + W, 2000 + H};
        TileAnalyzer.Input in = input(before, after, core);
        TileAnalyzer.Result r = a.analyze(in, stats(a, in));
        assertEquals(TileAnalyzer.Status.SCORED, r.status());
        assertEquals(1, r.pieces().size());
        RegionPiece p = r.pieces().get(0);
        assertEquals(400, p.stats().count(), 40);
        // outlines are in common-grid pixels: the tile offset is added
        assertTrue(p.outline().getEnvelopeInternal().getMinX() >= 1038 && p.outline().getEnvelopeInternal().getMaxX() <= 1052,
                p.outline().toString());
        assertEquals(W * H, r.evidence().length);
        assertEquals("dNBR", r.changeIndexName());
    }

    @Test
    void onlyTheCoreIsReported() {
        BandSet before = Synthetic.noisyVegetation(W, H, 0.01, 1);
        BandSet after = Synthetic.burn(Synthetic.noisyVegetation(W, H, 0.01, 2), 40, 30, 50, 70);
        TileAnalyzer a = new TileAnalyzer(PARAMS, 100, 10);
        int[] core = {1000, 2000, 1000 + 32, 2000 + H}; // a core left of the burn
        TileAnalyzer.Input in = input(before, after, core);
        TileAnalyzer.Result r = a.analyze(in, stats(a, in));
        assertTrue(r.pieces().isEmpty(), r.pieces().toString());
        assertEquals(32 * H, r.evidence().length);
    }

    @Test
    void aTileWithoutDataIsNoDataAndProducesNothing() {
        float[] nan = new float[W * H];
        Arrays.fill(nan, Float.NaN);
        BandSet empty = new BandSet(W, H, nan, nan, nan, null, nan, nan, nan);
        TileAnalyzer a = new TileAnalyzer(PARAMS, 100, 10);
        TileAnalyzer.Input in = input(empty, empty, new int[] {1000, 2000, 1000 + W, 2000 + H});
        TileAnalyzer.Result r = a.analyze(in, new SceneStatistics(0, 0.02, 0.02, 100));
        assertEquals(TileAnalyzer.Status.NO_DATA, r.status());
        assertNull(r.evidence());
        assertTrue(r.pieces().isEmpty());
    }
}
