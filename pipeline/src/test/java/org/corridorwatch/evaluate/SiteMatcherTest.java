package org.corridorwatch.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Matching flagged candidates to planted truth, in metres, near RN1 (≈ 13.7° N: 0.001° ≈ 108 m east-west). */
class SiteMatcherTest {
    private static Geometry wkt(String s) {
        try {
            return new WKTReader().read(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final Geometry ATTACK = wkt("POLYGON((-8.0630 13.7240, -8.0625 13.7240, -8.0625 13.7270, -8.0630 13.7270, -8.0630 13.7240))");

    private static SiteMatcher.Scored candidate(String id, double score, double lonOffsetDeg) {
        Geometry g = ATTACK.copy();
        g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x += lonOffsetDeg);
        g.geometryChanged();
        return new SiteMatcher.Scored(id, score, "road_attack", g, Map.of());
    }

    @Test
    void distancesAreMetresInTheSitesUtmZone() {
        double d = SiteMatcher.distanceM(ATTACK, candidate("c", 1, 0.005).outline());
        // 0.005° of longitude minus the polygon's 0.0005° width, at 13.72° N: 0.0045 × 108.2 km
        assertEquals(487, d, 3);
    }

    @Test
    void aFlaggedCandidateNearTheTruthIsFoundOneFarIsAFalseAlarm() {
        List<SiteMatcher.Truth> truths = List.of(new SiteMatcher.Truth("a1", "attack", ATTACK, true));
        List<SiteMatcher.Scored> cands = List.of(candidate("near", 0.9, 0.001), candidate("far", 0.8, 0.02),
                candidate("weak", 0.3, 0));
        SiteMatcher.Metrics m = SiteMatcher.at(0.5, truths, cands, 250);
        assertEquals(1, m.found());
        assertEquals(2, m.flagged());
        assertEquals(1, m.truePositives());
        assertEquals(1, m.falseAlarms());
        assertEquals(1.0, m.recall());
        assertEquals(0.5, m.precision());
        assertEquals(108, m.meanLocalisationErrorM(), 3);
        SiteMatcher.Metrics strict = SiteMatcher.at(0.95, truths, cands, 250);
        assertEquals(0, strict.found());
        assertTrue(Double.isNaN(strict.meanLocalisationErrorM()));
        assertEquals(19, SiteMatcher.curve(truths, cands, 250).size());
    }

    @Test
    void aCandidateOnATruthSiteCloudsHideIsSetAsideNotAFalseAlarm() {
        SiteMatcher.Truth seen = new SiteMatcher.Truth("a1", "attack", ATTACK, true);
        Geometry far = candidate("x", 1, 0.02).outline();
        SiteMatcher.Truth hidden = new SiteMatcher.Truth("a2", "attack", far, false);
        List<SiteMatcher.Scored> cands = List.of(candidate("on-seen", 0.9, 0.001), candidate("on-hidden", 0.8, 0.0205),
                candidate("elsewhere", 0.7, -0.03));
        List<SiteMatcher.Scored> kept = SiteMatcher.apartFromUnobservable(cands, List.of(seen), List.of(hidden), 250);
        assertEquals(List.of("on-seen", "elsewhere"), kept.stream().map(SiteMatcher.Scored::id).toList());
        SiteMatcher.Metrics m = SiteMatcher.at(0.5, List.of(seen), kept, 250);
        assertEquals(1, m.falseAlarms());
        assertEquals(2, SiteMatcher.at(0.5, List.of(seen), cands, 250).falseAlarms());
        // a candidate near both a hidden and a seen site is scored (it may be the seen one's)
        SiteMatcher.Truth hiddenNear = new SiteMatcher.Truth("a3", "attack", candidate("y", 1, 0.002).outline(), false);
        assertEquals(3, SiteMatcher.apartFromUnobservable(cands, List.of(seen), List.of(hiddenNear), 250).size());
    }
}
