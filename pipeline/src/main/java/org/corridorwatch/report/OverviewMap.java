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
 * A small inline SVG overview of a run: a graticule labelled in degrees, the scanned tiles, the corridor
 * lines clipped to the scanned area (plus a margin) and named, every candidate as a dot linking to its card
 * (numbered with its rank when flagged or among the first five), and a scale bar. Drawn from WGS84
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
        graticule(b, env, p, niceAbove(90 / (k * s)), widthPx, heightPx);
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
        for (Corridor c : corridors) {
            Geometry line = c.lineWgs84().intersection(clip);
            if (!line.isEmpty()) {
                double[] xy = labelPoint(line.getGeometryN(0), candidates, p);
                String name = c.aliases().isEmpty() ? c.id() : String.join(" / ", c.aliases());
                boolean left = xy[0] > widthPx * 0.6;
                b.append(String.format(Locale.ROOT, "<text class=\"label corridor-label\" x=\"%.1f\" y=\"%.1f\"%s>%s</text>",
                        xy[0] + (left ? -6 : 6), Math.max(xy[1], 24.0), left ? " text-anchor=\"end\"" : "", Html.escape(name)));
            }
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
            if (c.flagged() || c.rank() <= 5) {
                b.append(String.format(Locale.ROOT, "<text class=\"label site-label\" x=\"%.1f\" y=\"%.1f\">%d</text>",
                        xy[0] + 7, xy[1] - 5, c.rank()));
            }
        }
        scaleBar(b, s, widthPx, heightPx);
        b.append("</svg>");
        return b.toString();
    }

    /** Lines of latitude and longitude every {@code step} degrees (at least 90 px apart), labelled at the left and top edges. */
    private static void graticule(StringBuilder b, Envelope env, Projector p, double step, int widthPx, int heightPx) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        b.append("<g class=\"graticule\">");
        for (double lon = Math.ceil(env.getMinX() / step) * step; lon <= env.getMaxX(); lon += step) {
            double x = p.at(lon, env.getMinY())[0];
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\"/>"
                    + "<text class=\"lon\" x=\"%.1f\" y=\"11\">%s</text>", x, x, heightPx, x + 2,
                    degrees(lon, decimals, "E", "W")));
        }
        for (double lat = Math.ceil(env.getMinY() / step) * step; lat <= env.getMaxY(); lat += step) {
            double y = p.at(env.getMinX(), lat)[1];
            b.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
                    + "<text class=\"lat\" x=\"3\" y=\"%.1f\">%s</text>", y, widthPx, y, y - 3,
                    degrees(lat, decimals, "N", "S")));
        }
        b.append("</g>");
    }

    /** A bar of a round length (about 120 px) at the bottom right, labelled in m or km. */
    private static void scaleBar(StringBuilder b, double pxPerDegreeLat, int widthPx, int heightPx) {
        double metresPerPx = 111_320 / pxPerDegreeLat;
        double metres = nice(metresPerPx * 120);
        double px = metres / metresPerPx;
        String label = metres >= 1000 ? fmt(metres / 1000) + " km" : fmt(metres) + " m";
        double x0 = widthPx - px - 10;
        double y = heightPx - 8;
        b.append(String.format(Locale.ROOT, "<g class=\"scale\"><rect class=\"scale-bg\" x=\"%.1f\" y=\"%.1f\" "
                + "width=\"%.1f\" height=\"22\"/><path d=\"M%.1f %.1f v6 h%.1f v-6\"/><text x=\"%.1f\" y=\"%.1f\">%s"
                + "</text></g>", x0 - 4, y - 12, px + 8, x0, y, px, x0, y - 2, label));
    }

    /** 1, 2 or 5 × 10^n, the smallest not below {@code v}. */
    static double niceAbove(double v) {
        double e = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * e >= v * (1 - 1e-9)) {
                return m * e;
            }
        }
        return 10 * e;
    }

    /** 1, 2 or 5 × 10^n, the largest not above {@code v}. */
    static double nice(double v) {
        double e = Math.pow(10, Math.floor(Math.log10(v)));
        double m = v / e;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * e;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String degrees(double v, int decimals, String positive, String negative) {
        return String.format(Locale.ROOT, "%." + decimals + "f°%s", Math.abs(v), v >= 0 ? positive : negative);
    }

    /** The point at 15, 50 or 85 % along the line farthest from every candidate's dot (a label there hides none). */
    private static double[] labelPoint(Geometry line, List<Candidate> candidates, Projector p) {
        org.locationtech.jts.linearref.LengthIndexedLine indexed = new org.locationtech.jts.linearref.LengthIndexedLine(line);
        double[] best = null;
        double bestGap = -1;
        for (double f : new double[] {0.15, 0.5, 0.85}) {
            Coordinate at = indexed.extractPoint(line.getLength() * f);
            double[] xy = p.at(at.x, at.y);
            double gap = Double.MAX_VALUE;
            for (Candidate c : candidates) {
                double[] d = p.at(c.lon(), c.lat());
                gap = Math.min(gap, Math.hypot(d[0] - xy[0], d[1] - xy[1]));
            }
            if (gap > bestGap) {
                bestGap = gap;
                best = xy;
            }
        }
        return best;
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
