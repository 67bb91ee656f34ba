package org.corridorwatch.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorwatch.model.ConfigException;

/**
 * Named places for labelling ("4.2 km SE of Kolokani"), from a places GeoJSON (Point features with
 * {@code name} and {@code kind}) or a GeoNames country dump ({@code ML.txt}: tab-separated, 19
 * columns, of which only populated places, feature class P, are kept). Immutable, thread-safe.
 */
public final class Gazetteer {
    /** The default places file, relative to the repository root. */
    public static final String DEFAULT_FILE = "config/places.geojson";

    private final List<Place> places;
    private final double[] lon;
    private final double[] lat;
    private final double[] cosLat;

    /** A gazetteer of the given places. */
    public Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        int n = places.size();
        lon = new double[n];
        lat = new double[n];
        cosLat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = places.get(i).lon();
            lat[i] = places.get(i).lat();
            cosLat[i] = Math.cos(Math.toRadians(lat[i]));
        }
    }

    /** Reads a places GeoJSON or a GeoNames dump; any problem is a {@link ConfigException} naming the file. */
    public static Gazetteer load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file, "places file not found", "check the path given to --places");
        }
        String head;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[256];
            int n = r.read(buf);
            head = n <= 0 ? "" : new String(buf, 0, n).strip();
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be read (" + e.getMessage() + ")", "check the file's permissions");
        }
        List<Place> places = head.startsWith("{") ? readGeoJson(file) : readGeoNames(file);
        if (places.isEmpty()) {
            throw new ConfigException(file, "holds no places", "give a GeoJSON of named Points or a GeoNames dump");
        }
        return new Gazetteer(places);
    }

    /** {@code <corridorwatch.home>/config/places.geojson}. */
    public static Gazetteer loadDefault() {
        return load(CorridorCatalog.home().resolve(DEFAULT_FILE));
    }

    /** {@code file}, or the default file when it is null (an option the user did not give). */
    public static Gazetteer loadOrDefault(Path file) {
        return file == null ? loadDefault() : load(file);
    }

    public List<Place> places() {
        return places;
    }

    /** The place nearest to a WGS84 point (ellipsoidal distance), empty for an empty gazetteer. */
    public Optional<Place> nearest(double qLon, double qLat) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        double cq = Math.cos(Math.toRadians(qLat));
        for (int i = 0; i < lon.length; i++) {
            double dx = (lon[i] - qLon) * (cq + cosLat[i]) / 2;
            double dy = lat[i] - qLat;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(places.get(best));
    }

    private static List<Place> readGeoJson(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "is not GeoJSON (not valid JSON: " + org.corridorwatch.model.ParserMessages.oneLine(e.getOriginalMessage()) + ")",
                    "give a FeatureCollection of Points with a \"name\" property", e);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be read (" + e.getMessage() + ")", "check the file's permissions");
        }
        List<Place> out = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            JsonNode g = f.path("geometry");
            if (!g.path("type").asText().equals("Point")) {
                continue;
            }
            JsonNode c = g.path("coordinates");
            String name = f.path("properties").path("name").asText("");
            double x = c.path(0).asDouble(Double.NaN);
            double y = c.path(1).asDouble(Double.NaN);
            if (name.isBlank() || !(Math.abs(x) <= 180 && Math.abs(y) <= 90)) {
                throw new ConfigException(file, "place " + f.path("properties") + " at " + c
                        + " has no name or a coordinate outside WGS84 lon/lat range",
                        "every place needs a \"name\" and a Point [lon, lat]");
            }
            out.add(new Place(name, x, y, f.path("properties").path("kind").asText("place")));
        }
        return out;
    }

    private static List<Place> readGeoNames(Path file) {
        List<Place> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] col = line.split("\t", -1);
                double y;
                double x;
                try {
                    if (col.length < 8) {
                        throw new NumberFormatException();
                    }
                    y = Double.parseDouble(col[4]);
                    x = Double.parseDouble(col[5]);
                } catch (NumberFormatException e) {
                    throw new ConfigException(file, "line " + no + " is not a GeoNames row (expected tab-separated "
                            + "geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, ...)",
                            "give a GeoNames country dump such as ML.txt, or a places GeoJSON");
                }
                if ("P".equals(col[6]) && Math.abs(x) <= 180 && Math.abs(y) <= 90) {
                    out.add(new Place(col[1], x, y, col[7]));
                }
            }
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be read (" + e.getMessage() + ")", "check the file's permissions");
        }
        return out;
    }
}
