package org.corridorwatch.samples;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A band of half-width {@code halfWidthM} around a polyline (a track, a bypass) as a {@link Footprint}: coverage is
 * the box-filtered share of the pixel within the band across the line. Segments are bucketed on a coarse grid so a
 * pixel far from the line costs one lookup. Immutable.
 */
final class LineBand implements Footprint {
    private static final double BUCKET_M = 250;
    private final LineString line;
    private final double half;
    private final Envelope env;
    private final double[][] segs;
    private final int nx;
    private final int ny;
    private final int[][] buckets;

    LineBand(LineString line, double halfWidthM) {
        this.line = line;
        this.half = halfWidthM;
        Coordinate[] c = line.getCoordinates();
        segs = new double[c.length - 1][];
        for (int i = 1; i < c.length; i++) {
            segs[i - 1] = new double[] {c[i - 1].x, c[i - 1].y, c[i].x, c[i].y};
        }
        env = line.getEnvelopeInternal();
        env.expandBy(halfWidthM + BUCKET_M);
        nx = Math.max(1, (int) Math.ceil(env.getWidth() / BUCKET_M));
        ny = Math.max(1, (int) Math.ceil(env.getHeight() / BUCKET_M));
        List<List<Integer>> lists = new ArrayList<>();
        for (int k = 0; k < nx * ny; k++) {
            lists.add(new ArrayList<>());
        }
        double reach = halfWidthM + 20;
        for (int i = 0; i < segs.length; i++) {
            double[] s = segs[i];
            int bx0 = bx(Math.min(s[0], s[2]) - reach);
            int bx1 = bx(Math.max(s[0], s[2]) + reach);
            int by0 = by(Math.min(s[1], s[3]) - reach);
            int by1 = by(Math.max(s[1], s[3]) + reach);
            for (int y = by0; y <= by1; y++) {
                for (int x = bx0; x <= bx1; x++) {
                    lists.get(y * nx + x).add(i);
                }
            }
        }
        buckets = new int[nx * ny][];
        for (int k = 0; k < buckets.length; k++) {
            buckets[k] = lists.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int bx(double x) {
        return Math.max(0, Math.min(nx - 1, (int) Math.floor((x - env.getMinX()) / BUCKET_M)));
    }

    private int by(double y) {
        return Math.max(0, Math.min(ny - 1, (int) Math.floor((y - env.getMinY()) / BUCKET_M)));
    }

    @Override
    public Envelope envelope() {
        return new Envelope(env);
    }

    @Override
    public double coverage(double x, double y, double g) {
        if (!env.contains(x, y)) {
            return 0;
        }
        double best = Double.MAX_VALUE;
        for (int i : buckets[by(y) * nx + bx(x)]) {
            double[] s = segs[i];
            double dx = s[2] - s[0];
            double dy = s[3] - s[1];
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / len2));
            best = Math.min(best, Math.hypot(x - s[0] - t * dx, y - s[1] - t * dy));
        }
        if (best == Double.MAX_VALUE) {
            return 0;
        }
        double lo = Math.max(best - g / 2, -half);
        double hi = Math.min(best + g / 2, half);
        return Math.max(0, hi - lo) / g;
    }

    @Override
    public Polygon toPolygon(GeometryFactory gf) {
        return (Polygon) line.buffer(half, 2);
    }
}
