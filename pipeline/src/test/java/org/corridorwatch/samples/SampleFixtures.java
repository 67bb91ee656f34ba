package org.corridorwatch.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.corridorwatch.model.GridGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Small scenes for the sample tests: a north-up UTM 29N grid with a road crossing it diagonally. */
final class SampleFixtures {
    static final double X0 = 600_000;
    static final double Y0 = 1_500_000;

    private SampleFixtures() {
    }

    static GridGeometry grid(Sensor sensor, int size) {
        return GridGeometry.northUp(size, size, X0, Y0, sensor.gsdM(), sensor.gsdM(), "", 32629);
    }

    /** A road from the scene's north-west to its south-east corner, 200 m beyond both. */
    static List<LineString> road(GridGeometry g) {
        double w = g.width() * g.pixelWidth();
        double h = g.height() * g.pixelHeight();
        return List.of(new GeometryFactory().createLineString(new Coordinate[] {
            new Coordinate(X0 + 0.3 * w, Y0 + 200), new Coordinate(X0 + 0.7 * w, Y0 - h - 200)}));
    }

    static Scenario scenario(Sensor sensor, int size, SampleRecipe recipe, long seed) {
        GridGeometry g = grid(sensor, size);
        return ScenarioPlanner.plan(g, sensor, road(g), recipe, 13.5, new SplittableRandom(seed));
    }

    /** Renders a whole image as reflectance, bands × pixels. */
    static float[][] render(Scenario s, When date, int stripRows) {
        SceneRenderer r = new SceneRenderer(s);
        int w = s.grid().width();
        int h = s.grid().height();
        int nb = s.sensor().bandCount() + (s.sensor().hasScl() ? 1 : 0);
        float[][] out = new float[nb][w * h];
        for (int row0 = 0; row0 < h; row0 += stripRows) {
            SceneRenderer.Strip st = r.render(date, row0, stripRows);
            for (int b = 0; b < s.sensor().bandCount(); b++) {
                System.arraycopy(st.bands()[b], 0, out[b], row0 * w, st.bands()[b].length);
            }
            if (st.scl() != null) {
                System.arraycopy(st.scl(), 0, out[nb - 1], row0 * w, st.scl().length);
            }
        }
        return out;
    }

    /** A pair with no land change, no clouds/haze/nodata, in the dry-season plateau, with given differences. */
    static SampleRecipe acquisitionOnly(double[] misregPx, double gainSd, double offsetSd) {
        return SampleRecipe.forCase("no-change")
                .withDates(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 15), null)
                .withCounts(0, 0, 0, 0, 0, 0)
                .withAcquisition(new double[] {0, 0}, new double[] {0, 0}, misregPx, gainSd, offsetSd, false);
    }
}
