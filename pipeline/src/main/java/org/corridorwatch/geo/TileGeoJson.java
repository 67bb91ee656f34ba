package org.corridorwatch.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.corridorwatch.model.OutputException;
import org.locationtech.jts.geom.Coordinate;

/**
 * Writes a tile plan as a GeoJSON FeatureCollection (WGS84 polygons, one per tile, with the tile's
 * fields as properties), through a temporary name renamed into place.
 */
public final class TileGeoJson {
    private TileGeoJson() {
    }

    /** Writes {@code tiles} to {@code target}; the scene path goes into the collection's properties. */
    public static void write(Path target, List<Tile> tiles, String scene) {
        ObjectMapper om = new ObjectMapper();
        ObjectNode root = om.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "corridorwatch-tiles");
        root.put("scene", scene);
        ArrayNode features = root.putArray("features");
        for (Tile t : tiles) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", t.id());
            ObjectNode p = f.putObject("properties");
            p.put("id", t.id());
            p.put("corridor", t.corridorId());
            p.put("col0", t.col0());
            p.put("row0", t.row0());
            p.put("width", t.width());
            p.put("height", t.height());
            p.put("chainage_from_km", t.chainageFromKm());
            p.put("chainage_to_km", t.chainageToKm());
            p.put("nearest_place", t.nearestPlace());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Polygon");
            ArrayNode ring = g.putArray("coordinates").addArray();
            for (Coordinate c : t.footprintWgs84().getExteriorRing().getCoordinates()) {
                ring.addArray().add(Math.round(c.x * 1e7) / 1e7).add(Math.round(c.y * 1e7) / 1e7);
            }
        }
        Path abs = target.toAbsolutePath();
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(abs.getParent());
            om.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover hidden .partial file is harmless
            }
            throw new OutputException(target, "cannot write the tiles GeoJSON (" + e.getMessage() + ")",
                    "check that the directory is writable and the disk has space");
        }
    }
}
