package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WreckSizeTest {
    /** A 14 × 2.5 m east–west tanker rasterised at each sensor's GSD: pixel extents and covered area. */
    @ParameterizedTest
    @CsvSource({"HIGHRES, 28, 5", "PLANETSCOPE, 5, 1", "SENTINEL2, 1, 0"})
    void tankerHasItsTrueSizeInPixels(Sensor sensor, int alongPx, int acrossPx) {
        double g = sensor.gsdM();
        OrientedBox tanker = new OrientedBox(g * 20 + 0.3 * g, g * 20 + 0.1 * g, 14, 2.5, 0);
        double area = 0;
        int minC = Integer.MAX_VALUE;
        int maxC = -1;
        int minR = Integer.MAX_VALUE;
        int maxR = -1;
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 40; c++) {
                double cov = tanker.coverage((c + 0.5) * g, (r + 0.5) * g, g);
                area += cov;
                if (cov >= 0.5) {
                    minC = Math.min(minC, c);
                    maxC = Math.max(maxC, c);
                    minR = Math.min(minR, r);
                    maxR = Math.max(maxR, r);
                }
            }
        }
        assertEquals(35 / (g * g), area, 35 / (g * g) * 0.08 + 0.02, "covered area in pixels");
        int along = maxC < 0 ? 0 : maxC - minC + 1;
        int across = maxR < 0 ? 0 : maxR - minR + 1;
        assertTrue(Math.abs(along - alongPx) <= 1, "along " + along);
        assertTrue(Math.abs(across - acrossPx) <= 1, "across " + across);
    }

    /** Wrecks planted by the planner are tanker-sized and rendered darker than the scar around them. */
    @ParameterizedTest
    @CsvSource({"PLANETSCOPE", "HIGHRES"})
    void plantedWrecksAreDarkTankers(Sensor sensor) {
        int size = sensor == Sensor.HIGHRES ? 3000 : 700;
        Scenario s = SampleFixtures.scenario(sensor, size, SampleRecipe.forCase("attack-13sep"), 5);
        PlantedFeature wreck = s.features().stream().filter(f -> f.featureClass() == FeatureClass.WRECK)
                .findFirst().orElseThrow();
        double len = ((Number) wreck.attributes().get("length_m")).doubleValue();
        assertTrue(len >= 12 && len <= 16, "length " + len);
        assertEquals(len * 2.5 / (sensor.gsdM() * sensor.gsdM()),
                wreck.geometry().getArea() / (sensor.gsdM() * sensor.gsdM()), 0.5);
        // render only the strip holding the wreck
        double[] px = s.grid().toPixel(wreck.geometry().getCentroid().getX(), wreck.geometry().getCentroid().getY());
        px[0] += s.after().shiftCol();
        px[1] += s.after().shiftRow();
        int row0 = Math.max(0, ((int) px[1] - 40) & ~1);
        SceneRenderer.Strip st = new SceneRenderer(s).render(When.AFTER, row0, 80);
        int w = s.grid().width();
        int i = ((int) px[1] - row0) * w + (int) px[0];
        float red = st.bands()[sensor == Sensor.HIGHRES ? 0 : 2][i];
        assertTrue(red < 0.05, "wreck red reflectance " + red);
    }
}
