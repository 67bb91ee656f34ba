package org.corridorwatch.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.model.InputDataException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** A GeoJSON FeatureCollection read as (properties, geometry) pairs; any problem names the file. */
final class GeoJsonFeatures {
    /** One feature. */
    record Feature(JsonNode properties, Geometry geometry) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonFeatures() {
    }

    static List<Feature> read(Path file, String hint) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new InputDataException(file, "is not readable JSON (" + org.corridorwatch.model.ParserMessages.oneLine(
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()) + ")", hint);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InputDataException(file, "is not a GeoJSON FeatureCollection", hint);
        }
        GeoJsonReader reader = new GeoJsonReader();
        List<Feature> out = new ArrayList<>();
        int i = 0;
        for (JsonNode f : root.path("features")) {
            i++;
            try {
                Geometry g = f.hasNonNull("geometry") ? reader.read(f.get("geometry").toString()) : null;
                out.add(new Feature(f.path("properties"), g));
            } catch (ParseException e) {
                throw new InputDataException(file, "feature " + i + " has an invalid geometry (" + e.getMessage() + ")", hint);
            }
        }
        return out;
    }
}
