package org.corridorwatch.samples;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * A band of constant half-width along a line (a resurfaced stretch of road), in scene metres. Coverage of a
 * pixel is the overlap of the pixel's extent across the line with the band (exact for straight parts).
 */
public record RoadStrip(LineString line, double halfWidthM) implements Footprint {
    public RoadStrip {
        line = (LineString) line.copy();
        if (!(halfWidthM > 0)) {
            throw new IllegalArgumentException("strip half-width must be positive: " + halfWidthM);
        }
    }

    @Override
    public LineString line() {
        return (LineString) line.copy();
    }

    @Override
    public Envelope envelope() {
        Envelope e = new Envelope(line.getEnvelopeInternal());
        e.expandBy(halfWidthM + 10);
        return e;
    }

    @Override
    public double coverage(double x, double y, double g) {
        Coordinate[] c = line.getCoordinates();
        double best = Double.MAX_VALUE;
        boolean pastEnd = false;
        for (int i = 1; i < c.length; i++) {
            double dx = c[i].x - c[i - 1].x;
            double dy = c[i].y - c[i - 1].y;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : ((x - c[i - 1].x) * dx + (y - c[i - 1].y) * dy) / len2;
            double tc = Math.max(0, Math.min(1, t));
            double d = Math.hypot(x - c[i - 1].x - tc * dx, y - c[i - 1].y - tc * dy);
            if (d < best) {
                best = d;
                pastEnd = (i == 1 && t < 0) || (i == c.length - 1 && t > 1);
            }
        }
        if (pastEnd) {
            return 0;
        }
        double lo = Math.max(best - g / 2, -halfWidthM);
        double hi = Math.min(best + g / 2, halfWidthM);
        return Math.max(0, hi - lo) / g;
    }

    @Override
    public Polygon toPolygon(GeometryFactory gf) {
        return (Polygon) line.buffer(halfWidthM, 8, BufferParameters.CAP_FLAT);
    }
}
