package org.corridorwatch.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.geo.Tile;

/** Writes {@code tiles.geojson}: every planned tile with how it ended (status, shift, best score). */
public final class TilesGeoJson {
    private TilesGeoJson() {
    }

    public static Path write(Path target, List<TileOutcome> outcomes) {
        ObjectNode root = CandidatesGeoJson.JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "corridorwatch-tiles");
        ArrayNode features = root.putArray("features");
        for (TileOutcome o : outcomes) {
            Tile t = o.tile();
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", t.id());
            ObjectNode p = f.putObject("properties");
            p.put("id", t.id());
            p.put("status", o.status());
            p.put("reason", o.reason());
            p.put("corridor", t.corridorId());
            CandidatesGeoJson.putNumber(p, "chainage_from_km", t.chainageFromKm(), 3);
            CandidatesGeoJson.putNumber(p, "chainage_to_km", t.chainageToKm(), 3);
            p.put("place", t.nearestPlace());
            p.put("col0", t.col0());
            p.put("row0", t.row0());
            p.put("width", t.width());
            p.put("height", t.height());
            CandidatesGeoJson.putNumber(p, "valid_fraction", o.validFraction(), 3);
            CandidatesGeoJson.putNumber(p, "shift_dx_px", o.shiftDx(), 3);
            CandidatesGeoJson.putNumber(p, "shift_dy_px", o.shiftDy(), 3);
            p.put("shift_applied", o.shiftApplied());
            p.put("best_score", CandidatesGeoJson.round(o.bestScore(), 4));
            f.set("geometry", GeoJsonGeometry.of(t.footprintWgs84()));
        }
        return AtomicFiles.write(target, out -> CandidatesGeoJson.JSON.writeValue(out, root));
    }
}
