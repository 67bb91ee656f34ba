package org.corridorwatch.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.TileOutcome;

/**
 * What the scan did, for the one-line summary and run.json's counts; {@code roads} are the corridors' roads found in
 * the imagery (empty when {@code roads_from_imagery} is off), for the roads layer.
 */
public record ScanSummary(Path out, int tiles, int scored, int masked, int noData, int failed, double corridorKm,
                          double areaKm2, int candidates, int flagged, Duration elapsed, List<CorridorRoad> roads) {
    public ScanSummary {
        roads = roads == null ? List.of() : List.copyOf(roads);
    }

    static ScanSummary of(Path out, TilePlan plan, ScanRequest request, List<Candidate> candidates,
                          List<TileOutcome> outcomes, Duration elapsed, List<CorridorRoad> roads) {
        return new ScanSummary(out, plan.tiles().size(), count(outcomes, "scored"), count(outcomes, "masked"),
                count(outcomes, "no_data"), count(outcomes, "failed"), plan.corridorKm(request),
                TilePlanner.areaKm2(plan.tiles()), candidates.size(), (int) candidates.stream().filter(Candidate::flagged).count(),
                elapsed, roads);
    }

    private static int count(List<TileOutcome> outcomes, String status) {
        return (int) outcomes.stream().filter(o -> o.status().equals(status)).count();
    }
}
