package org.corridorwatch.samples;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A rotated rectangle (vehicle, roof, stall) in scene metres. Coverage of a pixel is computed by
 * supersampling the pixel finely enough to resolve the rectangle's short side, so a 2.5 m-wide
 * tanker covers ≈ 0.25 of a 10 m pixel row, ≈ 1 pixel at 3 m and ≈ 5 pixels at 0.5 m.
 *
 * @param lengthM size along {@code angle}
 * @param widthM  size across
 * @param angle   direction of the length axis, radians counter-clockwise from east
 */
public record OrientedBox(double cx, double cy, double lengthM, double widthM, double angle) implements Footprint {

    public OrientedBox {
        if (!(lengthM > 0 && widthM > 0)) {
            throw new IllegalArgumentException("box sides must be positive: " + lengthM + " x " + widthM);
        }
    }

    public boolean contains(double x, double y) {
        double dx = x - cx;
        double dy = y - cy;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double u = dx * c + dy * s;
        double v = -dx * s + dy * c;
        return Math.abs(u) <= lengthM / 2 && Math.abs(v) <= widthM / 2;
    }

    @Override
    public Envelope envelope() {
        double c = Math.abs(Math.cos(angle));
        double s = Math.abs(Math.sin(angle));
        double hx = (lengthM * c + widthM * s) / 2;
        double hy = (lengthM * s + widthM * c) / 2;
        return new Envelope(cx - hx, cx + hx, cy - hy, cy + hy);
    }

    @Override
    public double coverage(double x, double y, double g) {
        int n = (int) Math.max(2, Math.min(16, Math.ceil(3 * g / Math.min(widthM, lengthM))));
        double step = g / n;
        double x0 = x - g / 2 + step / 2;
        double y0 = y - g / 2 + step / 2;
        int inside = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (contains(x0 + i * step, y0 + j * step)) {
                    inside++;
                }
            }
        }
        return inside / (double) (n * n);
    }

    @Override
    public Polygon toPolygon(GeometryFactory gf) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[][] uv = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}, {-1, -1}};
        Coordinate[] ring = new Coordinate[5];
        for (int i = 0; i < 5; i++) {
            double u = uv[i][0] * lengthM / 2;
            double v = uv[i][1] * widthM / 2;
            ring[i] = new Coordinate(cx + u * c - v * s, cy + u * s + v * c);
        }
        return gf.createPolygon(ring);
    }
}
