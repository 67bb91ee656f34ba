package org.corridorwatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.ReviewMarks;

/** Writes {@code candidates.geojson}: a WGS84 FeatureCollection of candidates, best first. */
public final class CandidatesGeoJson {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Facts about the pair every candidate repeats, so one feature is self-contained. */
    public record RunContext(String beforeScene, String afterScene, String beforeDate, String afterDate,
                             double reportThreshold) {
        /** The facts as {@link CandidateSchema} columns. */
        public Map<String, String> properties() {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("before_date", beforeDate);
            m.put("after_date", afterDate);
            m.put("before_scene", beforeScene);
            m.put("after_scene", afterScene);
            return m;
        }
    }

    private CandidatesGeoJson() {
    }

    public static Path write(Path target, List<Candidate> candidates, RunContext ctx) {
        return write(target, candidates, ctx, ReviewMarks.NONE);
    }

    /** As {@link #write(Path, List, RunContext)}, with {@code suppressed_by} / {@code known_incident} from earlier decisions. */
    public static Path write(Path target, List<Candidate> candidates, RunContext ctx, ReviewMarks marks) {
        return write(target, candidates, ctx, marks, Map.of());
    }

    /**
     * As above, with the chip paths of the candidates that get chips ({@link ChipWriter#planned}). Properties
     * are the columns of {@link CandidateSchema}, the same as candidates.gpkg and candidates.csv.
     */
    public static Path write(Path target, List<Candidate> candidates, RunContext ctx, ReviewMarks marks,
                             Map<String, CandidateChips> chips) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "corridorwatch-candidates");
        root.put("report_threshold", ctx.reportThreshold());
        ArrayNode features = root.putArray("features");
        CandidateSchema schema = CandidateSchema.of(candidates);
        for (Candidate c : candidates) {
            features.add(feature(schema, c, ctx, marks, chips.get(c.id())));
        }
        return AtomicFiles.write(target, out -> JSON.writeValue(out, root));
    }

    static ObjectNode feature(CandidateSchema schema, Candidate c, RunContext ctx, ReviewMarks marks, CandidateChips chips) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", "Feature");
        f.put("id", c.id());
        ObjectNode p = f.putObject("properties");
        schema.values(c, ctx.properties(), marks, chips).forEach((k, v) -> put(p, k, v));
        f.set("geometry", GeoJsonGeometry.of(c.outlineWgs84()));
        return f;
    }

    /**
     * One typed value as JSON (candidates' schema values, tiles' properties): whole numbers and reals as numbers,
     * dates as "YYYY-MM-DD", lists as arrays of strings, null as null.
     */
    static void put(ObjectNode p, String k, Object v) {
        if (v == null) {
            p.putNull(k);
        } else if (v instanceof Long l) {
            p.put(k, l);
        } else if (v instanceof Integer i) {
            p.put(k, i);
        } else if (v instanceof Double d) {
            p.put(k, d);
        } else if (v instanceof Boolean b) {
            p.put(k, b);
        } else if (v instanceof List<?> l) {
            ArrayNode a = p.putArray(k);
            l.forEach(x -> a.add(x.toString()));
        } else {
            p.put(k, v.toString());
        }
    }

    public static void putNumber(ObjectNode n, String key, double v, int decimals) {
        if (Double.isNaN(v)) {
            n.putNull(key);
        } else {
            n.put(key, round(v, decimals));
        }
    }

    public static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
