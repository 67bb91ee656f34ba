package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SceneStatisticsTest {
    @Test
    void lowerHalfSpreadIgnoresTheBurnTail() {
        Random r = new Random(5);
        float[] v = new float[20000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (0.09 + 0.03 * r.nextGaussian());
            if (i % 4 == 0) {
                v[i] += 0.4f; // a quarter of the scene burnt
            }
        }
        v[3] = Float.NaN;
        SceneStatistics s = SceneStatistics.of(v, 1);
        assertEquals(0.09, s.centre(), 0.04);
        assertEquals(0.03, s.noiseSigma(), 0.012);
        assertTrue(s.sigma() > s.noiseSigma(), s.toString());
        assertEquals(19999, s.samples());
    }

    @Test
    void pixelNoiseIsTheSpreadForSpeckleAndSmallForFieldsThatChangedWhole() {
        int w = 200;
        Random r = new Random(7);
        float[] speckle = new float[w * 100];
        float[] fields = new float[w * 100];
        for (int i = 0; i < speckle.length; i++) {
            speckle[i] = (float) (0.05 * r.nextGaussian());
            // 20 x 20 px fields, each greened or dried by its own amount, with sensor noise 0.01
            int field = (i / w / 20) * 10 + (i % w) / 20;
            fields[i] = (float) (0.15 * new Random(field).nextGaussian() + 0.01 * r.nextGaussian());
        }
        SceneStatistics.Accumulator a = new SceneStatistics.Accumulator();
        a.add(speckle, 1);
        a.addPixelDifferences(speckle, w, 1);
        SceneStatistics s = a.result();
        assertEquals(0.05, s.pixelNoise(), 0.005, s.toString());
        assertEquals(s.noiseSigma(), s.pixelNoise(), 0.01, s.toString());
        SceneStatistics.Accumulator b = new SceneStatistics.Accumulator();
        b.add(fields, 1);
        b.addPixelDifferences(fields, w, 1);
        SceneStatistics f = b.result();
        assertTrue(f.noiseSigma() > 0.08, f.toString());
        assertEquals(0.01, f.pixelNoise(), 0.004, f.toString());
        // without differences the spread is all taken as pixel noise
        assertEquals(SceneStatistics.of(fields, 1).noiseSigma(), SceneStatistics.of(fields, 1).pixelNoise());
    }

    @Test
    void accumulatesAcrossTilesAndThreadsWithinItsCapacity() {
        SceneStatistics.Accumulator all = new SceneStatistics.Accumulator(2048);
        SceneStatistics.Accumulator part = new SceneStatistics.Accumulator(2048);
        float[] tile = new float[1000];
        for (int i = 0; i < tile.length; i++) {
            tile[i] = i / 1000f;
        }
        for (int t = 0; t < 5; t++) {
            all.add(tile, 1);
        }
        part.add(tile, 2);
        all.merge(part);
        assertTrue(all.size() <= 2048);
        assertEquals(0.5, all.result().centre(), 0.02);
    }

    @Test
    void theWetnessChangeIsCollectedAndMergedApart() {
        SceneStatistics.Accumulator a = new SceneStatistics.Accumulator();
        SceneStatistics.Accumulator b = new SceneStatistics.Accumulator();
        float[] index = new float[1000];
        float[] wet = new float[1000];
        for (int i = 0; i < wet.length; i++) {
            index[i] = i / 1000f;
            wet[i] = -0.02f + (i % 10) / 1000f;
        }
        a.add(index, 1);
        assertNull(a.result().wetness(), "not collected: none");
        assertEquals(0, a.result().wetnessCentre(), 1e-12);
        b.addWetness(wet, 1);
        a.merge(b);
        SceneStatistics s = a.result();
        assertEquals(-0.0155, s.wetnessCentre(), 1e-4);
        assertEquals(0.5, s.centre(), 0.01, "the index's own statistics unchanged");
        assertEquals(s.wetness(), s.withPixelNoise(0.1).withDarkening(SceneStatistics.NONE).wetness());
    }

    @Test
    void tooFewSamplesMeanNoStatistics() {
        assertEquals(SceneStatistics.NONE, SceneStatistics.of(new float[] {1, 2, 3}, 1));
    }
}
