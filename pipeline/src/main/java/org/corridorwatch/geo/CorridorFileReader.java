package org.corridorwatch.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corridorwatch.model.ConfigException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Reads corridors from GeoJSON (WGS84 lon/lat): a FeatureCollection, a single Feature or a bare
 * LineString/MultiLineString geometry; or from KML/KMZ as Google Earth saves it, translated to the same
 * FeatureCollection by {@link KmlCorridorFile} (names and ExtendedData become the properties). Features with other geometry types (waypoint Points) are
 * ignored. Properties are optional, so a road exported from OpenStreetMap loads as it is:
 * {@code id} (default: the file name, with "-N" for the N-th line), {@code name}, {@code aliases},
 * {@code refs} (road numbers in road data, default: the aliases),
 * {@code default_buffer_m} (default {@link #DEFAULT_PRECISE_BUFFER_M}) and {@code origin}
 * ({@code {"lon":..,"lat":..}} or {@code [lon, lat]}: the line is turned so that its end nearer the
 * origin is chainage 0). A MultiLineString is merged into one line; parts that do not touch are
 * chained end to nearest end, starting at the origin.
 */
final class CorridorFileReader {
    /** Buffer for a line without {@code default_buffer_m}: assumed to be a precise road centreline. */
    static final double DEFAULT_PRECISE_BUFFER_M = 1000;

    private static final GeometryFactory GF = new GeometryFactory();
    private static final String HINT = "give a GeoJSON FeatureCollection of WGS84 (EPSG:4326) LineStrings, or a KML/KMZ "
            + "of lines (Google Earth); see config/README.md";

    private final Path file;

    private CorridorFileReader(Path file) {
        this.file = file;
    }

    static List<Corridor> read(Path file) {
        return new CorridorFileReader(file).read();
    }

    private List<Corridor> read() {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file, "corridor file not found", "check the path given to --corridors");
        }
        JsonNode root;
        try {
            root = KmlCorridorFile.handles(file) ? KmlCorridorFile.read(file) : new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "is not GeoJSON (not valid JSON: " + org.corridorwatch.model.ParserMessages.oneLine(e.getOriginalMessage())
                    + " at line " + e.getLocation().getLineNr() + ")", HINT, e);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be read (" + e.getMessage() + ")", "check the file's permissions");
        }
        if (root == null || !root.isObject() || !root.path("type").isTextual()) {
            throw new ConfigException(file, "is not GeoJSON (no \"type\" member at the top level)", HINT);
        }
        checkCrs(root);
        List<JsonNode> features = new ArrayList<>();
        String type = root.get("type").asText();
        switch (type) {
            case "FeatureCollection" -> root.path("features").forEach(features::add);
            case "Feature" -> features.add(root);
            case "LineString", "MultiLineString", "GeometryCollection", "Point", "MultiPoint", "Polygon",
                    "MultiPolygon" -> features.add(new ObjectMapper().createObjectNode().set("geometry", root));
            default -> throw new ConfigException(file, "is not GeoJSON (unknown type \"" + type + "\")", HINT);
        }
        List<JsonNode> lines = features.stream()
                .filter(f -> {
                    String t = f.path("geometry").path("type").asText("");
                    return t.equals("LineString") || t.equals("MultiLineString");
                }).toList();
        if (lines.isEmpty()) {
            throw new ConfigException(file, "has no LineString or MultiLineString geometry (" + features.size()
                    + " features read)", "a corridor is a line along the road; Points and Polygons are not corridors");
        }
        List<Corridor> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Corridor c = corridor(lines.get(i), i, lines.size());
            if (!ids.add(c.id())) {
                throw new ConfigException(file, "two corridors have the id \"" + c.id() + "\"", "give each corridor its own \"id\"");
            }
            out.add(c);
        }
        return out;
    }

    private void checkCrs(JsonNode root) {
        JsonNode crs = root.path("crs").path("properties").path("name");
        if (crs.isTextual()) {
            String n = crs.asText();
            if (!(n.contains("CRS84") || n.endsWith("4326"))) {
                throw new ConfigException(file, "declares the CRS " + n + "; corridors must be WGS84 lon/lat",
                        "reproject it: ogr2ogr -t_srs EPSG:4326 out.geojson " + file.getFileName());
            }
        }
    }

    private Corridor corridor(JsonNode feature, int index, int count) {
        JsonNode props = feature.path("properties");
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String id = text(props, "id", count == 1 ? stem : stem + "-" + (index + 1));
        String where = "corridor \"" + id + "\"";
        String name = text(props, "name", id);
        List<String> aliases = new ArrayList<>();
        props.path("aliases").forEach(a -> aliases.add(a.asText()));
        List<String> refs = new ArrayList<>();
        props.path("refs").forEach(r -> refs.add(r.asText()));
        double buffer = DEFAULT_PRECISE_BUFFER_M;
        JsonNode b = props.get("default_buffer_m");
        if (b != null && !b.isNull()) {
            if (!b.isNumber() || !(b.asDouble() > 0) || Double.isInfinite(b.asDouble())) {
                throw new ConfigException(file, where + ": default_buffer_m must be a number of metres > 0, got " + b,
                        "set a half-width such as 7500 for a coarse line or 500-1000 for a precise road");
            }
            buffer = b.asDouble();
        }
        List<List<Coordinate>> parts = parts(feature.get("geometry"), where);
        Coordinate origin = origin(props.get("origin"), where);
        LineString line = join(parts, origin);
        if (line.getNumPoints() < 2 || line.getLength() == 0) {
            throw new ConfigException(file, where + " has fewer than two distinct points", HINT);
        }
        return new Corridor(id, name, aliases, buffer, line, refs);
    }

    private List<List<Coordinate>> parts(JsonNode geometry, String where) {
        JsonNode coords = geometry.path("coordinates");
        List<List<Coordinate>> parts = new ArrayList<>();
        if (geometry.path("type").asText().equals("LineString")) {
            parts.add(positions(coords, where));
        } else {
            coords.forEach(p -> parts.add(positions(p, where)));
        }
        parts.removeIf(p -> p.size() < 2);
        if (parts.isEmpty()) {
            throw new ConfigException(file, where + " has an empty line (fewer than two positions)", HINT);
        }
        return parts;
    }

    private List<Coordinate> positions(JsonNode array, String where) {
        if (!array.isArray()) {
            throw new ConfigException(file, where + ": \"coordinates\" is not an array of positions", HINT);
        }
        List<Coordinate> out = new ArrayList<>();
        for (JsonNode p : array) {
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new ConfigException(file, where + ": position " + p + " is not [lon, lat]", HINT);
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new ConfigException(file, where + ": coordinate [" + lon + ", " + lat
                        + "] is outside the valid range (lon -180..180, lat -90..90)",
                        "corridors must be WGS84 lon/lat; reproject projected data with ogr2ogr -t_srs EPSG:4326");
            }
            out.add(new Coordinate(lon, lat));
        }
        return out;
    }

    private Coordinate origin(JsonNode o, String where) {
        if (o == null || o.isNull()) {
            return null;
        }
        JsonNode lon = o.isArray() ? o.get(0) : o.get("lon");
        JsonNode lat = o.isArray() ? o.get(1) : o.get("lat");
        if (lon == null || lat == null || !lon.isNumber() || !lat.isNumber()
                || Math.abs(lon.asDouble()) > 180 || Math.abs(lat.asDouble()) > 90) {
            throw new ConfigException(file, where + ": origin must be {\"lon\": .., \"lat\": ..} in WGS84, got " + o, HINT);
        }
        return new Coordinate(lon.asDouble(), lat.asDouble());
    }

    /** Merges parts into one line oriented so that the end nearer {@code origin} comes first. */
    static LineString join(List<List<Coordinate>> parts, Coordinate origin) {
        List<LineString> pieces = new ArrayList<>();
        if (parts.size() == 1) {
            pieces.add(GF.createLineString(parts.get(0).toArray(Coordinate[]::new)));
        } else {
            LineMerger merger = new LineMerger();
            parts.forEach(p -> merger.add(GF.createLineString(p.toArray(Coordinate[]::new))));
            @SuppressWarnings("unchecked")
            Collection<LineString> merged = merger.getMergedLineStrings();
            pieces.addAll(merged);
        }
        Coordinate start = origin != null ? origin : pieces.get(0).getCoordinateN(0);
        CoordinateList chain = new CoordinateList();
        List<LineString> left = new ArrayList<>(pieces);
        Coordinate end = start;
        while (!left.isEmpty()) {
            LineString best = null;
            boolean reverse = false;
            double bestD = Double.POSITIVE_INFINITY;
            for (LineString l : left) {
                double d0 = dist(end, l.getCoordinateN(0));
                double d1 = dist(end, l.getCoordinateN(l.getNumPoints() - 1));
                if (Math.min(d0, d1) < bestD) {
                    bestD = Math.min(d0, d1);
                    best = l;
                    reverse = d1 < d0;
                }
            }
            left.remove(best);
            LineString next = reverse ? best.reverse() : best;
            chain.add(next.getCoordinates(), false);
            end = chain.getCoordinate(chain.size() - 1);
        }
        return GF.createLineString(chain.toCoordinateArray());
    }

    private static double dist(Coordinate a, Coordinate b) {
        return Geodesic.distanceM(a.x, a.y, b.x, b.y);
    }

    private static String text(JsonNode props, String key, String fallback) {
        JsonNode n = props.get(key);
        return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText().trim() : fallback;
    }
}
