package org.corridorwatch.samples;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A star-shaped irregular patch (burn scar, cloud, village): an ellipse with semi-axes {@code a}
 * (along {@code rotation}) and {@code b}, whose radius is modulated by a few harmonics. Immutable
 * (the harmonic arrays are copied and never exposed). Coordinates in scene metres.
 *
 * @param rotation angle of the {@code a} axis, radians counter-clockwise from east
 * @param edgeM    width of the soft edge in metres (0 = as sharp as the pixel allows)
 */
public record Blob(double cx, double cy, double rotation, double a, double b, double[] amplitudes,
                   double[] phases, double edgeM) implements Footprint {
    private static final int POLYGON_VERTICES = 96;

    public Blob {
        if (!(a > 0 && b > 0)) {
            throw new IllegalArgumentException("blob semi-axes must be positive: " + a + ", " + b);
        }
        amplitudes = amplitudes.clone();
        phases = phases.clone();
    }

    /** A random irregular blob: harmonics 2..6 with amplitudes up to {@code roughness}. */
    public static Blob random(double cx, double cy, double rotation, double a, double b, double roughness,
                              double edgeM, SplittableRandom rnd) {
        double[] amp = new double[5];
        double[] ph = new double[5];
        for (int k = 0; k < amp.length; k++) {
            amp[k] = roughness * rnd.nextDouble() / (k + 1);
            ph[k] = rnd.nextDouble() * 2 * Math.PI;
        }
        return new Blob(cx, cy, rotation, a, b, amp, ph, edgeM);
    }

    /** Radius in metres at angle {@code t} (radians, in the blob's own frame). */
    public double radiusAt(double t) {
        double c = Math.cos(t);
        double s = Math.sin(t);
        double r = a * b / Math.sqrt(b * b * c * c + a * a * s * s);
        double m = 1;
        for (int k = 0; k < amplitudes.length; k++) {
            m += amplitudes[k] * Math.cos((k + 2) * t + phases[k]);
        }
        return r * Math.max(0.2, m);
    }

    /** Approximate signed distance in metres to the outline, positive inside. */
    public double depth(double x, double y) {
        double dx = x - cx;
        double dy = y - cy;
        double cr = Math.cos(rotation);
        double sr = Math.sin(rotation);
        double u = dx * cr + dy * sr;
        double v = -dx * sr + dy * cr;
        return radiusAt(Math.atan2(v, u)) - Math.hypot(u, v);
    }

    public boolean contains(double x, double y) {
        return depth(x, y) > 0;
    }

    /** Largest possible radius. */
    public double maxRadius() {
        double m = 1;
        for (double amp : amplitudes) {
            m += Math.abs(amp);
        }
        return Math.max(a, b) * m;
    }

    /** Area of the ellipse before modulation, m². */
    public double nominalAreaM2() {
        return Math.PI * a * b;
    }

    @Override
    public Envelope envelope() {
        double r = maxRadius() + edgeM;
        return new Envelope(cx - r, cx + r, cy - r, cy + r);
    }

    @Override
    public double coverage(double x, double y, double g) {
        double soft = Math.max(g, edgeM);
        double t = depth(x, y) / soft + 0.5;
        return t <= 0 ? 0 : t >= 1 ? 1 : t;
    }

    @Override
    public Polygon toPolygon(GeometryFactory gf) {
        Coordinate[] ring = new Coordinate[POLYGON_VERTICES + 1];
        double cr = Math.cos(rotation);
        double sr = Math.sin(rotation);
        for (int i = 0; i < POLYGON_VERTICES; i++) {
            double t = 2 * Math.PI * i / POLYGON_VERTICES;
            double r = radiusAt(t);
            double u = r * Math.cos(t);
            double v = r * Math.sin(t);
            ring[i] = new Coordinate(cx + u * cr - v * sr, cy + u * sr + v * cr);
        }
        ring[POLYGON_VERTICES] = ring[0];
        return gf.createPolygon(ring);
    }

    /** The same blob moved by (dx, dy) metres. */
    public Blob translated(double dx, double dy) {
        return new Blob(cx + dx, cy + dy, rotation, a, b, amplitudes, phases, edgeM);
    }
}
