package org.corridorwatch.scan;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.RoadSegment;
import org.corridorwatch.model.RoadSource;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.RasterWindow;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.SceneProjection;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.roads.imagery.BlockPooling;
import org.corridorwatch.roads.imagery.ImageryRoadParameters;
import org.corridorwatch.roads.imagery.RoadTracer;
import org.corridorwatch.roads.imagery.ShadowLift;
import org.corridorwatch.roads.imagery.SnappedLine;
import org.corridorwatch.roads.imagery.TracedRoad;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The "roads" stage, between {@code open} and {@code plan}: each corridor crossing the pair is snapped to the road
 * found in the before date ({@code roads/imagery}), so tiles and every road term measure against it; the chainage
 * reported for a site stays that of its foot on the prior line ({@link Corridor#movedTo}). The
 * before date is read once per corridor, averaged down to cells of {@code roads_from_imagery.resolution_m}.
 *
 * @param request   the request with the snapped corridors in its catalogue
 * @param selected  the selected corridors, snapped
 * @param roads     the road of every corridor searched (segments with source and confidence), for the roads layer
 */
public record RoadSnapping(ScanRequest request, List<Corridor> selected, List<CorridorRoad> roads) {
    private static final GeometryFactory GF = new GeometryFactory();
    /** Sentinel-2 SCL class of cloud shadow. */
    private static final float SCL_CLOUD_SHADOW = 3f;
    /** The cache of roads found in the imagery of a scan without a workspace, inside its output folder. */
    public static final String CACHE_FOLDER = "roads-cache";

    /** Snaps the corridors, or returns the request unchanged when {@code roads_from_imagery.enabled} is false. */
    public static RoadSnapping snap(ScanRequest request, OpenedPair in, List<Corridor> selected, PrintWriter log) {
        ImageryRoadParameters p = request.config().roadsFromImagery();
        if (!p.enabled()) {
            return new RoadSnapping(request, selected, List.of());
        }
        GridGeometry grid = in.grid();
        Projection crs = SceneProjection.of(grid);
        double gsd = Math.sqrt(TilePlan.pixelAreaM2(grid, crs));
        ScanConfig.Masks masks = request.config().masks();
        List<Corridor> snapped = new ArrayList<>();
        List<CorridorRoad> roads = new ArrayList<>();
        List<Corridor> candidates = request.corridorMode() ? selected : request.corridors().corridors();
        RoadCache cache = new RoadCache(request.roads().imageryCache().orElse(request.out().resolve(CACHE_FOLDER)));
        String scene = RoadCache.sceneId(request.before()) + "|" + in.beforeBands().profile().name() + "|" + grid.width()
                + "x" + grid.height() + "|" + java.util.Arrays.toString(grid.geoTransform()) + "|" + grid.epsg() + "|"
                + p + "|" + masks.cloudBlue() + "|" + masks.cloudVisible();
        try (ScenePair.Reader reader = in.pair().openReader()) {
            for (Corridor c : candidates) {
                CorridorRoad prior = request.roads().forCorridors(List.of(c)).get(0);
                String key = RoadCache.key(scene, c.id(), MetricCorridor.of(c, crs).line().toText(),
                        in.pair().overlap().toString(), sourcesKey(prior));
                CorridorRoad road = cache.get(key).orElse(null);
                boolean cached = road != null;
                if (!cached) {
                    try {
                        road = snapOne(c, prior, grid, crs, gsd, in.pair().overlap(), reader, in.beforeBands(), p,
                                masks, request.threads());
                    } catch (SearchGridBudget.TooLarge e) {
                        log.printf("roads: %s: not searched in the before image, the prior line is kept: %s (%s)%n",
                                c.id(), e.getMessage(), e.hint());
                        roads.add(notSearched(prior, e.getMessage()));
                        continue;
                    }
                    if (road == null) {
                        continue;
                    }
                    cache.put(key, road);
                }
                CorridorRoad used = PriorKept.over(road, prior);
                roads.add(used);
                snapped.add(PriorKept.moved(road) ? c.movedTo(used.lineWgs84()) : c);
                long imagery = road.from(RoadSource.IMAGERY).size();
                log.printf("roads: %s: %d of %d segments found in the before image%s%s%n", c.id(), imagery,
                        road.segments().size(), imagery == 0 ? ", the prior line kept" : "",
                        cached ? " (from the cache " + cache.dir().resolve(key + ".json") + ")" : "");
            }
        }
        List<Corridor> newSelected = selected.stream().map(c -> snapped.stream().filter(s -> s.id().equals(c.id()))
                .findFirst().orElse(c)).toList();
        return new RoadSnapping(request.withCorridors(request.corridors().with(snapped)), newSelected, roads);
    }

    /** The prior road, each segment's note saying the imagery was not searched and why. */
    private static CorridorRoad notSearched(CorridorRoad prior, String why) {
        List<RoadSegment> segs = prior.segments().stream().map(s -> new RoadSegment(s.lineWgs84(), s.source(),
                s.confidence(), s.offsetFromConfiguredM(), s.note() + "; road not searched in the image: " + why)).toList();
        return new CorridorRoad(prior.corridorId(), segs, prior.provenance());
    }

    /** The roads of {@code prior} (road data or configured lines) with each corridor snapped here replaced by its snapped road. */
    public List<CorridorRoad> over(List<CorridorRoad> prior) {
        List<CorridorRoad> out = new ArrayList<>();
        for (CorridorRoad r : prior) {
            out.add(roads.stream().filter(s -> s.corridorId().equals(r.corridorId())).findFirst().orElse(r));
        }
        return out;
    }

    /** The prior's segments' sources, notes and offsets: the pieces that keep the prior carry them. */
    private static String sourcesKey(CorridorRoad prior) {
        StringBuilder b = new StringBuilder();
        for (RoadSegment s : prior.segments()) {
            b.append(s.source()).append('|').append(s.note()).append('|').append(s.offsetFromConfiguredM()).append('\n');
        }
        return b.toString();
    }

    /**
     * The prior's own source at a projected point of its line: that of its segment nearest to the point, "road data
     * (note)" where that is road data.
     */
    private static SnappedLine.PriorSources priorSources(CorridorRoad prior, Projection crs) {
        return at -> {
            double[] g = crs.inverse(at.x, at.y);
            Point p = GF.createPoint(new Coordinate(g[0], g[1]));
            RoadSegment best = prior.segments().get(0);
            double bestD = Double.POSITIVE_INFINITY;
            for (RoadSegment s : prior.segments()) {
                double d = s.lineWgs84().distance(p);
                if (d < bestD) {
                    bestD = d;
                    best = s;
                }
            }
            return best.source() == RoadSource.OSM
                    ? new SnappedLine.PriorSource(RoadSource.OSM, "road data (" + best.note() + ")",
                            best.offsetFromConfiguredM())
                    : SnappedLine.PriorSource.CONFIGURED;
        };
    }

    private static CorridorRoad snapOne(Corridor c, CorridorRoad priorRoad, GridGeometry grid, Projection crs,
                                        double gsd, ScenePair.Window ov, ScenePair.Reader reader, SceneBands bands,
                                        ImageryRoadParameters p, ScanConfig.Masks masks, int threads) {
        LineString prior = MetricCorridor.of(c, crs).line();
        double half = p.searchHalfWidthM() / gsd * Math.max(grid.pixelWidth(), Math.abs(grid.pixelHeight()));
        Envelope scene = new Envelope(grid.x(ov.col0(), ov.row0()), grid.x(ov.col0() + ov.width(), ov.row0() + ov.height()),
                grid.y(ov.col0(), ov.row0()), grid.y(ov.col0() + ov.width(), ov.row0() + ov.height()));
        Envelope reach = new Envelope(scene);
        reach.expandBy(half);
        LineString local = partWithin(prior, reach);
        if (local == null) {
            return null;
        }
        Envelope band = local.getEnvelopeInternal();
        band.expandBy(half);
        band = band.intersection(scene);
        if (band.isNull()) {
            return null;
        }
        double[] p0 = grid.toPixel(band.getMinX(), band.getMaxY());
        double[] p1 = grid.toPixel(band.getMaxX(), band.getMinY());
        int c0 = Math.max(ov.col0(), (int) Math.floor(Math.min(p0[0], p1[0])));
        int r0 = Math.max(ov.row0(), (int) Math.floor(Math.min(p0[1], p1[1])));
        int c1 = Math.min(ov.col0() + ov.width(), (int) Math.ceil(Math.max(p0[0], p1[0])));
        int r1 = Math.min(ov.row0() + ov.height(), (int) Math.ceil(Math.max(p0[1], p1[1])));
        int f = Math.max(1, (int) Math.round(p.resolutionM() / gsd));
        int w = (c1 - c0) / f;
        int h = (r1 - r0) / f;
        if (w < 8 || h < 8) {
            return null;
        }
        SearchGridBudget.check(c.id(), w, h, gsd * f, p.resolutionM(), Runtime.getRuntime().maxMemory());
        ScenePair.Window win = new ScenePair.Window(c0, r0, w * f, h * f);
        float[][] channels = channels(reader, win, w, h, f, bands, p.darkestNir(), p.liftShadow());
        boolean[] cloud = cloud(channels, masks);
        if (channels[6] != null) {
            for (int k = 3; k <= 5; k++) {
                if (channels[k] != null) {
                    ShadowLift.lift(channels[k], channels[6], cloud);
                }
            }
        }
        Coordinate[] lc = local.getCoordinates();
        double[] pc = new double[lc.length];
        double[] pr = new double[lc.length];
        for (int i = 0; i < lc.length; i++) {
            double[] px = grid.toPixel(lc[i].x, lc[i].y);
            pc[i] = (px[0] - c0) / f;
            pr[i] = (px[1] - r0) / f;
        }
        double cellM = gsd * f;
        RoadTracer.Scene search = new RoadTracer.Scene(w, h, cellM, new float[][] {channels[3], channels[4],
            channels[5]}, cloud, pc, pr);
        channels = null; // blue, green, red and the shadow share are not searched: let them go before the search
        TracedRoad traced = new RoadTracer(p, threads).trace(search);
        SnappedLine.CellToMap toMap = (col, row) -> new double[] {grid.x(c0 + col * f, r0 + row * f),
            grid.y(c0 + col * f, r0 + row * f)};
        Coordinate[] corners = new Coordinate[5];
        for (int k = 0; k < 4; k++) {
            double[] xy = toMap.apply(k == 1 || k == 2 ? w : 0, k >= 2 ? h : 0);
            corners[k] = new Coordinate(xy[0], xy[1]);
        }
        corners[4] = corners[0];
        boolean[] noData = SnappedLine.nearNoData(search.channels()[0], w, h);
        List<SnappedLine.Piece> pieces = SnappedLine.assemble(prior, priorSources(priorRoad, crs), traced, toMap,
                p.keepConfiguredWithinM(), p.keepConfiguredMaxM(), grid.pixelWidth() * f / 4, GF.createPolygon(corners),
                (col, row) -> SnappedLine.at(noData, w, h, col, row));
        List<RoadSegment> segments = new ArrayList<>();
        for (SnappedLine.Piece piece : pieces) {
            Coordinate[] pcs = piece.line().getCoordinates();
            Coordinate[] ll = new Coordinate[pcs.length];
            for (int i = 0; i < pcs.length; i++) {
                double[] g = crs.inverse(pcs[i].x, pcs[i].y);
                ll[i] = new Coordinate(g[0], g[1]);
            }
            segments.add(new RoadSegment(GF.createLineString(ll), piece.source(), piece.confidence(), piece.offsetM(),
                    piece.note()));
        }
        return new CorridorRoad(c.id(), segments, "before image " + bands.profile().name());
    }

    /** The part of the line from its first to its last vertex inside {@code env}, or null. */
    private static LineString partWithin(LineString line, Envelope env) {
        Coordinate[] cs = line.getCoordinates();
        int a = -1;
        int b = -1;
        for (int i = 0; i < cs.length; i++) {
            if (env.contains(cs[i])) {
                if (a < 0) {
                    a = i;
                }
                b = i;
            }
        }
        if (a < 0) {
            return null;
        }
        a = Math.max(0, a - 1);
        b = Math.min(cs.length - 1, b + 1);
        LengthIndexedLine idx = new LengthIndexedLine(line);
        return (LineString) idx.extractLine(idx.project(cs[a]), idx.project(cs[b]));
    }

    /**
     * {blue, green, red, visible mean, NIR, SWIR1 (or null), share of SCL cloud shadow (when {@code liftShadow} and
     * the scene has SCL, else null)} averaged to w x h cells of f x f pixels (no-data pixels
     * left out, NaN where a cell has none), the NIR the darkest of them when {@code darkestNir} ({@code nir_cell}). Read at full resolution in strips of whole blocks, every band in one
     * request, so a pixel-interleaved file is decoded once rather than once per band.
     */
    private static float[][] channels(ScenePair.Reader reader, ScenePair.Window win, int w, int h, int f, SceneBands b,
                                      boolean darkestNir, boolean liftShadow) {
        List<BandRole> roles = new ArrayList<>(List.of(BandRole.BLUE, BandRole.GREEN, BandRole.RED, BandRole.NIR));
        if (b.has(BandRole.SWIR1)) {
            roles.add(BandRole.SWIR1);
        }
        if (liftShadow && b.has(BandRole.SCL)) {
            roles.add(BandRole.SCL);
        }
        int swir = roles.indexOf(BandRole.SWIR1);
        int scl = roles.indexOf(BandRole.SCL);
        GdalScene.Linear[] linear = roles.stream().map(b::linear).toArray(GdalScene.Linear[]::new);
        int[] index = roles.stream().mapToInt(b::index).toArray();
        float[][] read = new float[roles.size()][w * h];
        int blockRows = Math.max(f, reader.blockSize()[1]);
        int stripCells = Math.max(1, (blockRows * 2 + f - 1) / f);
        int nir = roles.indexOf(BandRole.NIR);
        for (int r0 = 0; r0 < h; r0 += stripCells) {
            int rows = Math.min(stripCells, h - r0);
            RasterWindow strip = reader.before(new ScenePair.Window(win.col0(), win.row0() + r0 * f, w * f, rows * f),
                    linear, index);
            for (int k = 0; k < index.length; k++) {
                float[] px = k == scl ? shadowClass(strip.band(k)) : strip.band(k);
                BlockPooling.pool(px, w, f, rows, k == nir && darkestNir, read[k], r0);
            }
        }
        float[] vis = new float[w * h];
        for (int i = 0; i < vis.length; i++) {
            vis[i] = (read[0][i] + read[1][i] + read[2][i]) / 3;
        }
        return new float[][] {read[0], read[1], read[2], vis, read[3], swir >= 0 ? read[swir] : null,
            scl >= 0 ? read[scl] : null};
    }

    /** 1 where a pixel's SCL class is cloud shadow (3), 0 elsewhere, NaN where unknown. */
    private static float[] shadowClass(float[] scl) {
        float[] out = new float[scl.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.isNaN(scl[i]) ? Float.NaN : scl[i] == SCL_CLOUD_SHADOW ? 1f : 0f;
        }
        return out;
    }

    private static boolean[] cloud(float[][] ch, ScanConfig.Masks m) {
        boolean[] cloud = new boolean[ch[0].length];
        for (int i = 0; i < cloud.length; i++) {
            cloud[i] = ch[0][i] >= m.cloudBlue() && ch[3][i] >= m.cloudVisible();
        }
        return cloud;
    }
}
