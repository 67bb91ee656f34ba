package org.corridorwatch.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.geo.Reproject;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Site-level agreement between candidates and planted truth, in metres: a truth site is found when a
 * flagged candidate's outline lies within the match distance of the truth polygon. Pure maths on WGS84
 * geometries, each pair measured in the UTM zone of the truth site.
 */
public final class SiteMatcher {
    /** Default match distance: a VIIRS pixel is 375 m; a site within 250 m of the planted scar is the same site. */
    public static final double DEFAULT_MATCH_DISTANCE_M = 250;

    /** A scored candidate as read back from candidates.geojson. */
    public record Scored(String id, double score, String pattern, Geometry outline, java.util.Map<String, Double> components) {
        public Scored(String id, double score, String pattern, Geometry outline) {
            this(id, score, pattern, outline, java.util.Map.of());
        }

        /** The truth class this candidate claims: "queue" for queue candidates, else "attack". */
        public String targetClass() {
            return "queue".equals(pattern) ? "queue" : "attack";
        }

        public Scored withScore(double s) {
            return new Scored(id, s, pattern, outline, components);
        }
    }

    /** A planted truth site; {@code observable} is false when clouds hide it in one of the dates. */
    public record Truth(String id, String cls, Geometry outline, boolean observable) {
    }

    /** Agreement at one threshold. */
    public record Metrics(double threshold, int truths, int found, int flagged, int truePositives, int falseAlarms,
                          double recall, double precision, double meanLocalisationErrorM) {
    }

    private SiteMatcher() {
    }

    /** Distance in metres between two WGS84 geometries, measured in the UTM zone of {@code a}'s centroid. */
    public static double distanceM(Geometry a, Geometry b) {
        Point c = a.getCentroid();
        Projection utm = Projections.utmFor(c.getX(), c.getY());
        return Reproject.apply(a, utm::forward).distance(Reproject.apply(b, utm::forward));
    }

    static double centroidDistanceM(Geometry a, Geometry b) {
        return distanceM(a.getCentroid(), b.getCentroid());
    }

    /**
     * Metrics with candidates scoring at least {@code threshold} flagged. A flagged candidate is a true
     * positive when it lies within {@code matchM} of any truth site, else a false alarm; truth sites not
     * within {@code matchM} of a flagged candidate are missed.
     */
    public static Metrics at(double threshold, List<Truth> truths, List<Scored> candidates, double matchM) {
        List<Scored> flagged = candidates.stream().filter(c -> c.score() >= threshold).toList();
        int found = 0;
        double errorSum = 0;
        for (Truth t : truths) {
            double best = Double.POSITIVE_INFINITY;
            Scored match = null;
            for (Scored c : flagged) {
                double d = distanceM(t.outline(), c.outline());
                if (d <= matchM && (match == null || c.score() > match.score())) {
                    best = d;
                    match = c;
                }
            }
            if (match != null && best <= matchM) {
                found++;
                errorSum += centroidDistanceM(t.outline(), match.outline());
            }
        }
        int tp = 0;
        for (Scored c : flagged) {
            if (truths.stream().anyMatch(t -> distanceM(t.outline(), c.outline()) <= matchM)) {
                tp++;
            }
        }
        int fa = flagged.size() - tp;
        double recall = truths.isEmpty() ? 1.0 : (double) found / truths.size();
        double precision = flagged.isEmpty() ? 1.0 : (double) tp / flagged.size();
        return new Metrics(threshold, truths.size(), found, flagged.size(), tp, fa, recall, precision,
                found == 0 ? Double.NaN : errorSum / found);
    }

    /**
     * The candidates to score: those lying within {@code matchM} of a truth site nobody can see
     * ({@code unobservable}: under cloud in a date) and of no observable one are set aside, neither found nor false
     * alarms. Unobservable sites are already left out of recall; a candidate that finds one anyway (a queue whose
     * trucks show between the clouds) must not count against the detector either.
     */
    public static List<Scored> apartFromUnobservable(List<Scored> candidates, List<Truth> observable,
                                                     List<Truth> unobservable, double matchM) {
        return candidates.stream().filter(c -> unobservable.stream().noneMatch(t -> distanceM(t.outline(), c.outline()) <= matchM)
                || observable.stream().anyMatch(t -> distanceM(t.outline(), c.outline()) <= matchM)).toList();
    }

    /** Metrics at every threshold from 0.05 to 0.95 in steps of 0.05 (a precision–recall curve). */
    public static List<Metrics> curve(List<Truth> truths, List<Scored> candidates, double matchM) {
        List<Metrics> out = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            out.add(at(i * 0.05, truths, candidates, matchM));
        }
        return out;
    }
}
