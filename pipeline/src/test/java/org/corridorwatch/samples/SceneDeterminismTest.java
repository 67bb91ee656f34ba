package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SceneDeterminismTest {
    private static final SampleRecipe RECIPE = SampleRecipe.DEFAULT;

    @Test
    void sameSeedGivesIdenticalPixelsWhateverTheStripHeight() {
        Scenario a = SampleFixtures.scenario(Sensor.SENTINEL2, 300, RECIPE, 42);
        Scenario b = SampleFixtures.scenario(Sensor.SENTINEL2, 300, RECIPE, 42);
        for (When d : new When[] {When.BEFORE, When.AFTER}) {
            float[][] pa = SampleFixtures.render(a, d, 128);
            float[][] pb = SampleFixtures.render(b, d, 32);
            for (int k = 0; k < pa.length; k++) {
                assertArrayEquals(pa[k], pb[k], "band " + k + " of " + d);
            }
        }
        assertTrue(a.features().size() == b.features().size());
    }

    @Test
    void differentSeedGivesDifferentPixelsAndPlan() {
        Scenario a = SampleFixtures.scenario(Sensor.SENTINEL2, 200, RECIPE, 1);
        Scenario b = SampleFixtures.scenario(Sensor.SENTINEL2, 200, RECIPE, 2);
        float[][] pa = SampleFixtures.render(a, When.AFTER, 128);
        float[][] pb = SampleFixtures.render(b, When.AFTER, 128);
        long differing = 0;
        for (int i = 0; i < pa[3].length; i++) {
            differing += pa[3][i] != pb[3][i] ? 1 : 0;
        }
        assertTrue(differing > pa[3].length * 0.9, "only " + differing + " pixels differ");
        assertFalse(Arrays.equals(a.after().gain(), b.after().gain()));
    }
}
