package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corridorwatch.config.ScanConfig;
import org.junit.jupiter.api.Test;
import org.corridorwatch.model.SiteFeatures;

class BurnTermTest {
    private final SiteParameters params = ScanConfig.loadDefault().sites();
    private final SiteScorer scorer = new SiteScorer(List.of(new BurnTerm(params)), Map.of("burn", 1.0));

    /** A site whose evidence follows its dNBR (0.1 → 0.5, 0.27 → 1, as on a quiet scene) and that hugs the road when close. */
    private static SiteFeatures site(double ha, double dnbr, double elongation, double roadAngle, double distance) {
        double evidence = Math.min(1, 0.5 + 0.5 * (dnbr - 0.1) / 0.17);
        double roadFraction = distance <= 60 ? 0.9 : 0;
        return new SiteFeatures(ha * 10_000, dnbr, dnbr + 0.2, evidence, 0.7, elongation, 90, roadAngle,
                (90 + roadAngle) % 180, distance, roadFraction, true);
    }

    @Test
    void compactBurnHuggingTheRoadScoresHigh() {
        SiteScorer.Score s = scorer.score(site(2.3, 0.52, 4, 5, 40));
        assertTrue(s.value() > 0.9, s.toString());
        assertEquals(s.value(), s.components().get("burn"), 1e-12);
        assertTrue(s.reasons().get(0).startsWith("2.3 ha burn scar, dNBR 0.52"), s.reasons().toString());
        assertTrue(s.reasons().contains("40 m from the road"), s.reasons().toString());
        assertTrue(s.reasons().stream().anyMatch(r -> r.startsWith("elongated along the road")), s.reasons().toString());
    }

    @Test
    void largeBushFireFarFromTheRoadScoresLow() {
        assertTrue(scorer.score(site(150, 0.5, 1.3, 60, 2500)).value() == 0);
        SiteScorer.Score crossing = scorer.score(site(80, 0.5, 1.2, 70, 0));
        assertEquals(0, crossing.value(), 1e-12);
        assertTrue(crossing.reasons().stream().anyMatch(r -> r.contains("bush fire")), crossing.reasons().toString());
        assertTrue(scorer.score(site(25, 0.5, 1.2, 70, 0)).value() < 0.5);
    }

    @Test
    void weakOrFarBurnsScoreBelowTheReportThreshold() {
        assertTrue(scorer.score(site(2, 0.12, 3, 5, 10)).value() < params.reportThreshold());
        assertEquals(0, scorer.score(site(2, 0.10, 3, 5, 10)).value(), 1e-12);
        assertTrue(scorer.score(site(2, 0.5, 3, 5, 1200)).value() < params.reportThreshold());
        assertTrue(scorer.score(site(0.02, 0.5, 3, 5, 10)).value() == 0);
    }

    @Test
    void roundShapesLoseTheAlongRoadBonus() {
        double along = scorer.score(site(1, 0.5, 3, 10, 10)).value();
        double round = scorer.score(site(1, 0.5, 1.1, 10, 10)).value();
        assertEquals(along * (1 - params.alongRoad().bonus()), round, 1e-9);
    }

    @Test
    void noisyOrFusionNeverExceedsOneAndRespectsWeights() {
        EvidenceTerm always = new EvidenceTerm() {
            public String name() {
                return "firms";
            }

            public Result evaluate(SiteFeatures s) {
                return new Result("firms", 1.0, List.of("3 VIIRS detections"));
            }
        };
        SiteScorer fused = new SiteScorer(List.of(new BurnTerm(params), always), Map.of("burn", 1.0, "firms", 0.4));
        SiteScorer.Score s = fused.score(site(150, 0.5, 1.3, 60, 2500));
        assertEquals(0.4, s.value(), 1e-12);
        double burnOnly = scorer.score(site(2.3, 0.25, 4, 5, 40)).value();
        double both = fused.score(site(2.3, 0.25, 4, 5, 40)).value();
        assertEquals(1 - (1 - burnOnly) * (1 - 0.4), both, 1e-12, "evidence adds up as a noisy-OR");
        assertEquals(1.0, fused.score(site(2.3, 0.52, 4, 5, 40)).value(), 1e-12, "never above 1");
    }

    @Test
    void axisAngleIsUndirected() {
        assertEquals(10, SiteFeatures.axisAngle(5, 175), 1e-9);
        assertEquals(90, SiteFeatures.axisAngle(0, 90), 1e-9);
        assertEquals(20, SiteFeatures.axisAngle(100, 80), 1e-9);
    }
}
