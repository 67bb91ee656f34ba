package org.corridorwatch.roads;

import java.util.Arrays;
import org.corridorwatch.geo.Geodesic;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Lengths and offsets of WGS84 lines in metres: geodesic lengths, offsets in a local equirectangular frame. */
public final class LocalMetres {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double M_PER_DEG_LAT = 110_574;
    private static final double M_PER_DEG_LON_EQUATOR = 111_320;

    private LocalMetres() {
    }

    /** Geodesic length of {@code line} in metres. */
    public static double length(LineString line) {
        double m = 0;
        Coordinate[] cs = line.getCoordinates();
        for (int i = 1; i < cs.length; i++) {
            m += Geodesic.distanceM(cs[i - 1].x, cs[i - 1].y, cs[i].x, cs[i].y);
        }
        return m;
    }

    /** Median distance (metres) from {@code line}, sampled at its vertices and about every 100 m, to {@code reference}. */
    static double medianOffset(LineString line, LineString reference) {
        Coordinate[] samples = Densifier.densify(line, 0.001).getCoordinates();
        double lat0 = samples[0].y;
        LineString ref = toLocal(reference, lat0);
        double[] d = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            d[i] = GF.createPoint(local(samples[i], lat0)).distance(ref);
        }
        Arrays.sort(d);
        int n = d.length;
        return n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
    }

    private static LineString toLocal(LineString line, double lat0) {
        Coordinate[] cs = line.getCoordinates();
        Coordinate[] out = new Coordinate[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = local(cs[i], lat0);
        }
        return GF.createLineString(out);
    }

    private static Coordinate local(Coordinate c, double lat0) {
        return new Coordinate(c.x * M_PER_DEG_LON_EQUATOR * Math.cos(Math.toRadians(lat0)), c.y * M_PER_DEG_LAT);
    }
}
