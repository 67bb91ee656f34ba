package org.corridorwatch.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A corridor in one CRS, ready for measuring: chainage, signed offsets, points and bearings along it.
 *
 * <p>Chainage is geodesic: the WGS84 line is densified to vertices at most {@link #MAX_STEP_M} apart,
 * and every dense vertex carries its ellipsoidal distance from the first vertex. Only the foot point
 * (the nearest point of the line) is found in the projection, and a foot point at fraction t of a
 * dense segment gets the chainage interpolated between its ends. The projection's scale factor
 * (up to ~0.1 % within a UTM zone, more in a neighbouring one) therefore shifts a chainage by at most
 * that fraction of one dense segment (&lt; 1 m), never by 0.1 % of the whole road. Offsets are the
 * ellipsoidal distance between the point and its foot point. A geographic "projection" (EPSG:4326)
 * works too: longitudes are scaled by N·cos(φ)/M (ellipsoidal radii) when looking for the foot point.
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricCorridor {
    /** Maximum spacing of the densified line, metres. */
    public static final double MAX_STEP_M = 500;

    private static final GeometryFactory GF = new GeometryFactory();

    private final Corridor corridor;
    private final Projection projection;
    private final double[] x;
    private final double[] y;
    private final double[] lon;
    private final double[] lat;
    private final double[] chainageM;
    private final LineString line;
    /** The corridor's chainage line measured the same way, null when it is this line. */
    private final MetricCorridor chainageLine;

    private MetricCorridor(Corridor corridor, Projection projection, double[] lon, double[] lat, double[] chainageM,
                           MetricCorridor chainageLine) {
        this.corridor = corridor;
        this.chainageLine = chainageLine;
        this.projection = projection;
        this.lon = lon;
        this.lat = lat;
        this.chainageM = chainageM;
        int n = lon.length;
        x = new double[n];
        y = new double[n];
        Coordinate[] coords = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            double[] p = projection.forward(lon[i], lat[i]);
            x[i] = p[0];
            y[i] = p[1];
            coords[i] = new Coordinate(p[0], p[1]);
        }
        line = GF.createLineString(coords);
    }

    /** The corridor {@code c} measured in projection {@code p}. */
    public static MetricCorridor of(Corridor c, Projection p) {
        return dense(c, p, c.chainageAlongLine() ? null : dense(c.chainageCorridor(), p, null));
    }

    private static MetricCorridor dense(Corridor c, Projection p, MetricCorridor chainageLine) {
        Coordinate[] v = c.lineWgs84().getCoordinates();
        int cap = v.length;
        double[] segLen = new double[v.length - 1];
        int[] steps = new int[v.length - 1];
        for (int i = 0; i + 1 < v.length; i++) {
            segLen[i] = Geodesic.distanceM(v[i].x, v[i].y, v[i + 1].x, v[i + 1].y);
            steps[i] = Math.max(1, (int) Math.ceil(segLen[i] / MAX_STEP_M));
            cap += steps[i];
        }
        double[] lon = new double[cap];
        double[] lat = new double[cap];
        double[] ch = new double[cap];
        int n = 0;
        lon[0] = v[0].x;
        lat[0] = v[0].y;
        n = 1;
        for (int i = 0; i + 1 < v.length; i++) {
            for (int k = 1; k <= steps[i]; k++) {
                double t = (double) k / steps[i];
                lon[n] = v[i].x + t * (v[i + 1].x - v[i].x);
                lat[n] = v[i].y + t * (v[i + 1].y - v[i].y);
                ch[n] = ch[n - 1] + Geodesic.distanceM(lon[n - 1], lat[n - 1], lon[n], lat[n]);
                n++;
            }
        }
        return new MetricCorridor(c, p, Arrays.copyOf(lon, n), Arrays.copyOf(lat, n), Arrays.copyOf(ch, n), chainageLine);
    }

    public Corridor corridor() {
        return corridor;
    }

    public Projection projection() {
        return projection;
    }

    /** Geodesic length of the whole line, km. */
    public double lengthKm() {
        return chainageM[chainageM.length - 1] / 1000;
    }

    /** Km from the first vertex (Bamako) of the point of the line nearest to (x, y). */
    public double chainageKm(double px, double py) {
        return nearest(px, py).chainageM / 1000;
    }

    /**
     * The chainage reported for (x, y), km: from its foot on the corridor's chainage line ({@link
     * Corridor#chainageLineWgs84()}, the prior line where the image moved the road), so a site keeps its km whichever
     * road was used; {@link #chainageKm} (along this line) everywhere else. Every other measure here is along this line.
     */
    public double reportedChainageKm(double px, double py) {
        return chainageLine == null ? chainageKm(px, py) : chainageLine.chainageKm(px, py);
    }

    /** True when the reported chainage is the chainage along this line (nothing moved the corridor). */
    public boolean reportsAlongLine() {
        return chainageLine == null;
    }

    /**
     * Signed distance in metres (ellipsoidal) from the line to (x, y): positive on the left when
     * travelling away from chainage 0, negative on the right.
     */
    public double offsetM(double px, double py) {
        return nearest(px, py).offsetM();
    }

    /** Chainage (km) and signed offset (m) in one search. */
    public double[] chainageAndOffset(double px, double py) {
        Foot f = nearest(px, py);
        return new double[] {f.chainageM / 1000, f.offsetM()};
    }

    /** {x, y} in the projection of the point at a chainage (clamped to the line's ends). */
    public double[] pointAt(double chainageKm) {
        int i = segmentAt(chainageKm * 1000);
        double len = chainageM[i + 1] - chainageM[i];
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, (chainageKm * 1000 - chainageM[i]) / len));
        return new double[] {x[i] + t * (x[i + 1] - x[i]), y[i] + t * (y[i + 1] - y[i])};
    }

    /** Direction of travel away from chainage 0 at a chainage, degrees clockwise from grid north, 0..360. */
    public double bearingDegAt(double chainageKm) {
        int i = segmentAt(chainageKm * 1000);
        double dx = (x[i + 1] - x[i]) * xScale((lat[i] + lat[i + 1]) / 2);
        double dy = y[i + 1] - y[i];
        return (Math.toDegrees(Math.atan2(dx, dy)) + 360) % 360;
    }

    /** The densified line in the projection (vertices at most {@link #MAX_STEP_M} apart). */
    public LineString line() {
        return (LineString) line.copy();
    }

    private int segmentAt(double m) {
        int i = Arrays.binarySearch(chainageM, m);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(chainageM.length - 2, i));
    }

    /**
     * For a geographic CRS, the length of a degree of longitude relative to a degree of latitude at
     * this latitude on the ellipsoid (N cos φ / M), so that feet are perpendicular on the ground.
     */
    private double xScale(double latDeg) {
        if (!projection.isGeographic()) {
            return 1;
        }
        double phi = Math.toRadians(latDeg);
        double e2 = TransverseMercator.F * (2 - TransverseMercator.F);
        double sin = Math.sin(phi);
        return Math.cos(phi) * (1 - e2 * sin * sin) / (1 - e2);
    }

    private Foot nearest(double px, double py) {
        double s = xScale(py);
        double best = Double.POSITIVE_INFINITY;
        int bi = 0;
        double bt = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double ax = x[i] * s;
            double ay = y[i];
            double dx = x[i + 1] * s - ax;
            double dy = y[i + 1] - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : ((px * s - ax) * dx + (py - ay) * dy) / len2;
            t = Math.max(0, Math.min(1, t));
            double ex = px * s - (ax + t * dx);
            double ey = py - (ay + t * dy);
            double d2 = ex * ex + ey * ey;
            if (d2 < best) {
                best = d2;
                bi = i;
                bt = t;
            }
        }
        double fx = x[bi] + bt * (x[bi + 1] - x[bi]);
        double fy = y[bi] + bt * (y[bi + 1] - y[bi]);
        double cross = (x[bi + 1] - x[bi]) * s * (py - fy) - (y[bi + 1] - y[bi]) * (px - fx) * s;
        double[] footLl = projection.inverse(fx, fy);
        double[] ptLl = projection.inverse(px, py);
        double dist = Geodesic.distanceM(footLl[0], footLl[1], ptLl[0], ptLl[1]);
        double ch = chainageM[bi] + bt * (chainageM[bi + 1] - chainageM[bi]);
        return new Foot(ch, cross >= 0 ? dist : -dist);
    }

    private record Foot(double chainageM, double offsetM) {
    }
}
