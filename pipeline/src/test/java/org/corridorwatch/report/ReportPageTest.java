package org.corridorwatch.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.model.SiteFeatures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** report.html rendered from literal candidates: data is escaped, best first, marks shown. */
class ReportPageTest {
    private static Candidate candidate(String id, int rank, double score, String reason) throws Exception {
        Map<String, Double> components = new LinkedHashMap<>();
        components.put("burn", score);
        return new Candidate(id, rank, score, score >= 0.5, "road_attack", "rn1-senegal", 126.1, -6, "km 126.1 on RN1, <b>Kolokani</b>",
                -8.0627, 13.7254, new WKTReader().read("POLYGON((-8.063 13.724, -8.062 13.724, -8.062 13.727, -8.063 13.727, -8.063 13.724))"),
                new SiteFeatures(13_600, 0.25, 0.49, 0.84, 0.89, 8.8, 168, 1.3, 169, 0, 1, true), components,
                List.of(reason), "dNBR", Map.of());
    }

    @Test
    void candidatesAreListedBestFirstWithTheirDataEscaped() throws Exception {
        List<Candidate> cs = List.of(candidate("cw-a", 1, 0.98, "1.4 ha burn scar <script>alert(1)</script>"),
                candidate("cw-b", 2, 0.20, "small scar"));
        String html = ReportPage.render(cs, List.of(), List.of(),
                new CandidatesGeoJson.RunContext("before.tif", "after.tif", "2025-09-08", "2025-09-18", 0.5),
                new ReviewMarks(Map.of("cw-b", "cw-old"), Map.of()), Map.of());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script>alert(1)</script>"), "a reason is data, never markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<b>Kolokani</b>"));
        assertTrue(html.indexOf("id=\"c-cw-a\"") > 0 && html.indexOf("id=\"c-cw-a\"") < html.indexOf("id=\"c-cw-b\""), "best first");
        assertTrue(html.contains("2 candidates, 1 flagged"), "the header counts");
        assertTrue(html.contains("cw-old"), "a suppressed candidate names the rejected site that suppressed it");
    }
}
