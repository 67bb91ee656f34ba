package org.corridorwatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.RoadSegment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.model.TileOutcome;

/**
 * A small inline SVG overview of a run: the scanned tiles, the corridor lines clipped to the scanned
 * area (plus a margin) and every candidate as a numbered dot linking to its card. Drawn from WGS84
 * coordinates in a plate carrée with x scaled by cos(latitude), north up. Pure: text in, text out.
 */
public final class OverviewMap {
    private static final GeometryFactory GF = new GeometryFactory();

    private OverviewMap() {
    }

    /** The SVG element; {@code widthPx} wide, height from the area's aspect (clamped 120..0.6 widthPx). */
    public static String svg(List<Candidate> candidates, List<TileOutcome> tiles, List<Corridor> corridors,
                             ReviewMarks marks, int widthPx) {
        return svg(candidates, tiles, corridors, List.of(), marks, widthPx);
    }

    /** As above, each corridor with a road in {@code roads} drawn segment by segment, classed by source. */
    public static String svg(List<Candidate> candidates, List<TileOutcome> tiles, List<Corridor> corridors,
                             List<CorridorRoad> roads, ReviewMarks marks, int widthPx) {
        Envelope env = new Envelope();
        tiles.forEach(t -> env.expandToInclude(t.tile().footprintWgs84().getEnvelopeInternal()));
        candidates.forEach(c -> env.expandToInclude(c.lon(), c.lat()));
        if (env.isNull()) {
            return "<svg class=\"overview\" width=\"" + widthPx + "\" height=\"60\"></svg>";
        }
        double pad = Math.max(0.01, 0.08 * Math.max(env.getWidth(), env.getHeight()));
        env.expandBy(pad);
        double k = Math.cos(Math.toRadians(env.centre().y));
        double w = env.getWidth() * k;
        double h = env.getHeight();
        int heightPx = (int) Math.round(Math.max(120, Math.min(0.6 * widthPx, widthPx * h / w)));
        double s = Math.min(widthPx / w, heightPx / h);
        double ox = (widthPx - w * s) / 2;
        double oy = (heightPx - h * s) / 2;
        Projector p = (lon, lat) -> new double[] {ox + (lon - env.getMinX()) * k * s, oy + (env.getMaxY() - lat) * s};
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg class=\"overview\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"overview of the scanned corridor\">",
                widthPx, heightPx, widthPx, heightPx));
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#f4f1ea\"/>");
        for (TileOutcome t : tiles) {
            b.append("<path class=\"tile ").append(Html.escape(t.status())).append("\" d=\"")
                    .append(path(t.tile().footprintWgs84(), p)).append("\"/>");
        }
        Geometry clip = GF.toGeometry(env);
        for (CorridorRoad r : roads) {
            for (RoadSegment seg : r.segments()) {
                Geometry line = seg.lineWgs84().intersection(clip);
                if (!line.isEmpty()) {
                    b.append("<path class=\"corridor road-").append(seg.source().label()).append("\" d=\"").append(path(line, p))
                            .append("\"><title>").append(Html.escape(r.corridorId() + ": " + seg.source().label() + ", " + seg.note()))
                            .append("</title></path>");
                }
            }
        }
        java.util.Set<String> drawn = new java.util.HashSet<>();
        roads.forEach(r -> drawn.add(r.corridorId()));
        for (Corridor c : corridors) {
            if (drawn.contains(c.id())) {
                continue;
            }
            Geometry line = c.lineWgs84().intersection(clip);
            if (line.isEmpty()) {
                continue;
            }
            b.append("<path class=\"corridor\" d=\"").append(path(line, p)).append("\"><title>")
                    .append(Html.escape(c.id())).append("</title></path>");
        }
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort((a, c) -> Integer.compare(c.rank(), a.rank()));
        for (Candidate c : ordered) {
            double[] xy = p.at(c.lon(), c.lat());
            String cls = marks.suppressedBy(c.id()) != null ? "suppressed" : marks.knownIncident(c.id()) != null ? "known"
                    : c.flagged() ? "flagged" : "other";
            b.append(String.format(Locale.ROOT, "<a href=\"#c-%s\"><circle class=\"site %s\" data-id=\"%s\" cx=\"%.1f\" "
                    + "cy=\"%.1f\" r=\"%d\"><title>#%d %s</title></circle></a>", Html.escape(c.id()), cls, Html.escape(c.id()),
                    xy[0], xy[1], c.flagged() ? 6 : 4, c.rank(), Html.escape(c.place())));
        }
        b.append("</svg>");
        return b.toString();
    }

    @FunctionalInterface
    private interface Projector {
        double[] at(double lon, double lat);
    }

    private static String path(Geometry g, Projector p) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof org.locationtech.jts.geom.Polygon poly) {
                ring(b, poly.getExteriorRing(), p, true);
            } else if (part instanceof LineString l) {
                ring(b, l, p, false);
            }
        }
        return b.toString();
    }

    private static void ring(StringBuilder b, LineString l, Projector p, boolean close) {
        Coordinate[] cs = l.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            double[] xy = p.at(cs[i].x, cs[i].y);
            b.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", xy[0], xy[1]));
        }
        if (close) {
            b.append("Z ");
        }
    }
}
