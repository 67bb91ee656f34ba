package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorwatch.model.ConfigException;
import org.junit.jupiter.api.Test;

/** Sweep cases: parsing, the recipe they give, and the physics of char on each ground. */
class SweepOptionsTest {
    @Test
    void aSweepCaseParsesIntoARecipe() {
        SampleRecipe r = SampleRecipe.forCase("sweep:ground=sand,season=dry,ha=0.4,bushfires=3,clouds=0.2,"
                + "misreg=0.7,radiometry=0.05,lookalikes=flood+resurfacing");
        SweepOptions o = r.sweep();
        assertEquals(FireGround.SAND, o.ground());
        assertEquals(List.of(LookAlike.FLOOD, LookAlike.RESURFACING), o.lookAlikes());
        assertEquals(12, r.afterDate().getMonthValue());
        assertEquals(0.4, r.attackHa()[0], 1e-12);
        assertEquals(3, r.bushfires());
        assertEquals(0.2, r.cloudCover()[1], 1e-12);
        assertEquals(0.7, r.misregistrationPx()[0], 1e-12);
        assertTrue(r.keepAttacksClear());
        assertEquals(0, SampleRecipe.forCase("sweep:ha=0").attacks());
        assertNull(SampleRecipe.forCase("sweep:ha=0").attackDate());
    }

    @Test
    void namedCasesCarryNoSweepRealism() {
        for (String c : SampleRecipe.CASE_NAMES) {
            assertTrue(SampleRecipe.forCase(c).sweep().isNone(), c);
        }
    }

    @Test
    void badSweepCasesNameTheProblem() {
        ConfigException e = assertThrows(ConfigException.class, () -> SampleRecipe.forCase("sweep:ground=mud"));
        assertTrue(e.getMessage().contains("unknown ground 'mud'"), e.getMessage());
        assertThrows(ConfigException.class, () -> SampleRecipe.forCase("sweep:ha=0.05"));
        assertThrows(ConfigException.class, () -> SampleRecipe.forCase("sweep:lookalikes=smoke"));
        assertThrows(ConfigException.class, () -> SampleRecipe.forCase("sweep:colour=red"));
    }

    private static double nbr(double[] r) {
        return (r[Spectrum.NIR] - r[Spectrum.SWIR2]) / (r[Spectrum.NIR] + r[Spectrum.SWIR2]);
    }

    @Test
    void charOnBareGroundDarkensEveryBandAndKeepsNbr() {
        for (FireGround g : List.of(FireGround.ASPHALT, FireGround.LATERITE, FireGround.SAND)) {
            double[] before = g.material().reflectances();
            double[] f = g.charFactor();
            double[] after = new double[Spectrum.BANDS];
            for (int b = 0; b < Spectrum.BANDS; b++) {
                after[b] = before[b] * f[b];
                assertTrue(f[b] >= 0.4 && f[b] <= 0.7, g + " band " + b + " darkens 30-60 %: " + f[b]);
            }
            assertTrue(nbr(before) < 0 && nbr(before) > -0.12, g + " bare before: NBR " + nbr(before));
            assertEquals(nbr(before), nbr(after), 0.03, g + ": dNBR ≈ 0");
        }
        // laterite: NBR ≈ −0.07 before and after
        double[] lat = FireGround.LATERITE.material().reflectances();
        assertEquals(-0.067, nbr(lat), 0.01);
        // green verge and woodland take the classic char (a large dNBR)
        assertNull(FireGround.GREEN_VERGE.charFactor());
        assertTrue(nbr(FireGround.WOODLAND.material().reflectances()) - Spectrum.CHAR.nbr() > 0.6);
    }
}
