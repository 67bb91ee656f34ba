package org.corridorwatch.samples;

import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.model.ConfigException;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.CrsWkt;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Where a sample lies: the north-up UTM grid (origin snapped to the sensor's grid: 20 m for
 * Sentinel-2 so the 20 m bands align), its projection, and the corridors crossing it as road lines in
 * scene metres. Built from a corridor segment ({@link #forCorridor}) or a WGS84 box ({@link #forBbox}).
 *
 * @param corridors the corridors (in the scene projection) whose line passes through the scene
 */
public record SampleSite(GridGeometry grid, Projection projection, List<LineString> roads,
                         List<MetricCorridor> corridors, double latitudeDeg, String description) {
    /** Largest side accepted, pixels. */
    public static final int MAX_SIDE_PX = 20000;
    private static final double MARGIN_M = 1000;

    public SampleSite {
        roads = List.copyOf(roads);
        corridors = List.copyOf(corridors);
    }

    /** The scene around chainages [fromKm, toKm] of a corridor; {@code sizePx} null → fit the segment. */
    public static SampleSite forCorridor(CorridorCatalog catalog, String corridorId, double fromKm, double toKm,
                                         Sensor sensor, int[] sizePx) {
        return forCorridor(catalog, corridorId, fromKm, toKm, sensor, sizePx, m -> null);
    }

    /**
     * As {@link #forCorridor(CorridorCatalog, String, double, double, Sensor, int[])}, the scene also covering the
     * envelope {@code extra} returns for the corridor in the scene's projection (a road course; null for none).
     */
    static SampleSite forCorridor(CorridorCatalog catalog, String corridorId, double fromKm, double toKm,
                                  Sensor sensor, int[] sizePx, java.util.function.Function<MetricCorridor, Envelope> extra) {
        Corridor c = catalog.get(corridorId);
        if (!(toKm > fromKm) || fromKm < 0) {
            throw new ConfigException("--from-km " + fromKm + " --to-km " + toKm + " is not a segment",
                    "give 0 <= from < to, in km from the corridor's origin");
        }
        Projection first = Projections.utmFor(c.lineWgs84().getCoordinateN(0).x, c.lineWgs84().getCoordinateN(0).y);
        MetricCorridor m0 = MetricCorridor.of(c, first);
        if (fromKm >= m0.lengthKm()) {
            throw new ConfigException("--from-km " + fromKm + " is beyond the end of " + c.id() + " ("
                    + Math.round(m0.lengthKm()) + " km)", "choose a segment within the corridor");
        }
        double[] mid = m0.pointAt((fromKm + Math.min(toKm, m0.lengthKm())) / 2);
        double[] ll = first.inverse(mid[0], mid[1]);
        Projection p = Projections.utmFor(ll[0], ll[1]);
        MetricCorridor m = MetricCorridor.of(c, p);
        Envelope e = new Envelope();
        for (double km = fromKm; km <= Math.min(toKm, m.lengthKm()); km += 0.25) {
            double[] q = m.pointAt(km);
            e.expandToInclude(q[0], q[1]);
        }
        Envelope more = extra.apply(m);
        if (more != null) {
            e.expandToInclude(more);
        }
        e.expandBy(MARGIN_M);
        String desc = String.format(java.util.Locale.ROOT, "%s km %.1f–%.1f", c.shortName(), fromKm, toKm);
        return build(catalog, p, e, sensor, sizePx, ll[1], desc);
    }

    /** The scene covering a WGS84 box W,S,E,N (degrees); {@code sizePx} null → fit the box. */
    public static SampleSite forBbox(CorridorCatalog catalog, double west, double south, double east, double north,
                                     Sensor sensor, int[] sizePx) {
        if (!(east > west && north > south) || Math.abs(south) > 84 || Math.abs(north) > 84) {
            throw new ConfigException("--bbox " + west + "," + south + "," + east + "," + north + " is not a box",
                    "give --bbox W,S,E,N in degrees with W < E and S < N");
        }
        Projection p = Projections.utmFor((west + east) / 2, (south + north) / 2);
        Envelope e = new Envelope();
        for (int i = 0; i <= 10; i++) {
            double t = i / 10.0;
            for (double[] ll : new double[][] {{west + t * (east - west), south}, {west + t * (east - west), north},
                {west, south + t * (north - south)}, {east, south + t * (north - south)}}) {
                double[] q = p.forward(ll[0], ll[1]);
                e.expandToInclude(q[0], q[1]);
            }
        }
        String desc = String.format(java.util.Locale.ROOT, "box %.4f,%.4f,%.4f,%.4f", west, south, east, north);
        return build(catalog, p, e, sensor, sizePx, (south + north) / 2, desc);
    }

    /** This site with other road lines drawn (the corridors stay the configured ones). */
    SampleSite withRoads(List<LineString> drawn) {
        return new SampleSite(grid, projection, drawn, corridors, latitudeDeg, description);
    }

    private static SampleSite build(CorridorCatalog catalog, Projection p, Envelope e, Sensor sensor, int[] sizePx,
                                    double lat, String desc) {
        double g = sensor.gsdM();
        double snap = sensor == Sensor.SENTINEL2 ? 20 : g;
        int w = sizePx != null ? sizePx[0] : (int) Math.ceil(e.getWidth() / g);
        int h = sizePx != null ? sizePx[1] : (int) Math.ceil(e.getHeight() / g);
        if (w < 16 || h < 16 || w > MAX_SIDE_PX || h > MAX_SIDE_PX) {
            throw new ConfigException("scene of " + w + " x " + h + " px is out of range (16.." + MAX_SIDE_PX + ")",
                    "choose a shorter segment or a smaller box, or give --size-px W H");
        }
        double x0 = Math.floor((e.centre().x - w * g / 2) / snap) * snap;
        double y0 = Math.ceil((e.centre().y + h * g / 2) / snap) * snap;
        GridGeometry grid = GridGeometry.northUp(w, h, x0, y0, g, g, CrsWkt.ofEpsg(p.epsg()), p.epsg());
        Envelope scene = new Envelope(x0, x0 + w * g, y0 - h * g, y0);
        Envelope reach = new Envelope(scene);
        reach.expandBy(300);
        GeometryFactory gf = new GeometryFactory();
        Geometry box = gf.toGeometry(reach);
        List<LineString> roads = new ArrayList<>();
        List<MetricCorridor> crossing = new ArrayList<>();
        for (Corridor c : catalog.corridors()) {
            MetricCorridor m = MetricCorridor.of(c, p);
            Geometry clip = m.line().intersection(box);
            boolean any = false;
            for (int i = 0; i < clip.getNumGeometries(); i++) {
                if (clip.getGeometryN(i) instanceof LineString l && l.getLength() > 0) {
                    roads.add(l);
                    any = true;
                }
            }
            if (any) {
                crossing.add(m);
            }
        }
        return new SampleSite(grid, p, roads, crossing, lat, desc);
    }
}
