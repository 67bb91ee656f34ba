package org.corridorwatch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.model.SiteFeatures;

/**
 * The one list of candidate properties that {@code candidates.geojson}, {@code candidates.gpkg} and
 * {@code candidates.csv} all carry, in this order and with these types: texts, integers (counts, rank),
 * reals (scores and measures, rounded as declared), booleans, dates ({@code YYYY-MM-DD}) and a text list
 * ({@code reasons}: an array in GeoJSON, joined with "; " in the flat formats).
 *
 * <p>Rule for missing values: every candidate carries every column; a value that does not apply (the
 * queue candidate's burn metrics, the chainage of a site far from every corridor, a score term that did
 * not run for this kind of candidate) is {@code null}, never "" and never NaN.
 *
 * <p>Columns come from three places: the fixed columns below; one {@code <term>_score} per evidence term
 * ({@link #TERMS} in this order, then any other term a candidate carries); and the details evidence terms
 * add ({@link Candidate#details()}), {@link #DETAILS} first with their declared type, then any other detail
 * key with a type taken from its Java value (Integer/Long integer, other numbers real, Boolean, LocalDate,
 * anything else text). A new term or detail therefore reaches all three outputs without a change here;
 * declaring it fixes its position and type.
 */
public final class CandidateSchema {

    /** Property types, mapped to JSON and OGR types by the writers. */
    public enum Type { TEXT, INTEGER, REAL, BOOLEAN, DATE, TEXT_LIST }

    /**
     * One property.
     *
     * @param decimals rounding of REAL values (-1: as measured)
     */
    public record Column(String name, Type type, int decimals) {
    }

    /** Evidence terms known today, in output order ({@code burn} → {@code burn_score}). */
    public static final List<String> TERMS = List.of("burn", "vehicles", "firms", "queue");

    /** Details known today with their types, in output order; add new ones here. */
    public static final List<Column> DETAILS = List.of(
            new Column("vehicle_count", Type.INTEGER, -1),
            new Column("wreck_count", Type.INTEGER, -1),
            new Column("wreck_lanes", Type.INTEGER, -1),
            new Column("wreck_ends_trimmed", Type.TEXT, -1),
            new Column("queue_length_m", Type.INTEGER, -1),
            new Column("queue_runs_off_scene", Type.BOOLEAN, -1),
            new Column("queue_joined_gaps", Type.TEXT, -1),
            new Column("firms_count", Type.INTEGER, -1),
            new Column("firms_nearest_m", Type.REAL, 0),
            new Column("event_date_min", Type.DATE, -1),
            new Column("event_date_max", Type.DATE, -1));

    private static final List<Column> HEAD = List.of(
            new Column("id", Type.TEXT, -1),
            new Column("rank", Type.INTEGER, -1),
            new Column("score", Type.REAL, 4),
            new Column("flagged", Type.BOOLEAN, -1),
            new Column("pattern", Type.TEXT, -1));

    private static final List<Column> SITE = List.of(
            new Column("corridor", Type.TEXT, -1),
            new Column("chainage_km", Type.REAL, 3),
            new Column("offset_m", Type.REAL, 1),
            new Column("place", Type.TEXT, -1),
            new Column("lon", Type.REAL, 7),
            new Column("lat", Type.REAL, 7),
            new Column("area_m2", Type.REAL, 1),
            new Column("burn_index", Type.TEXT, -1),
            new Column("mean_burn", Type.REAL, 4),
            new Column("max_burn", Type.REAL, 4),
            new Column("mean_evidence", Type.REAL, 4),
            new Column("darkness", Type.REAL, 3),
            new Column("elongation", Type.REAL, 2),
            new Column("axis_bearing_deg", Type.REAL, 1),
            new Column("road_angle_deg", Type.REAL, 1),
            new Column("distance_to_road_m", Type.REAL, 1),
            new Column("road_fraction", Type.REAL, 3));

    private static final List<Column> TAIL = List.of(
            new Column("before_date", Type.DATE, -1),
            new Column("after_date", Type.DATE, -1),
            new Column("before_scene", Type.TEXT, -1),
            new Column("after_scene", Type.TEXT, -1),
            new Column("suppressed_by", Type.TEXT, -1),
            new Column("known_incident", Type.TEXT, -1),
            new Column("chip_before", Type.TEXT, -1),
            new Column("chip_after", Type.TEXT, -1),
            new Column("chip_false", Type.TEXT, -1),
            new Column("chip_evidence", Type.TEXT, -1),
            new Column("reasons", Type.TEXT_LIST, -1));

    private final List<Column> columns;

    private CandidateSchema(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The columns of a run with these candidates (the known ones always, others as the candidates carry them). */
    public static CandidateSchema of(List<Candidate> candidates) {
        List<Column> cols = new ArrayList<>(HEAD);
        Set<String> terms = new LinkedHashSet<>(TERMS);
        candidates.forEach(c -> terms.addAll(c.components().keySet()));
        terms.forEach(t -> cols.add(new Column(t + "_score", Type.REAL, 4)));
        cols.addAll(SITE);
        Map<String, Column> details = new LinkedHashMap<>();
        DETAILS.forEach(d -> details.put(d.name(), d));
        for (Candidate c : candidates) {
            c.details().forEach((k, v) -> {
                if (!details.containsKey(k) && v != null) {
                    details.put(k, new Column(k, typeOf(v), -1));
                }
            });
        }
        cols.addAll(details.values());
        cols.addAll(TAIL);
        return new CandidateSchema(cols);
    }

    public List<Column> columns() {
        return columns;
    }

    /**
     * A candidate's values by column name, in column order: String, Long, Double (rounded), Boolean,
     * LocalDate or List&lt;String&gt; as the column's type says, or null.
     *
     * @param run   the pair's facts every candidate repeats: {@code before_date}, {@code after_date},
     *              {@code before_scene}, {@code after_scene}
     * @param chips the candidate's chip paths, null without chips
     */
    public Map<String, Object> values(Candidate c, Map<String, String> run, ReviewMarks marks, CandidateChips chips) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("id", c.id());
        raw.put("rank", c.rank());
        raw.put("score", c.score());
        raw.put("flagged", c.flagged());
        raw.put("pattern", c.pattern());
        c.components().forEach((k, v) -> raw.put(k + "_score", v));
        raw.put("corridor", c.corridor());
        raw.put("chainage_km", c.chainageKm());
        raw.put("offset_m", c.offsetM());
        raw.put("place", c.place());
        raw.put("lon", c.lon());
        raw.put("lat", c.lat());
        SiteFeatures s = c.features();
        raw.put("area_m2", s.areaM2());
        raw.put("burn_index", c.changeIndex());
        raw.put("mean_burn", s.meanBurn());
        raw.put("max_burn", s.maxBurn());
        raw.put("mean_evidence", s.meanEvidence());
        raw.put("darkness", s.darkness());
        raw.put("elongation", s.elongation());
        raw.put("axis_bearing_deg", s.axisBearingDeg());
        raw.put("road_angle_deg", s.roadAngleDeg());
        raw.put("distance_to_road_m", s.distanceM());
        raw.put("road_fraction", s.roadFraction());
        raw.putAll(c.details());
        raw.putAll(run);
        raw.put("suppressed_by", marks.suppressedBy(c.id()));
        raw.put("known_incident", marks.knownIncident(c.id()));
        raw.put("chip_before", chips == null ? null : chips.before());
        raw.put("chip_after", chips == null ? null : chips.after());
        raw.put("chip_false", chips == null ? null : chips.falseColour());
        raw.put("chip_evidence", chips == null ? null : chips.evidence());
        raw.put("reasons", c.reasons());
        Map<String, Object> out = new LinkedHashMap<>();
        for (Column col : columns) {
            out.put(col.name(), typed(col, raw.get(col.name())));
        }
        return out;
    }

    /** A value as the column's type: NaN, "" and absent become null. */
    static Object typed(Column col, Object v) {
        if (v == null || (v instanceof Double d && d.isNaN()) || (v instanceof String s && s.isEmpty()
                && col.type() != Type.TEXT)) {
            return null;
        }
        return switch (col.type()) {
            case TEXT -> v.toString().isEmpty() && !col.name().equals("corridor") ? null : v.toString();
            case INTEGER -> ((Number) v).longValue();
            case REAL -> col.decimals() < 0 ? ((Number) v).doubleValue()
                    : round(((Number) v).doubleValue(), col.decimals());
            case BOOLEAN -> (Boolean) v;
            case DATE -> v instanceof LocalDate d ? d : LocalDate.parse(v.toString().substring(0, 10));
            case TEXT_LIST -> v instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of(v.toString());
        };
    }

    /** Rounded; a value that rounds to zero is 0.0, never -0.0. */
    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        double r = Math.round(v * f) / f;
        return r == 0 ? 0.0 : r;
    }

    private static Type typeOf(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return Type.INTEGER;
        }
        if (v instanceof Number) {
            return Type.REAL;
        }
        if (v instanceof Boolean) {
            return Type.BOOLEAN;
        }
        if (v instanceof LocalDate) {
            return Type.DATE;
        }
        return v instanceof List<?> ? Type.TEXT_LIST : Type.TEXT;
    }
}
