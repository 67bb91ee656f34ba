package org.corridorwatch.change;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.corridorwatch.change.evidence.BurnEvidence;
import org.corridorwatch.change.evidence.EvidenceMap;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.change.mask.PixelMasks;
import org.corridorwatch.change.regions.BurnRegions;
import org.corridorwatch.model.BandSet;

/**
 * Sanity check of the per-pixel cost (not a timed test; tag "benchmark", excluded from the suites):
 * evidence + regions of a 512×512 tile with 6 bands. Run with
 * {@code pipeline/scripts/run-tests.sh --unit -Dtest.groups=benchmark -Dtest=ChangeThroughputBenchmark}.
 */
@Tag("benchmark")
class ChangeThroughputBenchmark {
    @Test
    void evidenceAndRegionsOfA512Tile() {
        int w = 512;
        BandSet before = Synthetic.noisyVegetation(w, w, 0.01, 1);
        BandSet after = Synthetic.burn(Synthetic.noisyVegetation(w, w, 0.01, 2), 100, 100, 180, 130);
        TileChangeDetector.Parameters p = TileChangeDetector.Parameters.DEFAULTS;
        byte[] mask = PixelMasks.forPair(before, after, null, null, p.masks());
        SceneStatistics stats = SceneStatistics.of(BurnEvidence.changeIndex(before, after, mask, new float[w * w]), 4);
        long best = Long.MAX_VALUE;
        long bestPrep = Long.MAX_VALUE;
        for (int rep = 0; rep < 30; rep++) {
            long t0 = System.nanoTime();
            EvidenceMap e = BurnEvidence.compute(before, after, mask, stats, p.evidence());
            BurnRegions.Result r = BurnRegions.extract(e, 100, p.regions());
            best = Math.min(best, System.nanoTime() - t0);
            if (r.regions().size() != 1) {
                throw new AssertionError("expected the planted burn, got " + r.regions().size());
            }
            long t1 = System.nanoTime();
            TileChangeDetector.prepare(before, after, null, null, p);
            bestPrep = Math.min(bestPrep, System.nanoTime() - t1);
        }
        System.out.printf(Locale.ROOT, "512x512 evidence+regions: %.2f ms (%.0f Mpx/s); masks+coregistration+index: %.2f ms (%.0f Mpx/s)%n",
                best / 1e6, w * w / (best / 1e3), bestPrep / 1e6, w * w / (bestPrep / 1e3));
    }
}
