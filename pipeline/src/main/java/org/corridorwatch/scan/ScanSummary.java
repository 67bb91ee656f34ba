package org.corridorwatch.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.TileOutcome;

/** What the scan did, for the one-line summary and run.json's counts. */
public record ScanSummary(Path out, int tiles, int scored, int masked, int noData, int failed, double corridorKm,
                          double areaKm2, int candidates, int flagged, Duration elapsed) {

    static ScanSummary of(Path out, TilePlan plan, ScanRequest request, List<Candidate> candidates,
                          List<TileOutcome> outcomes, Duration elapsed) {
        return new ScanSummary(out, plan.tiles().size(), count(outcomes, "scored"), count(outcomes, "masked"),
                count(outcomes, "no_data"), count(outcomes, "failed"), plan.corridorKm(request),
                TilePlanner.areaKm2(plan.tiles()), candidates.size(), (int) candidates.stream().filter(Candidate::flagged).count(),
                elapsed);
    }

    private static int count(List<TileOutcome> outcomes, String status) {
        return (int) outcomes.stream().filter(o -> o.status().equals(status)).count();
    }
}
