package org.corridorwatch.sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.SiteFeatures;

/**
 * From merged regions to the ranked candidate list: describe each region, drop those below the
 * minimum area, score, name the pattern, give a stable id, sort best first and flag those at or above
 * the report threshold.
 */
public final class CandidateRanker {
    private final SiteParameters params;
    private final SiteDescriber describer;
    private final SiteScorer scorer;
    private final String changeIndex;

    public CandidateRanker(SiteParameters params, SiteDescriber describer, SiteScorer scorer, String changeIndex) {
        this.params = params;
        this.describer = describer;
        this.scorer = scorer;
        this.changeIndex = changeIndex;
    }

    public List<Candidate> rank(List<SiteMerger.MergedRegion> regions) {
        List<Candidate> out = new ArrayList<>();
        for (SiteMerger.MergedRegion r : regions) {
            SiteDescriber.Description d = describer.describe(r);
            if (d.features().areaM2() < params.minAreaM2()) {
                continue;
            }
            SiteScorer.Score s = scorer.score(d.features(), d.outlineWgs84());
            java.util.Optional<String> lookAlike = LookAlikeCheck.reject(d.features(), d.rectangularity(),
                    firmsScore(s), s.details(),
                    params.lookAlikes());
            if (lookAlike.isPresent() && s.value() >= params.reportThreshold()) {
                List<String> why = new ArrayList<>(s.reasons());
                why.add(lookAlike.get());
                s = new SiteScorer.Score(LookAlikeCheck.capped(s.value(), params.reportThreshold(), params.lookAlikes()), s.components(),
                        why, s.details());
            }
            String corridor = d.location().map(l -> l.corridorId()).orElse("");
            out.add(new Candidate(id(corridor, d.lon(), d.lat()), 0, s.value(), false, pattern(d.features(), s.value()),
                    corridor, d.location().map(l -> l.chainageKm()).orElse(Double.NaN),
                    d.location().map(l -> l.offsetM()).orElse(Double.NaN), d.placeLabel(), d.lon(), d.lat(),
                    d.outlineWgs84(), d.features(), s.components(), s.reasons(), changeIndex, s.details()));
        }
        return rerank(out, params.reportThreshold());
    }

    /** The FIRMS term's value of a scored site, 0 without FIRMS. */
    private static double firmsScore(SiteScorer.Score s) {
        Double v = s.components().get("firms");
        return v == null ? 0 : v;
    }

    /** Sorts best first (ties by id), numbers the ranks and flags those at or above the threshold. */
    public static List<Candidate> rerank(List<Candidate> candidates, double threshold) {
        List<Candidate> out = new ArrayList<>(candidates);
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
        List<Candidate> ranked = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            ranked.add(out.get(i).withRank(i + 1, out.get(i).score() >= threshold));
        }
        return ranked;
    }

    /** "road_attack" for a flagged-strength scar near the road, "bushfire" for large scars, else "burn_scar". */
    String pattern(SiteFeatures f, double score) {
        if (f.areaHa() > params.size().maxHa()) {
            return "bushfire";
        }
        boolean nearRoad = !Double.isNaN(f.distanceM()) && f.distanceM() <= params.proximity().zeroM();
        return nearRoad && score >= params.reportThreshold() ? "road_attack" : "burn_scar";
    }

    /** Stable for the same site: corridor plus the centroid to 1e-4° (~11 m). */
    static String id(String corridor, double lon, double lat) {
        return String.format(Locale.ROOT, "cw-%s-%.4f%s-%.4f%s", corridor.isEmpty() ? "area" : corridor,
                Math.abs(lat), lat >= 0 ? "n" : "s", Math.abs(lon), lon >= 0 ? "e" : "w");
    }
}
