package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;

class SpectralOrderingTest {
    @Test
    void materialSpectraAreOrderedByBurnRatio() {
        double soil = Math.max(Spectrum.LATERITE.nbr(), Spectrum.SAND.nbr());
        assertTrue(Spectrum.GREEN_VEGETATION.nbr() > soil + 0.3);
        assertTrue(Spectrum.TREE.nbr() > soil + 0.3);
        assertTrue(Spectrum.CHAR.nbr() < Math.min(Spectrum.LATERITE.nbr(), Spectrum.SAND.nbr()) - 0.2);
        assertTrue(Spectrum.WATER.at(Spectrum.NIR) < 0.05 && Spectrum.WATER.at(Spectrum.SWIR1) < 0.05
                && Spectrum.WATER.at(Spectrum.SWIR2) < 0.05);
    }

    /** In a rendered rainy-season pair: SCL vegetation NBR > SCL bare NBR > attack-scar NBR; water dark. */
    @Test
    void renderedPixelsKeepTheOrdering() {
        Scenario s = SampleFixtures.scenario(Sensor.SENTINEL2, 400, SampleRecipe.forCase("attack-13sep"), 3);
        float[][] after = SampleFixtures.render(s, When.AFTER, 128);
        float[][] before = SampleFixtures.render(s, When.BEFORE, 128);
        Geometry scar = s.features().stream().filter(f -> f.featureClass() == FeatureClass.ATTACK).findFirst()
                .orElseThrow().geometry().buffer(-6).difference(s.roads().get(0).buffer(8));
        GeometryFactory gf = new GeometryFactory();
        double[] veg = new double[2];
        double[] bare = new double[2];
        double[] charSum = new double[2];
        double[] prev = new double[2];
        double[] water = new double[3];
        int w = s.grid().width();
        for (int i = 0; i < after[0].length; i++) {
            int scl = (int) before[6][i];
            double nbrB = nbr(before, i);
            if (scl == 4) {
                add(veg, nbrB);
            } else if (scl == 5) {
                add(bare, nbrB);
            } else if (scl == 6) {
                water[0] += before[3][i];
                water[1] += before[5][i];
                water[2]++;
            }
            // after pixel i shows the ground at its centre minus the planted misregistration
            double col = i % w + 0.5 - s.after().shiftCol();
            double row = i / w + 0.5 - s.after().shiftRow();
            int j = (int) Math.floor(row) * w + (int) Math.floor(col);
            if (j >= 0 && j < before[3].length && after[6][i] == 5
                    && scar.contains(gf.createPoint(new Coordinate(s.grid().x(col, row), s.grid().y(col, row))))) {
                add(charSum, nbr(after, i));
                add(prev, nbr(before, j));
            }
        }
        double v = veg[0] / veg[1];
        double b = bare[0] / bare[1];
        double c = charSum[0] / charSum[1];
        assertTrue(veg[1] > 1000 && bare[1] > 1000 && charSum[1] > 15, "too few pixels: " + veg[1] + " " + bare[1]
                + " " + charSum[1]);
        assertTrue(v > b + 0.2, "vegetation NBR " + v + " vs bare " + b);
        assertTrue(c < b - 0.15, "char NBR " + c + " vs bare " + b);
        assertTrue(prev[0] / prev[1] - c > 0.27, "dNBR over the scar " + (prev[0] / prev[1] - c));
        if (water[2] > 0) {
            assertTrue(water[0] / water[2] < 0.08 && water[1] / water[2] < 0.06, "water not dark in NIR/SWIR");
        }
    }

    private static double nbr(float[][] p, int i) {
        return (p[3][i] - p[5][i]) / (p[3][i] + p[5][i]);
    }

    private static void add(double[] acc, double v) {
        acc[0] += v;
        acc[1]++;
    }
}
