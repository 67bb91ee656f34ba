package org.corridorwatch.roads.imagery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridorwatch.model.RoadSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A corridor's road after snapping, in projected metres: the prior line up to where the found road begins, then the
 * found stretches (accepted ones as found, refused ones and ones that confirm the prior as the prior's own stretch
 * between the same two points), then the prior to its end. Consecutive pieces share their joint vertex.
 */
public final class SnappedLine {
    /** The end of the note of the piece joined outside the scene before the found road (the prior's name before it). */
    public static final String JOINED_ENTERING = ", joined outside the scene to where the found road enters it";
    /** The same after the found road. */
    public static final String JOINED_LEAVING = ", joined outside the scene to where the found road leaves it";

    private static final GeometryFactory GF = new GeometryFactory();

    /** Maps a decimated cell coordinate (column, row) to projected {x, y}. */
    @FunctionalInterface
    public interface CellToMap {
        double[] apply(double col, double row);
    }

    /**
     * What the prior is at a point of it: its source (configured or road data), the name the notes give it
     * ("configured line", "road data (ways 1-2, ref RN1)") and its offset from the configured line, metres.
     */
    public record PriorSource(RoadSource source, String name, double offsetM) {
        /** The configured line. */
        public static final PriorSource CONFIGURED = new PriorSource(RoadSource.CONFIGURED, "configured line", 0);
    }

    /** The prior's source at a point of the prior line (projected coordinates). */
    @FunctionalInterface
    public interface PriorSources {
        PriorSource at(Coordinate onPrior);
    }

    /**
     * One piece of the snapped road (projected coordinates).
     *
     * @param line        the piece, in travel order
     * @param source      IMAGERY for an accepted stretch away from the prior (or the path followed across a refused
     *                    one next to it), else the prior's own source there (CONFIGURED, or OSM where the prior is
     *                    road data)
     * @param confidence  support 0..1 of the imagery (0 where it was refused or not searched)
     * @param offsetM     median offset of the found stretch from the prior, metres
     * @param note        why this source
     */
    public record Piece(LineString line, RoadSource source, double confidence, double offsetM, String note) {
    }

    private SnappedLine() {
    }

    /**
     * The pieces of the snapped road.
     *
     * @param prior          the prior line in the same projection, the whole corridor in its direction of travel
     * @param road           the road traced in the imagery
     * @param toMap          decimated cell → projected coordinates
     * @param keepWithinM    accepted stretches closer than this (median) keep the prior ...
     * @param keepMaxM       ... unless a vertex of theirs lies farther than this from it
     * @param simplifyM      Douglas-Peucker tolerance for the found stretches, projected units
     */
    public static List<Piece> assemble(LineString prior, TracedRoad road, CellToMap toMap, double keepWithinM,
                                       double keepMaxM, double simplifyM) {
        return assemble(prior, road, toMap, keepWithinM, keepMaxM, simplifyM, null);
    }

    /**
     * As above; where the path starts or ends on the edge of {@code outline} (the searched grid, projected; null: not
     * known) the prior joins it outside the scene ({@link OutsideJoin}) rather than by a straight line across it.
     */
    public static List<Piece> assemble(LineString prior, TracedRoad road, CellToMap toMap, double keepWithinM,
                                       double keepMaxM, double simplifyM, Polygon outline) {
        return assemble(prior, c -> PriorSource.CONFIGURED, road, toMap, keepWithinM, keepMaxM, simplifyM, outline,
                (c, r) -> false);
    }

    /** Whether a decimated cell (column, row) lies next to the scene's no data. */
    @FunctionalInterface
    public interface NoDataNear {
        boolean at(double col, double row);
    }

    /**
     * As above, each piece that keeps the prior (or joins it outside the scene) taking the prior's own source, name
     * and offset from {@code sources} at the middle of the prior's part it stands for; a path end next to the scene's no
     * data ({@code noData}: a no-data corner inside the grid) is on the edge of the scene's data too and joins the prior
     * outside the scene ({@link OutsideJoin}).
     */
    public static List<Piece> assemble(LineString prior, PriorSources sources, TracedRoad road, CellToMap toMap,
                                       double keepWithinM, double keepMaxM, double simplifyM, Polygon outline,
                                       NoDataNear noData) {
        LengthIndexedLine index = new LengthIndexedLine(prior);
        if (road.isEmpty()) {
            PriorSource at = at(sources, index, index.getStartIndex(), index.getEndIndex());
            return List.of(Double.isNaN(road.priorOnRoad())
                    ? new Piece(prior, at.source(), 0, at.offsetM(), "no road found in the imagery")
                    : new Piece(prior, at.source(), road.priorOnRoad(), at.offsetM(), String.format(Locale.ROOT,
                            "%s kept: it lies on a road visible in the before image (support %.2f)", at.name(),
                            road.priorOnRoad())));
        }
        // a path end within two cells of the outline is on the scene's edge
        double[] o = toMap.apply(0, 0);
        double[] x = toMap.apply(1, 0);
        OutsideJoin outside = outline == null ? null
                : new OutsideJoin(prior, outline, 2 * Math.hypot(x[0] - o[0], x[1] - o[1]));
        List<Piece> raw = new ArrayList<>();
        List<TracedRoad.Stretch> stretches = road.stretches();
        TracedRoad.Stretch first = stretches.get(0);
        Coordinate start = map(first.cols(), first.rows(), 0, toMap);
        LineString head = outside == null ? null : outside.head(start, noData.at(first.cols()[0], first.rows()[0]));
        PriorSource before = at(sources, index, index.getStartIndex(), index.project(start));
        raw.add(head != null ? new Piece(head, before.source(), 0, before.offsetM(),
                before.name() + JOINED_ENTERING)
                : new Piece(part(index, index.getStartIndex(), index.project(start)), before.source(), 0,
                before.offsetM(), before.name() + " (before the searched stretch)"));
        int n = stretches.size();
        boolean[] away = new boolean[n];
        for (int i = 0; i < n; i++) {
            TracedRoad.Stretch s = stretches.get(i);
            away[i] = s.accepted() && (s.medianOffsetM() > keepWithinM || farthest(s, prior, toMap) > keepMaxM);
        }
        for (int i = 0; i < n; i++) {
            TracedRoad.Stretch s = stretches.get(i);
            double[] cols = s.cols();
            double[] rows = s.rows();
            int last = cols.length - 1;
            Coordinate a = map(cols, rows, 0, toMap);
            Coordinate b = map(cols, rows, last, toMap);
            if (away[i]) {
                raw.add(new Piece(path(cols, rows, toMap, simplifyM), RoadSource.IMAGERY, s.support(),
                        s.medianOffsetM(), String.format(Locale.ROOT, "found in the before image (support %.2f)",
                        s.support())));
            } else if (s.accepted()) {
                PriorSource at = at(sources, index, index.project(a), index.project(b));
                raw.add(new Piece(part(index, index.project(a), index.project(b)), at.source(), s.support(),
                        at.offsetM(), String.format(Locale.ROOT, "%s, confirmed by the image (median offset %.0f m)",
                        at.name(), s.medianOffsetM())));
            } else if (bridges(stretches, away, i)) {
                // the image puts the road away from the prior next to this stretch: follow the traced path across it
                // (a road under a cloud or faint for a while does not jump back to the configured line)
                boolean winding = s.reason().equals("winding");
                LineString across = winding ? GF.createLineString(new Coordinate[] {a, b})
                        : path(cols, rows, toMap, simplifyM);
                raw.add(new Piece(across, RoadSource.IMAGERY, 0, s.medianOffsetM(), String.format(Locale.ROOT,
                        "traced path next to a found stretch (%s; image refused: %s; support %.2f, cloud %.0f %%)",
                        winding ? "straight" : "traced path", s.reason(), s.support(), 100 * s.cloudFraction())));
            } else {
                PriorSource at = at(sources, index, index.project(a), index.project(b));
                raw.add(new Piece(part(index, index.project(a), index.project(b)), at.source(), 0, at.offsetM(),
                        String.format(Locale.ROOT, "%s: image refused (%s; support %.2f, cloud %.0f %%)", at.name(),
                                s.reason(), s.support(), 100 * s.cloudFraction())));
            }
        }
        TracedRoad.Stretch lastStretch = stretches.get(stretches.size() - 1);
        Coordinate end = map(lastStretch.cols(), lastStretch.rows(), lastStretch.cols().length - 1, toMap);
        int lastK = lastStretch.cols().length - 1;
        LineString tail = outside == null ? null
                : outside.tail(end, noData.at(lastStretch.cols()[lastK], lastStretch.rows()[lastK]));
        PriorSource after = at(sources, index, index.project(end), index.getEndIndex());
        raw.add(tail != null ? new Piece(tail, after.source(), 0, after.offsetM(),
                after.name() + JOINED_LEAVING)
                : new Piece(part(index, index.project(end), index.getEndIndex()), after.source(), 0, after.offsetM(),
                after.name() + " (after the searched stretch)"));
        return joined(raw);
    }

    /**
     * The cells of a w x h grid within two cells of its no data ({@code data} NaN), as the path ends within two cells
     * of the scene's outline are on its edge.
     */
    public static boolean[] nearNoData(float[] data, int w, int h) {
        return RoadLikeness.nearEdge(data, w, h, 2);
    }

    /** {@code near} at the cell holding (col, row); false off the grid. */
    public static boolean at(boolean[] near, int w, int h, double col, double row) {
        int c = (int) Math.floor(col);
        int r = (int) Math.floor(row);
        return c >= 0 && r >= 0 && c < w && r < h && near[r * w + c];
    }

    /**
     * True when refused stretch {@code i} has an accepted stretch away from the prior as its nearest accepted
     * neighbour on either side: the traced path is then followed across it (to the next found stretch, or to where the
     * path meets the edge of the searched band at the scene's ends) instead of jumping back to the prior, which at
     * long offsets lies kilometres away. (Both sides were required until the cross-profile refusal; on tuning seeds
     * 8500-8511 one side raised the share within 30 m from 0.38 to 0.46 with the refusal, docs/road-sweep.md.)
     */
    private static boolean bridges(List<TracedRoad.Stretch> stretches, boolean[] away, int i) {
        int before = nextAccepted(stretches, i, -1);
        int after = nextAccepted(stretches, i, 1);
        return before >= 0 && away[before] || after >= 0 && away[after];
    }

    /** The index of the nearest accepted stretch from {@code i} in direction {@code step} (-1 or 1), or -1. */
    private static int nextAccepted(List<TracedRoad.Stretch> stretches, int i, int step) {
        for (int k = i + step; k >= 0 && k < stretches.size(); k += step) {
            if (stretches.get(k).accepted()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The largest distance of the stretch's vertices from the prior, projected units (a road that follows the prior
     * for most of a stretch and leaves it at a bend has a small median offset and a large farthest one).
     */
    private static double farthest(TracedRoad.Stretch s, LineString prior, CellToMap toMap) {
        double[] cols = s.cols();
        double[] rows = s.rows();
        double far = 0;
        for (int k = 0; k < cols.length; k++) {
            far = Math.max(far, prior.distance(GF.createPoint(map(cols, rows, k, toMap))));
        }
        return far;
    }

    private static LineString path(double[] cols, double[] rows, CellToMap toMap, double simplifyM) {
        Coordinate[] cs = new Coordinate[cols.length];
        for (int k = 0; k < cs.length; k++) {
            cs[k] = map(cols, rows, k, toMap);
        }
        return (LineString) DouglasPeuckerSimplifier.simplify(GF.createLineString(cs), simplifyM);
    }

    /** Each piece starts where the previous one ended; pieces that are a single point are dropped. */
    private static List<Piece> joined(List<Piece> raw) {
        List<Piece> out = new ArrayList<>();
        Coordinate prev = null;
        for (Piece p : raw) {
            CoordinateList cl = new CoordinateList();
            if (prev != null) {
                cl.add(prev, false);
            }
            cl.add(p.line().getCoordinates(), false);
            if (cl.size() < 2) {
                continue;
            }
            LineString l = GF.createLineString(cl.toCoordinateArray());
            out.add(new Piece(l, p.source(), p.confidence(), p.offsetM(), p.note()));
            prev = l.getCoordinateN(l.getNumPoints() - 1);
        }
        return out;
    }

    /** The prior's source at the middle of its part from {@code from} to {@code to}. */
    private static PriorSource at(PriorSources sources, LengthIndexedLine index, double from, double to) {
        return sources.at(index.extractPoint((from + to) / 2));
    }

    private static LineString part(LengthIndexedLine index, double from, double to) {
        return (LineString) index.extractLine(from, to);
    }

    private static Coordinate map(double[] cols, double[] rows, int k, CellToMap toMap) {
        double[] xy = toMap.apply(cols[k], rows[k]);
        return new Coordinate(xy[0], xy[1]);
    }

    /**
     * The note of a piece as it reads on a road the image did not move ({@code scan/PriorKept} lays such a road back on
     * the prior): a join outside the scene is then only where the searched stretch begins or ends.
     */
    public static String unmovedNote(String note) {
        return note.replace(JOINED_ENTERING, " (before the searched stretch)")
                .replace(JOINED_LEAVING, " (after the searched stretch)");
    }
}
