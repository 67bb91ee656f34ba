package org.corridorwatch.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.raster.VectorLayers;
import org.corridorwatch.raster.VectorLayers.Field;
import org.corridorwatch.raster.VectorLayers.FieldType;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.report.CandidatesGeoJson;
import org.corridorwatch.report.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Exports decisions with their site geometry (WGS84): GeoJSON (Jackson), CSV and GeoPackage (GDAL/OGR;
 * CSV has the outline as WKT plus lon/lat of its centroid). Either the current decision per site or
 * the whole history.
 */
public final class DecisionExport {
    /** Output formats. */
    public enum Format { GEOJSON, CSV, GPKG }

    private DecisionExport() {
    }

    public static Path write(List<Decision> decisions, Format format, Path target) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Geometry> geometries = new ArrayList<>();
        WKTReader wkt = new WKTReader();
        for (Decision d : decisions) {
            Geometry g;
            try {
                g = wkt.read(d.geometryWkt());
            } catch (ParseException e) {
                throw new InputDataException("decision " + d.seq() + " of site " + d.siteId() + " has an unreadable outline",
                        "the store was edited by hand; restore it from a backup");
            }
            geometries.add(g);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("seq", d.seq());
            v.put("site_id", d.siteId());
            v.put("decision", d.verdict().key());
            v.put("reviewer", d.reviewer());
            v.put("decided_at", d.decidedAt().toString());
            v.put("note", d.note());
            v.put("pattern", d.pattern());
            v.put("run", d.run());
            v.put("lon", CandidatesGeoJson.round(g.getCentroid().getX(), 7));
            v.put("lat", CandidatesGeoJson.round(g.getCentroid().getY(), 7));
            rows.add(v);
        }
        return switch (format) {
            case GEOJSON -> geoJson(rows, geometries, target);
            case CSV -> VectorLayers.write(target, "CSV", List.of(layer(rows.stream()
                    .map(org.corridorwatch.model.SpreadsheetCells::neutraliseStrings).toList(), geometries,
                    List.of("GEOMETRY=AS_WKT", "CREATE_CSVT=NO"))), List.of());
            case GPKG -> VectorLayers.write(target, "GPKG", List.of(layer(rows, geometries, List.of())), List.of());
        };
    }

    private static VectorLayers.LayerSpec layer(List<Map<String, Object>> rows, List<Geometry> geometries,
                                                List<String> options) {
        List<Field> fields = List.of(new Field("seq", FieldType.INTEGER), new Field("site_id", FieldType.STRING),
                new Field("decision", FieldType.STRING), new Field("reviewer", FieldType.STRING),
                new Field("decided_at", FieldType.STRING), new Field("note", FieldType.STRING),
                new Field("pattern", FieldType.STRING), new Field("run", FieldType.STRING),
                new Field("lon", FieldType.REAL), new Field("lat", FieldType.REAL));
        List<VectorLayers.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new VectorLayers.Row(geometries.get(i), rows.get(i)));
        }
        return new VectorLayers.LayerSpec("decisions", "GEOMETRY", fields, out, options);
    }

    private static Path geoJson(List<Map<String, Object>> rows, List<Geometry> geometries, Path target) {
        ObjectNode root = CandidatesGeoJson.JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "corridorwatch-decisions");
        ArrayNode features = root.putArray("features");
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode p = f.putObject("properties");
            rows.get(i).forEach((k, v) -> p.set(k, CandidatesGeoJson.JSON.valueToTree(v)));
            f.set("geometry", GeoJsonGeometry.of(geometries.get(i)));
        }
        return AtomicFiles.write(target, out -> CandidatesGeoJson.JSON.writeValue(out, root));
    }
}
