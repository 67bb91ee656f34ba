package org.corridorwatch.change.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.corridorwatch.change.Synthetic;
import org.corridorwatch.model.BandSet;

class RadiometricNormalisationTest {
    @Test
    void recoversAPlantedGainAndOffsetDespiteTenPercentChange() {
        Random r = new Random(3);
        int n = 100 * 100;
        float[] before = new float[n];
        float[] after = new float[n];
        for (int i = 0; i < n; i++) {
            before[i] = (float) (0.03 + 0.35 * r.nextDouble());
            after[i] = (float) (1.08 * before[i] - 0.012 + 0.003 * r.nextGaussian());
            if (r.nextDouble() < 0.10) {
                after[i] = (float) (0.3 * before[i] + 0.02); // changed (burnt) pixels
            }
        }
        RadiometricNormalisation.BandFit f = RadiometricNormalisation.fit(before, after, null,
                RadiometricNormalisation.Parameters.DEFAULTS);
        assertFalse(f.identity());
        assertEquals(1.08, f.gain(), 0.01 * 1.08);
        assertEquals(-0.012, f.offset(), 0.01 * 0.2); // 1 % of the band's range (0.2 reflectance typical)
        assertEquals(before[5], f.toBefore((float) (1.08 * before[5] - 0.012)), 1e-3);
    }

    @Test
    void masksAndNansAreLeftOutAndTooFewPixelsGiveIdentity() {
        float[] before = {0.1f, 0.2f, Float.NaN};
        float[] after = {0.2f, 0.3f, 0.1f};
        assertTrue(RadiometricNormalisation.fit(before, after, null, RadiometricNormalisation.Parameters.DEFAULTS)
                .identity());
    }

    @Test
    void normalisesEveryBandOfASet() {
        int w = 40;
        int h = 40;
        BandSet before = Synthetic.noisyVegetation(w, h, 0.02, 1);
        float[][] b = before.bands();
        float[][] a = new float[7][];
        for (int k = 0; k < 7; k++) {
            a[k] = new float[w * h];
            for (int i = 0; i < w * h; i++) {
                a[k][i] = b[k][i] * 0.9f + 0.01f;
            }
        }
        BandSet after = BandSet.of(w, h, a);
        RadiometricNormalisation.Result res = RadiometricNormalisation.normalise(before, after, new byte[w * h]);
        // constant bands cannot be fitted (no spread): they stay as they are; NIR and SWIR2 are noisy and fit
        assertTrue(res.fits()[0].identity());
        assertEquals(0.9, res.fits()[4].gain(), 1e-3);
        assertEquals(before.nir()[17], res.after().nir()[17], 1e-4);
        assertEquals(before.swir2()[17], res.after().swir2()[17], 1e-4);
    }
}
