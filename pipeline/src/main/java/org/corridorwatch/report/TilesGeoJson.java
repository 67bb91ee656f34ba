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

    /** A scan's {@code tiles.geojson}: the properties of {@link #values}, as the {@code tiles} layer of candidates.gpkg. */
    public static Path write(Path target, List<TileOutcome> outcomes) {
        ObjectNode root = collection();
        ArrayNode features = root.withArray("features");
        for (TileOutcome o : outcomes) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", o.tile().id());
            ObjectNode p = f.putObject("properties");
            values(o).forEach((k, v) -> CandidatesGeoJson.put(p, k, v));
            f.set("geometry", GeoJsonGeometry.of(o.tile().footprintWgs84()));
        }
        return write(target, root);
    }

    /** Property names of a scanned tile, in order, with their types: "text", "integer", "real" or "boolean". */
    static final java.util.Map<String, String> COLUMNS = columns();

    private static java.util.Map<String, String> columns() {
        java.util.Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("id", "text");
        c.put("corridor", "text");
        c.put("chainage_from_km", "real");
        c.put("chainage_to_km", "real");
        c.put("place", "text");
        c.put("col0", "integer");
        c.put("row0", "integer");
        c.put("width", "integer");
        c.put("height", "integer");
        c.put("status", "text");
        c.put("reason", "text");
        c.put("valid_fraction", "real");
        c.put("shift_dx_px", "real");
        c.put("shift_dy_px", "real");
        c.put("shift_applied", "boolean");
        c.put("best_score", "real");
        return java.util.Collections.unmodifiableMap(c);
    }

    /** A scanned tile's properties ({@link #COLUMNS}), rounded; NaN is null. */
    static java.util.Map<String, Object> values(TileOutcome o) {
        Tile t = o.tile();
        java.util.Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("id", t.id());
        v.put("corridor", t.corridorId());
        v.put("chainage_from_km", rounded(t.chainageFromKm(), 3));
        v.put("chainage_to_km", rounded(t.chainageToKm(), 3));
        v.put("place", t.nearestPlace());
        v.put("col0", t.col0());
        v.put("row0", t.row0());
        v.put("width", t.width());
        v.put("height", t.height());
        v.put("status", o.status());
        v.put("reason", o.reason());
        v.put("valid_fraction", rounded(o.validFraction(), 3));
        v.put("shift_dx_px", rounded(o.shiftDx(), 3));
        v.put("shift_dy_px", rounded(o.shiftDy(), 3));
        v.put("shift_applied", o.shiftApplied());
        v.put("best_score", rounded(o.bestScore(), 4));
        return v;
    }

    private static Double rounded(double v, int decimals) {
        return Double.isNaN(v) ? null : CandidatesGeoJson.round(v, decimals);
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
