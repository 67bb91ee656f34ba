package org.corridorwatch.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.corridorwatch.geo.Projection;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code truth.geojson}: one Feature per planted feature, geometry in WGS84 lon/lat (RFC 7946, exterior
 * rings counter-clockwise, 7 decimals), properties {@code id}, {@code class}, {@code visible}
 * (before/after/both) and the feature's attributes; the scene description (sensor, grid, dates,
 * acquisition differences) is the foreign member {@code scene}.
 */
public final class TruthGeoJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TruthGeoJson() {
    }

    public static String toJson(List<PlantedFeature> features, Map<String, Object> scene, Projection p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.set("scene", JSON.valueToTree(scene));
        ArrayNode arr = root.putArray("features");
        for (PlantedFeature f : features) {
            Geometry g = f.geometry();
            if (g.isEmpty()) {
                continue;
            }
            ObjectNode feat = arr.addObject();
            feat.put("type", "Feature");
            feat.put("id", f.id());
            ObjectNode props = feat.putObject("properties");
            props.put("id", f.id());
            props.put("class", f.featureClass().geojsonName());
            props.put("visible", f.visible().name().toLowerCase(java.util.Locale.ROOT));
            f.attributes().forEach((k, v) -> props.set(k, JSON.valueToTree(v)));
            feat.set("geometry", geometry(g, p));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode geometry(Geometry g, Projection p) {
        ObjectNode o = JSON.createObjectNode();
        if (g instanceof org.locationtech.jts.geom.Lineal) {
            return lines(g, p);
        }
        List<Polygon> polys = new java.util.ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon poly && !poly.isEmpty()) {
                polys.add(poly);
            }
        }
        if (polys.size() == 1) {
            o.put("type", "Polygon");
            o.set("coordinates", polygon(polys.get(0), p));
        } else {
            o.put("type", "MultiPolygon");
            ArrayNode a = o.putArray("coordinates");
            polys.forEach(poly -> a.add(polygon(poly, p)));
        }
        return o;
    }

    /** A LineString, or a MultiLineString when clipping cut the line. */
    private static ObjectNode lines(Geometry g, Projection p) {
        ObjectNode o = JSON.createObjectNode();
        if (g.getNumGeometries() == 1) {
            o.put("type", "LineString");
            o.set("coordinates", positions(g.getGeometryN(0).getCoordinates(), p));
        } else {
            o.put("type", "MultiLineString");
            ArrayNode a = o.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                a.add(positions(g.getGeometryN(i).getCoordinates(), p));
            }
        }
        return o;
    }

    private static ArrayNode positions(Coordinate[] c, Projection p) {
        ArrayNode a = JSON.createArrayNode();
        for (Coordinate q : c) {
            double[] ll = p.inverse(q.x, q.y);
            ArrayNode pt = a.addArray();
            pt.add(Math.round(ll[0] * 1e7) / 1e7);
            pt.add(Math.round(ll[1] * 1e7) / 1e7);
        }
        return a;
    }

    private static ArrayNode polygon(Polygon poly, Projection p) {
        ArrayNode rings = JSON.createArrayNode();
        rings.add(ring(poly.getExteriorRing(), true, p));
        for (int i = 0; i < poly.getNumInteriorRing(); i++) {
            rings.add(ring(poly.getInteriorRingN(i), false, p));
        }
        return rings;
    }

    private static ArrayNode ring(LinearRing r, boolean ccw, Projection p) {
        Coordinate[] c = r.getCoordinates();
        boolean isCcw = Orientation.isCCW(c);
        ArrayNode a = JSON.createArrayNode();
        for (int k = 0; k < c.length; k++) {
            Coordinate q = c[isCcw == ccw ? k : c.length - 1 - k];
            double[] ll = p.inverse(q.x, q.y);
            ArrayNode pt = a.addArray();
            pt.add(Math.round(ll[0] * 1e7) / 1e7);
            pt.add(Math.round(ll[1] * 1e7) / 1e7);
        }
        return a;
    }
}
