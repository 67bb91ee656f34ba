package org.corridorwatch.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.model.Tile;
import org.corridorwatch.model.TileOutcome;

/**
 * Tiles as a GeoJSON FeatureCollection (WGS84 footprints, one feature per tile), written through a
 * temporary name: a tile plan ({@code corridorwatch tiles}) or a scan's {@code tiles.geojson}, where
 * every planned tile also says how it ended (status, shift, best score).
 */
public final class TilesGeoJson {
    private TilesGeoJson() {
    }

    /** A tile plan; the scene it was planned on goes into the collection's properties. */
    public static Path writePlan(Path target, List<Tile> tiles, String scene) {
        ObjectNode root = collection();
        root.put("scene", scene);
        ArrayNode features = root.withArray("features");
        for (Tile t : tiles) {
            feature(features, t);
        }
        return write(target, root);
    }

    /** A scan's {@code tiles.geojson}. */
    public static Path write(Path target, List<TileOutcome> outcomes) {
        ObjectNode root = collection();
        ArrayNode features = root.withArray("features");
        for (TileOutcome o : outcomes) {
            ObjectNode p = feature(features, o.tile());
            p.put("status", o.status());
            p.put("reason", o.reason());
            CandidatesGeoJson.putNumber(p, "valid_fraction", o.validFraction(), 3);
            CandidatesGeoJson.putNumber(p, "shift_dx_px", o.shiftDx(), 3);
            CandidatesGeoJson.putNumber(p, "shift_dy_px", o.shiftDy(), 3);
            p.put("shift_applied", o.shiftApplied());
            p.put("best_score", CandidatesGeoJson.round(o.bestScore(), 4));
        }
        return write(target, root);
    }

    private static ObjectNode collection() {
        ObjectNode root = CandidatesGeoJson.JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "corridorwatch-tiles");
        root.putArray("features");
        return root;
    }

    /** Appends a tile's feature (identity, chainage, place, pixel window, footprint); returns its properties. */
    private static ObjectNode feature(ArrayNode features, Tile t) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        f.put("id", t.id());
        ObjectNode p = f.putObject("properties");
        p.put("id", t.id());
        p.put("corridor", t.corridorId());
        CandidatesGeoJson.putNumber(p, "chainage_from_km", t.chainageFromKm(), 3);
        CandidatesGeoJson.putNumber(p, "chainage_to_km", t.chainageToKm(), 3);
        p.put("place", t.nearestPlace());
        p.put("col0", t.col0());
        p.put("row0", t.row0());
        p.put("width", t.width());
        p.put("height", t.height());
        f.set("geometry", GeoJsonGeometry.of(t.footprintWgs84()));
        return p;
    }

    private static Path write(Path target, ObjectNode root) {
        return AtomicFiles.write(target, out -> CandidatesGeoJson.JSON.writeValue(out, root));
    }
}
