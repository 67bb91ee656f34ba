package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.firms.Hotspot;
import org.corridorwatch.firms.HotspotIndex;
import org.corridorwatch.firms.Instrument;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.corridorwatch.model.SiteFeatures;

class FirmsTermTest {
    private static final ScanConfig CONFIG = ScanConfig.loadDefault();
    private static final SiteParameters.Firms PARAMS = CONFIG.sites().firms();
    private static final LocalDate BEFORE = LocalDate.of(2025, 9, 8);
    private static final LocalDate AFTER = LocalDate.of(2025, 9, 18);
    /** A ~110 m square site; its east edge is at lon -8.0600, lat 13.7200–13.7210. */
    private static final Geometry SITE = wkt("POLYGON ((-8.0610 13.7200, -8.0600 13.7200, -8.0600 13.7210, -8.0610 13.7210, -8.0610 13.7200))");
    private static final double DEG_PER_M = 1 / (111_320 * Math.cos(Math.toRadians(13.7205)));

    private static Geometry wkt(String s) {
        try {
            return new WKTReader().read(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A detection {@code east} metres east of the site's east edge (negative: inside). */
    private static Hotspot at(double east, String date, Instrument i, double confidence) {
        return new Hotspot(-8.0600 + east * DEG_PER_M, 13.7205, Instant.parse(date + "T13:16:00Z"), "N", i, confidence,
                330, 10, "D", i.nominalPixelM(), "t.csv");
    }

    private static Hotspot viirs(double east, String date, double confidence) {
        return at(east, date, Instrument.VIIRS, confidence);
    }

    private static FirmsEvidence match(Hotspot... hs) {
        return new FirmsMatcher(HotspotIndex.of(List.of(hs)), PARAMS, BEFORE, AFTER).match(SITE);
    }

    @Test
    void defaults() {
        assertEquals(750, PARAMS.viirsDistanceM());
        assertEquals(1500, PARAMS.modisDistanceM());
        assertEquals(0, PARAMS.dateSlackDays());
        assertTrue(CONFIG.sites().weights().get("firms") < CONFIG.sites().reportThreshold(),
                "fire detections alone never flag a site");
    }

    @Test
    void weightIsFlatWithinHalfAPixelThenFallsToZeroAtTheSearchDistance() {
        assertEquals(1, FirmsMatcher.weight(0, 187.5, 750), 0);
        assertEquals(1, FirmsMatcher.weight(187.5, 187.5, 750), 0);
        assertEquals(0.5, FirmsMatcher.weight(468.75, 187.5, 750), 1e-12);
        assertEquals(0, FirmsMatcher.weight(750, 187.5, 750), 0);
        assertEquals(0, FirmsMatcher.weight(900, 187.5, 750), 0);
        assertEquals(0.5, FirmsMatcher.weight(100, 500, 200), 1e-12, "plateau beyond the distance: plain linear");
    }

    @Test
    void valueRisesWithCountAndConfidenceAndFallsWithDistance() {
        double one = match(viirs(-50, "2025-09-13", 0.6)).value();
        assertEquals(1 - Math.exp(-0.6), one, 1e-9);
        double three = match(viirs(-50, "2025-09-13", 0.6), viirs(100, "2025-09-13", 0.6), viirs(150, "2025-09-14", 0.6)).value();
        assertEquals(1 - Math.exp(-1.8), three, 1e-9);
        double high = match(viirs(-50, "2025-09-13", 0.9)).value();
        double low = match(viirs(-50, "2025-09-13", 0.3)).value();
        assertTrue(low < one && one < high && one < three, low + " " + one + " " + high + " " + three);
        double far = match(viirs(500, "2025-09-13", 0.6)).value();
        double farther = match(viirs(700, "2025-09-13", 0.6)).value();
        assertTrue(0 < farther && farther < far && far < one, farther + " " + far + " " + one);
        assertEquals(0, match(viirs(760, "2025-09-13", 0.9)).value(), 0, "beyond 750 m");
    }

    @Test
    void modisReachesFartherThanViirs() {
        FirmsEvidence m = match(at(1000, "2025-09-13", Instrument.MODIS, 0.8));
        assertEquals(1, m.count());
        assertEquals(1000, m.nearestM(), 5);
        double w = (1500 - m.nearestM()) / (1500 - 500);
        assertEquals(1 - Math.exp(-0.8 * w), m.value(), 1e-9, "half weight half-way between 500 m and 1500 m");
        assertEquals(0, match(at(1000, "2025-09-13", Instrument.VIIRS, 0.8)).count(), "a VIIRS detection that far does not count");
    }

    @Test
    void datesOutsideTheWindowAreIgnoredAndSlackWidensIt() {
        Hotspot dayBefore = viirs(0, "2025-09-07", 0.9);
        Hotspot onBefore = viirs(0, "2025-09-08", 0.6);
        Hotspot onAfter = viirs(0, "2025-09-18", 0.6);
        Hotspot dayAfter = viirs(0, "2025-09-19", 0.9);
        FirmsEvidence e = match(dayBefore, onBefore, onAfter, dayAfter);
        assertEquals(2, e.count(), "window inclusive, nothing outside it");
        assertEquals(LocalDate.of(2025, 9, 8), e.dateMin());
        assertEquals(LocalDate.of(2025, 9, 18), e.dateMax());
        FirmsEvidence none = match(dayBefore, dayAfter);
        assertEquals(0, none.count());
        assertEquals(0, none.value(), 0);
        assertNull(none.dateMin());
        assertTrue(Double.isNaN(none.nearestM()));
        assertEquals(List.of("no FIRMS fire detection within 750 m (VIIRS) or 1500 m (MODIS) between 2025-09-08 and 2025-09-18"),
                none.reasons());
        FirmsEvidence slack = new FirmsMatcher(HotspotIndex.of(List.of(dayBefore, onBefore, onAfter, dayAfter)),
                new SiteParameters.Firms(750, 1500, 1), BEFORE, AFTER).match(SITE);
        assertEquals(4, slack.count());
        FirmsMatcher unknownDates = new FirmsMatcher(HotspotIndex.of(List.of(dayBefore, dayAfter)), PARAMS, null, null);
        assertEquals(2, unknownDates.match(SITE).count(), "unknown scene dates: no date bound");
        assertTrue(new FirmsMatcher(HotspotIndex.of(List.of()), PARAMS, null, AFTER).match(SITE).reasons().get(0)
                .endsWith("up to 2025-09-18"));
    }

    @Test
    void reasonsNameCountDateInstrumentAndNearestDistance() {
        FirmsEvidence e = match(viirs(210, "2025-09-14", 0.6), viirs(300, "2025-09-14", 0.9), viirs(400, "2025-09-14", 0.6));
        assertEquals(3, e.count());
        assertEquals(210, e.nearestM(), 2);
        assertEquals(1, e.reasons().size());
        assertTrue(e.reasons().get(0).matches("3 VIIRS detections on 2025-09-14 \\(1 high-confidence\\), nearest 2(09|10|11) m"),
                e.reasons().get(0));
        FirmsEvidence two = match(viirs(-20, "2025-09-13", 0.6), viirs(100, "2025-09-15", 0.6),
                at(900, "2025-09-14", Instrument.MODIS, 0.5));
        assertEquals(2, two.reasons().size());
        assertEquals("2 VIIRS detections from 2025-09-13 to 2025-09-15, nearest on the scar", two.reasons().get(0));
        assertTrue(two.reasons().get(1).matches("1 MODIS detection on 2025-09-14, (89[5-9]|90[0-5]) m away"), two.reasons().get(1));
        assertEquals(LocalDate.of(2025, 9, 13), two.dateMin());
        assertEquals(LocalDate.of(2025, 9, 15), two.dateMax());
        assertEquals(3, two.count());
    }

    @Test
    void missingConfidenceCountsAsNominal() {
        assertEquals(1 - Math.exp(-FirmsMatcher.UNKNOWN_CONFIDENCE), match(viirs(0, "2025-09-13", Double.NaN)).value(), 1e-9);
    }

    @Test
    void fusesWithTheBurnTermThroughSiteScorer() {
        HotspotIndex idx = HotspotIndex.of(List.of(viirs(-50, "2025-09-13", 0.9), viirs(100, "2025-09-13", 0.6),
                viirs(150, "2025-09-14", 0.6)));
        FirmsTerm firms = new FirmsTerm(new FirmsMatcher(idx, PARAMS, BEFORE, AFTER));
        Map<String, Double> weights = CONFIG.sites().weights();
        SiteScorer burnOnly = new SiteScorer(List.of(new BurnTerm(CONFIG.sites())), weights);
        SiteScorer both = new SiteScorer(List.of(new BurnTerm(CONFIG.sites()), firms), weights);
        // a weak 1.2 ha scar 40 m from the road: below the report threshold on its own
        SiteFeatures weak = new SiteFeatures(12_000, 0.2, 0.3, 0.62, 0.3, 3, 10, 5, 15, 40, 0.8, true);
        SiteScorer.Score b = burnOnly.score(weak, SITE);
        SiteScorer.Score s = both.score(weak, SITE);
        double firmsValue = 1 - Math.exp(-2.1);
        assertEquals(firmsValue, s.components().get("firms"), 1e-9);
        assertEquals(1 - (1 - b.value()) * (1 - weights.get("firms") * firmsValue), s.value(), 1e-12, "noisy-OR");
        assertTrue(b.value() < 0.5 && s.value() >= 0.5, b.value() + " -> " + s.value());
        assertTrue(s.reasons().contains("3 VIIRS detections from 2025-09-13 to 2025-09-14 (1 high-confidence), nearest on the scar"),
                s.reasons().toString());
        // a scar the burn term rejects (150 ha, far from the road): FIRMS alone stays below the threshold
        SiteFeatures bush = new SiteFeatures(1_500_000, 0.5, 0.7, 0.9, 0.5, 1.3, 60, 60, 120, 2500, 0, true);
        SiteScorer.Score alone = both.score(bush, SITE);
        assertEquals(0, alone.components().get("burn"), 0);
        assertEquals(weights.get("firms") * firmsValue, alone.value(), 1e-12);
        assertTrue(alone.value() < CONFIG.sites().reportThreshold());
        // without the outline the FIRMS term cannot be evaluated
        assertThrows(IllegalStateException.class, () -> both.score(weak));
        assertEquals(b.value(), burnOnly.score(weak).value(), 0, "outline-free terms ignore the outline");
        assertEquals(b.reasons().size() + 1, s.reasons().size());
    }
}
