package org.corridorwatch.roads.imagery;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Joins the road found in a scene, where it starts or ends on the scene's edge, to the prior line outside the scene:
 * from the path's end straight out to a ring {@link #OUTSIDE_M} beyond the scene's outline, along that ring (the
 * shorter way) to where the prior crosses it, then the prior. Inside the scene the joined road is then the found
 * road alone (a straight join to the prior's nearest point would cross the scene where there is no road), and the
 * ring lies beyond the reach of every road term (proximity reaches 1500 m). A path end next to the scene's no data
 * (a no-data corner inside the grid) is on the edge of the scene's data too, and joins the prior the same way: straight
 * out across the no data (until issue 15u a straight join to the prior's nearest point: tune seed 8519, 2.3 km across
 * the scene where there is no road), unless the prior passes within {@link #OUTSIDE_M} of it: the straight join is
 * then kept, shorter than the way out to the ring, and the prior beyond it is the better guess of where the road runs
 * on across the no data (tune seed 8524: a join of 115 m, the prior then along the road through the corner).
 */
final class OutsideJoin {
    /** How far outside the scene's outline the join runs, metres (projected units). */
    static final double OUTSIDE_M = 1600;
    private static final GeometryFactory GF = new GeometryFactory();

    private final LineString prior;
    private final LengthIndexedLine index;
    private final LineString edge;
    private final Polygon around;
    private final LineString ring;
    private final LengthIndexedLine ringIndex;
    private final double nearM;

    /**
     * @param prior   the prior line, projected
     * @param outline the scene's outline (the searched grid), projected
     * @param nearM   a path end within this of the outline is on the scene's edge
     */
    OutsideJoin(LineString prior, Polygon outline, double nearM) {
        this.prior = prior;
        this.index = new LengthIndexedLine(prior);
        this.edge = outline.getExteriorRing();
        BufferParameters bp = new BufferParameters();
        bp.setJoinStyle(BufferParameters.JOIN_MITRE);
        this.around = (Polygon) BufferOp.bufferOp(outline, OUTSIDE_M, bp);
        this.ring = around.getExteriorRing();
        this.ringIndex = new LengthIndexedLine(ring);
        this.nearM = nearM;
    }

    /** The road from the prior's start to {@code start} (a path's first vertex), or null when it is not on the edge. */
    LineString head(Coordinate start) {
        return head(start, false);
    }

    /**
     * As above; when {@code atNoData} the path's first vertex is on the edge of the scene's data wherever it lies (it
     * starts next to no data, as where the road runs into a no-data corner).
     */
    LineString head(Coordinate start, boolean atNoData) {
        Meet m = meet(start, true, atNoData);
        if (m == null) {
            return null;
        }
        CoordinateList cl = new CoordinateList(index.extractLine(index.getStartIndex(), m.index()).getCoordinates(),
                false);
        cl.add(arc(m.onRing(), nearestOnRing(start)), false);
        cl.add(start, false);
        return GF.createLineString(cl.toCoordinateArray());
    }

    /** The road from {@code end} (a path's last vertex) to the prior's end, or null when it is not on the edge. */
    LineString tail(Coordinate end) {
        return tail(end, false);
    }

    /** As above; when {@code atNoData} the path's last vertex is on the edge of the scene's data (next to no data). */
    LineString tail(Coordinate end, boolean atNoData) {
        Meet m = meet(end, false, atNoData);
        if (m == null) {
            return null;
        }
        CoordinateList cl = new CoordinateList(new Coordinate[] {end}, false);
        cl.add(arc(nearestOnRing(end), m.onRing()), false);
        cl.add(index.extractLine(m.index(), index.getEndIndex()).getCoordinates(), false);
        return GF.createLineString(cl.toCoordinateArray());
    }

    /** Where the prior is joined to the ring: its index there and the point on the ring. */
    private record Meet(double index, Coordinate onRing) {
    }

    /**
     * Where the prior, before ({@code before}) or after its point nearest {@code p}, is joined to the ring: at that
     * point when it lies outside the ring, else where the prior last (first) crosses the ring before (after) it; null
     * when {@code p} is not on the scene's edge (nor {@code atNoData}: next to no data, with the prior farther than
     * {@link #OUTSIDE_M} from it) or the prior does not cross the ring there.
     */
    private Meet meet(Coordinate p, boolean before, boolean atNoData) {
        if (edge.distance(GF.createPoint(p)) > nearM
                && (!atNoData || prior.distance(GF.createPoint(p)) <= OUTSIDE_M)) {
            return null;
        }
        double t = index.project(p);
        Coordinate at = index.extractPoint(t);
        if (!around.contains(GF.createPoint(at))) {
            return new Meet(t, nearestOnRing(at));
        }
        double c = before ? lastCrossing(index.getStartIndex(), t, true) : lastCrossing(t, index.getEndIndex(), false);
        return Double.isNaN(c) ? null : new Meet(c, index.extractPoint(c));
    }

    /**
     * The prior's index of its crossing of the ring within [a, b] nearest {@code b} ({@code lastOne}) or nearest
     * {@code a}, or NaN when it does not cross it there.
     */
    private double lastCrossing(double a, double b, boolean lastOne) {
        if (b <= a) {
            return Double.NaN;
        }
        Geometry x = index.extractLine(a, b).intersection(ring);
        double best = Double.NaN;
        for (Coordinate c : x.getCoordinates()) {
            double t = index.indexOfAfter(c, a);
            if (Double.isNaN(best) || (lastOne ? t > best : t < best)) {
                best = t;
            }
        }
        return best;
    }

    private Coordinate nearestOnRing(Coordinate c) {
        return ringIndex.extractPoint(ringIndex.project(c));
    }

    /** The ring from {@code a} to {@code b}, the shorter way round. */
    private Coordinate[] arc(Coordinate a, Coordinate b) {
        double len = ring.getLength();
        double ta = ringIndex.project(a);
        double tb = ringIndex.project(b);
        double forward = ((tb - ta) % len + len) % len;
        CoordinateList cl = new CoordinateList();
        if (forward <= len / 2) {
            appendForward(cl, ta, tb);
        } else {
            CoordinateList back = new CoordinateList();
            appendForward(back, tb, ta);
            Coordinate[] r = back.toCoordinateArray();
            for (int i = r.length - 1; i >= 0; i--) {
                cl.add(r[i], false);
            }
        }
        return cl.toCoordinateArray();
    }

    /** The ring from index a forward to index b (through the ring's start when b < a). */
    private void appendForward(CoordinateList cl, double a, double b) {
        if (a <= b) {
            cl.add(ringIndex.extractLine(a, b).getCoordinates(), false);
        } else {
            cl.add(ringIndex.extractLine(a, ring.getLength()).getCoordinates(), false);
            cl.add(ringIndex.extractLine(0, b).getCoordinates(), false);
        }
    }
}
