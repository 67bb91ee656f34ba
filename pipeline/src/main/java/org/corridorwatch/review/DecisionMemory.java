package org.corridorwatch.review;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.geo.Reproject;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.model.Candidate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * What the next scan remembers: a candidate overlapping (or within {@code withinM} metres of) a
 * site whose current decision is <em>reject</em> with the same pattern is suppressed by it; one
 * overlapping a <em>confirmed</em> site (any pattern) is linked to it as a known incident. When
 * several sites qualify the nearest wins. Distances are measured in a local equirectangular frame
 * at the candidate's latitude (metres; under 0.5 % error over a few km). Pure apart from {@link #load}.
 */
public final class DecisionMemory {
    public static final double DEFAULT_WITHIN_M = 100;

    private DecisionMemory() {
    }

    /** Marks from the current decisions of a store file. */
    public static ReviewMarks load(Path store, List<Candidate> candidates) {
        return marks(DecisionStore.openExisting(store).current(), candidates, DEFAULT_WITHIN_M);
    }

    public static ReviewMarks marks(List<Decision> current, List<Candidate> candidates, double withinM) {
        WKTReader reader = new WKTReader();
        Map<Decision, Geometry> geometries = new HashMap<>();
        for (Decision d : current) {
            if (d.verdict() == Verdict.UNSURE) {
                continue;
            }
            try {
                geometries.put(d, reader.read(d.geometryWkt()));
            } catch (ParseException e) {
                // a row with an unreadable outline cannot match anything; the store validates on write
            }
        }
        Map<String, String> suppressed = new HashMap<>();
        Map<String, String> known = new HashMap<>();
        for (Candidate c : candidates) {
            double kx = 111_320 * Math.cos(Math.toRadians(c.lat()));
            double ky = 110_574;
            Reproject.PointMap local = (x, y) -> new double[] {(x - c.lon()) * kx, (y - c.lat()) * ky};
            Geometry mine = Reproject.apply(c.outlineWgs84(), local);
            double bestReject = Double.MAX_VALUE;
            double bestConfirm = Double.MAX_VALUE;
            for (Map.Entry<Decision, Geometry> e : geometries.entrySet()) {
                Decision d = e.getKey();
                double dist = mine.distance(Reproject.apply(e.getValue(), local));
                if (dist > withinM) {
                    continue;
                }
                if (d.verdict() == Verdict.REJECT && d.pattern().equals(c.pattern()) && dist < bestReject) {
                    bestReject = dist;
                    suppressed.put(c.id(), d.siteId());
                } else if (d.verdict() == Verdict.CONFIRM && dist < bestConfirm) {
                    bestConfirm = dist;
                    known.put(c.id(), d.siteId());
                }
            }
        }
        return new ReviewMarks(suppressed, known);
    }
}
