package org.corridorwatch.sites;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.corridorwatch.model.SiteFeatures;

/**
 * One kind of evidence about a site (burn scar, wreck line, FIRMS hotspots...). Each term gives a
 * value in [0,1] and plain-language reasons; {@link SiteScorer} fuses the terms, so a new kind of
 * evidence is a new term, not a rewrite of the score.
 */
public interface EvidenceTerm {

    /**
     * A term's verdict on one site.
     *
     * @param details output fields the term adds to the candidate (e.g. {@code firms_count}), in order
     */
    record Result(String term, double value, List<String> reasons, Map<String, Object> details) {
        public Result {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(term + " value out of [0,1]: " + value);
            }
            reasons = List.copyOf(reasons);
            details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        }

        public Result(String term, double value, List<String> reasons) {
            this(term, value, reasons, Map.of());
        }
    }

    /** The key of this term in {@code sites.weights} and in the outputs ("burn" → {@code burn_score}). */
    String name();

    Result evaluate(SiteFeatures site);

    /**
     * The verdict given the site's outline too (WGS84), for terms that look at other data near the site
     * (FIRMS hotspots); terms that only need the measured features keep this default.
     */
    default Result evaluate(SiteFeatures site, Geometry outlineWgs84) {
        return evaluate(site);
    }
}
