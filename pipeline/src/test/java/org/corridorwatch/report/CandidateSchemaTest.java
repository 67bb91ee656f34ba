package org.corridorwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.model.SiteFeatures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The candidate schema on literal candidates: declared and new columns, their types, and the null rule. */
class CandidateSchemaTest {
    private static final Map<String, String> RUN = Map.of("before_date", "2025-09-08", "after_date", "2025-09-18",
            "before_scene", "b.tif", "after_scene", "a.tif");

    static Candidate candidate(String pattern, Map<String, Double> components, Map<String, Object> details, String index) {
        GeometryFactory gf = new GeometryFactory();
        var square = gf.createPolygon(new Coordinate[] {new Coordinate(-8, 13), new Coordinate(-8, 13.001),
                new Coordinate(-7.999, 13.001), new Coordinate(-8, 13)});
        SiteFeatures f = new SiteFeatures(1000, index.isEmpty() ? Double.NaN : 0.3, Double.NaN, 0.5, 0.4, Double.NaN, 12,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, true);
        return new Candidate("cw-x", 1, 0.71234, true, pattern, "", Double.NaN, -0.04, "near X", -8.0, 13.0, square, f,
                components, List.of("one", "two"), index, details);
    }

    @Test
    void newTermsAndDetailsBecomeTypedColumnsAndMissingValuesAreNull() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firms_count", 2);
        details.put("event_date_min", "2025-09-13");
        details.put("smoke_plumes", 3);
        details.put("smoke_ratio", 0.25);
        details.put("smoke_seen", true);
        Candidate c = candidate("road_attack", Map.of("burn", 0.9, "smoke", 0.5), details, "dNBR");
        Candidate queue = candidate("queue", Map.of("queue", 1.0), Map.of("vehicle_count", 12), "");
        CandidateSchema schema = CandidateSchema.of(List.of(c, queue));
        Map<String, CandidateSchema.Type> types = new LinkedHashMap<>();
        schema.columns().forEach(col -> types.put(col.name(), col.type()));

        assertEquals(CandidateSchema.Type.REAL, types.get("smoke_score"));
        assertEquals(CandidateSchema.Type.INTEGER, types.get("smoke_plumes"));
        assertEquals(CandidateSchema.Type.REAL, types.get("smoke_ratio"));
        assertEquals(CandidateSchema.Type.BOOLEAN, types.get("smoke_seen"));
        assertEquals(CandidateSchema.Type.DATE, types.get("event_date_min"));
        assertEquals(CandidateSchema.Type.DATE, types.get("after_date"));
        assertEquals(CandidateSchema.Type.TEXT_LIST, types.get("reasons"));
        List<String> names = List.copyOf(types.keySet());
        assertTrue(names.indexOf("queue_score") < names.indexOf("smoke_score"), "known terms first: " + names);
        assertTrue(names.indexOf("event_date_max") < names.indexOf("smoke_plumes"), "declared details first: " + names);

        Map<String, Object> v = schema.values(c, RUN, ReviewMarks.NONE, null);
        assertEquals(names, List.copyOf(v.keySet()), "every column in every candidate");
        assertEquals(0.7123, v.get("score"));
        assertEquals(LocalDate.of(2025, 9, 13), v.get("event_date_min"));
        assertEquals(2L, v.get("firms_count"));
        assertEquals(3L, v.get("smoke_plumes"));
        assertEquals(List.of("one", "two"), v.get("reasons"));
        assertNull(v.get("queue_score"), "a term that did not score the candidate");
        assertNull(v.get("chainage_km"), "NaN");
        assertNull(v.get("elongation"), "NaN");
        assertEquals("", v.get("corridor"), "no corridor stays \"\" (readers compare ids)");

        Map<String, Object> q = schema.values(queue, RUN, ReviewMarks.NONE, null);
        assertNull(q.get("burn_index"), "\"\" becomes null");
        assertNull(q.get("mean_burn"));
        assertNull(q.get("smoke_plumes"));
        assertEquals(12L, q.get("vehicle_count"));
        assertEquals("0.0", String.valueOf(q.get("offset_m")), "-0.04 rounds to 0.0, not -0.0");
    }
}
