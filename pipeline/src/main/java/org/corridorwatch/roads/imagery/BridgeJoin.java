package org.corridorwatch.roads.imagery;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A smooth join across a gap between two found stretches of road: the cubic Hermite curve from the end of the one to
 * the start of the other, leaving and arriving in the directions the road has there. Used where the traced path
 * between them left the road (its surface unlike the road's), so the path is no guide.
 */
final class BridgeJoin {
    private static final GeometryFactory GF = new GeometryFactory();

    private BridgeJoin() {
    }

    /**
     * The curve from {@code a} to {@code b}.
     *
     * @param a      where the first stretch ends
     * @param aDir   the road's direction there (any length)
     * @param b      where the second stretch starts
     * @param bDir   the road's direction there
     * @param stepM  the curve's vertices are about this far apart
     */
    static LineString across(Coordinate a, double[] aDir, Coordinate b, double[] bDir, double stepM) {
        double chord = a.distance(b);
        double[] m0 = scaled(aDir, chord);
        double[] m1 = scaled(bDir, chord);
        int n = Math.max(2, (int) Math.ceil(chord / Math.max(stepM, 1e-9)));
        Coordinate[] cs = new Coordinate[n + 1];
        for (int k = 0; k <= n; k++) {
            double t = k / (double) n;
            double t2 = t * t;
            double t3 = t2 * t;
            double h00 = 2 * t3 - 3 * t2 + 1;
            double h10 = t3 - 2 * t2 + t;
            double h01 = -2 * t3 + 3 * t2;
            double h11 = t3 - t2;
            cs[k] = new Coordinate(h00 * a.x + h10 * m0[0] + h01 * b.x + h11 * m1[0],
                    h00 * a.y + h10 * m0[1] + h01 * b.y + h11 * m1[1]);
        }
        cs[0] = new Coordinate(a);
        cs[n] = new Coordinate(b);
        return GF.createLineString(cs);
    }

    /** The direction of a polyline over its last ({@code atEnd}) or first {@code span} vertices. */
    static double[] direction(Coordinate[] line, int span, boolean atEnd) {
        int n = line.length;
        int k = Math.min(span, n - 1);
        Coordinate from = atEnd ? line[n - 1 - k] : line[0];
        Coordinate to = atEnd ? line[n - 1] : line[k];
        return new double[] {to.x - from.x, to.y - from.y};
    }

    private static double[] scaled(double[] d, double length) {
        double l = Math.hypot(d[0], d[1]);
        return l == 0 ? new double[] {0, 0} : new double[] {d[0] / l * length, d[1] / l * length};
    }
}
