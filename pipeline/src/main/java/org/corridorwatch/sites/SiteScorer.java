package org.corridorwatch.sites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.corridorwatch.model.SiteFeatures;

/**
 * Fuses evidence terms into one score in [0,1]: {@code score = 1 − Π(1 − w_k · v_k)} (a noisy-OR).
 * A term can only raise the score, no term alone can exceed its weight, and a new kind of evidence
 * is one more term. Each term's value is kept for the outputs ({@code <name>_score}).
 */
public final class SiteScorer {
    private final List<EvidenceTerm> terms;
    private final Map<String, Double> weights;

    /**
     * The fused verdict on one site.
     *
     * @param components each term's value, by term name
     * @param details    the terms' output fields (e.g. {@code firms_count}), in term order
     */
    public record Score(double value, Map<String, Double> components, List<String> reasons, Map<String, Object> details) {
    }

    /** The term names, in fusion order (for outputs that list every component). */
    public List<String> termNames() {
        return terms.stream().map(EvidenceTerm::name).toList();
    }

    public SiteScorer(List<EvidenceTerm> terms, Map<String, Double> weights) {
        this.terms = List.copyOf(terms);
        this.weights = Map.copyOf(weights);
    }

    /** Scores from the measured features alone (terms that need the outline, like FIRMS, cannot be used). */
    public Score score(SiteFeatures site) {
        return score(site, null);
    }

    /** Scores a site given its measured features and its WGS84 outline. */
    public Score score(SiteFeatures site, Geometry outlineWgs84) {
        double keep = 1;
        Map<String, Double> components = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        for (EvidenceTerm t : terms) {
            EvidenceTerm.Result r = outlineWgs84 == null ? t.evaluate(site) : t.evaluate(site, outlineWgs84);
            double w = weights.getOrDefault(t.name(), 0.0);
            keep *= 1 - w * r.value();
            components.put(t.name(), r.value());
            reasons.addAll(r.reasons());
            details.putAll(r.details());
        }
        return new Score(1 - keep, components, reasons, details);
    }
}
