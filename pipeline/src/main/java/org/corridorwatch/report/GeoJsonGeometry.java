package org.corridorwatch.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** JTS geometries (lon/lat) as GeoJSON geometry objects, coordinates rounded to 1e-7° (~1 cm). */
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

    private static ArrayNode rings(Polygon p) {
        ArrayNode rings = F.arrayNode();
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
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
