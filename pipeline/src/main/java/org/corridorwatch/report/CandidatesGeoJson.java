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
import org.corridorwatch.model.SiteFeatures;
import org.corridorwatch.model.ReviewMarks;

/** Writes {@code candidates.geojson}: a WGS84 FeatureCollection of candidates, best first. */
public final class CandidatesGeoJson {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Facts about the pair every candidate repeats, so one feature is self-contained. */
    public record RunContext(String beforeScene, String afterScene, String beforeDate, String afterDate,
                             double reportThreshold) {
    }

    private CandidatesGeoJson() {
    }

    public static Path write(Path target, List<Candidate> candidates, RunContext ctx) {
        return write(target, candidates, ctx, ReviewMarks.NONE);
    }

    /** As {@link #write(Path, List, RunContext)}, with {@code suppressed_by} / {@code known_incident} from earlier decisions. */
    public static Path write(Path target, List<Candidate> candidates, RunContext ctx, ReviewMarks marks) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "corridorwatch-candidates");
        root.put("report_threshold", ctx.reportThreshold());
        ArrayNode features = root.putArray("features");
        for (Candidate c : candidates) {
            features.add(feature(c, ctx, marks));
        }
        return AtomicFiles.write(target, out -> JSON.writeValue(out, root));
    }

    static ObjectNode feature(Candidate c, RunContext ctx, ReviewMarks marks) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", "Feature");
        f.put("id", c.id());
        ObjectNode p = f.putObject("properties");
        p.put("id", c.id());
        p.put("rank", c.rank());
        p.put("score", round(c.score(), 4));
        p.put("flagged", c.flagged());
        p.put("pattern", c.pattern());
        for (Map.Entry<String, Double> e : c.components().entrySet()) {
            p.put(e.getKey() + "_score", round(e.getValue(), 4));
        }
        p.put("corridor", c.corridor());
        putNumber(p, "chainage_km", c.chainageKm(), 3);
        putNumber(p, "offset_m", c.offsetM(), 1);
        p.put("place", c.place());
        p.put("lon", round(c.lon(), 7));
        p.put("lat", round(c.lat(), 7));
        SiteFeatures s = c.features();
        p.put("area_m2", round(s.areaM2(), 1));
        p.put("burn_index", c.changeIndex());
        p.put("mean_" + key(c.changeIndex()), round(s.meanBurn(), 4));
        p.put("max_" + key(c.changeIndex()), round(s.maxBurn(), 4));
        p.put("mean_evidence", round(s.meanEvidence(), 4));
        p.put("darkness", round(s.darkness(), 3));
        p.put("elongation", round(s.elongation(), 2));
        p.put("axis_bearing_deg", round(s.axisBearingDeg(), 1));
        putNumber(p, "road_angle_deg", s.roadAngleDeg(), 1);
        putNumber(p, "distance_to_road_m", s.distanceM(), 1);
        putNumber(p, "road_fraction", s.roadFraction(), 3);
        c.details().forEach((k, v) -> {
            if (v == null) {
                p.putNull(k);
            } else if (v instanceof Integer || v instanceof Long) {
                p.put(k, ((Number) v).longValue());
            } else if (v instanceof Number n) {
                p.put(k, n.doubleValue());
            } else {
                p.put(k, v.toString());
            }
        });
        p.put("before_date", ctx.beforeDate());
        p.put("after_date", ctx.afterDate());
        p.put("before_scene", ctx.beforeScene());
        p.put("after_scene", ctx.afterScene());
        p.put("suppressed_by", marks.suppressedBy(c.id()));
        p.put("known_incident", marks.knownIncident(c.id()));
        ArrayNode reasons = p.putArray("reasons");
        c.reasons().forEach(reasons::add);
        f.set("geometry", GeoJsonGeometry.of(c.outlineWgs84()));
        return f;
    }

    private static String key(String index) {
        return index.toLowerCase(java.util.Locale.ROOT);
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
