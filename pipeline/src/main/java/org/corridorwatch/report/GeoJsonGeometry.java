package org.corridorwatch.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** JTS geometries (lon/lat) as GeoJSON geometry objects, coordinates rounded to 1e-7° (~1 cm), polygon rings in RFC 7946 orientation. */
public final class GeoJsonGeometry {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private GeoJsonGeometry() {
    }

    public static ObjectNode of(Geometry g) {
        ObjectNode o = F.objectNode();
        if (g instanceof Point p) {
            o.put("type", "Point");
            o.set("coordinates", position(p.getCoordinate()));
        } else if (g instanceof Polygon p) {
            o.put("type", "Polygon");
            o.set("coordinates", rings(p));
        } else if (g instanceof LineString l) {
            o.put("type", "LineString");
            o.set("coordinates", positions(l.getCoordinates()));
        } else if (g.getNumGeometries() > 0 && g.getGeometryN(0) instanceof Polygon) {
            o.put("type", "MultiPolygon");
            ArrayNode polys = o.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                polys.add(rings((Polygon) g.getGeometryN(i)));
            }
        } else {
            throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
        }
        return o;
    }

    /** Rings as RFC 7946 §3.1.6 wants them: the exterior counter-clockwise, holes clockwise. */
    private static ArrayNode rings(Polygon p) {
        ArrayNode rings = F.arrayNode();
        rings.add(positions(oriented(p.getExteriorRing().getCoordinates(), true)));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(positions(oriented(p.getInteriorRingN(i).getCoordinates(), false)));
        }
        return rings;
    }

    static Coordinate[] oriented(Coordinate[] ring, boolean counterClockwise) {
        if (ring.length < 4 || Orientation.isCCW(ring) == counterClockwise) {
            return ring;
        }
        Coordinate[] r = ring.clone();
        java.util.Collections.reverse(java.util.Arrays.asList(r));
        return r;
    }

    private static ArrayNode positions(Coordinate[] cs) {
        ArrayNode a = F.arrayNode();
        for (Coordinate c : cs) {
            a.add(position(c));
        }
        return a;
    }

    private static ArrayNode position(Coordinate c) {
        return F.arrayNode().add(round(c.x)).add(round(c.y));
    }

    static double round(double v) {
        return Math.round(v * 1e7) / 1e7;
    }
}
