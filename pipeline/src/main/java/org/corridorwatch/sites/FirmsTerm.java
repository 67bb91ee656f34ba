package org.corridorwatch.sites;

import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.corridorwatch.model.SiteFeatures;

/**
 * The FIRMS term: fire detections near the site between the dates, in [0,1] (see {@link FirmsMatcher} for
 * the weighting). It looks at the site's outline, not at its measured features, so it is evaluated through
 * {@link #evaluate(SiteFeatures, Geometry)}. It only weighs sites found as burn regions: a detection
 * without a burn scar never makes a candidate.
 */
public final class FirmsTerm implements EvidenceTerm {
    private final FirmsMatcher matcher;

    public FirmsTerm(FirmsMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public String name() {
        return "firms";
    }

    /** The evidence behind the term's value (count, nearest distance, date range) for the outputs. */
    public FirmsEvidence evidence(Geometry outlineWgs84) {
        return matcher.match(outlineWgs84);
    }

    @Override
    public Result evaluate(SiteFeatures site, Geometry outlineWgs84) {
        if (outlineWgs84 == null) {
            throw new IllegalArgumentException("the FIRMS term needs the site's outline");
        }
        FirmsEvidence e = matcher.match(outlineWgs84);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firms_count", e.count());
        details.put("firms_nearest_m", Double.isNaN(e.nearestM()) ? null : e.nearestM());
        details.put("event_date_min", e.dateMin() == null ? null : e.dateMin().toString());
        details.put("event_date_max", e.dateMax() == null ? null : e.dateMax().toString());
        return new Result(name(), e.value(), e.reasons(), details);
    }

    /** Without an outline there is nothing to match: use {@link #evaluate(SiteFeatures, Geometry)}. */
    @Override
    public Result evaluate(SiteFeatures site) {
        throw new IllegalStateException("the FIRMS term needs the site's outline: score with SiteScorer.score(features, outline)");
    }
}
