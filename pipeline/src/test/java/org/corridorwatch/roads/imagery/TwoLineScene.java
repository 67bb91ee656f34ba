package org.corridorwatch.roads.imagery;

import java.util.SplittableRandom;

/**
 * Test scenes of a textured background (noise plus a slow patchwork) with a road along one row, fainter over a range
 * of columns, and beside that range a road-like line of another surface (dark in NIR like the road, but bright in
 * SWIR where the road is like its verges). Channels NIR and SWIR, 20 m cells, prior along row 70.
 */
final class TwoLineScene {
    private TwoLineScene() {
    }

    /**
     * @param road      row of the road
     * @param faintDrop NIR drop of the road over columns {@code from..to-1} (0: no road there; elsewhere 0.08)
     * @param other     row of the other line, drawn over columns {@code from-5..to+4}
     */
    static RoadTracer.Scene of(int w, int h, int road, double faintDrop, int other, int from, int to) {
        float[] nir = new float[w * h];
        float[] swir = new float[w * h];
        SplittableRandom rnd = new SplittableRandom(31);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double ground = 0.30 + 0.02 * Math.sin(c / 7.0) * Math.cos(r / 5.0);
                double n = ground + 0.012 * rnd.nextGaussian();
                double s = ground + 0.012 * rnd.nextGaussian();
                boolean faint = c >= from && c < to;
                if (r == road) {
                    n -= faint ? faintDrop : 0.08;
                }
                if (r == other && c >= from - 5 && c < to + 5) {
                    n -= 0.10;
                    s += 0.20;
                }
                nir[r * w + c] = (float) n;
                swir[r * w + c] = (float) s;
            }
        }
        return new RoadTracer.Scene(w, h, 20, new float[][] {nir, swir}, null, new double[] {-20, w + 20},
                new double[] {70, 70});
    }
}
