package org.corridorwatch.geo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.corridorwatch.model.GridGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.corridorwatch.model.Tile;

/**
 * Plans the tiles of one scene: windows of the scene's pixel grid (tile size with an overlap, see
 * {@link TilePlanParameters}), kept only where they intersect a buffered corridor <em>and</em> the
 * scene's valid-data footprint. A tile near several corridors (around Bamako) belongs to the one whose
 * line is nearest its centre, so no pixel is planned twice.
 *
 * <p>Metric work (buffers, distances) happens in the scene's CRS when it is projected, or in the UTM
 * zone of the scene's centre when the scene is geographic (EPSG:4326). Chainages are geodesic (see
 * {@link MetricCorridor}). Tile ids are stable: a SHA-256 of the scene grid (geotransform to 10
 * significant digits, CRS as EPSG code or WKT), the corridor id and the window, cut to 16 hex digits.
 * The buffer is not part of the id, so widening it keeps the ids of tiles already planned.
 */
public final class TilePlanner {
    private static final GeometryFactory GF = new GeometryFactory();
    private static volatile Gazetteer defaultPlaces;

    private TilePlanner() {
    }

    /** Plans tiles, naming places from the default gazetteer ({@code config/places.geojson}). */
    public static List<Tile> plan(GridGeometry sceneGrid, Projection sceneCrs, Geometry validFootprint,
                                  List<Corridor> corridors, TilePlanParameters p) {
        Gazetteer g = defaultPlaces;
        if (g == null) {
            g = Gazetteer.loadDefault();
            defaultPlaces = g;
        }
        return plan(sceneGrid, sceneCrs, validFootprint, corridors, p, g);
    }

    /**
     * Plans tiles.
     *
     * @param validFootprint valid-data area in the scene CRS; null = the whole scene is valid
     * @param places         names the nearest place of each tile; null = no names
     * @return tiles in row-major order of the grid; empty when the scene misses every buffered corridor
     */
    public static List<Tile> plan(GridGeometry sceneGrid, Projection sceneCrs, Geometry validFootprint,
                                  List<Corridor> corridors, TilePlanParameters p, Gazetteer places) {
        Frame frame = Frame.of(sceneGrid, sceneCrs);
        Polygon sceneMetric = frame.metricPolygon(0, 0, sceneGrid.width(), sceneGrid.height(), 8);
        List<Near> near = new ArrayList<>();
        for (Corridor c : corridors) {
            double buffer = p.bufferFor(c);
            MetricCorridor mc = MetricCorridor.of(c, frame.metric);
            Envelope env = sceneMetric.getEnvelopeInternal();
            env.expandBy(buffer * 1.1 + 1);
            Geometry local = mc.line().intersection(GF.toGeometry(env));
            if (local.isEmpty()) {
                continue;
            }
            Geometry buffered = local.buffer(buffer, 16);
            if (buffered.intersects(sceneMetric)) {
                near.add(new Near(c, mc, local, PreparedGeometryFactory.prepare(buffered)));
            }
        }
        List<Tile> tiles = new ArrayList<>();
        if (near.isEmpty()) {
            return tiles;
        }
        PreparedGeometry valid = validFootprint == null ? null : PreparedGeometryFactory.prepare(validFootprint);
        String gridKey = gridKey(sceneGrid);
        int stride = p.stridePx();
        for (int row0 = 0; row0 == 0 || row0 + p.overlapPx() < sceneGrid.height(); row0 += stride) {
            for (int col0 = 0; col0 == 0 || col0 + p.overlapPx() < sceneGrid.width(); col0 += stride) {
                int w = Math.min(p.tileSizePx(), sceneGrid.width() - col0);
                int h = Math.min(p.tileSizePx(), sceneGrid.height() - row0);
                if (valid != null && !valid.intersects(frame.scenePolygon(col0, row0, w, h))) {
                    continue;
                }
                Polygon tileMetric = frame.metricPolygon(col0, row0, w, h, 1);
                Coordinate centre = tileMetric.getCentroid().getCoordinate();
                Near owner = null;
                double ownerD = Double.POSITIVE_INFINITY;
                for (Near n : near) {
                    if (n.buffered.intersects(tileMetric)) {
                        double d = n.local.distance(GF.createPoint(centre));
                        if (d < ownerD) {
                            ownerD = d;
                            owner = n;
                        }
                    }
                }
                if (owner != null) {
                    tiles.add(tile(sceneGrid, frame, gridKey, owner, tileMetric, centre, col0, row0, w, h, places));
                }
            }
        }
        return tiles;
    }

    private static Tile tile(GridGeometry grid, Frame frame, String gridKey, Near owner, Polygon tileMetric,
                             Coordinate centre, int col0, int row0, int w, int h, Gazetteer places) {
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        Geometry inside = owner.local.intersection(tileMetric);
        Coordinate[] probe = inside.isEmpty() ? new Coordinate[] {centre} : inside.getCoordinates();
        for (Coordinate c : probe) {
            double km = owner.metric.reportedChainageKm(c.x, c.y); // the km sites in the tile are reported at
            from = Math.min(from, km);
            to = Math.max(to, km);
        }
        Coordinate[] ring = frame.scenePolygon(col0, row0, w, h).getCoordinates();
        Coordinate[] ll = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            double[] v = frame.scene.inverse(ring[i].x, ring[i].y);
            ll[i] = new Coordinate(v[0], v[1]);
        }
        double[] cll = frame.metric.inverse(centre.x, centre.y);
        String place = places == null ? "" : places.nearest(cll[0], cll[1]).map(Place::name).orElse("");
        String id = tileId(gridKey, owner.corridor.id(), col0, row0, w, h);
        return new Tile(id, col0, row0, w, h, GF.createPolygon(ll), owner.corridor.id(), round3(from), round3(to),
                place);
    }

    /** The stable id of a tile: 16 hex digits of SHA-256 over grid, corridor and window. */
    public static String tileId(GridGeometry grid, String corridorId, int col0, int row0, int w, int h) {
        return tileId(gridKey(grid), corridorId, col0, row0, w, h);
    }

    private static String tileId(String gridKey, String corridorId, int col0, int row0, int w, int h) {
        String key = gridKey + "|" + corridorId + "|" + col0 + "," + row0 + "," + w + "," + h;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String gridKey(GridGeometry g) {
        StringBuilder sb = new StringBuilder();
        for (double v : g.geoTransform()) {
            sb.append(String.format(Locale.ROOT, "%.10g,", v));
        }
        sb.append(g.epsg() != 0 ? "EPSG:" + g.epsg() : g.crsWkt().replaceAll("\\s+", ""));
        return sb.toString();
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Area of the union of the tiles' footprints, km² (computed in the UTM zone of their centre). */
    public static double areaKm2(List<Tile> tiles) {
        if (tiles.isEmpty()) {
            return 0;
        }
        Geometry union = GF.buildGeometry(tiles.stream().map(Tile::footprintWgs84).toList()).union();
        Coordinate c = union.getCentroid().getCoordinate();
        Projection utm = Projections.utmFor(c.x, c.y);
        Geometry metric = union.copy();
        metric.apply((org.locationtech.jts.geom.CoordinateFilter) k -> {
            double[] xy = utm.forward(k.x, k.y);
            k.x = xy[0];
            k.y = xy[1];
        });
        return metric.getArea() / 1e6;
    }

    /** Km of corridor covered: the union of the tiles' chainage ranges, summed over corridors. */
    public static double corridorKmCovered(List<Tile> tiles) {
        double total = 0;
        for (String id : tiles.stream().map(Tile::corridorId).distinct().toList()) {
            List<double[]> iv = tiles.stream().filter(t -> t.corridorId().equals(id))
                    .map(t -> new double[] {t.chainageFromKm(), t.chainageToKm()})
                    .sorted((a, b) -> Double.compare(a[0], b[0])).toList();
            double start = iv.get(0)[0];
            double end = iv.get(0)[1];
            for (double[] i : iv) {
                if (i[0] > end) {
                    total += end - start;
                    start = i[0];
                }
                end = Math.max(end, i[1]);
            }
            total += end - start;
        }
        return total;
    }

    /** Km ranges of each corridor covered by the tiles, e.g. "rn1-senegal km 40.2-63.3". */
    public static List<String> coveredRanges(List<Tile> tiles) {
        List<String> out = new ArrayList<>();
        for (String id : tiles.stream().map(Tile::corridorId).distinct().toList()) {
            double lo = tiles.stream().filter(t -> t.corridorId().equals(id)).mapToDouble(Tile::chainageFromKm).min()
                    .orElse(0);
            double hi = tiles.stream().filter(t -> t.corridorId().equals(id)).mapToDouble(Tile::chainageToKm).max()
                    .orElse(0);
            out.add(String.format(Locale.ROOT, "%s km %.1f-%.1f", id, lo, hi));
        }
        return out;
    }

    private record Near(Corridor corridor, MetricCorridor metric, Geometry local, PreparedGeometry buffered) {
    }

    /** The scene CRS and the metric CRS the planner measures in, with conversions between them. */
    private record Frame(GridGeometry grid, Projection scene, Projection metric, boolean same) {
        static Frame of(GridGeometry grid, Projection scene) {
            if (!scene.isGeographic()) {
                return new Frame(grid, scene, scene, true);
            }
            double[] c = scene.inverse(grid.x(grid.width() / 2.0, grid.height() / 2.0),
                    grid.y(grid.width() / 2.0, grid.height() / 2.0));
            return new Frame(grid, scene, Projections.utmFor(c[0], c[1]), false);
        }

        Polygon scenePolygon(int col0, int row0, int w, int h) {
            return GF.createPolygon(new Coordinate[] {
                new Coordinate(grid.x(col0, row0), grid.y(col0, row0)),
                new Coordinate(grid.x(col0 + w, row0), grid.y(col0 + w, row0)),
                new Coordinate(grid.x(col0 + w, row0 + h), grid.y(col0 + w, row0 + h)),
                new Coordinate(grid.x(col0, row0 + h), grid.y(col0, row0 + h)),
                new Coordinate(grid.x(col0, row0), grid.y(col0, row0))});
        }

        /** The window's outline in the metric CRS, each edge split into {@code n} pieces. */
        Polygon metricPolygon(int col0, int row0, int w, int h, int n) {
            List<Coordinate> ring = new ArrayList<>();
            double[][] corners = {{col0, row0}, {col0 + w, row0}, {col0 + w, row0 + h}, {col0, row0 + h}};
            for (int e = 0; e < 4; e++) {
                double[] a = corners[e];
                double[] b = corners[(e + 1) % 4];
                for (int k = 0; k < n; k++) {
                    double c = a[0] + (b[0] - a[0]) * k / n;
                    double r = a[1] + (b[1] - a[1]) * k / n;
                    ring.add(toMetric(grid.x(c, r), grid.y(c, r)));
                }
            }
            ring.add(ring.get(0));
            return GF.createPolygon(ring.toArray(Coordinate[]::new));
        }

        Coordinate toMetric(double x, double y) {
            if (same) {
                return new Coordinate(x, y);
            }
            double[] ll = scene.inverse(x, y);
            double[] m = metric.forward(ll[0], ll[1]);
            return new Coordinate(m[0], m[1]);
        }
    }

}
