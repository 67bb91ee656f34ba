package org.corridorwatch.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Applies a point mapping (a projection, a pixel transform) to every coordinate of a copy of a geometry. */
public final class Reproject {
    /** Maps one point {x, y} to another. */
    @FunctionalInterface
    public interface PointMap {
        double[] map(double x, double y);
    }

    private Reproject() {
    }

    public static Geometry apply(Geometry g, PointMap f) {
        Geometry out = g.copy();
        out.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] v = f.map(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, v[0]);
                seq.setOrdinate(i, 1, v[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return out;
    }
}
