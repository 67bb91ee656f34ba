package org.corridorwatch.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corridorwatch.geo.MetricCorridor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * The road on its own course ({@link RoadCourse}) along a corridor segment, in the scene projection's metres. The
 * course is the configured line displaced to its left by {@code offset(s) = N * u(s) + bends(s) + detour(s)}: {@code
 * u} a slow swing clamped to [-1, 1] (some courses cross the line), {@code bends} two sinusoids of tens of metres
 * (a road's curves), {@code detour} a bump of 150-300 m where a straight bypass (after date only) cuts across. The
 * track follows the road 150-400 m to one side with its own bends. Drawn from its own random stream, so the
 * scenario's stream (and every sample without a road course) is unchanged.
 */
final class CourseRoads {
    /** How far beyond the segment's ends the course is drawn, km. */
    static final double BEYOND_KM = 2.5;
    private static final double STEP_KM = 0.025;
    private static final GeometryFactory GF = new GeometryFactory();

    /**
     * The drawn lines, in travel order (chainage increasing).
     *
     * @param corridorId   the corridor the course belongs to
     * @param road         the road's centre line
     * @param track        the unpaved track, or null
     * @param bypass       the straight bypass (after date only), or null
     * @param clouds       before-date clouds over the road
     * @param medianOffsetM median distance of the road from the configured line within the segment, metres
     * @param maxOffsetM   largest distance within the segment, metres
     * @param crosses      the road crosses the configured line within the segment
     * @param segment      envelope of the road (and track) between the segment's chainages, for sizing the scene
     */
    record Drawn(String corridorId, LineString road, LineString track, LineString bypass, List<Blob> clouds,
                 double medianOffsetM, double maxOffsetM, boolean crosses, Envelope segment) {
        Drawn {
            clouds = List.copyOf(clouds);
            segment = new Envelope(segment);
        }
    }

    private CourseRoads() {
    }

    static Drawn plan(MetricCorridor m, double fromKm, double toKm, RoadCourse c, SplittableRandom rnd) {
        double n = c.offsetM();
        double b = -0.3 + 1.3 * rnd.nextDouble();
        double a = 0.3 + 0.4 * rnd.nextDouble();
        double lambda = Math.max(6000, 8 * n) * (1 + 1.5 * rnd.nextDouble()); // a road swings km over tens of km
        double phi = rnd.nextDouble() * 2 * Math.PI;
        double a1 = 20 + 20 * rnd.nextDouble();
        double l1 = 700 + 600 * rnd.nextDouble();
        double p1 = rnd.nextDouble() * 2 * Math.PI;
        double a2 = 6 + 8 * rnd.nextDouble();
        double l2 = 300 + 200 * rnd.nextDouble();
        double p2 = rnd.nextDouble() * 2 * Math.PI;
        double segKm = Math.min(toKm, m.lengthKm()) - fromKm;
        double bypassLen = 1500 + 1000 * rnd.nextDouble();
        double bypassAt = (fromKm + 0.15 * segKm) * 1000 + rnd.nextDouble() * Math.max(0, 0.7 * segKm * 1000 - bypassLen);
        double detour = (150 + 150 * rnd.nextDouble()) * (rnd.nextBoolean() ? 1 : -1);
        double trackSide = rnd.nextBoolean() ? 1 : -1;
        double trackGap = 150 + 250 * rnd.nextDouble();
        double l3 = 1500 + 1500 * rnd.nextDouble();
        double p3 = rnd.nextDouble() * 2 * Math.PI;
        double k0 = Math.max(0, fromKm - BEYOND_KM);
        double k1 = Math.min(m.lengthKm(), toKm + BEYOND_KM);
        List<Coordinate> road = new ArrayList<>();
        List<Coordinate> track = new ArrayList<>();
        List<Double> inSegment = new ArrayList<>();
        Envelope segment = new Envelope();
        boolean left = false;
        boolean right = false;
        for (double km = k0; km <= k1 + 1e-9; km += STEP_KM) {
            double s = km * 1000;
            double[] pt = m.pointAt(km);
            double[] nrm = normal(m, km);
            double u = Math.max(-1, Math.min(1, b + a * Math.sin(2 * Math.PI * s / lambda + phi)));
            double off = n * u + a1 * Math.sin(2 * Math.PI * s / l1 + p1) + a2 * Math.sin(2 * Math.PI * s / l2 + p2);
            if (c.bypass() && s > bypassAt && s < bypassAt + bypassLen) {
                double t = Math.sin(Math.PI * (s - bypassAt) / bypassLen);
                off += detour * t * t;
            }
            road.add(new Coordinate(pt[0] + nrm[0] * off, pt[1] + nrm[1] * off));
            double toff = off + trackSide * (trackGap + 60 * Math.sin(2 * Math.PI * s / l3 + p3));
            track.add(new Coordinate(pt[0] + nrm[0] * toff, pt[1] + nrm[1] * toff));
            if (km >= fromKm && km <= toKm) {
                inSegment.add(Math.abs(off));
                segment.expandToInclude(road.get(road.size() - 1));
                if (c.track()) {
                    segment.expandToInclude(track.get(track.size() - 1));
                }
                left |= off > 0;
                right |= off < 0;
            }
        }
        LineString roadLine = GF.createLineString(road.toArray(new Coordinate[0]));
        LineString bypass = null;
        if (c.bypass()) {
            Coordinate ra = at(road, bypassAt / 1000, k0);
            Coordinate rb = at(road, (bypassAt + bypassLen) / 1000, k0);
            bypass = GF.createLineString(new Coordinate[] {ra, rb});
        }
        List<Blob> clouds = new ArrayList<>();
        for (int i = 0; i < c.clouds(); i++) {
            double km = fromKm + (0.1 + 0.8 * rnd.nextDouble()) * segKm;
            Coordinate at = at(road, km, k0);
            double r = 150 + 200 * rnd.nextDouble();
            clouds.add(Blob.random(at.x, at.y, rnd.nextDouble() * Math.PI, r, r * (0.6 + 0.4 * rnd.nextDouble()), 0.35,
                    40, rnd));
        }
        double[] offs = inSegment.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = offs.length == 0 ? 0 : offs[offs.length / 2];
        double max = offs.length == 0 ? 0 : offs[offs.length - 1];
        return new Drawn(m.corridor().id(), roadLine,
                c.track() ? GF.createLineString(track.toArray(new Coordinate[0])) : null, bypass, clouds, median, max,
                left && right, segment);
    }

    /** Unit normal to the left of travel, from the line's direction over 1.5 km either side (smooth at bends). */
    private static double[] normal(MetricCorridor m, double km) {
        double[] a = m.pointAt(Math.max(0, km - 1.5));
        double[] b = m.pointAt(Math.min(m.lengthKm(), km + 1.5));
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.hypot(dx, dy);
        return len == 0 ? new double[] {0, 1} : new double[] {-dy / len, dx / len};
    }

    /** The course vertex at a chainage (vertices every {@link #STEP_KM} from {@code k0}). */
    private static Coordinate at(List<Coordinate> course, double km, double k0) {
        int k = (int) Math.round((km - k0) / STEP_KM);
        return new Coordinate(course.get(Math.max(0, Math.min(course.size() - 1, k))));
    }
}
