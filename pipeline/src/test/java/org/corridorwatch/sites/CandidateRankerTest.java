package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.SiteFeatures;
import org.junit.jupiter.api.Test;

class CandidateRankerTest {
    private static final SiteParameters P = ScanConfig.loadDefault().sites();

    private static Candidate c(String id, double score) {
        return new Candidate(id, 0, score, false, "burn_scar", "rn1-senegal", 100, 0, "", -8, 13.7, null,
                features(1, 50), Map.of(), List.of(), "dNBR", Map.of());
    }

    private static SiteFeatures features(double areaHa, double distanceM) {
        return new SiteFeatures(areaHa * 10_000, 0.3, 0.5, 0.8, 0.5, 3, 0, 0, 0, distanceM, 1, true);
    }

    @Test
    void ranksBestFirstTiesByIdAndFlagsAtTheThreshold() {
        List<Candidate> r = CandidateRanker.rerank(List.of(c("b", 0.5), c("c", 0.9), c("a", 0.5), c("d", 0.49)), 0.5);
        assertEquals(List.of("c", "a", "b", "d"), r.stream().map(Candidate::id).toList());
        assertEquals(List.of(1, 2, 3, 4), r.stream().map(Candidate::rank).toList());
        assertEquals(List.of(true, true, true, false), r.stream().map(Candidate::flagged).toList());
    }

    @Test
    void patternsAndStableIds() {
        CandidateRanker ranker = new CandidateRanker(P, null, null, "dNBR");
        assertEquals("bushfire", ranker.pattern(features(40, 0), 0.9));
        assertEquals("road_attack", ranker.pattern(features(1, 100), 0.6));
        assertEquals("burn_scar", ranker.pattern(features(1, 100), 0.3));
        assertEquals("burn_scar", ranker.pattern(features(1, 5_000), 0.9));
        assertEquals("cw-rn1-senegal-13.7254n-8.0627w", CandidateRanker.id("rn1-senegal", -8.06268, 13.72537));
        assertEquals("cw-area-0.1000s-0.2000e", CandidateRanker.id("", 0.2, -0.1));
    }
}
