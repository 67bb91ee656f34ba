package org.corridorwatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.raster.VectorLayers;
import org.corridorwatch.raster.VectorLayers.Field;
import org.corridorwatch.raster.VectorLayers.FieldType;
import org.corridorwatch.raster.VectorLayers.LayerSpec;
import org.corridorwatch.raster.VectorLayers.Row;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.CorridorRoad;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.model.TileOutcome;

/**
 * The run's GIS layers, written through GDAL/OGR: {@code candidates.gpkg} (layers {@code candidates},
 * {@code tiles}, {@code corridors}), {@code candidates.kml} (one placemark per candidate: outline and
 * centroid, the chips and reasons in the balloon) and {@code candidates.csv} (one row per candidate,
 * lon/lat columns, the outline as WKT). All WGS84.
 */
public final class GisLayers {
    private static final GeometryFactory GF = new GeometryFactory();

    private GisLayers() {
    }

    /** Writes the three files into {@code runDir}. */
    public static void write(java.nio.file.Path runDir, List<Candidate> candidates, List<TileOutcome> tiles,
                             List<Corridor> corridors, CandidatesGeoJson.RunContext ctx, ReviewMarks marks,
                             Map<String, CandidateChips> chips) {
        write(runDir, candidates, tiles, corridors, List.of(), "", ctx, marks, chips);
    }

    /** As above, with a {@code roads} layer in candidates.gpkg (one line per road segment). */
    public static void write(java.nio.file.Path runDir, List<Candidate> candidates, List<TileOutcome> tiles,
                             List<Corridor> corridors, List<CorridorRoad> roads, String roadData,
                             CandidatesGeoJson.RunContext ctx, ReviewMarks marks, Map<String, CandidateChips> chips) {
        LayerSpec cand = candidateLayer(candidates, ctx, marks, chips, "MULTIPOLYGON", List.of(), true);
        VectorLayers.write(runDir.resolve("candidates.gpkg"), "GPKG",
                roads.isEmpty() ? List.of(cand, tileLayer(tiles), corridorLayer(corridors))
                        : List.of(cand, tileLayer(tiles), corridorLayer(corridors), roadLayer(roads, roadData)), List.of());
        VectorLayers.write(runDir.resolve("candidates.kml"), "KML", List.of(kmlLayer(candidates, marks, chips)), List.of());
        VectorLayers.write(runDir.resolve("candidates.csv"), "CSV",
                List.of(neutralised(candidateLayer(candidates, ctx, marks, chips, "MULTIPOLYGON",
                        List.of("GEOMETRY=AS_WKT", "CREATE_CSVT=NO", "STRING_QUOTING=IF_NEEDED"), false))), List.of());
    }

    /**
     * The layer for CSV: every text cell safe from CSV injection (place names, reasons and paths come from
     * data) and dates as ISO text (OGR's CSV writer would write them as YYYY/MM/DD).
     */
    static LayerSpec neutralised(LayerSpec layer) {
        List<VectorLayers.Row> rows = layer.rows().stream().map(r -> {
            Map<String, Object> v = new LinkedHashMap<>(r.values());
            v.replaceAll((k, x) -> x instanceof java.time.LocalDate d ? d.toString() : x);
            return new VectorLayers.Row(r.geometryWgs84(), org.corridorwatch.model.SpreadsheetCells.neutraliseStrings(v));
        }).toList();
        List<Field> fields = layer.fields().stream()
                .map(f -> f.type() == FieldType.DATE ? new Field(f.name(), FieldType.STRING) : f).toList();
        return new LayerSpec(layer.name(), layer.geometryType(), fields, rows, layer.options());
    }

    /** The columns of {@link CandidateSchema} as OGR fields (the text list {@code reasons} as one text). */
    static List<Field> candidateFields(CandidateSchema schema) {
        List<Field> f = new ArrayList<>();
        for (CandidateSchema.Column c : schema.columns()) {
            f.add(new Field(c.name(), switch (c.type()) {
                case TEXT, TEXT_LIST -> FieldType.STRING;
                case INTEGER -> FieldType.INTEGER;
                case REAL -> FieldType.REAL;
                case BOOLEAN -> FieldType.BOOLEAN;
                case DATE -> FieldType.DATE;
            }));
        }
        return f;
    }

    /** A candidate's schema values for a flat layer: the list of reasons joined with "; ". */
    static Map<String, Object> candidateValues(CandidateSchema schema, Candidate c, CandidatesGeoJson.RunContext ctx,
                                               ReviewMarks marks, CandidateChips ch) {
        Map<String, Object> v = new LinkedHashMap<>(schema.values(c, ctx.properties(), marks, ch));
        v.replaceAll((k, x) -> x instanceof List<?> l ? String.join("; ", l.stream().map(Object::toString).toList()) : x);
        return v;
    }

    static LayerSpec candidateLayer(List<Candidate> candidates, CandidatesGeoJson.RunContext ctx, ReviewMarks marks,
                                    Map<String, CandidateChips> chips, String geometryType, List<String> options,
                                    boolean withGeometry) {
        CandidateSchema schema = CandidateSchema.of(candidates);
        List<Row> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            rows.add(new Row(multi(c.outlineWgs84()), candidateValues(schema, c, ctx, marks, chips.get(c.id()))));
        }
        return new LayerSpec("candidates", geometryType, candidateFields(schema), rows, options);
    }

    /** The {@code tiles} layer: the same properties as tiles.geojson ({@link TilesGeoJson#COLUMNS}). */
    static LayerSpec tileLayer(List<TileOutcome> outcomes) {
        List<Field> f = new ArrayList<>();
        TilesGeoJson.COLUMNS.forEach((name, type) -> f.add(new Field(name, switch (type) {
            case "integer" -> FieldType.INTEGER;
            case "real" -> FieldType.REAL;
            case "boolean" -> FieldType.BOOLEAN;
            default -> FieldType.STRING;
        })));
        List<Row> rows = new ArrayList<>();
        for (TileOutcome o : outcomes) {
            rows.add(new Row(o.tile().footprintWgs84(), TilesGeoJson.values(o)));
        }
        return new LayerSpec("tiles", "POLYGON", f, rows, List.of());
    }

    static LayerSpec roadLayer(List<CorridorRoad> roads, String roadData) {
        List<Field> f = List.of(new Field("corridor", FieldType.STRING), new Field("segment", FieldType.INTEGER),
                new Field("source", FieldType.STRING), new Field("confidence", FieldType.REAL),
                new Field("offset_m", FieldType.REAL), new Field("note", FieldType.STRING), new Field("road_data", FieldType.STRING));
        List<Row> rows = new ArrayList<>();
        for (CorridorRoad r : roads) {
            int i = 0;
            for (org.corridorwatch.model.RoadSegment s : r.segments()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("corridor", r.corridorId());
                v.put("segment", i++);
                v.put("source", s.source().label());
                v.put("confidence", s.confidence());
                v.put("offset_m", s.offsetFromConfiguredM());
                v.put("note", s.note());
                v.put("road_data", roadData);
                rows.add(new Row(s.lineWgs84(), v));
            }
        }
        return new LayerSpec("roads", "LINESTRING", f, rows, List.of());
    }

    static LayerSpec corridorLayer(List<Corridor> corridors) {
        List<Field> f = List.of(new Field("id", FieldType.STRING), new Field("name", FieldType.STRING),
                new Field("aliases", FieldType.STRING), new Field("buffer_m", FieldType.REAL));
        List<Row> rows = new ArrayList<>();
        for (Corridor c : corridors) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", c.id());
            v.put("name", c.name());
            v.put("aliases", String.join(", ", c.aliases()));
            v.put("buffer_m", c.defaultBufferM());
            rows.add(new Row(c.lineWgs84(), v));
        }
        return new LayerSpec("corridors", "LINESTRING", f, rows, List.of());
    }

    /** KML: Name and Description (an HTML balloon: chips by relative path, score, reasons) plus a few attributes. */
    static LayerSpec kmlLayer(List<Candidate> candidates, ReviewMarks marks, Map<String, CandidateChips> chips) {
        List<Field> f = List.of(new Field("Name", FieldType.STRING), new Field("Description", FieldType.STRING),
                new Field("id", FieldType.STRING), new Field("rank", FieldType.INTEGER), new Field("score", FieldType.REAL),
                new Field("pattern", FieldType.STRING), new Field("flagged", FieldType.INTEGER));
        List<Row> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("Name", "#" + c.rank() + " " + c.pattern() + " (" + String.format(java.util.Locale.ROOT, "%.2f", c.score()) + ")");
            v.put("Description", balloon(c, marks, chips.get(c.id())));
            v.put("id", c.id());
            v.put("rank", c.rank());
            v.put("score", CandidatesGeoJson.round(c.score(), 4));
            v.put("pattern", c.pattern());
            v.put("flagged", c.flagged());
            Geometry g = GF.createGeometryCollection(new Geometry[] {GF.createPoint(new org.locationtech.jts.geom.Coordinate(
                    c.lon(), c.lat())), c.outlineWgs84()});
            rows.add(new Row(g, v));
        }
        return new LayerSpec("candidates", "GEOMETRY", f, rows, List.of());
    }

    /** The balloon's HTML; every text from the data is escaped. */
    static String balloon(Candidate c, ReviewMarks marks, CandidateChips ch) {
        StringBuilder b = new StringBuilder();
        b.append("<b>").append(Html.escape(c.place())).append("</b><br/>score ")
                .append(String.format(java.util.Locale.ROOT, "%.2f", c.score())).append(", ").append(Html.escape(c.pattern()))
                .append(c.flagged() ? ", flagged" : "").append("<br/>");
        if (marks.suppressedBy(c.id()) != null) {
            b.append("suppressed by rejected site ").append(Html.escape(marks.suppressedBy(c.id()))).append("<br/>");
        }
        if (marks.knownIncident(c.id()) != null) {
            b.append("known incident ").append(Html.escape(marks.knownIncident(c.id()))).append("<br/>");
        }
        b.append("<ul>");
        for (String r : c.reasons()) {
            b.append("<li>").append(Html.escape(r)).append("</li>");
        }
        b.append("</ul>");
        if (ch != null) {
            for (String src : List.of(ch.before(), ch.after(), ch.falseColour(), ch.evidence())) {
                b.append("<img width=\"160\" height=\"160\" src=\"").append(Html.escape(src)).append("\"/>");
            }
        }
        return b.toString();
    }

    private static Geometry multi(Geometry g) {
        if (g instanceof Polygon p) {
            return GF.createMultiPolygon(new Polygon[] {p});
        }
        if (g instanceof MultiPolygon) {
            return g;
        }
        return g;
    }
}
