package org.corridorwatch.firms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.geo.Reproject;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The hotspots of several FIRMS files that fall inside an area of interest, indexed for "which detections
 * are within d metres of this site between these dates". Hotspots outside the envelope given at build time
 * (the scene footprint grown by the search distance) are dropped at once, so a global file costs one pass.
 * Immutable and thread-safe once built.
 */
public final class HotspotIndex {
    /** A hotspot and its distance to the site's outline, metres (0 inside it). */
    public record Match(Hotspot hotspot, double distanceM) {
    }

    /** Metres per degree of latitude, lower bound (the equator's 110,574 m), for conservative search boxes. */
    private static final double M_PER_DEG_LAT = 110_574;
    /** Metres per degree of longitude at the equator. */
    private static final double M_PER_DEG_LON = 111_320;
    private static final GeometryFactory GF = new GeometryFactory();

    private final List<Hotspot> hotspots;
    private final int dropped;
    private final STRtree tree = new STRtree();

    private HotspotIndex(List<Hotspot> hotspots, int dropped) {
        this.hotspots = List.copyOf(hotspots);
        this.dropped = dropped;
        for (Hotspot h : this.hotspots) {
            tree.insert(new Envelope(h.lon(), h.lon(), h.lat(), h.lat()), h);
        }
        tree.build();
    }

    /**
     * Indexes the hotspots of {@code files} that lie inside {@code keepLonLat} (WGS84 degrees, x = lon;
     * null keeps every hotspot).
     */
    public static HotspotIndex build(Collection<FirmsFile> files, Envelope keepLonLat) {
        List<Hotspot> kept = new ArrayList<>();
        int dropped = 0;
        for (FirmsFile f : files) {
            for (Hotspot h : f.hotspots()) {
                if (keepLonLat == null || keepLonLat.contains(h.lon(), h.lat())) {
                    kept.add(h);
                } else {
                    dropped++;
                }
            }
        }
        return new HotspotIndex(kept, dropped);
    }

    /** An index of these hotspots, all kept. */
    public static HotspotIndex of(Collection<Hotspot> hotspots) {
        return new HotspotIndex(new ArrayList<>(hotspots), 0);
    }

    /**
     * A WGS84 envelope grown by at least {@code metres} on every side (conservative in longitude: uses the
     * latitude of the envelope edge nearest a pole). For the build-time filter: scene footprint + search distance.
     */
    public static Envelope grow(Envelope lonLat, double metres) {
        double dLat = metres / M_PER_DEG_LAT;
        double maxAbsLat = Math.min(89, Math.max(Math.abs(lonLat.getMinY()), Math.abs(lonLat.getMaxY())) + dLat);
        double dLon = metres / (M_PER_DEG_LON * Math.cos(Math.toRadians(maxAbsLat)));
        Envelope e = new Envelope(lonLat);
        e.expandBy(Math.min(dLon, 360), dLat);
        return e;
    }

    /** Hotspots kept, in file order. */
    public List<Hotspot> hotspots() {
        return hotspots;
    }

    public int size() {
        return hotspots.size();
    }

    /** Hotspots dropped at build time for lying outside the envelope. */
    public int dropped() {
        return dropped;
    }

    /**
     * The hotspots within {@code maxDistanceM} of the site (distance from the detection's pixel centre to the
     * site's outline, 0 inside it, measured in the UTM zone of the site) acquired between {@code from} and
     * {@code to} (UTC dates, inclusive; null = unbounded), nearest first.
     */
    public List<Match> near(Geometry siteWgs84, double maxDistanceM, LocalDate from, LocalDate to) {
        if (siteWgs84.isEmpty() || hotspots.isEmpty()) {
            return List.of();
        }
        Envelope search = grow(siteWgs84.getEnvelopeInternal(), maxDistanceM);
        @SuppressWarnings("unchecked")
        List<Hotspot> candidates = tree.query(search);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Coordinate c = siteWgs84.getEnvelopeInternal().centre();
        Projection utm = Projections.utmFor(c.x, c.y);
        Geometry site = Reproject.apply(siteWgs84, utm::forward);
        List<Match> out = new ArrayList<>();
        for (Hotspot h : candidates) {
            LocalDate d = h.date();
            if (from != null && d.isBefore(from) || to != null && d.isAfter(to)) {
                continue;
            }
            double[] xy = utm.forward(h.lon(), h.lat());
            Point p = GF.createPoint(new Coordinate(xy[0], xy[1]));
            double dist = site.distance(p);
            if (dist <= maxDistanceM) {
                out.add(new Match(h, dist));
            }
        }
        out.sort(Comparator.comparingDouble(Match::distanceM).thenComparing(m -> m.hotspot().acquired()));
        return out;
    }
}
