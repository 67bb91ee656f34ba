package org.corridorwatch.samples;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;

/**
 * What every layer of {@link SceneRenderer} paints with: the scenario, its grid in ground metres, the road
 * segments, the noise channels and constants, the pixel/ground mapping of a strip ({@link StripFrame}) and the
 * mixing helpers. Immutable.
 */
abstract class StripCanvas {
    /** Rows per strip must be even (Sentinel-2 20 m bands aggregate 2×2 blocks). */
    public static final int DEFAULT_STRIP_ROWS = 128;
    static final double ROAD_REACH_M = 14;
    static final double[] HAZE_PATH = {0.10, 0.075, 0.055, 0.03, 0.01, 0.005};
    static final long CH_SOIL = 1;
    static final long CH_VEG = 2;
    static final long CH_FARM = 3;
    static final long CH_FIELD = 4;
    static final long CH_FIELD_KIND = 5;
    static final long CH_TREE = 6;
    static final long CH_WATER = 7;
    static final long CH_DETAIL = 8;
    static final long CH_BURN = 9;
    static final long CH_CLOUD = 10;
    static final long CH_HAZE = 11;
    static final long CH_NOISE = 100;
    static final double TREE_CELL_M = 24;
    static final double FIELD_U_M = 150;
    static final double FIELD_V_M = 95;

    /** One rendered strip: sensor bands as reflectance (NaN = nodata) and SCL codes (null if none). */
    public record Strip(int row0, int rows, int width, float[][] bands, float[] scl) {
    }

    final Scenario s;
    final double g;
    final double x0;
    final double y0;
    final int width;
    final double[][] segments;
    final long seed;

    StripCanvas(Scenario scenario) {
        this.s = scenario;
        this.g = scenario.grid().pixelWidth();
        this.x0 = scenario.grid().originX();
        this.y0 = scenario.grid().originY();
        this.width = scenario.grid().width();
        this.seed = scenario.seed();
        List<double[]> segs = new ArrayList<>();
        for (LineString l : scenario.roads()) {
            Coordinate[] c = Densifier.densify(l, 100).getCoordinates();
            for (int i = 1; i < c.length; i++) {
                segs.add(new double[] {c[i - 1].x, c[i - 1].y, c[i].x, c[i].y});
            }
        }
        this.segments = segs.toArray(new double[0][]);
    }

    /** Pixel↔ground mapping of one strip, with the acquisition's misregistration. */
    final class StripFrame {
        final int row0;
        final int rows;
        final double sc;
        final double sr;

        StripFrame(int row0, int rows, double sc, double sr) {
            this.row0 = row0;
            this.rows = rows;
            this.sc = sc;
            this.sr = sr;
        }

        double gx(int col) {
            return x0 + (col + 0.5 - sc) * g;
        }

        double gy(int row) {
            return y0 - (row + 0.5 - sr) * g;
        }

        /** {c0, c1, r0, r1} inclusive pixel ranges (strip rows absolute) touching the envelope, or null. */
        int[] range(Envelope e) {
            int c0 = Math.max(0, (int) Math.floor((e.getMinX() - x0) / g - 0.5 + sc));
            int c1 = Math.min(width - 1, (int) Math.ceil((e.getMaxX() - x0) / g - 0.5 + sc));
            int r0 = Math.max(row0, (int) Math.floor((y0 - e.getMaxY()) / g - 0.5 + sr));
            int r1 = Math.min(row0 + rows - 1, (int) Math.ceil((y0 - e.getMinY()) / g - 0.5 + sr));
            return c0 > c1 || r0 > r1 ? null : new int[] {c0, c1, r0, r1};
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Fraction of a pixel of size g at unsigned distance d from a centre line covered by a band of half-width h. */
    double overlap(double d, double h) {
        double lo = Math.max(d - g / 2, -h);
        double hi = Math.min(d + g / 2, h);
        return Math.max(0, hi - lo) / g;
    }

    static void mix(float[][] rho, int i, Spectrum s, double a) {
        mix(rho, i, s, a, 1);
    }

    static void mix(float[][] rho, int i, Spectrum s, double a, double scale) {
        if (a <= 0) {
            return;
        }
        for (int b = 0; b < Spectrum.BANDS; b++) {
            rho[b][i] = (float) (rho[b][i] * (1 - a) + s.at(b) * scale * a);
        }
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }
}
